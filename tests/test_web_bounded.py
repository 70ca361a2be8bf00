"""Lookups answered in the HTTP process: which queries qualify, and their limits still hold."""

from __future__ import annotations

import json
from urllib.parse import quote

import pyoxigraph as ox
import pytest

from justicekg.errors import QueryError, QueryTimeoutError
from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app
from justicekg.web.errors import describe
from justicekg.web.executor import QueryJob, run_job
from justicekg.web.plan import plan_query

RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?l WHERE { <http://x/a> <http://x/p> ?l }",
        "select * { <http://x/a> <http://x/p> ?l . }",
        RDFS + "SELECT ?l ?t FROM <http://g/1> { <http://x/a> rdfs:label ?l ; a ?t }",
        RDFS + 'ASK { <http://x/a> rdfs:label "Thanh Hóa"@vi , "x"^^<http://x/dt> }',
        'ASK { <http://x/a> <http://x/p> 1.5e3, true, "a\\"}{" ; <http://x/q> ?o . }',
        "BASE <http://x/> SELECT ?o ?z { <a> <p> ?o . <b> <q> ?z } LIMIT 10",
        "SELECT DISTINCT ?t { <http://x/a> a ?t } LIMIT 10 OFFSET 2",
        "SELECT ?z { <http://x/a> <http://x/p> ?x . <http://x/b> <http://x/p> ?y }",
        "PREFIX : <http://x/> SELECT ?o { :a :p ?o } # FILTER in a comment",
        "DESCRIBE <http://x/a> <http://x/b>",
        RDFS + "DESCRIBE rdfs:label",
        "SELECT ?o WHERE { <http://x/a> <http://x/p> ?o ; }",
    ],
)
def test_lookups_are_bounded(query: str) -> None:
    assert plan_query(query).lookup


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s WHERE { ?s <http://x/p> ?o }",  # variable subject: an index scan
        "SELECT ?o { <http://x/a> <http://x/p> ?o . <http://x/b> <http://x/q> ?o }",  # a join
        "SELECT ?o { <http://x/a> <http://x/p> ?o , ?o }",
        # a cross product consumed without output
        "SELECT DISTINCT ?z { <http://x/a> <http://x/p> ?x . <http://x/b> <http://x/p> ?y }",
        "SELECT REDUCED ?x { <http://x/a> <http://x/p> ?x ; <http://x/q> ?y }",
        "SELECT * { <http://x/a> <http://x/p> ?x . <http://x/b> <http://x/p> ?y } OFFSET 9",
        "SELECT ?p WHERE { <http://x/a> ?p ?o }",  # variable predicate
        "SELECT ?o WHERE { <http://x/a> <http://x/p>* ?o }",  # property paths
        "SELECT ?o WHERE { <http://x/a> <http://x/p>/<http://x/q> ?o }",
        "SELECT ?o WHERE { <http://x/a> ^<http://x/p> ?o }",
        "SELECT ?o WHERE { <http://x/a> <http://x/p> ?o FILTER(?o > 1) }",
        "SELECT ?o WHERE { <http://x/a> <http://x/p> ?o OPTIONAL { ?o <http://x/q> ?z } }",
        "SELECT ?o WHERE { { <http://x/a> <http://x/p> ?o } UNION { ?o ?p ?q } }",
        "SELECT ?o WHERE { GRAPH ?g { <http://x/a> <http://x/p> ?o } }",
        "SELECT (COUNT(*) AS ?n) WHERE { <http://x/a> <http://x/p> ?o }",
        "SELECT ?o WHERE { <http://x/a> <http://x/p> ?o } ORDER BY ?o",
        "SELECT ?o WHERE { <http://x/a> <http://x/p> ?o } GROUP BY ?o",
        "SELECT ?o WHERE { VALUES ?o { 1 } <http://x/a> <http://x/p> ?o }",
        "SELECT ?o WHERE { _:b <http://x/p> ?o }",
        "SELECT ?o WHERE { [] <http://x/p> ?o }",
        "SELECT ?o WHERE { <http://x/a> <http://x/p> [ <http://x/q> ?o ] }",
        "CONSTRUCT WHERE { <http://x/a> <http://x/p> ?o }",
        "DESCRIBE ?s WHERE { ?s ?p ?o }",
        "INSERT DATA { <http://x/a> <http://x/p> 1 }",
        "SELECT ?o WHERE { <http://x/a> <http://x/p> ?o } LIMIT",
        "SELECT ?o WHERE { <http://x/a> <http://x/p> ?o",
        "SELECT ?o WHERE { SERVICE <http://e/> { <http://x/a> <http://x/p> ?o } }",
        "",
    ],
)
def test_everything_else_goes_to_the_pool(query: str) -> None:
    try:
        lookup = plan_query(query).lookup
    except QueryError:  # refused outright: an update, a syntax error
        lookup = False
    assert not lookup


@pytest.fixture
def disk_store(tmp_path):  # type: ignore[no-untyped-def]
    store = OxigraphStore(str(tmp_path / "store"))
    store.update(
        "INSERT DATA { " + " ".join(f"<urn:hub> <urn:p> {i} ." for i in range(3000)) + " }"
    )
    store.flush()
    yield store
    store.close()


def test_app_answers_lookups_in_process_and_the_rest_in_the_pool(disk_store) -> None:  # type: ignore[no-untyped-def]
    app = create_app({"TESTING": True, "STORE": disk_store, "QUERY_PROCESSES": 1, "MAX_ROWS": 5})
    state = app.extensions["justicekg"]
    client = app.test_client()
    try:
        url = "/sparql?query=" + quote("SELECT ?o { <urn:hub> <urn:p> ?o }")
        lenient = {"Prefer": "handling=lenient"}
        first = client.get(url, headers=lenient)  # a new text: planned, run by a query process
        assert (state.inline_queries, state.pooled_queries) == (0, 1)
        lookup = client.get(url, headers=lenient)  # known now: a lookup, answered here
        assert (state.inline_queries, state.pooled_queries) == (1, 1)
        for r in (first, lookup):
            assert r.status_code == 200
            assert r.headers["X-JusticeKG-Truncated"] == "5"  # the row cap holds either way
            assert len(json.loads(r.data)["results"]["bindings"]) == 5
        scan_url = "/sparql?query=" + quote("SELECT ?o { ?s <urn:p> ?o } LIMIT 2")
        for _ in range(2):
            scan = client.get(scan_url)
            assert scan.status_code == 200, scan.data
            assert len(json.loads(scan.data)["results"]["bindings"]) == 2
        assert (state.inline_queries, state.pooled_queries) == (1, 3)
        bad = client.get("/sparql?query=" + quote("SELECT ?o { <urn:hub> <urn:p> ?o "))
        assert bad.status_code == 400  # Oxigraph's parser still has the last word
    finally:
        state.close()


def test_an_in_process_lookup_still_meets_its_deadline(disk_store) -> None:  # type: ignore[no-untyped-def]
    job = QueryJob("SELECT ?o { <urn:hub> <urn:p> ?o }", max_rows=100000)
    assert run_job(disk_store, job, timeout=30).rows == 3000
    with pytest.raises(QueryTimeoutError, match="đã bị dừng"):
        run_job(disk_store, job, timeout=1e-9)  # already late when the first chunk is written


def test_deadline_also_applies_to_constructed_triples() -> None:
    store = OxigraphStore("memory:")
    store.replace_graphs(
        {
            "urn:g": [
                ox.Triple(ox.NamedNode("urn:hub"), ox.NamedNode("urn:p"), ox.Literal(str(i)))
                for i in range(3000)
            ]
        }
    )
    with pytest.raises(QueryTimeoutError):
        run_job(store, QueryJob("DESCRIBE <urn:hub>", max_rows=100000), timeout=1e-9)


def test_an_in_process_lookup_retries_once_on_a_vanished_snapshot() -> None:
    from justicekg.config import Settings
    from justicekg.web.state import WebState

    inner = OxigraphStore("memory:")
    inner.update("INSERT DATA { <urn:s> <urn:p> 1 }")

    class Flaky:
        """A read-only view whose first read hits a file compacted away."""

        def __init__(self) -> None:
            self.reopened = 0

        def query(self, sparql: str, **kwargs: object) -> object:
            if not self.reopened:
                raise QueryError("query failed: gone") from OSError("000123.sst is gone")
            return inner.query(sparql, **kwargs)  # type: ignore[arg-type]

        def reopen(self) -> None:
            self.reopened += 1

    flaky = Flaky()
    state = WebState(Settings(store="memory:"), flaky)
    out = state.execute(QueryJob("ASK { <urn:s> <urn:p> 1 }", checked=True, lookup=True), 5)
    assert out.body == b'{"head":{},"boolean":true}' and flaky.reopened == 1
    undeclared = "SELECT ?o { <urn:s> nope:p ?o }"  # a lookup Oxigraph refuses
    with pytest.raises(QueryError) as caught:
        state.execute(QueryJob(undeclared, checked=True, lookup=True), 5)
    assert describe(caught.value, "en").startswith("malformed SPARQL query")
    assert flaky.reopened == 1 and state.inline_queries == 2  # not retried
