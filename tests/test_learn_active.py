"""The one switch of the learned components (:mod:`justicekg.extract.learn.active`)."""

from __future__ import annotations

import threading

import pytest

from justicekg.catalogue import render
from justicekg.errors import ConfigError
from justicekg.extract.learn import active, events, logreg, positions

MODEL = logreg.Model({}, 0.0)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("", ()),
        ("positions", ("positions",)),
        (" events , positions,events,", ("events", "positions")),
        (["positions", "events"], ("positions", "events")),
    ],
    ids=["empty", "one", "spaces-repeats", "list"],
)
def test_names(value: str | list[str], expected: tuple[str, ...]) -> None:
    assert active.names(value) == expected


@pytest.mark.parametrize("value", ["position", "events,orgs", "POSITIONS"])
def test_an_unknown_name_is_an_error_naming_it_and_the_known_ones(value: str) -> None:
    with pytest.raises(ConfigError) as info:
        active.names(value)
    assert "unknown learned component" in render(info.value.message, "en")
    assert "thành phần học máy" in str(info.value)  # the catalogue's, Vietnamese by default
    assert "events, positions" in str(info.value.hint)
    with pytest.raises(ConfigError), active.switched_on(value):
        pass


def test_both_components_are_off_by_default_and_the_switch_is_scoped() -> None:
    assert positions.active_model() is None
    assert active.model("events") is None  # not switched on (its recognizer's fallback aside)
    with positions.using(MODEL):
        assert positions.active_model() is MODEL
        with positions.using(None):
            assert positions.active_model() is None
        assert positions.active_model() is MODEL
    assert positions.active_model() is None
    with pytest.raises(RuntimeError), events.using(MODEL):
        assert active.model("events") is MODEL
        raise RuntimeError
    assert active.model("events") is None


def test_switched_on_runs_the_shipped_models() -> None:
    with active.switched_on("positions,events"):
        assert positions.active_model() is positions.shipped_model()
        assert events.active_model() is events.shipped_model()
        seen: list[object] = []
        thread = threading.Thread(target=lambda: seen.append(positions.active_model()))
        thread.start()
        thread.join()
        assert seen == [None]  # another thread keeps its own choice
    assert positions.active_model() is None
    with active.switched_on(""):
        assert positions.active_model() is None


def test_the_pipeline_gains_a_recognizer_only_for_a_component_switched_on() -> None:
    base = ("dates", "events", "awards")
    assert active.pipeline(base) == base
    with positions.using(MODEL):
        assert active.pipeline(base) == base  # positions is a hook, not a recognizer
    with events.using(MODEL):
        assert active.pipeline(base) == ("dates", "events", "event_model", "awards")
        assert active.pipeline(events.PIPELINE) == events.PIPELINE
    with events.using(None):
        assert active.pipeline(base) == base
