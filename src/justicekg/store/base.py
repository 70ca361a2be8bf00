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
