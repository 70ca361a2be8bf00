"""Evidence offsets that are not integers, on every path hand-made data takes.

rdflib's SPARQL engine recursed without end on ``?s + 1`` for an ill-typed offset
(``"abc"^^xsd:integer``: its ``toPython()`` is the literal itself, and ``Literal.__add__`` adds
the ``toPython()`` of both sides again) and raised TypeError on ``SUBSTR`` with a decimal one,
inside ``jkgsh:EvidenceShape``'s SPARQL constraint: both validation engines crashed instead of
reporting. Each test uses an invented article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD
from store_snapshots import snapshot

from justicekg.cli import main
from justicekg.config import Settings
from justicekg.namespaces import JKG
from justicekg.pipeline import ingest_paths
from justicekg.rdf.mint import graph_iri
from justicekg.store.base import RESYNC_MERGE_UPDATE
from justicekg.store.oxigraph import OxigraphStore
from justicekg.validate import ENGINES, validate

TEXT = "Ngày 3/3/2024, ông Phạm Văn Khải, Giám đốc Sở Tư pháp tỉnh Hà Giang, dự hội nghị."
QUOTE = "ông Phạm Văn Khải, Giám đốc Sở Tư pháp tỉnh Hà Giang"
START = TEXT.index(QUOTE)
ORG = "Sở Tư pháp tỉnh Hà Giang"

#: Offsets as hand-made data may write them (Turtle / SPARQL syntax), and the value reported.
BAD = [
    pytest.param('"3.5"^^<http://www.w3.org/2001/XMLSchema#decimal>', "3.5", id="decimal"),
    pytest.param('"abc"^^<http://www.w3.org/2001/XMLSchema#integer>', "abc", id="ill-typed"),
    pytest.param('"12"', "12", id="string"),
    pytest.param('"1e2"^^<http://www.w3.org/2001/XMLSchema#integer>', "1e2", id="exponent"),
]


def _report(article_id: str = "khai", start: Any = START) -> dict[str, Any]:
    evidence = {"start": start, "end": START + len(QUOTE), "text": QUOTE}
    return {
        "article": {"id": article_id, "text": TEXT, "published": "2024-03-03"},
        "persons": [
            {
                "name": "Phạm Văn Khải",
                "positions": [{"title": "Giám đốc", "organization": ORG, "evidence": evidence}],
                "evidence": evidence,
            }
        ],
        "organizations": [{"name": ORG, "kind": "provincial-department", "province": "Hà Giang"}],
    }


def _write(folder: Path, name: str, report: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return path


def _stored(tmp_path: Path) -> OxigraphStore:
    store = OxigraphStore("memory:")
    summary = ingest_paths(
        store, [_write(tmp_path, "khai.json", _report())], Settings(store="memory:")
    )
    assert summary.rejected == [] and summary.stored, summary.text()
    return store


def _evidence(store: OxigraphStore) -> str:
    query = f"SELECT ?ev WHERE {{ ?ev <{JKG.startOffset}> ?s }} ORDER BY ?ev LIMIT 1"
    return str(next(iter(store.query(query)))[0].value)  # type: ignore[index, union-attr]


def _set_start(store: OxigraphStore, evidence: str, value: str) -> None:
    """Hand-edit the store (as an older server or another tool could have written it)."""
    store.update(
        f"DELETE {{ GRAPH ?g {{ <{evidence}> <{JKG.startOffset}> ?o }} }}"
        f" INSERT {{ GRAPH ?g {{ <{evidence}> <{JKG.startOffset}> {value} }} }}"
        f" WHERE {{ GRAPH ?g {{ <{evidence}> <{JKG.startOffset}> ?o }} }} ;\n"
        + RESYNC_MERGE_UPDATE  # the default graph is the union of the named graphs
    )


def _offset_violations(report: Any, evidence: str) -> list[tuple[str | None, str | None]]:
    return [
        (r.path, r.value)
        for r in report.violations
        if r.focus == evidence and r.path in ("jkg:startOffset", "jkg:endOffset")
    ]


# --- validation of a graph, both engines ------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("term,shown", BAD)
def test_a_bad_offset_is_a_violation_not_a_crash(engine: str, term: str, shown: str) -> None:
    ev = "https://w3id.org/justicekg/id/evidence/khai_x"
    graph = Graph(identifier=URIRef(graph_iri("khai"))).parse(
        format="turtle",
        data=f"""
        @prefix jkg: <https://w3id.org/justicekg/ontology#> .
        @prefix schema: <https://schema.org/> .
        <https://w3id.org/justicekg/id/article/khai> a jkg:Article ;
            <http://purl.org/dc/terms/identifier> "khai" ; schema:text "{TEXT}" .
        <{ev}> a jkg:Evidence ; jkg:quote "{QUOTE}" ; jkg:startOffset {term} ;
            jkg:endOffset {START + len(QUOTE)} ;
            jkg:inArticle <https://w3id.org/justicekg/id/article/khai> .
        """,
    )
    report = validate(graph, engine=engine)
    assert not report.conforms
    assert ("jkg:startOffset", shown) in _offset_violations(report, ev), report.text
    assert ev in report.text and "jkg:startOffset" in report.text


def test_both_engines_report_bad_offsets_alike() -> None:
    ev = URIRef("https://w3id.org/justicekg/id/evidence/khai_x")
    article = URIRef("https://w3id.org/justicekg/id/article/khai")
    graph = Graph(identifier=URIRef(graph_iri("khai")))
    graph.add((article, RDF.type, JKG.Article))
    graph.add((article, DCTERMS.identifier, Literal("khai")))
    graph.add((article, URIRef("https://schema.org/text"), Literal(TEXT)))
    graph.add((ev, RDF.type, JKG.Evidence))
    graph.add((ev, JKG.quote, Literal(QUOTE)))
    graph.add((ev, JKG.inArticle, article))
    graph.add((ev, JKG.startOffset, Literal("abc", datatype=XSD.integer)))
    graph.add((ev, JKG.endOffset, Literal("9.5", datatype=XSD.decimal)))
    reports = [validate(graph, engine=e) for e in ENGINES]
    assert [sorted(map(str, r.to_dict()["results"])) for r in reports] == [
        sorted(map(str, reports[0].to_dict()["results"]))
    ] * 2
    assert {("jkg:startOffset", "abc"), ("jkg:endOffset", "9.5")} <= set(
        _offset_violations(reports[0], str(ev))
    )


# --- a store: `justicekg validate`, both engines -----------------------------------------------


@pytest.fixture
def store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "store"
    monkeypatch.setenv("JUSTICEKG_STORE", str(path))
    return path


@pytest.mark.parametrize("term,shown", BAD[:2])
def test_validate_command_reports_a_bad_offset_in_the_store(
    runner: CliRunner, store_dir: Path, tmp_path: Path, term: str, shown: str
) -> None:
    result = runner.invoke(main, ["ingest", str(_write(tmp_path, "khai.json", _report()))])
    assert result.exit_code == 0, result.output
    store = OxigraphStore(str(store_dir))
    try:
        evidence = _evidence(store)
        _set_start(store, evidence, term)
    finally:
        store.close()
    outputs = []
    for engine in ENGINES:
        result = runner.invoke(main, ["validate", "--format", "json", "--engine", engine])
        assert result.exit_code == 1, result.output  # violations, not a crash (exit 2)
        outputs.append(json.loads(result.output))
        found = [
            (r["focus"], r["path"], r["value"])
            for r in outputs[-1]["results"]
            if r["severity"] == "Violation"
        ]
        assert (evidence, "jkg:startOffset", shown) in found
    assert outputs[0] == outputs[1]


# --- ingest of a report ------------------------------------------------------------------------


@pytest.mark.parametrize("start", [3.5, "3", True, -1, None])
def test_ingest_refuses_a_report_with_a_bad_offset_and_keeps_what_is_stored(
    tmp_path: Path, start: Any
) -> None:
    store = _stored(tmp_path)
    before = snapshot(store)
    bad = _write(tmp_path, "bad.json", _report(start=start))
    summary = ingest_paths(store, [bad], Settings(store="memory:"))
    (rejected,) = summary.rejected
    text = summary.text()
    assert "bad.json" in rejected.source and "bad.json" in text
    assert f"'start' must be a non-negative integer, not {start!r}" in rejected.reason
    after = snapshot(store)
    assert after == before


# --- the web: SPARQL Update and the pages ------------------------------------------------------


@pytest.fixture
def web(tmp_path: Path) -> Iterator[tuple[FlaskClient, OxigraphStore]]:
    from justicekg.web import create_app

    store = _stored(tmp_path)
    app = create_app(
        {"TESTING": True, "STORE": store, "STORE_URL": "memory:", "UPDATE_TOKEN": "s3cret"}
    )
    yield app.test_client(), store


def _update(client: FlaskClient, text: str) -> Any:
    return client.post("/update", data={"update": text}, headers={"Authorization": "Bearer s3cret"})


@pytest.mark.parametrize("term,shown", BAD)
def test_update_refuses_a_bad_offset_and_changes_nothing(
    web: tuple[FlaskClient, OxigraphStore], term: str, shown: str
) -> None:
    client, store = web
    evidence = _evidence(store)
    before = snapshot(store)
    for text in (
        f"INSERT DATA {{ GRAPH <urn:g> {{ <{evidence}> <{JKG.endOffset}> {term} }} }}",
        f"DELETE {{ GRAPH ?g {{ ?ev <{JKG.startOffset}> ?o }} }}"
        f" INSERT {{ GRAPH ?g {{ ?ev <{JKG.startOffset}> {term} }} }}"
        f" WHERE {{ GRAPH ?g {{ ?ev <{JKG.startOffset}> ?o }} }}",
    ):
        r = _update(client, text)
        assert r.status_code == 400, r.get_data(as_text=True)
        body = r.get_data(as_text=True)
        assert shown in body and "Offset" in body
        assert evidence in body or "?ev" in body
    after = snapshot(store)
    assert after == before
    good = f"INSERT DATA {{ GRAPH <urn:g> {{ <{evidence}> <{JKG.endOffset}> 17 }} }}"
    assert _update(client, good).status_code == 204


@pytest.mark.parametrize("term,shown", BAD)
def test_pages_render_when_the_store_holds_a_bad_offset(
    web: tuple[FlaskClient, OxigraphStore], term: str, shown: str
) -> None:
    client, store = web
    evidence = _evidence(store)
    _set_start(store, evidence, term)
    (row,) = list(store.query(f"SELECT ?o WHERE {{ <{evidence}> <{JKG.startOffset}> ?o }}"))
    assert isinstance(row[0], ox.Literal) and row[0].value == shown  # type: ignore[index]
    facts = [
        str(row[0].value)  # type: ignore[index, union-attr]
        for row in store.query(f"SELECT DISTINCT ?f WHERE {{ ?f <{JKG.evidence}> <{evidence}> }}")
    ]
    person = next(f for f in facts if "/id/person/" in f)
    base = "https://w3id.org/justicekg"
    for iri in [evidence, *facts, f"{base}/id/article/khai", graph_iri("khai")]:
        for accept in ("text/html", "text/turtle"):
            r = client.get(iri[len(base) :], headers={"Accept": accept}, follow_redirects=True)
            assert r.status_code == 200, (iri, accept, r.status_code)
    html = client.get(person[len(base) :], follow_redirects=True).get_data(as_text=True)
    assert "Phạm Văn Khải" in html and "Giám đốc" in html  # the fact, with its sentence
    page = client.get(evidence[len(base) :], follow_redirects=True).get_data(as_text=True)
    assert shown in page  # the odd offset shown as written


_XSD = "http://www.w3.org/2001/XMLSchema#"

#: Updates whose offset object is a variable (``EV`` is the evidence IRI, ``S``/``E`` the two
#: offset predicates), and a part of what the refusal must show.
VARIABLE_BAD = [
    pytest.param(
        'INSERT { GRAPH <urn:g> { <EV> <E> ?o } } WHERE { VALUES ?o { 90 "abc" } }',
        '"abc" (bound to ?o)',
        id="values",
    ),
    pytest.param(
        "DELETE { GRAPH ?g { ?ev <S> ?x } } INSERT { GRAPH ?g { ?ev <S> ?o } }"
        f' WHERE {{ GRAPH ?g {{ ?ev <S> ?x }} BIND("3.5"^^<{_XSD}decimal> AS ?o) }}',
        '"3.5"^^xsd:decimal (bound to ?o)',
        id="bind",
    ),
    pytest.param(
        "INSERT { GRAPH ?g { ?ev <S> ?o } } WHERE { GRAPH ?g { ?ev <S> ?x } BIND(?x + 0.5 AS ?o) }",
        "?o, whose value is only known when the update runs",
        id="expression",
    ),
    pytest.param(
        "INSERT { GRAPH <urn:g> { <EV> <E> ?o } }"
        " WHERE { { SELECT (MAX(?x) AS ?o) WHERE { ?ev <S> ?x } } }",
        "?o, whose value is only known when the update runs",
        id="aggregate",
    ),
    pytest.param(
        "INSERT { GRAPH ?g { ?ev <S> ?o } }"
        " WHERE { GRAPH ?g { ?ev <S> ?x . ?ev <http://www.w3.org/2000/01/rdf-schema#label> ?o } }",
        "?o, whose value is only known when the update runs",
        id="other-predicate",
    ),
    pytest.param(
        "INSERT { GRAPH <urn:g> { ?ev ?p ?o } }"
        ' WHERE { VALUES (?ev ?p ?o) { (<EV> <http://www.w3.org/2000/01/rdf-schema#label> "x")'
        ' (<EV> <S> "-1"^^<' + _XSD + "integer>) } }",
        '"-1"^^xsd:integer (bound to ?o)',
        id="values-predicate",
    ),
    pytest.param(
        "INSERT { GRAPH <urn:g> { <EV> ?p ?o } }"
        " WHERE { { SELECT ?o WHERE { ?x ?p ?o } } VALUES ?p { <E> } }",
        "?o, whose value is only known when the update runs",
        id="sub-select-scope",  # the inner ?p is not the template's
    ),
    pytest.param(
        "INSERT { GRAPH <urn:g> { ?s ?p ?o } }"
        " WHERE { VALUES ?p { <S> } { SELECT ?s ?o WHERE { ?s ?p ?o } } }",
        "?o, whose value is only known when the update runs",
        id="sub-select-projected",
    ),
    pytest.param(
        'INSERT { GRAPH <urn:g> { <EV> ?p ?o } } WHERE { VALUES (?p ?o) { (UNDEF "bad") }'
        " VALUES ?p { <E> } }",
        '"bad" (bound to ?o)',
        id="values-undef-predicate",  # bound by the join outside the row
    ),
]

#: Updates with a variable offset object whose values are valid or already stored.
VARIABLE_GOOD = [
    pytest.param(
        "INSERT { GRAPH <urn:g> { <EV> <E> ?o } } WHERE { VALUES ?o { 90 } }", id="values"
    ),
    pytest.param(
        "INSERT { GRAPH <urn:g> { ?ev <E> ?o } } WHERE { GRAPH ?g { ?ev <E> ?o } }", id="copy"
    ),
    pytest.param(
        "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }", id="copy-all"
    ),
    pytest.param(
        "INSERT { GRAPH <urn:g> { ?ev ?p ?o } } WHERE { VALUES (?ev ?p ?o)"
        ' { (<EV> <http://www.w3.org/2000/01/rdf-schema#label> "x") (<EV> <S> 4) } }',
        id="values-predicate",
    ),
]


def _filled(text: str, evidence: str) -> str:
    return (
        text.replace("<EV>", f"<{evidence}>")
        .replace("<S>", f"<{JKG.startOffset}>")
        .replace("<E>", f"<{JKG.endOffset}>")
    )


@pytest.mark.parametrize("text,shown", VARIABLE_BAD)
def test_update_refuses_a_bad_offset_bound_by_a_variable(
    web: tuple[FlaskClient, OxigraphStore], text: str, shown: str
) -> None:
    client, store = web
    update = _filled(text, _evidence(store))
    before = snapshot(store)
    r = _update(client, update)
    body = r.get_data(as_text=True)
    assert r.status_code == 400, body
    assert body.startswith("bản cập nhật sẽ ghi vị trí bằng chứng"), body  # Vietnamese first
    assert shown in body
    english = client.post(
        "/update",
        data={"update": update},
        headers={"Authorization": "Bearer s3cret", "Accept-Language": "en"},
    )
    assert english.status_code == 400
    assert english.get_data(as_text=True).startswith("the update would store evidence offsets")
    after = snapshot(store)
    assert after == before


@pytest.mark.parametrize("text", VARIABLE_GOOD)
def test_update_takes_valid_or_stored_offsets_bound_by_a_variable(
    web: tuple[FlaskClient, OxigraphStore], text: str
) -> None:
    client, store = web
    before = snapshot(store)
    r = _update(client, _filled(text, _evidence(store)))
    assert r.status_code == 204, r.get_data(as_text=True)
    assert snapshot(store) != before


#: Oxigraph expands ``\u`` escapes in IRIs and strings: this predicate is ``jkg:startOffset``.
_ESCAPED_START = "<https://w3id.org/justicekg/ontology#\\u0073tartOffset>"


def test_update_judges_offsets_written_with_unicode_escapes(
    web: tuple[FlaskClient, OxigraphStore],
) -> None:
    client, store = web
    evidence = _evidence(store)
    before = snapshot(store)
    bad = f'INSERT DATA {{ GRAPH <urn:g> {{ <{evidence}> {_ESCAPED_START} "abc" }} }}'
    r = _update(client, bad)
    body = r.get_data(as_text=True)
    assert r.status_code == 400, body
    assert body.startswith("bản cập nhật sẽ ghi vị trí bằng chứng") and '"abc"' in body
    assert snapshot(store) == before
    seventeen = f'"\\u0031\\u0037"^^<{_XSD}integer>'  # the checker reads "17", as Oxigraph
    good = f"INSERT DATA {{ GRAPH <urn:g> {{ <{evidence}> {_ESCAPED_START} {seventeen} }} }}"
    assert _update(client, good).status_code == 204
    (row,) = list(
        store.query(
            f"SELECT ?o WHERE {{ GRAPH <urn:g> {{ <{evidence}> <{JKG.startOffset}> ?o }} }}"
        )
    )
    assert row[0].value == "17"  # type: ignore[index, union-attr]


def test_update_whose_offsets_cannot_be_judged_is_refused(
    web: tuple[FlaskClient, OxigraphStore],
) -> None:
    """Fail closed: rdflib cannot translate it (an undeclared prefix), so it is not run."""
    client, store = web
    evidence = _evidence(store)
    before = snapshot(store)
    text = f'INSERT DATA {{ GRAPH <urn:g> {{ <{evidence}> <{JKG.startOffset}> "x"^^nope:t }} }}'
    r = _update(client, text)
    body = r.get_data(as_text=True)
    assert r.status_code == 400, body
    assert body.startswith("không kiểm tra được vị trí bằng chứng"), body  # Vietnamese first
    assert "nope" in body
    english = client.post(
        "/update",
        data={"update": text},
        headers={"Authorization": "Bearer s3cret", "Accept-Language": "en"},
    )
    assert english.status_code == 400
    assert english.get_data(as_text=True).startswith("the endpoint cannot check the evidence")
    assert snapshot(store) == before
