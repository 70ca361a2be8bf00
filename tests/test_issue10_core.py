"""Regression tests for issue 10 (hardening), the ingest and CLI half: one per finding."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from report_fixtures import lost_province_report

from justicekg.cli import main
from justicekg.config import PROJECT_ROOT, Settings
from justicekg.extract.doc import Doc, Span
from justicekg.model import Article, ExtractionReport, Organization
from justicekg.namespaces import RDFS
from justicekg.pipeline import collect_files, ingest_paths
from justicekg.rdf.build import build_graph
from justicekg.store.oxigraph import OxigraphStore
from justicekg.validate import validate

ARTICLES = PROJECT_ROOT / "data" / "articles"

# -- 7: extraction linear in the text size; a size limit --------------------------------------


class _CountingSpan(Span):
    """A span that counts how often its label is read (how many spans a check looks at)."""

    __slots__ = ()
    reads = 0

    def __getattribute__(self, name: str) -> object:
        if name == "label":
            type(self).reads += 1
        return object.__getattribute__(self, name)


def test_issue10_07_covered_looks_only_at_nearby_spans() -> None:
    n = 3000
    doc = Doc("x" * (10 * n))
    for i in range(n):
        doc.add(_CountingSpan(10 * i, 10 * i + 5, "org" if i % 2 else "province", "n"))
    _CountingSpan.reads = 0
    hits = [doc.covered(10 * i + 3, 10 * i + 4, ("org",)) for i in range(n)]
    assert hits == [bool(i % 2) for i in range(n)]
    # A scan reads n labels per check (9 000 000 here); an index reads each a few times.
    assert _CountingSpan.reads <= 10 * n


@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 12), st.sampled_from(["a", "b", "c"])),
        max_size=30,
    ),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 8)), max_size=20),
)
def test_issue10_07_covered_equals_a_scan(
    spans: list[tuple[int, int, str]], checks: list[tuple[int, int]]
) -> None:
    doc = Doc("x" * 80)
    for i, (start, length, label) in enumerate(spans):
        doc.add(Span(start, start + length, label, "n"))
        if i % 3 == 0:  # checks interleaved with additions, and a list replaced wholesale
            doc.covered(0, 1, ("a",))
        if i == 10:
            doc.spans = [s for s in doc.spans if s.label != "c"]
    for start, length in checks:
        for labels in (("a",), ("b", "c")):
            expected = any(
                s.label in labels and s.start < start + length and start < s.end for s in doc.spans
            )
            assert doc.covered(start, start + length, labels) == expected


def test_issue10_07_too_large_article_is_refused_by_name(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Sở Tư pháp tỉnh Nghệ An. " * 100, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("Sở Tư pháp tỉnh Nghệ An tổ chức hội nghị.", encoding="utf-8")
    monkeypatch.setenv("JUSTICEKG_MAX_ARTICLE_BYTES", "1000")
    result = runner.invoke(main, ["ingest", str(tmp_path), "--store", "memory:"])
    assert result.exit_code == 2
    assert "1 article(s) stored" in result.output
    assert f"rejected {big}" in result.output and "file too large" in result.output
    assert "max_article_bytes" in result.output
    result = runner.invoke(main, ["extract", str(big)])
    assert result.exit_code == 2 and "file too large" in result.output


def test_issue10_07_default_limit_is_2_mb() -> None:
    assert Settings().max_article_bytes == 2_000_000


def test_issue10_07_limit_applies_to_ingest_api(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Sở Tư pháp tỉnh Nghệ An. " * 100, encoding="utf-8")
    summary = ingest_paths(
        OxigraphStore("memory:"), [tmp_path], Settings(store="memory:", max_article_bytes=100)
    )
    assert summary.articles == 0
    assert "file too large" in summary.rejected[0].reason


# -- 9: eval works from any clone (the scorer ships with the package) -------------------------

KIT_SCORE_PY = PROJECT_ROOT.parent / "shared" / "eval" / "score.py"
VENDOR_HEADER_END = "# --- end of vendoring header ---\n"


def test_issue10_09_eval_works_away_from_shared(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A clone with no ../shared beside it: the project root moved somewhere else.
    monkeypatch.setattr("justicekg.config.PROJECT_ROOT", tmp_path / "clone")
    monkeypatch.chdir(tmp_path)
    source = PROJECT_ROOT / "data" / "eval" / "a"
    shutil.copytree(source / "gold", tmp_path / "gold")
    shutil.copytree(source / "articles", tmp_path / "articles")
    result = runner.invoke(main, ["eval", "gold", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["overall_f1"] > 0.5
    from justicekg.extract.evaluate import load_scorer

    assert load_scorer().normalize("UBND tỉnh") == "ủy ban nhân dân tỉnh"


@pytest.mark.skipif(not KIT_SCORE_PY.exists(), reason="needs ../shared/eval/score.py")
def test_issue10_09_shipped_scorer_equals_the_kit() -> None:
    from justicekg.extract import _score

    shipped = Path(_score.__file__).read_text(encoding="utf-8")
    header, _, body = shipped.partition(VENDOR_HEADER_END)
    assert header.startswith("# Vendored") and body, "the vendoring header is missing"
    assert body == KIT_SCORE_PY.read_text(encoding="utf-8"), (
        "src/justicekg/extract/_score.py differs from ../shared/eval/score.py: copy the kit's "
        "file below the vendoring header"
    )


# -- 10: the conformance fixture never goes into the user's store -----------------------------

FIXTURE_GRAPH = "http://example.org/fixture/g1"


def _fixture(tmp_path: Path) -> Path:
    path = tmp_path / "fixture.trig"
    path.write_text(
        f"<{FIXTURE_GRAPH}> {{ <http://example.org/s> <http://example.org/p> 1 . }}\n",
        encoding="utf-8",
    )
    return path


def _user_store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    store = OxigraphStore(str(folder))
    ingest_paths(store, [ARTICLES / "seed.txt"], Settings(store=str(folder)))
    store.close()
    return folder


def _graphs_on_disk(folder: Path) -> list[str]:
    store = OxigraphStore(str(folder), read_only=True)
    try:
        return store.graph_names()
    finally:
        store.close()


def test_issue10_10_serve_puts_the_fixture_in_a_throwaway_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import justicekg.web as web

    folder = _user_store(tmp_path)
    before = _graphs_on_disk(folder)
    served: list[object] = []
    monkeypatch.setattr(web, "_serve_one", lambda settings, store, lang: served.append(store))
    monkeypatch.setattr(web, "_serve_granian", lambda settings, lang: served.append("granian"))
    web.serve(Settings(store=str(folder), load_fixture=str(_fixture(tmp_path))))
    assert _graphs_on_disk(folder) == before  # the user's store is untouched
    [store] = served
    assert isinstance(store, OxigraphStore) and store.path is None  # in memory
    names = store.graph_names()
    assert FIXTURE_GRAPH in names and set(before) <= set(names)  # the data and the fixture


def test_issue10_10_create_app_puts_the_fixture_in_a_throwaway_store(tmp_path: Path) -> None:
    from justicekg.web import create_app

    folder = _user_store(tmp_path)
    settings = Settings(store=str(folder), load_fixture=str(_fixture(tmp_path)))
    app = create_app({"SETTINGS": settings, "TESTING": True})
    state = app.extensions["justicekg"]
    try:
        assert FIXTURE_GRAPH in state.store.graph_names()
    finally:
        state.close()
    assert FIXTURE_GRAPH not in _graphs_on_disk(folder)


# -- 3: no article lost for one questionable fact ---------------------------------------------


@pytest.mark.parametrize(
    "org",
    [
        Organization(
            "Văn phòng Sở Tư pháp tỉnh Bến Tre", "other", None, parent="Sở Tư pháp tỉnh Bến Tre"
        ),
        Organization("Phòng Công chứng số 1 tỉnh Hà Nam", "other", None),
        Organization("Sở Tư pháp tỉnh Phông Sa Lỳ", "other", None),  # a province of Laos
    ],
    ids=["office-of-a-department", "numbered-notary-office", "foreign-province"],
)
def test_issue10_03_bodies_named_with_their_province_conform(org: Organization) -> None:
    parent = Organization("Sở Tư pháp tỉnh Bến Tre", "provincial-department", "Bến Tre")
    report = ExtractionReport(Article(id="x", published="2020-06-01"), organizations=[org, parent])
    graph = build_graph(report, Settings())
    result = validate(graph)
    assert result.conforms, result.text


@pytest.mark.slow
def test_issue10_03_every_eval_article_ingests() -> None:
    folders = sorted((PROJECT_ROOT / "data" / "eval").glob("*/articles"))
    assert len(folders) >= 6
    summary = ingest_paths(OxigraphStore("memory:"), folders, Settings(store="memory:"))
    assert summary.rejected == [], summary.text()
    assert summary.articles == len(collect_files(folders)) == 48


def _write_report(path: Path, report: ExtractionReport) -> Path:
    path.write_text(json.dumps(report.to_dict(), ensure_ascii=False), encoding="utf-8")
    return path


def test_issue10_03_a_violating_fact_is_left_out_not_the_article(
    runner: CliRunner, tmp_path: Path
) -> None:
    # The extractor lost the province of a bare "Sở Tư pháp": that body is left out, the person,
    # the other body and the article stay.
    source = lost_province_report(tmp_path / "gate.json")
    folder = tmp_path / "store"
    result = runner.invoke(main, ["ingest", str(source), "--store", str(folder)])
    assert result.exit_code == 0, result.output
    assert "1 article(s) stored" in result.output and "0 rejected" in result.output
    assert f"left out of {source}: jkgsh:ProvincialOrganizationShape" in result.output
    store = OxigraphStore(str(folder), read_only=True)
    try:
        labels = {
            row["l"].value
            for row in store.query(f"SELECT ?l WHERE {{ GRAPH ?g {{ ?s <{RDFS.label}> ?l }} }}")
        }
    finally:
        store.close()
    assert {"Nguyễn Văn Hùng", "Ủy ban nhân dân tỉnh Nghệ An"} <= labels
    assert "Sở Tư pháp" not in labels
    result = runner.invoke(main, ["validate", "--store", str(folder)])
    assert result.exit_code == 0, result.output  # what is stored conforms
    # The body's post (Giám đốc of that body) goes with it: a post needs its organization.
    assert "2 fact(s) left out at ingest" in result.output
    assert "ProvincialOrganizationShape" in result.output and "PostShape" in result.output
    result = runner.invoke(main, ["validate", "--store", str(folder), "--format", "json"])
    assert json.loads(result.output)["left_out"][0]["graph"].endswith("/graph/gate")


def test_issue10_03_a_violation_about_the_article_rejects_it(tmp_path: Path) -> None:
    report = ExtractionReport(Article(id="bad-date", published="27/11/2017"))
    summary = ingest_paths(
        OxigraphStore("memory:"),
        [_write_report(tmp_path / "bad-date.json", report)],
        Settings(store="memory:"),
    )
    assert summary.articles == 0 and summary.left_out == []
    assert summary.rejected[0].kind == "validation"
    assert "publication date" in summary.rejected[0].reason


# -- 4: article identity that cannot collide --------------------------------------------------

_TEXT_A = "Ông Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Nghệ An, phát biểu tại hội nghị."
_TEXT_B = "Bà Trần Thị Bình, Phó Giám đốc Sở Tư pháp tỉnh Hà Tĩnh, dự hội nghị."


def _two_folders(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    for folder, text in (("a", _TEXT_A), ("b", _TEXT_B)):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "aa.txt").write_text(text, encoding="utf-8")
    return corpus


def _article_graphs(store: OxigraphStore) -> list[str]:
    names = store.graph_names()
    return sorted(g for g in names if not g.endswith(("/graph/reference", "/graph/analytics")))


def test_issue10_04_same_file_name_in_two_folders_gives_two_articles(tmp_path: Path) -> None:
    corpus = _two_folders(tmp_path)
    store = OxigraphStore("memory:")
    settings = Settings(store="memory:")
    summary = ingest_paths(store, [corpus], settings)
    assert summary.rejected == [] and summary.articles == 2
    assert [g.rsplit("/", 1)[-1] for g in _article_graphs(store)] == ["a-aa", "b-aa"]
    again = ingest_paths(store, [corpus], settings)  # idempotent
    assert again.rejected == [] and len(_article_graphs(store)) == 2


def test_issue10_04_a_clash_in_one_run_is_reported_naming_both_files(tmp_path: Path) -> None:
    corpus = _two_folders(tmp_path)
    store = OxigraphStore("memory:")
    summary = ingest_paths(
        store, [corpus / "a", corpus / "b"], Settings(store="memory:"), batch_size=1
    )
    assert summary.articles == 1
    [rejected] = summary.rejected
    assert rejected.kind == "identity"
    assert rejected.source == str(corpus / "b" / "aa.txt")
    assert str(corpus / "a" / "aa.txt") in rejected.reason


def test_issue10_04_a_different_article_is_never_silently_replaced(
    runner: CliRunner, tmp_path: Path
) -> None:
    corpus = _two_folders(tmp_path)
    folder = str(tmp_path / "store")
    assert runner.invoke(main, ["ingest", str(corpus / "a"), "--store", folder]).exit_code == 0
    result = runner.invoke(main, ["ingest", str(corpus / "b"), "--store", folder])
    assert result.exit_code == 2
    assert f"rejected {corpus / 'b' / 'aa.txt'}" in result.output
    assert "already holds a different article, read from aa.txt" in result.output
    assert "--replace" in result.output
    query = "SELECT ?t WHERE { GRAPH ?g { ?a <https://schema.org/text> ?t } }"
    result = runner.invoke(main, ["query", query, "--store", folder, "--format", "csv"])
    assert "Nguyễn Văn An" in result.output and "Trần Thị Bình" not in result.output
    # the same file again: idempotent, no complaint
    assert runner.invoke(main, ["ingest", str(corpus / "a"), "--store", folder]).exit_code == 0
    result = runner.invoke(main, ["ingest", str(corpus / "b"), "--store", folder, "--replace"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["query", query, "--store", folder, "--format", "csv"])
    assert "Trần Thị Bình" in result.output and "Nguyễn Văn An" not in result.output


def test_issue10_04_an_article_with_a_url_is_identified_by_it(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Hội nghị</title><link rel="canonical" '
        'href="https://www.stp.example.vn/tin-tuc/hoi-nghi-123.html"></head>'
        f"<body><article><p>{_TEXT_A}</p><p>{_TEXT_B}</p></article></body></html>",
        encoding="utf-8",
    )
    store = OxigraphStore("memory:")
    summary = ingest_paths(store, [tmp_path], Settings(store="memory:"))
    assert summary.rejected == []
    assert [g.rsplit("/", 1)[-1] for g in _article_graphs(store)] == [
        "stp-example-vn-tin-tuc-hoi-nghi-123"
    ]


# -- 11: smaller items --------------------------------------------------------------------------

_SOURCES = "SELECT ?s WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/source> ?s } }"


def test_issue10_11_source_is_never_an_absolute_path(tmp_path: Path) -> None:
    corpus = _two_folders(tmp_path)
    report = ExtractionReport(Article(id="r", source=str(tmp_path / "secret" / "r.txt")))
    _write_report(corpus / "r.json", report)
    store = OxigraphStore("memory:")
    ingest_paths(store, [corpus, ARTICLES.resolve() / "seed.txt"], Settings(store="memory:"))
    sources = sorted(row["s"].value for row in store.query(_SOURCES))
    assert sources == ["a/aa.txt", "b/aa.txt", "r.txt", "seed.txt"]


def test_issue10_11_export_to_a_missing_folder_is_a_clear_error(
    runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "x.nq"
    result = runner.invoke(main, ["export", "--store", "memory:", "--out", str(target)])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"error: {target}: cannot write the export" in result.output


def test_issue10_11_analyze_refuses_a_date_that_is_not_one(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["analyze", "centrality", "--at", "notadate", "--store", "memory:"]
    )
    assert result.exit_code == 2
    assert "--at 'notadate' is not a date" in result.output


def test_issue10_11_analyze_resolves_names_without_diacritics(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["analyze", "path", "le anh tuan", "tran tien dung", "--store", "memory:"]
    )
    assert result.exit_code == 0, result.output
    assert "Lê Anh Tuấn and Trần Tiến Dũng" in result.output


def test_issue10_11_analyze_and_search_share_one_folding_rule() -> None:
    from justicekg.analytics import cli_support
    from justicekg.text.normalize import search_key
    from justicekg.web import search

    assert search.fold("Lê Anh  TUẤN,") == search_key("Lê Anh  TUẤN,") == "le anh tuan"
    assert cli_support.search_key is search_key


@pytest.mark.parametrize("make", [False, True], ids=["missing", "not-a-store"])
def test_issue10_11_stats_on_a_missing_store_is_a_clear_error(
    runner: CliRunner, tmp_path: Path, make: bool
) -> None:
    folder = tmp_path / "nowhere"
    if make:
        folder.mkdir()
    result = runner.invoke(main, ["stats", "--store", str(folder)])
    assert result.exit_code == 2
    assert "no store here" in result.output or "not a justicekg store" in result.output
    assert "CURRENT" not in result.output and "IO error" not in result.output


def test_issue10_11_compact_keeps_disk_near_the_data_size(
    runner: CliRunner, tmp_path: Path
) -> None:
    from justicekg.store.oxigraph import disk_size

    folder = str(tmp_path / "store")
    articles = str(PROJECT_ROOT / "data" / "eval" / "a" / "articles")
    for _ in range(3):
        result = runner.invoke(main, ["ingest", articles, "--store", folder, "--no-compact"])
        assert result.exit_code == 0, result.output
    grown = disk_size(folder)
    result = runner.invoke(main, ["compact", "--store", folder])
    assert result.exit_code == 0, result.output
    assert "store compacted" in result.output
    compacted = disk_size(folder)
    assert compacted < grown * 0.6, (grown, compacted)
    result = runner.invoke(main, ["ingest", articles, "--store", folder])  # compacts itself
    assert result.exit_code == 0 and "store compacted" in result.output
    assert disk_size(folder) < grown * 0.6, (grown, compacted, disk_size(folder))
    result = runner.invoke(main, ["stats", "--store", folder, "--format", "json"])
    assert json.loads(result.output)["graphs"] >= 6  # nothing lost


def test_issue10_04_extract_out_mirrors_the_folders(runner: CliRunner, tmp_path: Path) -> None:
    corpus = _two_folders(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(main, ["extract", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    ids = {json.loads((out / f / "aa.json").read_text())["article"]["id"] for f in ("a", "b")}
    assert ids == {"a/aa", "b/aa"}
    result = runner.invoke(
        main, ["extract", str(corpus / "a"), str(corpus / "b"), "--out", str(out / "2")]
    )
    assert result.exit_code == 2
    assert f"already written from {corpus / 'a' / 'aa.txt'}" in result.output


def test_issue10_04_the_same_file_from_another_folder_is_flagged(tmp_path: Path) -> None:
    corpus = _two_folders(tmp_path)
    store = OxigraphStore("memory:")
    settings = Settings(store="memory:")
    ingest_paths(store, [corpus / "a"], settings)
    summary = ingest_paths(store, [corpus], settings)  # now "a/aa", before "aa"
    assert summary.rejected == []
    [(source, message)] = summary.warnings
    assert source == str(corpus / "a" / "aa.txt")
    assert "already stored as <https://w3id.org/justicekg/graph/aa>" in message
    assert "warning " in summary.text("en")
    assert "cảnh báo " in summary.text()  # Vietnamese unless asked
