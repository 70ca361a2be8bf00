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
        ("none", ()),
        ("positions", ("positions",)),
        (" events , positions,events,", ("events", "positions")),
        (["positions", "events"], ("positions", "events")),
    ],
    ids=["empty", "none", "one", "spaces-repeats", "list"],
)
def test_names(value: str | list[str], expected: tuple[str, ...]) -> None:
    assert active.names(value) == expected


@pytest.mark.parametrize("value", ["position", "events,orgs", "POSITIONS", "none,x", "NONE"])
def test_an_unknown_name_is_an_error_naming_it_and_the_known_ones(
    default: tuple[str, ...], value: str
) -> None:
    with pytest.raises(ConfigError) as info:
        active.names(value)
    assert "unknown learned component" in render(info.value.message, "en")
    assert "thành phần học máy" in str(info.value)  # the catalogue's, Vietnamese by default
    assert "events, positions" in str(info.value.hint)
    assert "none: the rules alone" in render(info.value.hint, "en")
    with pytest.raises(ConfigError), active.switched_on(value):
        pass
    with pytest.raises(ConfigError), active.using(value, MODEL):
        pass


#: the default sets the switch's tests run with: the one shipped and the ones a decision may make
DEFAULTS = [(), ("positions",), ("events",), ("events", "positions")]


@pytest.fixture(params=DEFAULTS, ids=lambda d: "+".join(d) or "rules")
def default(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    """:data:`active.DEFAULT` set to each default set a decision may ship."""
    value: tuple[str, ...] = request.param
    monkeypatch.setattr(active, "DEFAULT", value)
    return value


def _running() -> tuple[str, ...]:
    """The components that run here, sorted (their models as the switch gives them)."""
    models = {"positions": positions.active_model(), "events": active.model("events")}
    return tuple(sorted(name for name, m in models.items() if m is not None))


def test_the_shipped_default_is_one_constant_of_known_components() -> None:
    assert isinstance(active.DEFAULT, tuple)
    assert set(active.DEFAULT) <= set(active.COMPONENTS)
    assert active.resolve("") == active.DEFAULT


@pytest.mark.parametrize(
    "value,expected",
    [
        ("none", ()),
        (" none ", ()),
        (["none"], ()),
        ("positions", ("positions",)),
        ("events", ("events",)),
        ("positions,events", ("positions", "events")),
    ],
    ids=["none", "none-spaces", "none-list", "positions", "events", "both"],
)
def test_a_value_overrides_the_default(
    default: tuple[str, ...], value: str | list[str], expected: tuple[str, ...]
) -> None:
    assert active.resolve(value) == expected
    with active.switched_on(value):
        assert _running() == tuple(sorted(expected))
        assert active.in_effect(("dates", "events")) == tuple(
            sorted(n for n in expected if n != "events")
        )
    assert _running() == tuple(sorted(default))


@pytest.mark.parametrize("value", ["", " , ", []], ids=["empty", "commas", "list"])
def test_no_value_is_the_default(default: tuple[str, ...], value: str | list[str]) -> None:
    assert active.resolve(value) == default
    assert _running() == tuple(sorted(default))  # no block: the default
    with active.switched_on(value):
        assert _running() == tuple(sorted(default))
    with positions.using(MODEL), events.using(None), active.switched_on(value):
        assert positions.active_model() is MODEL  # "" keeps the choice around it
        assert active.model("events") is None


def test_the_default_runs_the_shipped_models(default: tuple[str, ...]) -> None:
    assert (positions.active_model() is positions.shipped_model()) == ("positions" in default)
    expected = events.shipped_model() if "events" in default else None
    assert active.model("events") is expected
    base = ("dates", "events", "awards")
    with_model = ("dates", "events", "event_model", "awards")
    assert active.pipeline(base) == (with_model if "events" in default else base)
    assert active.in_effect(active.pipeline(base)) == tuple(sorted(default))
    with active.switched_on(active.NONE):
        assert active.pipeline(base) == base
        assert active.in_effect(base) == ()


def test_the_switch_is_scoped(default: tuple[str, ...]) -> None:
    with positions.using(MODEL):
        assert positions.active_model() is MODEL
        with positions.using(None):
            assert positions.active_model() is None
        assert positions.active_model() is MODEL
    assert _running() == tuple(sorted(default))
    with pytest.raises(RuntimeError), events.using(MODEL):
        assert active.model("events") is MODEL
        raise RuntimeError
    assert _running() == tuple(sorted(default))


def test_switched_on_runs_the_shipped_models(default: tuple[str, ...]) -> None:
    with active.switched_on("positions,events"):
        assert positions.active_model() is positions.shipped_model()
        assert events.active_model() is events.shipped_model()
        seen: list[object] = []
        thread = threading.Thread(target=lambda: seen.append(positions.active_model()))
        thread.start()
        thread.join()
        # another thread keeps its own choice: none made there, the default
        assert seen == [positions.shipped_model() if "positions" in default else None]
    with active.switched_on("none"):
        assert positions.active_model() is None and active.model("events") is None


def test_the_pipeline_gains_a_recognizer_only_for_a_component_that_runs(
    default: tuple[str, ...],
) -> None:
    base = ("dates", "events", "awards")
    with positions.using(MODEL), events.using(None):
        assert active.pipeline(base) == base  # positions is a hook, not a recognizer
        assert active.in_effect(base) == ("positions",)
    with events.using(MODEL):
        assert active.pipeline(base) == ("dates", "events", "event_model", "awards")
        assert active.pipeline(events.PIPELINE) == events.PIPELINE
    with events.using(None):
        assert active.pipeline(base) == base
