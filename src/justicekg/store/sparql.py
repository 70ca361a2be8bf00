"""A remote SPARQL 1.1 backend: Oxigraph server, Virtuoso, or any SPARQL 1.1 Protocol server.

The layout is the embedded store's (:mod:`justicekg.store.base`): a named graph per article
plus a merged graph, kept by the writes. What differs per server is found on first use from
its ``Server`` header, or set (:class:`~justicekg.config.Settings`):

* **update URL** (``update_url``): the query URL, or Oxigraph's ``/update`` beside ``/query``;
* **Graph Store URL** (``graph_store_url``): Oxigraph's ``/store``, Virtuoso's
  ``/sparql-graph-crud``; each article graph is then written whole with one ``PUT``.
  Without one, graphs go in ``INSERT DATA`` requests of at most ``store_batch_triples``;
* **merged graph** (``merged_graph``): the server's default graph, or, on Virtuoso (whose
  plain default graph is the union of *all* its graphs, system graphs included, and cannot
  be written), the named graph ``<base>store/merged``, read through ``default-graph-uri``.

Every read is restricted to justicekg's graphs (IRIs under ``<base>graph/``): a client's
query gets ``default-graph-uri`` = the merged graph and, when it names graphs,
``named-graph-uri`` = justicekg's graphs. CONSTRUCT and DESCRIBE ask for N-Triples only. A
server's row cap (Virtuoso's ``X-SPARQL-MaxRows``, or ``store_max_rows``) is never accepted
silently: justicekg's own reads page past it, a client's query that hits it is an error.

With a named merged graph, a registry graph ``<base>store/graphs`` lists justicekg's graphs
(listing them from the quads is slow on Virtuoso). Writes survive a killed client (``kill -9``
mid-ingest): each article graph is written by one request, which the server applies whole or
not at all, and a marker graph names the graphs of a batch until their merge is done; the
next write re-merges (and registers) them. The SPARQL text of these updates is
:mod:`justicekg.store.sparql_layout`'s; this module decides when each runs and sends it.
"""

from __future__ import annotations

import io
import json
import re
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from justicekg.catalogue import Message
from justicekg.config import Settings
from justicekg.errors import QueryError, StoreError
from justicekg.store import sparql_layout as layout
from justicekg.store.base import RESYNC_MERGE_UPDATE, StoreStats
from justicekg.store.endpoint import Client, Response

_RESULTS_JSON = "application/sparql-results+json"
_N_TRIPLES = "application/n-triples"
#: How long the list of justicekg's graphs (sent as ``named-graph-uri``) is reused.
_NAMES_TTL = 2.0

_PROLOGUE = re.compile(
    r"(?:\s+|#[^\n]*\n?|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE
)
_FORM = re.compile(r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
#: A query that can enumerate graphs (``GRAPH ?g``): only it needs justicekg's graphs listed
#: as ``named-graph-uri`` (≈60 ms per query on Virtuoso with 1,000 articles).
_NAMES_GRAPHS = re.compile(r"\bGRAPH\s*[?$]", re.IGNORECASE)


def query_form(sparql: str) -> str:
    """The form of a query (``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``), prologue skipped.

    >>> query_form("PREFIX a: <http://e/#> # note\\nconstruct WHERE { ?s ?p ?o }")
    'CONSTRUCT'
    """
    match = _FORM.match(sparql, _PROLOGUE.match(sparql).end())  # type: ignore[union-attr]
    return match.group(1).upper() if match else "SELECT"


class SparqlStore:
    """A :class:`~justicekg.store.base.Store` backed by a remote SPARQL 1.1 server."""

    def __init__(
        self,
        url: str,
        *,
        settings: Settings | None = None,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        token: str | None = None,
        timeout: float | None = None,
        read_only: bool = False,
    ) -> None:
        s = settings or Settings()
        self.url = url
        self.read_only = read_only
        self.graph_prefix = s.base_iri + "graph/"
        self.pending_graph = s.base_iri + "store/pending"
        self.registry_graph = s.base_iri + "store/graphs"
        self._update_url = update_url or s.update_url
        self._gsp_url = graph_store_url or s.graph_store_url
        self._merged_setting = s.merged_graph
        self.batch_triples = max(1, s.store_batch_triples)
        self.max_rows = s.store_max_rows
        self.client = Client(
            user=s.store_user,
            password=s.store_password,
            auth=s.store_auth,
            token=token if token is not None else s.store_token,
            timeout=timeout if timeout is not None else s.store_timeout,
        )
        self._server: str | None = None
        self._names: tuple[float, list[str]] | None = None
        self._recovered = False

    # -- what the server is --------------------------------------------------------------

    @property
    def server(self) -> str:
        """The server's ``Server`` header, asked once (``ASK {}``)."""
        if self._server is None:
            resp = self._post_query("ASK {}", _RESULTS_JSON)
            self._server = resp.server
        return self._server

    @property
    def dialect(self) -> str:
        """``virtuoso``, ``oxigraph`` or ``sparql`` (any other SPARQL 1.1 server)."""
        server = self.server.lower()
        return next((n for n in ("virtuoso", "oxigraph") if n in server), "sparql")

    @property
    def update_url(self) -> str:
        if self._update_url:
            return self._update_url
        if self.dialect == "oxigraph" and self.url.endswith("/query"):
            return self.url[: -len("query")] + "update"
        return self.url

    @property
    def graph_store_url(self) -> str | None:
        """Where whole graphs are ``PUT`` (None: updates only)."""
        if self._gsp_url:
            return None if self._gsp_url == "none" else self._gsp_url
        if self.dialect == "oxigraph" and self.url.endswith("/query"):
            return self.url[: -len("query")] + "store"
        if self.dialect == "virtuoso":
            for path, crud in (
                ("/sparql", "/sparql-graph-crud"),
                ("/sparql-auth", "/sparql-graph-crud-auth"),
            ):
                if self.url.endswith(path):
                    return self.url[: -len(path)] + crud
        return None

    @property
    def merged_graph(self) -> str | None:
        """The IRI of the merged graph, or None when it is the server's default graph."""
        setting = self._merged_setting
        if setting == "default":
            return None
        if setting == "auto":
            return (
                self.graph_prefix[: -len("graph/")] + "store/merged"
                if self.dialect == "virtuoso"
                else None
            )
        return setting

    def _in_merged(self, pattern: str) -> str:
        return layout.in_merged(self.merged_graph, pattern)

    def _own(self, var: str) -> str:
        return layout.own(self.graph_prefix, var)

    # -- queries -------------------------------------------------------------------------

    def _post_query(
        self,
        sparql: str,
        accept: str,
        default_graph: Iterable[str] = (),
        named_graphs: Iterable[str] = (),
    ) -> Response:
        params = [("query", sparql)]
        params += [("default-graph-uri", g) for g in default_graph]
        params += [("named-graph-uri", g) for g in named_graphs]
        return self.client.request(
            "POST",
            self.url,
            body=urllib.parse.urlencode(params).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )

    def _cap(self, resp: Response, rows: int) -> int | None:
        """The row cap the server applied to this answer, if it did."""
        announced = resp.headers.get("X-SPARQL-MaxRows")
        if announced and announced.isdigit() and rows >= int(announced):
            return int(announced)
        if self.max_rows and rows >= self.max_rows:
            return self.max_rows
        return None

    def query(
        self,
        sparql: str,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
    ) -> Any:
        """Run a query remotely over justicekg's graphs; pyoxigraph results.

        SELECT and ASK give ``QuerySolutions``/``QueryBoolean``; CONSTRUCT and DESCRIBE a
        list of triples.

        Raises:
            QueryError: the server refused the query, or cut its result at a row cap.
        """
        form = query_form(sparql)
        if base_iri:
            sparql = f"BASE <{base_iri}>\n{sparql}"
        merged = self.merged_graph
        if default_graph is None and merged:
            default_graph = [merged]
            if named_graphs is None and _NAMES_GRAPHS.search(sparql):
                named_graphs = self._cached_names()
        rdf = form in ("CONSTRUCT", "DESCRIBE")
        resp = self._post_query(
            sparql,
            _N_TRIPLES if rdf else _RESULTS_JSON,
            default_graph or (),
            named_graphs or (),
        )
        if rdf:
            triples = self._parse_triples(resp)
            cap = self._cap(resp, len(triples))
            if cap:
                raise self._capped(cap)
            return triples
        if form == "SELECT" and (resp.headers.get("X-SPARQL-MaxRows") or self.max_rows):
            rows = len(json.loads(resp.body).get("results", {}).get("bindings", []))
            cap = self._cap(resp, rows)
            if cap:
                raise self._capped(cap)
        return self._parse_results(resp)

    def _capped(self, cap: int) -> QueryError:
        return QueryError(
            Message("store_result_capped", cap=cap),
            where=self.url,
            hint=Message("store_result_capped_hint"),
        )

    def _parse_results(self, resp: Response) -> Any:
        ctype = resp.headers.get_content_type()
        if "json" not in ctype:
            raise StoreError(
                Message("store_answer_not", type=ctype, expected="SPARQL JSON results"),
                where=self.url,
            )
        try:
            return ox.parse_query_results(io.BytesIO(resp.body), ox.QueryResultsFormat.JSON)
        except SyntaxError as exc:
            raise StoreError(
                Message("store_unreadable_results", why=str(exc)), where=self.url
            ) from exc

    def _parse_triples(self, resp: Response) -> list[ox.Triple]:
        ctype = resp.headers.get_content_type()
        fmt = {"text/turtle": ox.RdfFormat.TURTLE}.get(ctype, ox.RdfFormat.N_TRIPLES)
        if "json" in ctype or "xml" in ctype:
            raise StoreError(
                Message("store_answer_not", type=ctype, expected="N-Triples"), where=self.url
            )
        try:
            return [q.triple for q in ox.parse(resp.body, fmt)]
        except SyntaxError as exc:
            raise StoreError(Message("store_unreadable_rdf", why=str(exc)), where=self.url) from exc

    def _rows(self, select: str, where: str, order: str) -> list[Any]:
        """Every solution of ``SELECT select WHERE { where }``, paged past a row cap.

        Pages are ``LIMIT cap OFFSET n`` over a sorted subquery (Virtuoso refuses to sort
        more than its cap in one ``ORDER BY … OFFSET``, not in a subquery).
        """
        text = f"SELECT {select} WHERE {{ {where} }}"
        resp = self._post_query(text, _RESULTS_JSON)
        rows = list(self._parse_results(resp))
        cap = self._cap(resp, len(rows))
        if cap is None:
            return rows
        rows = []
        while True:
            page = (
                f"SELECT {order} WHERE {{ {{ {text} ORDER BY {order} }} }} "
                f"LIMIT {cap} OFFSET {len(rows)}"
            )
            got = list(self._parse_results(self._post_query(page, _RESULTS_JSON)))
            rows.extend(got)
            if len(got) < cap:
                return rows

    def graph_names(self) -> list[str]:
        """justicekg's named graphs (under ``<base>graph/``), never the server's others.

        With a named merged graph (Virtuoso), read from the registry graph
        ``<base>store/graphs`` that the writes keep: listing the graphs of the quads takes
        Virtuoso 1.4 s for 1,000 articles, and the web app asks every second. A store without
        a registry (written by another tool, or after a client's update) is scanned once and
        the registry written.
        """
        if not self.merged_graph:
            # The server's default graph is the merge: a client's query is not restricted to
            # named graphs, so a registry would show; list from the quads (fast on Oxigraph).
            where = f"GRAPH ?g {{ ?s ?p ?o }} {self._own('?g')}"
            names = sorted(row["g"].value for row in self._rows("DISTINCT ?g", where, "?g"))
            self._names = (time.monotonic(), names)
            return names
        rows = self._rows(
            "?g", f"GRAPH <{self.registry_graph}> {{ <{self.registry_graph}> ?has ?g }}", "?g"
        )
        found = {row["g"].value for row in rows}
        if self.registry_graph in found:  # the registry is complete
            names = sorted(found - {self.registry_graph})
        else:
            where = f"GRAPH ?g {{ ?s ?p ?o }} {self._own('?g')}"
            names = sorted(row["g"].value for row in self._rows("DISTINCT ?g", where, "?g"))
            if not self.read_only:
                entries = layout.registry_data(self.registry_graph, [*names, self.registry_graph])
                self.update(
                    f"DROP SILENT GRAPH <{self.registry_graph}> ;\nINSERT DATA {{ {entries} }}"
                )
        self._names = (time.monotonic(), names)
        return names

    def _cached_names(self) -> list[str]:
        if self._names is None or time.monotonic() - self._names[0] > _NAMES_TTL:
            return self.graph_names()
        return self._names[1]

    def triples(self, graph_iri: str) -> Iterator[ox.Triple]:
        rows = self._rows(
            "?s ?p ?o", f"GRAPH {layout.iri_ref(graph_iri)} {{ ?s ?p ?o }}", "?s ?p ?o"
        )
        for row in rows:
            yield ox.Triple(row["s"], row["p"], row["o"])

    def is_empty(self) -> bool:
        found = self.query(f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} {self._own('?g')} }}", default_graph=[])
        return not bool(found)

    def stats(self) -> StoreStats:
        resp = self._post_query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ {self._in_merged('?s ?p ?o')} }}", _RESULTS_JSON
        )
        rows = list(self._parse_results(resp))
        n = int(rows[0]["n"].value) if rows else 0
        return StoreStats(triples=n, graphs=len(self.graph_names()), size_bytes=None)

    def dump(self, output: Any, fmt: ox.RdfFormat) -> None:
        """Serialize justicekg's named graphs (datasets) or the merged graph (triples)."""
        if fmt.supports_datasets:
            rows = self._rows(
                "?g ?s ?p ?o", f"GRAPH ?g {{ ?s ?p ?o }} {self._own('?g')}", "?g ?s ?p ?o"
            )
            quads = [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]
            ox.serialize(quads, output, fmt)
        else:
            rows = self._rows("?s ?p ?o", self._in_merged("?s ?p ?o"), "?s ?p ?o")
            ox.serialize([ox.Triple(r["s"], r["p"], r["o"]) for r in rows], output, fmt)

    # -- writes --------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        """Run a SPARQL update at the update endpoint.

        Raises:
            StoreError: the store is read-only, or the server failed.
            QueryError: the server refused the update.
        """
        if self.read_only:
            raise StoreError(Message("store_read_only"), where=self.url)
        self._names = None
        if RESYNC_MERGE_UPDATE in sparql:  # a client's update (web /update): this layout's form
            sparql = sparql.replace(
                RESYNC_MERGE_UPDATE,
                layout.resync(self.merged_graph, self.graph_prefix, self.registry_graph),
            )
        self.client.request(
            "POST",
            self.update_url,
            body=urllib.parse.urlencode({"update": sparql}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "*/*"},
        )

    def _recover(self) -> None:
        """Finish the merge of a batch whose writer was killed (once per store object)."""
        if self._recovered:
            return
        self._recovered = True
        rows = self._post_query(
            f"SELECT ?g WHERE {{ GRAPH <{self.pending_graph}> {{ ?m ?w ?g }} }}", _RESULTS_JSON
        )
        pending = [row["g"].value for row in self._parse_results(rows)]
        if pending:
            self.update(
                layout.recover_update(
                    self.merged_graph, self.pending_graph, self.registry_graph, pending
                )
            )

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Triple]]) -> None:
        """Replace named graphs, each whole, and keep the merged graph.

        1. one update: mark the batch pending, remove from the merge what only these graphs
           state; 2. each graph written whole (``PUT``, else packed ``INSERT DATA``);
           3. one update: merge them, clear the mark.
        """
        if not graphs:
            return
        if self.read_only:
            raise StoreError(Message("store_read_only"), where=self.url)
        batch = {iri: [layout.nt_line(t) for t in triples] for iri, triples in graphs.items()}
        iris = list(batch)
        self._recover()
        marks = layout.markers(self.pending_graph, iris)
        merged = self.merged_graph
        unmerge = layout.unmerge_op(merged, self.graph_prefix, iris)
        self.update(f"INSERT DATA {{ {marks} }} ;\n{unmerge}")
        if self.graph_store_url:
            for iri, lines in batch.items():
                self._put(iri, lines)
        else:
            for update in layout.packed_updates(batch, self.batch_triples):
                self.update(update)
        written = [iri for iri, lines in batch.items() if lines]
        emptied = [iri for iri, lines in batch.items() if not lines]
        ops = [*layout.merge_ops(merged, iris), f"DELETE DATA {{ {marks} }}"]
        if written and self.merged_graph:
            ops.append(f"INSERT DATA {{ {layout.registry_data(self.registry_graph, written)} }}")
        if emptied and self.merged_graph:
            ops.append(f"DELETE DATA {{ {layout.registry_data(self.registry_graph, emptied)} }}")
        self.update(" ;\n".join(ops))

    def _put(self, iri: str, lines: list[str]) -> None:
        """Replace one graph with one Graph Store Protocol ``PUT``."""
        if not lines:
            self.update(f"DROP SILENT GRAPH {layout.iri_ref(iri)}")
            return
        url = self.graph_store_url or ""
        sep = "&" if "?" in url else "?"
        self.client.request(
            "PUT",
            f"{url}{sep}{urllib.parse.urlencode({'graph': iri})}",
            body="\n".join(lines).encode("utf-8"),
            headers={"Content-Type": _N_TRIPLES},
        )

    def remove_graphs(self, graph_iris: Iterable[str]) -> None:
        """Drop named graphs and what only they stated from the merge, in one update."""
        iris = list(graph_iris)
        if iris:
            drops = [f"DROP SILENT GRAPH {layout.iri_ref(i)}" for i in iris]
            if self.merged_graph:
                drops.append(f"DELETE DATA {{ {layout.registry_data(self.registry_graph, iris)} }}")
            self.update(
                " ;\n".join([layout.unmerge_op(self.merged_graph, self.graph_prefix, iris), *drops])
            )

    def close(self) -> None:
        pass
