"""A remote SPARQL 1.1 backend: queries and updates over the SPARQL 1.1 Protocol.

``http(s)://host/sparql`` is the query endpoint; the update endpoint defaults to the same
URL and can be given as ``update_url``. Writes keep the same layout as the embedded store
(named graph per article plus a merged default graph) by sending the same SPARQL updates.
"""

from __future__ import annotations

import io
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from justicekg.errors import QueryError, StoreError
from justicekg.store.base import StoreStats, remove_graphs_update, replace_graphs_update


class SparqlStore:
    """A :class:`~justicekg.store.base.Store` backed by a remote SPARQL 1.1 endpoint."""

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        token: str | None = None,
        timeout: float = 30.0,
        read_only: bool = False,
    ) -> None:
        self.url = url
        self.update_url = update_url or url
        self.token = token
        self.timeout = timeout
        self.read_only = read_only

    def _request(self, url: str, body: bytes, content_type: str, accept: str) -> bytes:
        headers = {"Content-Type": content_type, "Accept": accept}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        req = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                data: bytes = resp.read()
                return data
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:500]
            if exc.code == 400:
                raise QueryError(f"the endpoint rejected the request: {detail}", where=url) from exc
            raise StoreError(f"HTTP {exc.code} from the endpoint: {detail}", where=url) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"cannot reach the SPARQL endpoint: {exc}", where=url) from exc

    def query(
        self,
        sparql: str,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
    ) -> Any:
        """Run a query remotely and parse the answer into pyoxigraph results."""
        params: list[tuple[str, str]] = [("query", sparql)]
        params += [("default-graph-uri", g) for g in default_graph or []]
        params += [("named-graph-uri", g) for g in named_graphs or []]
        body = urllib.parse.urlencode(params).encode()
        data = self._request(
            self.url,
            body,
            "application/x-www-form-urlencoded",
            "application/sparql-results+json, application/n-triples;q=0.9",
        )
        if data.lstrip().startswith(b"{"):
            return ox.parse_query_results(io.BytesIO(data), ox.QueryResultsFormat.JSON)
        return list(ox.parse(data, ox.RdfFormat.N_TRIPLES))

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only", where=self.update_url)
        self._request(
            self.update_url,
            urllib.parse.urlencode({"update": sparql}).encode(),
            "application/x-www-form-urlencoded",
            "*/*",
        )

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Triple]]) -> None:
        if graphs:
            self.update(replace_graphs_update(graphs))

    def remove_graphs(self, graph_iris: Iterable[str]) -> None:
        text = remove_graphs_update(graph_iris)
        if text:
            self.update(text)

    def graph_names(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row["g"].value for row in rows)

    def triples(self, graph_iri: str) -> Iterator[ox.Triple]:
        sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"
        yield from self.query(sparql)

    def is_empty(self) -> bool:
        return not bool(self.query("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"))

    def stats(self) -> StoreStats:
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
        n = int(rows[0]["n"].value) if rows else 0
        return StoreStats(triples=n, graphs=len(self.graph_names()), size_bytes=None)

    def dump(self, output: Any, fmt: ox.RdfFormat) -> None:
        if fmt.supports_datasets:
            quads: list[ox.Quad] = []
            for g in self.graph_names():
                quads.extend(
                    ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g))
                    for t in self.triples(g)
                )
            ox.serialize(quads, output, fmt)
        else:
            ox.serialize(self.query("CONSTRUCT WHERE { ?s ?p ?o }"), output, fmt)

    def close(self) -> None:
        pass
