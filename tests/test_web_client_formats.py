"""``/sparql`` answers the requests real SPARQL clients send: SPARQLWrapper puts a ``format``
name (``json``, ``xml``, ``rdf+xml``, ``json-ld``, ``n3``, …) beside its ``Accept`` header."""

from __future__ import annotations

from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import conneg, create_app

PERSON = "https://w3id.org/justicekg/id/person/a"
QUERIES = {
    "SELECT": "SELECT ?s WHERE { ?s ?p ?o }",
    "ASK": "ASK { ?s ?p ?o }",
    "CONSTRUCT": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DESCRIBE": f"DESCRIBE <{PERSON}>",
}

# SPARQLWrapper 2.x: the Accept header it sends per query form and return format
# (``Wrapper._getAcceptHeader``), and the ``format`` values (``_getRequestEncodedParameters``:
# for tsv, json-ld and rdf+xml it repeats the parameter with the media type).
SPARQL_JSON = (
    "application/sparql-results+json,application/json,text/javascript,application/javascript"
)
RDF_N3 = "application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3"
CASES = [
    # form, returnFormat, Accept, expected media type
    ("SELECT", "json", SPARQL_JSON, "application/sparql-results+json"),
    ("SELECT", "xml", "application/sparql-results+xml", "application/sparql-results+xml"),
    ("SELECT", "csv", "text/csv", "text/csv"),
    ("SELECT", "tsv", "text/tab-separated-values", "text/tab-separated-values"),
    ("ASK", "json", SPARQL_JSON, "application/sparql-results+json"),
    ("ASK", "xml", "application/sparql-results+xml", "application/sparql-results+xml"),
    ("ASK", "csv", "text/csv", "text/csv"),
    ("ASK", "tsv", "text/tab-separated-values", "text/tab-separated-values"),
    ("CONSTRUCT", "xml", "application/rdf+xml", "application/rdf+xml"),
    ("CONSTRUCT", "rdf+xml", "application/rdf+xml", "application/rdf+xml"),
    ("CONSTRUCT", "json-ld", "application/ld+json,application/x-json+ld", "application/ld+json"),
    ("CONSTRUCT", "n3", RDF_N3, "text/turtle"),
    ("CONSTRUCT", "turtle", "application/turtle,text/turtle", "text/turtle"),
    ("CONSTRUCT", "json", "*/*", "application/ld+json"),
    ("DESCRIBE", "xml", "application/rdf+xml", "application/rdf+xml"),
    ("DESCRIBE", "rdf+xml", "application/rdf+xml", "application/rdf+xml"),
    ("DESCRIBE", "json-ld", "application/ld+json,application/x-json+ld", "application/ld+json"),
    ("DESCRIBE", "n3", RDF_N3, "text/turtle"),
    ("DESCRIBE", "turtle", "application/turtle,text/turtle", "text/turtle"),
]


@pytest.fixture
def client() -> FlaskClient:
    store = OxigraphStore("memory:")
    store.replace_graphs(
        {
            "https://w3id.org/justicekg/graph/t": [
                ox.Triple(
                    ox.NamedNode(PERSON),
                    ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                    ox.Literal("A"),
                )
            ]
        }
    )
    app: Flask = create_app({"TESTING": True, "STORE": store, "STORE_URL": "memory:"})
    return app.test_client()


def _params(query: str, fmt: str, accept: str) -> list[tuple[str, str]]:
    params = [("query", query)]
    for key in ("format", "output", "results"):
        params.append((key, fmt))
        if fmt in ("tsv", "json-ld", "rdf+xml"):
            params.append((key, "" if "*/*" in accept else accept))
    return params


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("form,fmt,accept,ctype", CASES, ids=lambda v: v if "/" not in v else None)
def test_sparqlwrapper_request_shape(
    client: FlaskClient, method: str, form: str, fmt: str, accept: str, ctype: str
) -> None:
    params = _params(QUERIES[form], fmt, accept)
    headers = {"Accept": accept}
    if method == "GET":
        r = client.get("/sparql?" + urlencode(params), headers=headers)
    else:
        r = client.post(
            "/sparql",
            data=urlencode(params),
            content_type="application/x-www-form-urlencoded",
            headers=headers,
        )
    assert r.status_code == 200, r.data
    assert r.mimetype == ctype
    if form in ("CONSTRUCT", "DESCRIBE"):
        assert PERSON.encode() in r.data


@pytest.mark.parametrize(
    "form,fmt,accept,ctype",
    [
        ("SELECT", "pdf", "text/csv", "text/csv"),
        ("SELECT", "turtle", "application/sparql-results+xml", "application/sparql-results+xml"),
        ("ASK", "turtle", "application/sparql-results+xml", "application/sparql-results+xml"),
        ("CONSTRUCT", "csv", "application/n-triples", "application/n-triples"),
        ("CONSTRUCT", "whatever", "application/trig", "application/trig"),
        ("CONSTRUCT", "pdf", "", "text/turtle"),
    ],
)
def test_unknown_format_defers_to_accept(
    client: FlaskClient, form: str, fmt: str, accept: str, ctype: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    r = client.get("/sparql?" + urlencode({"query": QUERIES[form], "format": fmt}), headers=headers)
    assert r.status_code == 200
    assert r.mimetype == ctype


@pytest.mark.parametrize(
    "form,fmt,accept",
    [("SELECT", "pdf", "image/png"), ("CONSTRUCT", "csv", "text/csv"), ("ASK", "x", "text/html")],
)
def test_unknown_format_and_unacceptable_accept(
    client: FlaskClient, form: str, fmt: str, accept: str
) -> None:
    url = "/sparql?" + urlencode({"query": QUERIES[form], "format": fmt})
    assert client.get(url, headers={"Accept": accept}).status_code == 406


@pytest.mark.parametrize(
    "name,offers,expected",
    [
        ("json", conneg.RESULTS, "json"),
        ("xml", conneg.BOOLEAN, "xml"),
        ("xml", conneg.GRAPH, "rdfxml"),
        ("rdf", conneg.GRAPH, "rdfxml"),
        ("json", conneg.GRAPH, "jsonld"),
        ("JSON-LD", conneg.GRAPH, "jsonld"),
        ("n3", conneg.GRAPH, "turtle"),
        ("ttl", conneg.GRAPH, "turtle"),
        ("nt", conneg.GRAPH, "ntriples"),
        ("ntriples", conneg.GRAPH, "ntriples"),
        ("trig", conneg.GRAPH, "trig"),
        ("nquads", conneg.GRAPH, "nquads"),
        ("application/rdf+xml", conneg.GRAPH, "rdfxml"),
        ("text/tab-separated-values", conneg.RESULTS, "tsv"),
    ],
)
def test_client_format_names(name: str, offers: tuple[conneg.Format, ...], expected: str) -> None:
    chosen = conneg.named(name, offers)
    assert chosen is not None and chosen.name == expected


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # its "Sending Accept header '*/*'"
def test_real_sparqlwrapper_requests(client: FlaskClient) -> None:
    """Replay the requests the installed SPARQLWrapper builds (no network)."""
    sw = pytest.importorskip("SPARQLWrapper")
    for form, fmt, _accept, ctype in CASES:
        for method in (sw.GET, sw.POST):
            wrapper = sw.SPARQLWrapper("http://localhost/sparql")
            wrapper.setQuery(QUERIES[form])
            wrapper.setReturnFormat(fmt)
            wrapper.setMethod(method)
            req = wrapper._createRequest()
            path = req.full_url.removeprefix("http://localhost")
            headers = {k: v for k, v in req.header_items() if k.lower() == "accept"}
            if req.data is None:
                r = client.get(path, headers=headers)
            else:
                content_type = req.get_header("Content-type") or ""
                r = client.post(path, data=req.data, content_type=content_type, headers=headers)
            assert r.status_code == 200, (form, fmt, method, r.data)
            assert r.mimetype == ctype, (form, fmt, method)
