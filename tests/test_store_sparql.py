"""The remote backend against a small SPARQL 1.1 Protocol server on 127.0.0.1.

The stand-in (an in-memory Oxigraph behind ``http.server``) can behave like the real servers
of ``tests/test_engines.py`` in the ways that matter: a ``Server`` header, a Graph Store
endpoint, a silent row cap announced by ``X-SPARQL-MaxRows``, SPARQL JSON for a CONSTRUCT
when JSON leads the ``Accept`` header, graphs that are not justicekg's.
"""

from __future__ import annotations

import io
import json
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from justicekg.cli import main
from justicekg.cli_lang import describe
from justicekg.config import Settings, load_settings
from justicekg.errors import ConfigError, QueryError, StoreError
from justicekg.store import open_store
from justicekg.store.sparql import SparqlStore, query_form

EX = "https://example.org/"
G = "https://w3id.org/justicekg/graph/"  # justicekg's graphs (the default base IRI)
SYSTEM = "http://www.openlinksw.com/schemas/virtrdf#"  # a graph that is not justicekg's


@dataclass
class Behaviour:
    """How the stand-in server behaves, and what it was asked."""

    server: str = "StandIn/1.0"
    cap: int = 0  # rows (and triples) returned at most, announced by X-SPARQL-MaxRows
    gsp: bool = False  # answer PUT /store?graph=
    json_construct: bool = False  # CONSTRUCT as SPARQL JSON when JSON leads Accept
    requests: list[tuple[str, str, dict[str, str], str]] = field(default_factory=list)

    def updates(self) -> list[str]:
        return [body for method, _p, _h, body in self.requests if body.startswith("update=")]


class _Handler(BaseHTTPRequestHandler):
    backend = ox.Store()
    behaviour = Behaviour()

    def log_message(self, *args: object) -> None:
        pass

    def _body(self) -> str:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode()
        self.behaviour.requests.append((self.command, self.path, dict(self.headers), body))
        return body

    def do_PUT(self) -> None:
        body = self._body()
        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("graph")
        if not self.behaviour.gsp or not graph:
            self._reply(405, b"no", "text/plain")
            return
        name = ox.NamedNode(graph[0])
        quads = [ox.Quad(t.subject, t.predicate, t.object, name) for t in _triples(body)]
        self.backend.remove_graph(name) if name in self.backend.named_graphs() else None
        self.backend.extend(quads)
        self._reply(201, b"", "text/plain")

    def do_POST(self) -> None:
        form = urllib.parse.parse_qs(self._body())
        accept = self.headers.get("Accept", "")
        try:
            if "update" in form:
                self.backend.update(form["update"][0])
                self._reply(204, b"", "text/plain")
                return
            kwargs: dict[str, Any] = {}
            if "default-graph-uri" in form:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in form["default-graph-uri"]]
            if "named-graph-uri" in form:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in form["named-graph-uri"]]
            results = self.backend.query(form["query"][0], **kwargs)
        except SyntaxError as exc:
            self._reply(400, str(exc).encode(), "text/plain")
            return
        cap = self.behaviour.cap
        out = io.BytesIO()
        headers = {}
        if isinstance(results, ox.QueryBoolean):
            results.serialize(out, ox.QueryResultsFormat.JSON)
            self._reply(200, out.getvalue(), "application/sparql-results+json")
            return
        if isinstance(results, ox.QuerySolutions):
            rows = list(results)
            if cap and len(rows) > cap:
                rows, headers = rows[:cap], {"X-SPARQL-MaxRows": str(cap)}
            data = {"head": {"vars": [v.value for v in results.variables]}, "results": {}}
            data["results"]["bindings"] = [_binding(row, results.variables) for row in rows]
            self._reply(200, json.dumps(data).encode(), "application/sparql-results+json", headers)
            return
        triples = list(results)
        if cap and len(triples) > cap:
            triples, headers = triples[:cap], {"X-SPARQL-MaxRows": str(cap)}
        if self.behaviour.json_construct and accept.lstrip().startswith("application/sparql"):
            data = {"head": {"vars": ["s", "p", "o"]}, "results": {"bindings": []}}
            self._reply(200, json.dumps(data).encode(), "application/sparql-results+json")
            return
        ox.serialize(triples, out, ox.RdfFormat.N_TRIPLES)
        self._reply(200, out.getvalue(), "application/n-triples", headers)

    def _reply(
        self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def version_string(self) -> str:
        return self.behaviour.server


def _triples(text: str) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(text.encode(), ox.RdfFormat.N_TRIPLES)]


def _binding(row: ox.QuerySolution, variables: list[ox.Variable]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for var in variables:
        term = row[var]
        if isinstance(term, ox.NamedNode):
            out[var.value] = {"type": "uri", "value": term.value}
        elif isinstance(term, ox.Literal):
            out[var.value] = {"type": "literal", "value": term.value}
            if term.language:
                out[var.value]["xml:lang"] = term.language
            else:
                out[var.value]["datatype"] = term.datatype.value
    return out


@pytest.fixture
def behaviour() -> Behaviour:
    return Behaviour()


@pytest.fixture
def endpoint(behaviour: Behaviour) -> Iterator[str]:
    _Handler.backend = ox.Store()
    _Handler.behaviour = behaviour
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def t(s: str, o: str = "v") -> ox.Triple:
    return ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + "p"), ox.Literal(o))


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
    with pytest.raises(QueryError) as rejected:
        store.query("SELECT WHERE {")
    assert "the endpoint rejected the request" in describe(rejected.value, "en")
    dead = SparqlStore("http://127.0.0.1:9/sparql", timeout=2)
    with pytest.raises(StoreError) as unreachable:
        dead.query("ASK {}")
    assert "cannot reach the SPARQL endpoint" in describe(unreachable.value, "en")
    assert "không kết nối được điểm cuối SPARQL" in describe(unreachable.value, "vi")


def test_two_graphs_of_one_batch_that_drop_a_shared_triple_drop_it_from_the_merge(
    endpoint: str,
) -> None:
    store = open_store(endpoint)
    store.replace_graphs({G + "g1": [t("shared")], G + "g2": [t("shared")]})
    store.replace_graphs({G + "g1": [t("a")], G + "g2": [t("b")]})
    merged = sorted(r["s"].value for r in store.query("SELECT ?s { ?s ?p ?o }"))
    assert merged == [EX + "a", EX + "b"]


@pytest.mark.parametrize(
    "text,form",
    [
        ("SELECT * { ?s ?p ?o }", "SELECT"),
        ("PREFIX x: <http://e/#>\nBASE <http://e/>\nconstruct { ?s ?p ?o } WHERE {}", "CONSTRUCT"),
        ("# ASK in a comment\nDESCRIBE <http://e/#x>", "DESCRIBE"),
        ("  ask {}", "ASK"),
    ],
)
def test_query_form_skips_the_prologue(text: str, form: str) -> None:
    assert query_form(text) == form


def test_construct_asks_for_rdf_only(endpoint: str, behaviour: Behaviour) -> None:
    """A server that answers SPARQL JSON when JSON leads the Accept header (as Virtuoso does)
    still gives triples: CONSTRUCT and DESCRIBE never list a results format."""
    behaviour.json_construct = True
    store = open_store(endpoint)
    store.replace_graphs({G + "g1": [t("a")]})
    assert [tr.subject.value for tr in store.query("CONSTRUCT WHERE { ?s ?p ?o }")] == [EX + "a"]
    assert store.query(f"DESCRIBE <{EX}a>")
    for method, _path, headers, body in behaviour.requests:
        if method == "POST" and body.startswith("query=") and "CONSTRUCT" in body.upper():
            assert "json" not in headers["Accept"] and "xml" not in headers["Accept"]


def test_other_graphs_are_never_counted_listed_or_exported(endpoint: str) -> None:
    store = open_store(endpoint)
    _Handler.backend.add(
        ox.Quad(
            ox.NamedNode(EX + "x"), ox.NamedNode(EX + "p"), ox.Literal("sys"), ox.NamedNode(SYSTEM)
        )
    )
    assert store.is_empty()
    store.replace_graphs({G + "g1": [t("a")]})
    assert store.graph_names() == [G + "g1"]
    assert store.stats().graphs == 1
    out = io.BytesIO()
    store.dump(out, ox.RdfFormat.N_QUADS)
    assert b"sys" not in out.getvalue() and out.getvalue().count(b"\n") == 1


def test_a_named_merged_graph_serves_as_the_default_graph(
    endpoint: str, behaviour: Behaviour
) -> None:
    """Virtuoso's layout, set explicitly: the merge in a named graph, read through
    ``default-graph-uri``; graphs a query names are justicekg's only."""
    merged = "https://w3id.org/justicekg/store/merged"
    store = open_store(endpoint, settings=Settings(merged_graph=merged))
    _Handler.backend.add(
        ox.Quad(
            ox.NamedNode(EX + "x"), ox.NamedNode(EX + "p"), ox.Literal("sys"), ox.NamedNode(SYSTEM)
        )
    )
    store.replace_graphs({G + "g1": [t("a"), t("b")], G + "g2": [t("b")]})
    store.replace_graphs({G + "g1": [t("c")]})
    in_default = _Handler.backend.quads_for_pattern(None, None, None, ox.DefaultGraph())
    assert list(in_default) == []  # nothing written to the server's default graph
    assert sorted(r["s"].value for r in store.query("SELECT ?s { ?s ?p ?o }")) == [
        EX + "b",
        EX + "c",
    ]
    graphs = {r["g"].value for r in store.query("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }")}
    assert graphs == {G + "g1", G + "g2"}
    behaviour.requests.clear()
    assert len(list(store.query(f"SELECT * {{ GRAPH <{G}g1> {{ ?s ?p ?o }} }}"))) == 1
    assert not any("named-graph-uri" in b for _m, _p, _h, b in behaviour.requests)
    assert store.stats().triples == 2
    out = io.BytesIO()
    store.dump(out, ox.RdfFormat.N_TRIPLES)
    assert out.getvalue().count(b"\n") == 2


def test_a_row_cap_is_paged_past_by_reads_and_reported_to_queries(
    endpoint: str, behaviour: Behaviour
) -> None:
    store = open_store(endpoint)
    store.replace_graphs({G + "g1": [t(f"s{i:02}") for i in range(25)]})
    behaviour.cap = 10
    assert len(list(store.triples(G + "g1"))) == 25
    out = io.BytesIO()
    store.dump(out, ox.RdfFormat.N_QUADS)
    assert len(set(out.getvalue().splitlines())) == 25
    for query in ("SELECT ?s { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }"):
        with pytest.raises(QueryError) as caught:
            store.query(query)
        assert "cut the result at 10 rows" in describe(caught.value, "en")
        assert "cắt kết quả ở 10 dòng" in str(caught.value)
    assert len(list(store.query("SELECT ?s { ?s ?p ?o } LIMIT 9"))) == 9


def test_a_cap_the_server_does_not_announce_is_a_setting(
    endpoint: str, behaviour: Behaviour
) -> None:
    store = open_store(endpoint, settings=Settings(store_max_rows=10))
    store.replace_graphs({G + "g1": [t(f"s{i:02}") for i in range(10)]})
    with pytest.raises(QueryError) as caught:
        store.query("SELECT ?s { ?s ?p ?o }")
    assert "cut the result" in describe(caught.value, "en")


def test_without_a_graph_store_updates_carry_at_most_the_batch(
    endpoint: str, behaviour: Behaviour
) -> None:
    store = open_store(endpoint, settings=Settings(store_batch_triples=7))
    graphs = {G + f"g{n}": [t(f"s{n}-{i}") for i in range(n)] for n in (3, 3, 5, 16)}
    store.replace_graphs(graphs)
    for body in behaviour.updates():
        text = urllib.parse.parse_qs(body)["update"][0]
        assert text.count(" .\n") + text.endswith(" .") <= 7 or "INSERT DATA" not in text
    assert store.stats().triples == 3 + 5 + 16
    for iri, triples in graphs.items():
        assert set(store.triples(iri)) == set(triples)


def test_with_a_graph_store_each_graph_is_one_put(endpoint: str, behaviour: Behaviour) -> None:
    behaviour.gsp = True
    store = open_store(
        endpoint, settings=Settings(graph_store_url=endpoint.replace("/sparql", "/store"))
    )
    graphs = {G + "g1": [t(f"a{i}") for i in range(2000)], G + "g2": [t("b")]}
    store.replace_graphs(graphs)
    puts = [path for method, path, _h, _b in behaviour.requests if method == "PUT"]
    assert len(puts) == 2
    assert all("INSERT DATA {\n" not in body for body in behaviour.updates())
    assert store.stats().triples == 2001


def test_a_writer_killed_mid_batch_leaves_whole_graphs_and_the_next_write_heals_the_merge(
    endpoint: str, behaviour: Behaviour, monkeypatch: pytest.MonkeyPatch
) -> None:
    behaviour.gsp = True
    settings = Settings(graph_store_url=endpoint.replace("/sparql", "/store"))
    store = open_store(endpoint, settings=settings)
    store.replace_graphs({G + "g1": [t("a", "old")]})

    def killed(self: SparqlStore, iri: str, lines: list[str]) -> None:
        raise KeyboardInterrupt  # the process dies after the first request of the batch

    monkeypatch.setattr(SparqlStore, "_put", killed)
    with pytest.raises(KeyboardInterrupt):
        store.replace_graphs({G + "g1": [t("a", "new")], G + "g2": [t("b", "other")]})
    monkeypatch.undo()
    assert [tr.object.value for tr in open_store(endpoint).triples(G + "g1")] == ["old"]
    again = open_store(endpoint, settings=settings)
    again.replace_graphs({G + "g3": [t("c", "three")]})  # any write finishes the killed batch
    merged = {r["o"].value for r in again.query("SELECT ?o { ?s ?p ?o }")}
    assert merged == {"old", "three"}
    assert again.graph_names() == [G + "g1", G + "g3"]


def test_credentials_are_sent(endpoint: str, behaviour: Behaviour) -> None:
    open_store(endpoint, settings=Settings(store_user="jkg", store_password="pw")).is_empty()
    assert behaviour.requests[-1][2]["Authorization"] == "Basic amtnOnB3"
    open_store(endpoint, settings=Settings(store_token="t0k")).is_empty()
    assert behaviour.requests[-1][2]["Authorization"] == "Bearer t0k"
    with pytest.raises(ConfigError, match="store_auth"):
        open_store(endpoint, settings=Settings(store_user="jkg", store_auth="ntlm"))


def test_oxigraph_server_update_and_graph_store_urls_are_found(
    endpoint: str, behaviour: Behaviour
) -> None:
    behaviour.server = "Oxigraph/0.5.13"
    store = SparqlStore(endpoint.replace("/sparql", "/query"))
    assert store.update_url.endswith("/update") and (store.graph_store_url or "").endswith("/store")
    assert store.merged_graph is None
    behaviour.server = "Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu"
    store = SparqlStore(endpoint)
    assert store.update_url == endpoint
    assert store.graph_store_url == endpoint + "-graph-crud"
    assert store.merged_graph == "https://w3id.org/justicekg/store/merged"
    assert SparqlStore(endpoint, settings=Settings(graph_store_url="none")).graph_store_url is None


def test_remote_store_settings_come_from_the_environment() -> None:
    env = {
        "JUSTICEKG_UPDATE_URL": "http://127.0.0.1:1/update",
        "JUSTICEKG_GRAPH_STORE_URL": "http://127.0.0.1:1/store",
        "JUSTICEKG_STORE_USER": "jkg",
        "JUSTICEKG_STORE_PASSWORD": "pw",
        "JUSTICEKG_STORE_AUTH": "digest",
        "JUSTICEKG_STORE_BATCH_TRIPLES": "500",
    }
    s = load_settings(environ=env)
    assert (s.update_url, s.graph_store_url, s.store_user, s.store_password) == (
        "http://127.0.0.1:1/update",
        "http://127.0.0.1:1/store",
        "jkg",
        "pw",
    )
    assert (s.store_auth, s.store_batch_triples) == ("digest", 500)


def test_cli_update_url_reaches_the_store_and_stats_names_the_server(
    endpoint: str, behaviour: Behaviour
) -> None:
    runner = CliRunner()
    update = endpoint + "?for=updates"
    ingest = runner.invoke(
        main, ["ingest", "data/articles", "--store", endpoint, "--update-url", update]
    )
    assert ingest.exit_code == 0, ingest.output
    assert any(
        path.endswith("?for=updates")
        for _m, path, _h, body in behaviour.requests
        if body.startswith("update=")
    )
    stats = runner.invoke(main, ["stats", "--store", endpoint])
    assert stats.exit_code == 0, stats.output
    assert "in memory" not in stats.output
    assert f"on the SPARQL server {endpoint}" in stats.output


@pytest.mark.parametrize("merged", ["auto", "https://w3id.org/justicekg/store/merged"])
def test_a_client_update_keeps_the_merge_in_this_layout(endpoint: str, merged: str) -> None:
    """The web app's ``/update`` appends ``RESYNC_MERGE_UPDATE``: the remote store gives it the
    form of its own layout (a named merged graph on Virtuoso) and justicekg's graphs only."""
    from justicekg.store.base import RESYNC_MERGE_UPDATE

    store = open_store(endpoint, settings=Settings(merged_graph=merged))
    _Handler.backend.add(
        ox.Quad(
            ox.NamedNode(EX + "x"), ox.NamedNode(EX + "p"), ox.Literal("sys"), ox.NamedNode(SYSTEM)
        )
    )
    store.replace_graphs({G + "g1": [t("a")]})
    store.update(
        f"INSERT DATA {{ GRAPH <{G}g2> {{ <{EX}b> <{EX}p> 'v' }} }} ;\n" + RESYNC_MERGE_UPDATE
    )
    assert sorted(r["s"].value for r in store.query("SELECT ?s { ?s ?p ?o }")) == [
        EX + "a",
        EX + "b",
    ]
    store.update(f"DROP GRAPH <{G}g1> ;\n" + RESYNC_MERGE_UPDATE)
    assert [r["s"].value for r in store.query("SELECT ?s { ?s ?p ?o }")] == [EX + "b"]


def test_graphs_are_listed_from_a_registry_the_writes_keep(
    endpoint: str, behaviour: Behaviour
) -> None:
    """Listing graphs from the quads is slow on Virtuoso: the writes keep a registry; a store
    written by another tool is scanned once."""
    nq = f"<{EX}s> <{EX}p> 'v' <{G}other-tool> ."
    _Handler.backend.load(nq.replace("'", '"').encode(), ox.RdfFormat.N_QUADS)
    settings = Settings(merged_graph="https://w3id.org/justicekg/store/merged")
    store = open_store(endpoint, settings=settings)
    assert store.graph_names() == [G + "other-tool"]  # scanned, registry written
    store.replace_graphs({G + "g1": [t("a")], G + "g2": [t("b")]})
    store.remove_graphs([G + "g2"])
    behaviour.requests.clear()
    assert store.graph_names() == [G + "g1", G + "other-tool"]
    assert not any(
        "DISTINCT" in urllib.parse.unquote_plus(b) for _m, _p, _h, b in behaviour.requests
    )
    again = open_store(endpoint, settings=settings, read_only=True)
    assert again.graph_names() == [G + "g1", G + "other-tool"]
