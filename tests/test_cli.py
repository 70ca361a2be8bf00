"""The justicekg command: every command, its output and its exit status."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from justicekg.cli import main

COMMANDS = [
    "extract",
    "ingest",
    "validate",
    "query",
    "export",
    "stats",
    "serve",
    "analyze",
    "holders",
    "eval",
    "gen-namespace",
]


@pytest.fixture
def store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "store"
    monkeypatch.setenv("JUSTICEKG_STORE", str(path))
    return path


@pytest.fixture
def ingested(runner: CliRunner, store_dir: Path, seed_article: Path) -> Path:
    result = runner.invoke(main, ["ingest", str(seed_article)])
    assert result.exit_code == 0, result.output
    return store_dir


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_extract_one_file_prints_a_report(runner: CliRunner, seed_article: Path) -> None:
    result = runner.invoke(main, ["extract", str(seed_article)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["article"]["id"] == "seed"
    assert {p["name"] for p in report["persons"]} >= {"Lê Anh Tuấn", "Trần Tiến Dũng"}


def test_extract_folder_writes_one_report_per_article(
    runner: CliRunner, seed_article: Path, tmp_path: Path
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed_article, src / "one.txt")
    shutil.copy(seed_article, src / "two.txt")
    result = runner.invoke(main, ["extract", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["one.json", "two.json"]


def test_ingest_then_validate_conforms(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 0, result.output


def test_validate_engines_give_the_same_report(runner: CliRunner, ingested: Path) -> None:
    reports = [
        runner.invoke(main, ["validate", "--format", "json", "--engine", engine])
        for engine in ("pyshacl", "compiled")
    ]
    assert [r.exit_code for r in reports] == [0, 0], reports[1].output
    assert json.loads(reports[0].output) == json.loads(reports[1].output)
    bad = runner.invoke(main, ["validate", "--engine", "fast"])
    assert bad.exit_code == 2 and "fast" in bad.output


def query(runner: CliRunner, sparql: str, fmt: str = "json") -> list[dict[str, str]]:
    result = runner.invoke(main, ["query", sparql, "--format", fmt])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]


def test_positions_of_a_person(runner: CliRunner, ingested: Path) -> None:
    rows = query(
        runner,
        """SELECT ?title ?org WHERE {
             ?person a jkg:Person ; rdfs:label "Lê Anh Tuấn"@vi .
             ?position org:member ?person ; org:role ?t ; org:organization ?o .
             ?t rdfs:label ?title . ?o rdfs:label ?org .
             FILTER(lang(?title) = "vi" && lang(?org) = "vi") }""",
    )
    assert {(r["title"], r["org"]) for r in rows} >= {
        ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa"),
        ("Tỉnh ủy viên", "Tỉnh ủy Thanh Hóa"),
    }


def test_nominees_for_an_award_in_a_year(runner: CliRunner, ingested: Path) -> None:
    rows = query(
        runner,
        """SELECT DISTINCT ?name WHERE {
             ?d a jkg:AwardDecision ; jkg:award ?a ; jkg:recipient ?r ;
                jkg:awardStatus ?s ; jkg:year 2017 .
             ?a rdfs:label "Cờ thi đua ngành Tư pháp"@vi . ?s skos:notation "nominated" .
             ?r rdfs:label ?name . FILTER(lang(?name) = "vi") }""",
    )
    names = {r["name"] for r in rows}
    assert "Sở Tư pháp tỉnh Thanh Hóa" in names
    assert len(names) == 8


def test_participants_of_an_event_on_a_date(runner: CliRunner, ingested: Path) -> None:
    rows = query(
        runner,
        """SELECT DISTINCT ?name WHERE {
             ?e a jkg:Event ; schema:startDate ?d . FILTER(str(?d) = "2017-11-27")
             ?pp jkg:atEvent ?e ; jkg:participant ?p . ?p rdfs:label ?name }""",
    )
    assert {"Lê Anh Tuấn", "Trần Tiến Dũng"} <= {r["name"] for r in rows}


def test_successor_of_a_province(runner: CliRunner, ingested: Path) -> None:
    rows = query(
        runner,
        """SELECT ?name WHERE { ?p a jkg:Province ; rdfs:label "Quảng Bình"@vi ;
             jkg:succeededBy ?s . ?s rdfs:label ?name . FILTER(lang(?name) = "vi") }""",
    )
    assert [r["name"] for r in rows] == ["Quảng Trị"]


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_formats(runner: CliRunner, ingested: Path, fmt: str) -> None:
    result = runner.invoke(
        main, ["query", "SELECT ?x WHERE { VALUES ?x { 'Hóa' } }", "--format", fmt]
    )
    assert result.exit_code == 0, result.output
    assert "Hóa" in result.output


def test_query_from_file_and_construct_as_turtle(
    runner: CliRunner, ingested: Path, tmp_path: Path
) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("CONSTRUCT { ?p a jkg:Province } WHERE { ?p a jkg:Province } LIMIT 2")
    result = runner.invoke(main, ["query", f"@{rq}", "--format", "turtle"])
    assert result.exit_code == 0, result.output
    assert "Province" in result.output


def test_query_on_an_empty_store_ingests_the_bundled_articles(
    runner: CliRunner, store_dir: Path
) -> None:
    result = runner.invoke(main, ["query", "ASK { ?p a jkg:Person }"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("true")


def test_malformed_query_exits_2(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(main, ["query", "SELECT WHERE {"])
    assert result.exit_code == 2
    assert "malformed" in result.output


@pytest.mark.parametrize("fmt", ["nquads", "trig", "turtle", "jsonld"])
def test_export(runner: CliRunner, ingested: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"dump.{fmt}"
    result = runner.invoke(main, ["export", "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000


def test_stats(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(main, ["stats", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["triples"] > 0 and data["size_bytes"] > 0
    assert any(c.endswith("#Person") for c in data["classes"])


def test_bad_files_exit_2_naming_them_and_good_files_are_stored(
    runner: CliRunner, store_dir: Path, seed_article: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(seed_article, folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (folder / "legacy.txt").write_bytes(b"S\xf2 T\xdf ph\xe1p t\xefnh\n")
    result = runner.invoke(main, ["ingest", str(folder)])
    assert result.exit_code == 2
    for name in ("empty.txt", "binary.txt", "legacy.txt"):
        assert name in result.output
    listed = runner.invoke(main, ["stats", "--format", "json"])
    assert any(g.endswith("/graph/good") for g in json.loads(listed.output)["graph_triples"])


def test_missing_path_and_usage_errors_exit_2(runner: CliRunner, store_dir: Path) -> None:
    assert runner.invoke(main, ["ingest", "/no/such/article.txt"]).exit_code == 2
    assert runner.invoke(main, ["query"]).exit_code == 2
    assert runner.invoke(main, ["export", "--format", "xml"]).exit_code == 2


SCORE_PY = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORE_PY.exists(), reason="needs ../shared/eval/score.py")
def test_eval_scores_a_folder_against_gold(runner: CliRunner, tmp_path: Path) -> None:
    gold = SCORE_PY.parent / "gold"
    articles = tmp_path / "articles"
    articles.mkdir()
    golds = tmp_path / "gold"
    golds.mkdir()
    for stem in ("seed", "d03"):
        shutil.copy(SCORE_PY.parent / "articles" / f"{stem}.txt", articles)
        shutil.copy(gold / f"{stem}.json", golds)
    result = runner.invoke(
        main,
        ["eval", str(golds), "--articles", str(articles), "--json", "--score-py", str(SCORE_PY)],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert 0.8 < data["overall_f1"] <= 1.0
    table = runner.invoke(main, ["eval", str(golds), "--articles", str(articles)])
    assert "overall F1" in table.output


def test_eval_takes_a_set_folder_and_names_a_missing_articles_folder(
    runner: CliRunner, tmp_path: Path
) -> None:
    """``justicekg eval data/eval/a`` (a folder holding gold/ and articles/) scores the set; a
    gold folder with no articles beside it is one error line naming the folder (exit 2)."""
    bundled = Path(__file__).resolve().parents[1] / "data" / "eval" / "a"
    result = runner.invoke(main, ["eval", str(bundled), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["files"] == len(list((bundled / "gold").glob("*.json")))
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy(next((bundled / "gold").glob("*.json")), lone)
    result = runner.invoke(main, ["eval", str(lone)])
    assert result.exit_code == 2
    assert "no articles folder" in result.output and str(tmp_path / "articles") in result.output


def test_read_commands_open_a_filled_store_read_only(runner: CliRunner, ingested: Path) -> None:
    """While another process holds the store (e.g. an ingest or `serve`), reads still work."""
    from justicekg.store.oxigraph import OxigraphStore

    writer = OxigraphStore(str(ingested))  # holds the write lock
    try:
        for args in (["query", "ASK { ?p a jkg:Person }"], ["stats"], ["analyze", "centrality"]):
            result = runner.invoke(main, args)
            assert result.exit_code == 0, (args, result.output)
    finally:
        writer.close()
