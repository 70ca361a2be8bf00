"""The remote backend against a minimal SPARQL 1.1 Protocol server on 127.0.0.1."""

from __future__ import annotations

import io
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest

from justicekg.errors import QueryError, StoreError
from justicekg.store import open_store
from justicekg.store.sparql import SparqlStore

EX = "https://example.org/"
G = "https://w3id.org/justicekg/graph/"  # justicekg's graphs (the default base IRI)


class _Handler(BaseHTTPRequestHandler):
    backend = ox.Store()

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        try:
            if "update" in form:
                self.backend.update(form["update"][0])
                self._reply(204, b"", "text/plain")
                return
            kwargs = {}
            if "default-graph-uri" in form:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in form["default-graph-uri"]]
            results = self.backend.query(form["query"][0], **kwargs)
        except SyntaxError as exc:
            self._reply(400, str(exc).encode(), "text/plain")
            return
        out = io.BytesIO()
        if isinstance(results, (ox.QuerySolutions, ox.QueryBoolean)):
            results.serialize(out, ox.QueryResultsFormat.JSON)
            self._reply(200, out.getvalue(), "application/sparql-results+json")
        else:
            ox.serialize(results, out, ox.RdfFormat.N_TRIPLES)
            self._reply(200, out.getvalue(), "application/n-triples")

    def _reply(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def endpoint() -> Iterator[str]:
    _Handler.backend = ox.Store()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def t(s: str) -> ox.Triple:
    return ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + "p"), ox.Literal("v"))


def test_remote_store_keeps_the_same_layout(endpoint: str) -> None:
    store = open_store(endpoint)
    assert isinstance(store, SparqlStore)
    assert store.is_empty()
    store.replace_graphs({G + "g1": [t("a"), t("b")], G + "g2": [t("b")]})
    assert store.stats().triples == 2
    assert store.graph_names() == [G + "g1", G + "g2"]
    store.replace_graphs({G + "g1": [t("c")]})
    assert sorted(r["s"].value for r in store.query("SELECT ?s { ?s ?p ?o }")) == [
        EX + "b",
        EX + "c",
    ]
    assert [tr.subject.value for tr in store.triples(G + "g2")] == [EX + "b"]
    store.remove_graphs([G + "g1", G + "g2"])
    assert store.is_empty()


def test_remote_errors_are_clear(endpoint: str) -> None:
    store = open_store(endpoint)
    with pytest.raises(QueryError, match="rejected"):
        store.query("SELECT WHERE {")
    dead = SparqlStore("http://127.0.0.1:9/sparql", timeout=2)
    with pytest.raises(StoreError, match="cannot reach"):
        dead.query("ASK {}")
