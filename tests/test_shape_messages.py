"""The shapes say what is wrong in Vietnamese and in English, and every reader gets its language.

``ontology/shapes.ttl`` gives every constraint one ``sh:message "…"@vi`` and one ``"…"@en``.
``justicekg validate``, ingest's summary (facts left out, articles rejected) and the results
graph show the reader's language (Vietnamese by default), the other one when a shape lacks it;
the machine views (``--format json``, the stored ``jkg:leftOut`` records) keep the English text.
Both engines (compiled and pySHACL) give the same message in each language.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from report_fixtures import lost_province_report

from justicekg.cli import main
from justicekg.config import Settings
from justicekg.model import Article, ExtractionReport
from justicekg.namespaces import JKG
from justicekg.pipeline import IngestSummary, ingest_paths
from justicekg.store.oxigraph import OxigraphStore
from justicekg.text.normalize import normalize_tone
from justicekg.validate import shapes_graph, validate, validate_graphs
from justicekg.validate.checks import UNDERSTOOD
from justicekg.validate.compiled import compile_shapes
from justicekg.validate.report import ValidationResult, record_in
from justicekg.validate.shapes import translate_message

FIXTURES = sorted((Path(__file__).parent / "data" / "shapes").glob("*.fail*.ttl"))
VAR = re.compile(r"\{[?$](\w+)\}")
#: ProvincialOrganizationShape's message, as shapes.ttl gives it.
PROVINCE_VI = "tổ chức cấp tỉnh phải nêu tỉnh của mình (jkg:province)"
PROVINCE_EN = "a provincial organization must name its province (jkg:province)"
#: Parameters of a node shape that make it a constraint of its own (not only a container).
NODE_LEVEL = UNDERSTOOD - {SH.minCount, SH.maxCount}


def _messages() -> dict[object, list[object]]:
    shapes = shapes_graph()
    found: dict[object, list[object]] = {}
    for node, text in shapes.subject_objects(SH.message):
        found.setdefault(node, []).append(text)
    return found


# -- shapes.ttl ------------------------------------------------------------------------------


def test_every_sh_message_has_exactly_one_vietnamese_and_one_english_text() -> None:
    messages = _messages()
    assert len(messages) >= 82  # 81 constraints, and TypedLinkShape's sh:nodeKind
    for node, texts in messages.items():
        assert all(isinstance(t, Literal) for t in texts), node
        tags = sorted(t.language or "" for t in texts if isinstance(t, Literal))
        assert tags == ["en", "vi"], (node, texts)


def test_every_constraint_has_its_messages() -> None:
    shapes = shapes_graph()
    messages = _messages()
    constraints = set(shapes.objects(None, SH.property)) | set(shapes.objects(None, SH.sparql))
    for node_shape in shapes.subjects(RDF.type, SH.NodeShape):
        if any(p in NODE_LEVEL for p in shapes.predicates(node_shape)):
            constraints.add(node_shape)
    missing = sorted(str(c) for c in constraints if c not in messages)
    assert missing == [], missing


def test_vietnamese_texts_are_nfc_new_tone_style_and_keep_the_parameters() -> None:
    for node, texts in _messages().items():
        by_lang = {t.language: str(t) for t in texts if isinstance(t, Literal)}
        vi, en = by_lang["vi"], by_lang["en"]
        assert unicodedata.normalize("NFC", vi) == vi, vi
        assert normalize_tone(vi) == vi, vi  # hóa, hòa, thủy: the new style
        assert vi != en, node
        assert sorted(VAR.findall(vi)) == sorted(VAR.findall(en)), (vi, en)
        # the vocabulary's terms (jkg:Province, xsd:date …) are kept as written
        terms = re.compile(r"\b[a-z]+:[A-Za-z]+")
        assert set(terms.findall(vi)) == set(terms.findall(en)), (vi, en)


# -- engines ---------------------------------------------------------------------------------


def _fixture_graph(path: Path) -> Graph:
    graph = Graph(identifier=URIRef(f"https://w3id.org/justicekg/graph/fixture-{path.stem}"))
    graph.parse(path, format="turtle")
    return graph


def _by_violation(results: list[ValidationResult]) -> dict[tuple[object, ...], tuple[str, str]]:
    return {
        (r.focus, r.path, r.constraint, r.value, r.shape): (r.message_in("vi"), r.message_in("en"))
        for r in results
    }


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_both_engines_give_the_same_message_in_each_language(path: Path) -> None:
    graph = _fixture_graph(path)
    compiled = validate(graph, engine="compiled")
    reference = validate(graph, engine="pyshacl")
    assert compiled.results, path
    assert _by_violation(compiled.results) == _by_violation(reference.results)
    for result in reference.results:
        vi, en = result.message_in("vi"), result.message_in("en")
        assert {lang for lang, _ in result.messages} == {"vi", "en"}, result
        assert vi != en and result.message == en  # the machine view keeps the English text
        assert translate_message(en, "vi") == vi and translate_message(vi, "en") == en


def test_a_sparql_message_is_filled_in_each_language() -> None:
    graph = _fixture_graph(next(p for p in FIXTURES if p.stem.endswith("fail-giver")))
    for engine in ("compiled", "pyshacl"):
        results = validate(graph, engine=engine).results
        (result,) = [r for r in results if r.constraint == str(SH.SPARQLConstraintComponent)]
        giver = result.message_in("en").rsplit("(", 1)[1].rstrip(")")
        assert giver.startswith("http"), result
        assert result.message_in("vi") == (
            f"đối tượng khen thưởng của quyết định lại chính là cơ quan khen thưởng ({giver})"
        )


def test_the_results_graph_carries_every_language() -> None:
    graph = _fixture_graph(next(p for p in FIXTURES if p.stem.startswith("Provincial")))
    report = validate(graph, engine="compiled")
    texts = set(report.graph.objects(None, SH.resultMessage))
    assert Literal(PROVINCE_VI, lang="vi") in texts
    assert Literal(PROVINCE_EN, lang="en") in texts


SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
    sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:message {messages} ] .
"""


def _shapes(messages: str) -> Graph:
    return Graph().parse(data=SHAPES.replace("{messages}", messages), format="turtle")


def test_the_compiled_engine_takes_one_message_per_language_not_two_in_one() -> None:
    one_each = _shapes('"thiếu ex:p"@vi , "ex:p is missing"@en')
    assert compile_shapes(one_each).fallback == ()
    twice = _shapes('"ex:p is missing"@en , "no ex:p"@en')
    assert compile_shapes(twice).fallback == ("https://example.org/S",)
    data = [(URIRef("https://example.org/x"), RDF.type, URIRef("https://example.org/C"))]
    for shapes, vi in ((one_each, "thiếu ex:p"), (twice, "ex:p is missing")):
        for engine in ("compiled", "pyshacl"):
            (result,) = validate_graphs(
                {"g": data}, shapes=shapes, reference=Graph(), engine=engine
            )["g"].results
            assert result.message == "ex:p is missing", engine
            assert result.message_in("vi") == vi, engine  # no Vietnamese: the English one


# -- what people read --------------------------------------------------------------------------


@pytest.fixture
def no_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """No variable names a language (the conftest's English setting dropped)."""
    for name in ("JUSTICEKG_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


def _ingest(tmp_path: Path, *, force: bool) -> tuple[str, IngestSummary]:
    folder = str(tmp_path / "store")
    store = OxigraphStore(folder)
    try:
        summary = ingest_paths(
            store,
            [lost_province_report(tmp_path / "gate.json")],
            Settings(store=folder),
            force=force,
        )
    finally:
        store.close()
    return folder, summary


def test_validate_speaks_vietnamese_by_default_and_english_when_asked(
    runner: CliRunner, tmp_path: Path, no_language: None
) -> None:
    folder, _summary = _ingest(tmp_path, force=True)  # the violation is stored
    vi = runner.invoke(main, ["validate", "--store", folder])
    assert vi.exit_code == 1, vi.output
    assert "Vi phạm: jkgsh:ProvincialOrganizationShape [jkg:province] tại <" in vi.output
    assert PROVINCE_VI in vi.output and PROVINCE_EN not in vi.output
    for args, env in ((["--lang", "en"], {}), ([], {"JUSTICEKG_LANG": "en"})):
        en = runner.invoke(main, [*args, "validate", "--store", folder], env=env)
        assert en.exit_code == 1, en.output
        assert PROVINCE_EN in en.output and PROVINCE_VI not in en.output
    # the machine view does not change with the language
    as_json = [
        runner.invoke(main, [*lang, "validate", "--store", folder, "--format", "json"]).output
        for lang in ([], ["--lang", "en"])
    ]
    assert as_json[0] == as_json[1]
    messages = {r["message"] for r in json.loads(as_json[0])["results"]}
    assert PROVINCE_EN in messages


def test_left_out_facts_are_stored_in_english_and_shown_in_the_readers_language(
    runner: CliRunner, tmp_path: Path, no_language: None
) -> None:
    folder, summary = _ingest(tmp_path, force=False)
    assert summary.left_out
    assert PROVINCE_VI in summary.text("vi") and PROVINCE_EN not in summary.text("vi")
    assert PROVINCE_EN in summary.text("en") and PROVINCE_VI not in summary.text("en")
    store = OxigraphStore(folder, read_only=True)
    try:
        records = [
            row["r"].value
            for row in store.query(f"SELECT ?r WHERE {{ GRAPH ?g {{ ?g <{JKG.leftOut}> ?r }} }}")
        ]
    finally:
        store.close()
    assert any(r.endswith(": " + PROVINCE_EN) for r in records), records
    assert all(record_in(r, "en") == r for r in records)
    vi = runner.invoke(main, ["validate", "--store", folder])
    assert vi.exit_code == 0, vi.output
    assert "dữ kiện bị loại khi nạp" in vi.output
    assert PROVINCE_VI in vi.output and PROVINCE_EN not in vi.output
    en = runner.invoke(main, ["--lang", "en", "validate", "--store", folder])
    assert PROVINCE_EN in en.output and PROVINCE_VI not in en.output
    # a record that no shape's message matches (the shapes changed since) is shown as stored
    assert record_in("jkgsh:Gone on <https://x/y>: an old text", "vi").endswith("an old text")


def test_left_out_lines_are_framed_in_the_readers_language(
    runner: CliRunner, tmp_path: Path, no_language: None
) -> None:
    # the stored record is a machine format ("<shape> on <focus>: <English message>"); what a
    # reader sees, ingest's summary and validate's list, is framed in the reader's language
    folder, summary = _ingest(tmp_path, force=False)
    (item,) = [i for _, i in summary.left_out if i.shape == "jkgsh:ProvincialOrganizationShape"]
    record = re.compile(
        r"jkgsh:ProvincialOrganizationShape on <[^<>\s]+>: " + re.escape(PROVINCE_EN)
    )
    assert record.fullmatch(item.line())
    assert record.fullmatch(item.line("en"))
    vi_line = item.line("vi")
    assert vi_line.startswith("jkgsh:ProvincialOrganizationShape tại <"), vi_line
    assert vi_line.endswith(">: " + PROVINCE_VI) and " on <" not in vi_line
    assert " on <" not in summary.text("vi") and vi_line in summary.text("vi")
    assert item.line("en") in summary.text("en")
    vi = runner.invoke(main, ["validate", "--store", folder])
    listed = [line for line in vi.output.splitlines() if PROVINCE_VI in line]
    assert listed and all(" tại <" in line and " on <" not in line for line in listed), listed
    assert record_in(item.line(), "vi") == vi_line


def test_rejection_reasons_follow_the_readers_language(tmp_path: Path) -> None:
    path = tmp_path / "bad-date.json"
    report = ExtractionReport(Article(id="bad-date", published="27/11/2017"))
    path.write_text(json.dumps(report.to_dict(), ensure_ascii=False), encoding="utf-8")
    summary = ingest_paths(OxigraphStore("memory:"), [path], Settings(store="memory:"))
    (rejected,) = summary.rejected
    assert "ngày đăng của bài viết là một giá trị xsd:date duy nhất" in rejected.reason_in("vi")
    assert "an article's publication date is one xsd:date" in rejected.reason_in("en")
    assert "Không hợp lệ" in summary.text("vi") and "ngày đăng của bài viết" in summary.text("vi")
    assert "publication date" in summary.text("en")
