"""The store seam: what every backend (embedded Oxigraph, remote SPARQL 1.1) provides.

Data layout, the same for every backend:

* each article's facts live in its own named graph ``<base>graph/<article-id>``;
* shared entities (provinces, ministries, award types) live in ``<base>graph/reference``;
* the **default graph is a deduplicated merge** of all named graphs, maintained on every
  write. Reads use it as "the union of the article graphs" with set semantics (Oxigraph's
  own union default graph has bag semantics: a triple stated in N graphs would give N
  solutions).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import pyoxigraph as ox


def replace_graphs_update(graphs: Mapping[str, Iterable[ox.Triple]]) -> str:
    """The one SPARQL update that replaces named graphs and keeps the merged default graph.

    For each graph: remove from the default graph the triples no *other* graph states, drop
    the graph; then insert the new triples both into their graph and into the default graph.
    Oxigraph applies one update request as one transaction.
    """
    ops = [op for iri in graphs for op in _drop_ops(iri)]
    body: list[str] = []
    for iri, triples in graphs.items():
        lines = [f"{t.subject} {t.predicate} {t.object} ." for t in triples]
        if lines:
            body.append(f"GRAPH <{iri}> {{\n" + "\n".join(lines) + "\n}")
            body.extend(lines)
    if body:
        ops.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
    return " ;\n".join(ops)


#: Appended to a client's SPARQL Update (same request, so the same transaction): re-derive the
#: merged default graph from the named graphs — drop what no graph states any more, add what a
#: graph states and the merge lacks. Reads the whole store; bulk changes go through ingest.
RESYNC_MERGE_UPDATE = (
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;\n"
    "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"
)


def remove_graphs_update(graph_iris: Iterable[str]) -> str:
    """The SPARQL update that drops named graphs and their now-unsupported merged triples."""
    return " ;\n".join(op for iri in graph_iris for op in _drop_ops(iri))


def _drop_ops(iri: str) -> list[str]:
    unmerge = (
        "DELETE { ?s ?p ?o } WHERE { GRAPH <" + iri + "> { ?s ?p ?o } "
        "FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } FILTER(?h != <" + iri + ">) } }"
    )
    return [unmerge, f"DROP SILENT GRAPH <{iri}>"]


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Counts of a store: quads in the merged default graph, named graphs, bytes on disk."""

    triples: int
    graphs: int
    size_bytes: int | None


@runtime_checkable
class Store(Protocol):
    """A quad store holding one named graph per article plus a merged default graph."""

    url: str

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Triple]]) -> None:
        """Replace each named graph by the given triples, atomically, keeping the merge."""
        ...

    def remove_graphs(self, graph_iris: Iterable[str]) -> None:
        """Drop named graphs (and their now-unsupported triples from the merge)."""
        ...

    def graph_names(self) -> list[str]:
        """IRIs of every named graph."""
        ...

    def triples(self, graph_iri: str) -> Iterator[ox.Triple]:
        """The triples of one named graph."""
        ...

    def query(
        self,
        sparql: str,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Any:
        """Run a SPARQL query; returns pyoxigraph results (solutions, boolean or triples)."""
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (transactional)."""
        ...

    def is_empty(self) -> bool: ...

    def stats(self) -> StoreStats: ...

    def dump(self, output: Any, fmt: ox.RdfFormat) -> None:
        """Write every named graph (datasets) or the merged graph (triple formats)."""
        ...

    def close(self) -> None: ...
