"""``--learned`` / ``Settings.learned`` / ``$JUSTICEKG_LEARNED``: the learned components chosen
without the Python API, for extract, ingest and eval, and the default set
(``active.DEFAULT``) that the command line and the Python API follow when nothing is chosen.

Tiny invented models (written here, swapped in for the shipped files) make each component's
effect visible: a test passes only when the option reached the extraction. Texts are invented.
Each test runs with the default set shipped and with the ones a decision may make
(``learned_default``), so the decision changes no test here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from justicekg.catalogue import render
from justicekg.cli import main
from justicekg.config import load_settings
from justicekg.errors import ConfigError
from justicekg.extract.learn import active, events, logreg, positions

#: the rules give Bình no title; the eager position model gives her An's (titles are added only
#: to persons the rules gave none)
LIST = "Dự hội nghị có ông Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Thanh Hóa; bà Trần Thị Bình."
#: one conference on a day; the doubting event model drops it
HELD = (
    "Ngày 12/3/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023. "
    "Ông Trần Văn Luận, Giám đốc Sở Tư pháp, chủ trì Hội nghị."
)
GIVEN = ("Giám đốc", "Sở Tư pháp tỉnh Thanh Hóa")


@pytest.fixture
def tiny_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shipped model files replaced by an eager position model (trusts every pairing with
    a semicolon between) and a doubting event model (a day-dated event: p ≈ 0.007)."""
    eager = logreg.Model(
        {"L|sep_semi=1": 20.0}, bias=-10.0, meta={"drop": -1.0, "add": 0.5, "swap": 2.0}
    )
    doubting = logreg.Model({"form:day": -5.0}, 0.0, 0.5, {"drop": 0.5, "add": 1.01})
    eager.save(tmp_path / "positions.json")
    doubting.save(tmp_path / "events.json")
    monkeypatch.setattr(positions, "MODEL_PATH", tmp_path / "positions.json")
    monkeypatch.setattr(events, "MODEL_PATH", tmp_path / "events.json")
    positions.shipped_model.cache_clear()
    events.shipped_model.cache_clear()
    yield
    positions.shipped_model.cache_clear()
    events.shipped_model.cache_clear()


@pytest.fixture(
    params=[(), ("positions",), ("events",), ("events", "positions")],
    ids=lambda d: "+".join(d) or "rules",
)
def learned_default(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, ...]:
    """``active.DEFAULT`` set to the default set shipped and to each one a decision may make."""
    value: tuple[str, ...] = request.param
    monkeypatch.setattr(active, "DEFAULT", value)
    return value


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "list.txt").write_text(LIST, encoding="utf-8")
    (folder / "held.txt").write_text(HELD, encoding="utf-8")
    return folder


def _report(
    runner: CliRunner, path: Path, *args: str, env: dict[str, str] | None = None
) -> dict[str, Any]:
    result = runner.invoke(main, ["extract", str(path), *args], env=env)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


def _positions_of(report: dict[str, Any], name: str) -> set[tuple[str, str | None]]:
    person = next(p for p in report["persons"] if p["name"] == name)
    return {(q["title"], q["organization"]) for q in person["positions"]}


def test_extract_learned_positions(
    runner: CliRunner, articles: Path, tiny_models: None, learned_default: tuple[str, ...]
) -> None:
    path = articles / "list.txt"
    by_default = "positions" in learned_default
    assert (GIVEN in _positions_of(_report(runner, path), "Trần Thị Bình")) == by_default
    assert GIVEN in _positions_of(_report(runner, path, "--learned", "positions"), "Trần Thị Bình")
    env = {"JUSTICEKG_LEARNED": "positions"}
    assert GIVEN in _positions_of(_report(runner, path, env=env), "Trần Thị Bình")
    # the option wins over the environment: none is the rules alone, "" the default set
    assert GIVEN not in _positions_of(
        _report(runner, path, "--learned", "none", env=env), "Trần Thị Bình"
    )
    assert (
        GIVEN in _positions_of(_report(runner, path, "--learned", "", env=env), "Trần Thị Bình")
    ) == by_default
    none = {"JUSTICEKG_LEARNED": "none"}
    assert GIVEN not in _positions_of(_report(runner, path, env=none), "Trần Thị Bình")
    # events alone leaves positions as the rules give them, whatever the default
    assert GIVEN not in _positions_of(_report(runner, path, "--learned", "events"), "Trần Thị Bình")


def test_extract_learned_events(
    runner: CliRunner, articles: Path, tiny_models: None, learned_default: tuple[str, ...]
) -> None:
    path = articles / "held.txt"
    held = ["2024-03-12"]
    dates = [e["date"] for e in _report(runner, path)["events"]]
    assert dates == ([] if "events" in learned_default else held)
    assert [e["date"] for e in _report(runner, path, "--learned", "none")["events"]] == held
    assert _report(runner, path, "--learned", "events")["events"] == []
    assert _report(runner, path, "--learned", "positions,events")["events"] == []
    assert _report(runner, path, "--learned", "positions")["events"] != []
    assert _report(runner, path, env={"JUSTICEKG_LEARNED": "none"})["events"] != []


def test_the_report_names_the_models_that_took_part(
    runner: CliRunner, articles: Path, tiny_models: None, learned_default: tuple[str, ...]
) -> None:
    path = articles / "held.txt"
    plain = _report(runner, path, "--learned", "none")["extractor"]
    assert "learned" not in plain
    default = ("+learned:" + ",".join(sorted(learned_default))) if learned_default else ""
    assert _report(runner, path)["extractor"] == plain + default
    assert _report(runner, path, "--learned", "events,positions")["extractor"] == (
        plain + "+learned:events,positions"
    )
    assert (
        _report(runner, path, "--learned", "positions")["extractor"] == plain + "+learned:positions"
    )


def test_the_python_api_follows_the_default(
    articles: Path, tiny_models: None, learned_default: tuple[str, ...]
) -> None:
    """``extract``, ``extract_file`` and ``ingest_paths`` (ingest, and the web app's first
    ingest) run the default set where no block chose, the rules alone under ``none``."""
    from justicekg.config import Settings
    from justicekg.extract import extract, extract_file
    from justicekg.pipeline import ingest_paths
    from justicekg.store.oxigraph import OxigraphStore

    def given(report: Any) -> bool:
        return GIVEN in _positions_of(report.to_dict(), "Trần Thị Bình")

    text = (articles / "list.txt").read_text(encoding="utf-8")
    by_default = "positions" in learned_default
    assert given(extract(text, article_id="list")) == by_default
    assert given(extract_file(articles / "list.txt")) == by_default
    with active.switched_on("none"):
        assert not given(extract(text, article_id="list"))
    with active.switched_on("positions"):
        assert given(extract_file(articles / "list.txt"))

    def positions_stored(learned: str) -> int:
        store = OxigraphStore("memory:")
        ingest_paths(store, [articles], Settings(store="memory:", learned=learned))
        query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?m a <{JKG}Position> }} }}"
        return int(next(iter(store.query(query)))["n"].value)

    rules = positions_stored("none")
    assert positions_stored("") == rules + (1 if by_default else 0)
    assert positions_stored("positions") == rules + 1


JKG = "https://w3id.org/justicekg/ontology#"


def _classes(runner: CliRunner, store: Path, *args: str) -> dict[str, int]:
    """Instances per class after ingesting into ``store`` (``stats --format json``)."""
    env = {"JUSTICEKG_STORE": str(store)}
    result = runner.invoke(main, ["ingest", *args, "--workers", "1", "--no-compact"], env=env)
    assert result.exit_code == 0, result.output
    stats = runner.invoke(main, ["stats", "--format", "json"], env=env)
    assert stats.exit_code == 0, stats.output
    classes: dict[str, int] = json.loads(stats.output)["classes"]
    return classes


def test_ingest_learned(
    runner: CliRunner,
    articles: Path,
    tiny_models: None,
    tmp_path: Path,
    learned_default: tuple[str, ...],
) -> None:
    rules = _classes(runner, tmp_path / "rules", str(articles), "--learned", "none")
    learned = _classes(runner, tmp_path / "learned", str(articles), "--learned", "positions,events")
    assert learned.get(JKG + "Event", 0) == rules[JKG + "Event"] - 1  # the doubted day's
    assert learned[JKG + "Position"] == rules[JKG + "Position"] + 1  # Bình's title


@pytest.mark.parametrize("command", ["extract", "ingest", "eval"])
def test_an_unknown_name_is_one_clear_error(
    runner: CliRunner, articles: Path, tmp_path: Path, command: str
) -> None:
    store = tmp_path / "store"
    args = {
        "extract": [str(articles / "list.txt")],
        "ingest": [str(articles)],
        "eval": [str(Path(__file__).resolve().parents[1] / "data" / "eval" / "a")],
    }[command]
    for extra, env in (
        (["--learned", "positions,event"], {}),
        ([], {"JUSTICEKG_LEARNED": "event"}),
    ):
        result = runner.invoke(
            main, [command, *args, *extra], env={"JUSTICEKG_STORE": str(store), **env}
        )
        assert result.exit_code == 2, result.output
        assert "unknown learned component 'event'" in result.output
        assert "known: events, positions" in result.output
        assert not store.exists()  # nothing written


def test_eval_learned(
    runner: CliRunner, tiny_models: None, learned_default: tuple[str, ...]
) -> None:
    bundled = Path(__file__).resolve().parents[1] / "data" / "eval" / "a"
    scores = {}
    for learned in ("", "none", "events"):
        result = runner.invoke(main, ["eval", str(bundled), "--json", "--learned", learned])
        assert result.exit_code == 0, result.output
        scores[learned] = json.loads(result.output)["fact_sets"]["events"]
    assert scores["events"] != scores["none"]
    assert scores[""] == scores["events" if "events" in learned_default else "none"]


def test_the_setting_from_the_environment_and_a_toml_list(tmp_path: Path) -> None:
    assert load_settings(environ={}).learned == ""
    assert load_settings(environ={"JUSTICEKG_LEARNED": "events"}).learned == "events"
    assert load_settings(environ={"JUSTICEKG_LEARNED": "none"}).learned == "none"
    toml = tmp_path / "justicekg.toml"
    toml.write_text('learned = ["positions", "events"]\n', encoding="utf-8")
    assert load_settings(environ={}, config_file=toml).learned == "positions,events"


def test_run_eval_refuses_an_unknown_name() -> None:
    from justicekg.extract.evaluate import run_eval

    bundled = Path(__file__).resolve().parents[1] / "data" / "eval" / "a"
    with pytest.raises(ConfigError) as info:
        run_eval(None, bundled, echo=False, learned="orgs")
    assert "unknown learned component 'orgs'" in render(info.value.message, "en")
