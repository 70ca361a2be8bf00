"""Real clients against a real ``justicekg serve`` on loopback (issue 12, "Done when").

One server for the module, started as a user starts it (``python -m justicekg serve``) on a
store ingested from the bundled articles, with a small row cap so that the cap is reachable:

* SPARQLWrapper with its defaults: every query form × every return format it knows, by GET,
  form POST and direct POST, each answer converted by SPARQLWrapper itself;
* rdflib's ``SPARQLStore``: ``triples()``, ``query()``, a named graph as context, paging with
  ``LIMIT``/``OFFSET``, and the row cap, which must fail loudly, never come back cut;
* ``../shared/conformance/linkeddata.py`` for a person, an organization, an event, an award
  and a named graph (skipped only where the kit is not beside the clone).
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from web_support import ARTICLES, free_port, stop_serving, wait_serving

from justicekg.config import PROJECT_ROOT
from justicekg.store.oxigraph import OxigraphStore

BASE = "https://w3id.org/justicekg/"
MAX_ROWS = 400
LINKEDDATA = PROJECT_ROOT.parent / "shared" / "conformance" / "linkeddata.py"

sw = pytest.importorskip("SPARQLWrapper")

# SPARQLWrapper.convert() builds an rdflib ConjunctiveGraph, which rdflib 7.1+ deprecates.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


@pytest.fixture(autouse=True)
def _collect_client_sockets() -> Iterator[None]:
    """SPARQLWrapper and rdflib's connector leave their responses for the collector to close;
    collect them here, where their ResourceWarning is expected, not at some later test."""
    yield
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


class Live:
    """The running server and a few IRIs found in its data (never named in the test)."""

    def __init__(self, url: str, iris: dict[str, str], triples: int) -> None:
        self.url = url
        self.iris = iris
        self.triples = triples

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    root = tmp_path_factory.mktemp("live")
    articles = root / "articles"
    articles.mkdir()
    for f in ARTICLES.glob("*.txt"):
        shutil.copy(f, articles / f.name)
    path = str(root / "store")
    cli = [sys.executable, "-m", "justicekg"]
    subprocess.run([*cli, "ingest", "--store", path, str(articles)], check=True, timeout=600)
    store = OxigraphStore(path, read_only=True)
    iris = {}
    for kind in ("person", "org", "event", "award", "article"):
        rows = store.query(
            "SELECT ?x { GRAPH ?g { ?x ?p ?o } FILTER(STRSTARTS(STR(?x), ?prefix)) } "
            "ORDER BY ?x LIMIT 1".replace("?prefix", json.dumps(f"{BASE}id/{kind}/"))
        )
        found = [row[0].value for row in rows]
        assert found, f"the bundled data has no {kind}"
        iris[kind] = found[0]
    iris["graph"] = iris.pop("article").replace("/id/article/", "/graph/")
    triples = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")))[0].value)
    store.close()
    assert triples > MAX_ROWS  # the cap is reachable with a whole-store query

    port = free_port()
    env = dict(os.environ, JUSTICEKG_MAX_ROWS=str(MAX_ROWS), JUSTICEKG_WORKERS="2")
    log = (root / "serve.log").open("wb")
    proc = subprocess.Popen(
        [*cli, "serve", "--host", "127.0.0.1", "--port", str(port), "--store", path],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_serving(url + "/sparql", proc, root / "serve.log")
        yield Live(url, iris, triples)
    finally:
        stop_serving(proc)
        log.close()


# --- SPARQLWrapper ------------------------------------------------------------------------

FORMATS = ["json", "xml", "turtle", "n3", "rdf", "rdf+xml", "csv", "tsv", "json-ld"]
METHODS = ["GET", "POST", "POSTDIRECTLY"]


def _queries(person: str) -> dict[str, str]:
    return {
        "SELECT": f"SELECT ?p ?o WHERE {{ <{person}> ?p ?o }}",
        "ASK": f"ASK {{ <{person}> ?p ?o }}",
        "CONSTRUCT": f"CONSTRUCT {{ <{person}> ?p ?o }} WHERE {{ <{person}> ?p ?o }}",
        "DESCRIBE": f"DESCRIBE <{person}>",
    }


def _wrapper(live: Live, query: str, fmt: str, method: str) -> object:
    w = sw.SPARQLWrapper(live.sparql)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    if method == "POSTDIRECTLY":
        w.setMethod(sw.POST)
        w.setRequestMethod(sw.POSTDIRECTLY)
    else:
        w.setMethod(getattr(sw, method))
    return w


def _graph_of(converted: object, fmt: str) -> rdflib.Graph:
    if isinstance(converted, rdflib.Graph):
        return converted
    assert isinstance(converted, bytes), type(converted)
    return rdflib.Graph().parse(data=converted, format="turtle")  # turtle, n3, csv, tsv


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # its "format … is not allowed" notes
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"])
def test_sparqlwrapper_defaults(live: Live, form: str, fmt: str, method: str) -> None:
    person = live.iris["person"]
    result = _wrapper(live, _queries(person)[form], fmt, method).query()  # type: ignore[attr-defined]
    ctype = result.info()["content-type"].split(";")[0]
    converted = result.convert()
    if form == "SELECT":
        if ctype == "application/sparql-results+json":
            rows = converted["results"]["bindings"]
            assert rows and all({"p", "o"} <= set(row) for row in rows)
        elif ctype == "application/sparql-results+xml":
            assert converted.getElementsByTagName("result")
        else:
            assert ctype in ("text/csv", "text/tab-separated-values")
            lines = converted.decode().splitlines()
            assert lines[0].replace("?", "").replace("\t", ",") == "p,o" and len(lines) > 1
    elif form == "ASK":
        if ctype == "application/sparql-results+json":
            assert converted["boolean"] is True
        elif ctype == "application/sparql-results+xml":
            assert converted.getElementsByTagName("boolean")[0].firstChild.data == "true"
        else:
            assert converted.decode().strip() == "true"
    else:
        graph = _graph_of(converted, fmt)
        assert (rdflib.URIRef(person), rdflib.RDFS.label, None) in graph or len(graph) > 0
        assert rdflib.URIRef(person) in set(graph.subjects())


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_sparqlwrapper_sees_the_row_cap(live: Live) -> None:
    whole = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    with pytest.raises(sw.SPARQLExceptions.QueryBadFormed, match="handling=lenient"):
        _wrapper(live, whole, "json", "GET").query()  # type: ignore[attr-defined]
    w = _wrapper(live, whole, "json", "GET")
    w.addCustomHttpHeader("Prefer", "handling=lenient")  # type: ignore[attr-defined]
    body = w.query().convert()  # type: ignore[attr-defined]
    assert len(body["results"]["bindings"]) == MAX_ROWS and "truncated" in body["warning"]


# --- rdflib SPARQLStore ---------------------------------------------------------------------


def test_sparqlstore_reads(live: Live) -> None:
    graph = rdflib.Graph(store=SPARQLStore(live.sparql))
    person = rdflib.URIRef(live.iris["person"])
    triples = set(graph.triples((person, None, None)))
    assert triples and (person, rdflib.RDF.type, None) in graph
    label = graph.value(person, rdflib.RDFS.label)
    assert isinstance(label, rdflib.Literal) and label.language == "vi"
    rows = list(graph.query(f"SELECT ?o WHERE {{ <{person}> <{rdflib.RDF.type}> ?o }}"))
    assert {row[0] for row in rows} == set(graph.objects(person, rdflib.RDF.type))
    assert graph.query(f"ASK {{ <{person}> ?p ?o }}").askAnswer is True


def test_sparqlstore_named_graph_as_context(live: Live) -> None:
    store = SPARQLStore(live.sparql)
    iri = rdflib.URIRef(live.iris["graph"])
    article = rdflib.Graph(store=store, identifier=iri)
    subjects = set(article.subjects(rdflib.RDF.type, None))
    assert rdflib.URIRef(live.iris["graph"].replace("/graph/", "/id/article/")) in subjects
    person = rdflib.URIRef(live.iris["person"])
    assert (person, None, None) in article
    assert (person, None, None) not in rdflib.Graph(store=store, identifier=rdflib.URIRef(BASE))


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlstore_triples_never_swallows_the_cap(live: Live, method: str) -> None:
    """``triples()`` reads no header and no warning: a cut answer must fail, not look whole.

    (By GET rdflib raises ValueError; by POST it hands the HTTP error tuple to ``triples()``,
    which fails on it. Either way the caller sees an exception, never 400 of the triples.)
    """
    graph = rdflib.Graph(store=SPARQLStore(live.sparql, method=method))
    with pytest.raises((ValueError, AttributeError, TypeError)):
        list(graph.triples((None, None, None)))


def test_sparqlstore_pages_past_the_cap(live: Live) -> None:
    """The documented way to read everything: LIMIT/OFFSET pages no longer than the cap."""
    graph = rdflib.Graph(store=SPARQLStore(live.sparql))
    seen: set[tuple[object, ...]] = set()
    offset = 0
    while True:
        graph.LIMIT = MAX_ROWS  # type: ignore[attr-defined]
        graph.OFFSET = offset  # type: ignore[attr-defined]
        page = list(graph.triples((None, None, None)))
        seen.update(page)
        if len(page) < MAX_ROWS:
            break
        offset += MAX_ROWS
    assert len(seen) == live.triples


# --- linked data conformance ------------------------------------------------------------------


@pytest.mark.skipif(not LINKEDDATA.exists(), reason="needs ../shared/conformance/linkeddata.py")
def test_linkeddata_conformance(live: Live, tmp_path: Path) -> None:
    out = tmp_path / "linkeddata.json"
    args = [sys.executable, str(LINKEDDATA), "--base", live.url, "--json-out", str(out)]
    args += ["--ns-map", f"{BASE}={live.url}/"]
    for kind in ("person", "org", "event", "award", "graph"):
        args += ["--entity", live.iris[kind]]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    report = json.loads(out.read_text(encoding="utf-8"))
    failed = [r for r in report["results"] if r["status"] == "FAIL"]
    assert done.returncode == 0 and not failed, (
        "\n".join(f"{r['check']}: {r['reason']}" for r in failed) or done.stdout[-2000:]
    )
    passed = sum(r["status"] == "PASS" for r in report["results"])
    assert passed >= 5 * 15  # every entity was really checked, not skipped
    assert done.stdout.rstrip().endswith(f"linkeddata {passed}/{passed} passed")


def test_served_document_is_the_entity(live: Live) -> None:
    """The check linkeddata.py makes first, kept here too so a clone without the kit runs it."""
    for kind in ("person", "org", "event", "award", "graph"):
        iri = live.iris[kind]
        url = live.url + "/" + iri.removeprefix(BASE)
        req = urllib.request.Request(url, headers={"Accept": "text/turtle"})
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.headers["Content-Type"].startswith("text/turtle")
            assert "Accept" in r.headers["Vary"]
            graph = rdflib.Graph().parse(data=r.read(), format="turtle")
        assert rdflib.URIRef(iri) in set(graph.all_nodes()), kind
        req = urllib.request.Request(url, headers={"Accept": "text/html"})
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.headers["Content-Type"].startswith("text/html")
    missing = live.url + "/id/person/" + quote("x-no-such-person")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(urllib.request.Request(missing), timeout=30)
    assert err.value.code == 404
    err.value.close()
