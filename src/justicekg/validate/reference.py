"""The part of the reference graph an article graph links to (validated with it)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.term import Node

from justicekg.config import Settings
from justicekg.namespaces import PREFIXES, RDF

_PRECEDED_BY = URIRef(PREFIXES["jkg"] + "precededBy")
_CHANGE = URIRef(PREFIXES["jkg"] + "AdministrativeChange")
_NOT_FOLLOWED = frozenset(
    {
        _PRECEDED_BY,
        *(URIRef(PREFIXES[ns] + p) for ns in ("jkg", "org") for p in ("changedBy", "resultedFrom")),
    }
)


Triple = tuple[Node, Node, Node]


@dataclass(slots=True)
class RefIndex:
    """The reference triples an article's validation may need, by subject (:func:`ref_index`),
    and what each node reaches through them (cached)."""

    triples: dict[Node, list[tuple[Node, Node, Node]]]
    closure: dict[Node, frozenset[Node]] = field(default_factory=dict)

    def reach(self, start: Iterable[Node]) -> set[Node]:
        """The nodes ``start`` reaches through the triples (``rdf:type`` links not followed)."""
        found: set[Node] = set()
        for node in start:
            if node not in self.triples or node in found:
                continue
            if node not in self.closure:
                seen = {node}
                todo = [node]
                while todo:
                    for _s, p, o in self.triples[todo.pop()]:
                        if p != RDF.type and o in self.triples and o not in seen:
                            seen.add(o)
                            todo.append(o)
                self.closure[node] = frozenset(seen)
            found |= self.closure[node]
        return found


_ref_indexes: dict[tuple[int, frozenset[Node]], tuple[Graph, RefIndex]] = {}


def ref_index(reference: Graph, targeted: frozenset[Node]) -> RefIndex:
    """Reference triples by subject, trimmed to what validating an article needs.

    A node that no shape targets (a SKOS concept, a scheme) only needs its ``rdf:type`` for the
    links to it to resolve; the reference graph itself is validated on its own.
    """
    key = (id(reference), targeted)
    cached = _ref_indexes.get(key)
    if cached is not None and cached[0] is reference:
        return cached[1]
    triples: dict[Node, list[tuple[Node, Node, Node]]] = defaultdict(list)
    for s, p, o in reference:
        # The inverse links are materialized for queries; following them would pull every
        # unit merged into a successor into each article's validation. The change events of
        # units are checked with the reference graph itself, not through an article.
        if p not in _NOT_FOLLOWED:
            triples[s].append((s, p, o))
    for s, rows in triples.items():
        if any(p == RDF.type and o == _CHANGE for _s, p, o in rows):
            # An administrative change is validated with the reference graph, whose units
            # point to it; an article that links a body to it does not bring it along.
            triples[s] = []
        elif not any(p == RDF.type and o in targeted for _s, p, o in rows):
            triples[s] = [t for t in rows if t[1] == RDF.type]
    index = RefIndex(dict(triples))
    if len(_ref_indexes) > 8:
        _ref_indexes.clear()
    _ref_indexes[key] = (reference, index)
    return index


def default_reference(settings: Settings | None) -> Graph:
    """The shared cached reference graph for ``settings``' base IRI (read-only)."""
    from justicekg.reference import cached_reference_graph

    return cached_reference_graph(settings)


def with_reference(
    graph: Iterable[tuple[Node, Node, Node]], index: RefIndex
) -> list[tuple[Node, Node, Node]]:
    """An article graph's triples followed by the reference triples it links to."""
    rdf_type = RDF.type
    triples = list(graph)
    nodes: set[Node] = set()
    for s, p, o in triples:
        nodes.add(s)
        if p != rdf_type:
            nodes.add(o)
    for node in index.reach(nodes):
        triples.extend(index.triples[node])
    return triples
