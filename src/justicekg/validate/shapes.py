"""The SHACL shapes graph: parsed once, the named shape a result belongs to, targets."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH
from rdflib.term import Node

from justicekg.config import ONTOLOGY_DIR
from justicekg.errors import OntologyError

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
SHAPES_NS = "https://w3id.org/justicekg/shapes#"


@cache
def _load_shapes(path: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot parse the SHACL shapes: {exc}", where=path) from exc
    return graph


def shapes_graph(path: str | Path | None = None) -> Graph:
    """The parsed shapes graph (parsed once per path and cached; do not modify it).

    Raises:
        OntologyError: the shapes file is missing or malformed.
    """
    return _load_shapes(str(path or SHAPES_FILE))


@cache
def _parent_shapes(shapes_id: int) -> dict[Node, Node]:
    shapes = _shapes_by_id[shapes_id]
    parents: dict[Node, Node] = {}
    for node_shape, prop in shapes.subject_objects(SH.property):
        parents[prop] = node_shape
    for node_shape, sparql in shapes.subject_objects(SH.sparql):
        parents[sparql] = node_shape
    return parents


_shapes_by_id: dict[int, Graph] = {}


def _named_shape(shapes: Graph, source: Node) -> Node:
    _shapes_by_id.setdefault(id(shapes), shapes)
    parents = _parent_shapes(id(shapes))
    seen = {source}
    while source in parents and parents[source] not in seen:
        source = parents[source]
        seen.add(source)
    return source


@cache
def _targets_of(shapes_id: int, shape: Node) -> tuple[tuple[str, Node], ...]:
    shapes = _shapes_by_id[shapes_id]
    found: list[tuple[str, Node]] = []
    for kind, predicate in (
        ("a", SH.targetClass),
        ("o", SH.targetObjectsOf),
        ("s", SH.targetSubjectsOf),
        ("n", SH.targetNode),
    ):
        found.extend((kind, o) for o in shapes.objects(shape, predicate))
    return tuple(found)


def _targets(shapes: Graph, shape: Node) -> tuple[tuple[str, Node], ...]:
    _shapes_by_id.setdefault(id(shapes), shapes)
    return _targets_of(id(shapes), shape)
