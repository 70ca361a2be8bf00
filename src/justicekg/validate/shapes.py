"""The SHACL shapes graph: parsed once, the named shape a result belongs to, targets, and
a shape's message in another language (:func:`translate_message`)."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal
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


def named_shape(shapes: Graph, source: Node) -> Node:
    """The node shape ``source`` (a property shape or SPARQL constraint) belongs to, up its
    parents; ``source`` itself when it has none."""
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


def shape_targets(shapes: Graph, shape: Node) -> tuple[tuple[str, Node], ...]:
    """The targets of ``shape``, as (kind, node): ``a`` a class, ``o`` objects of, ``s``
    subjects of, ``n`` a node."""
    _shapes_by_id.setdefault(id(shapes), shapes)
    return _targets_of(id(shapes), shape)


_VAR = re.compile(r"\{[?$](\w+)\}")


#: A message with parameters: its pattern, the parameters' names, its texts by language.
_Template = tuple[re.Pattern[str], tuple[str, ...], dict[str, str]]


@cache
def _message_table(path: str) -> tuple[dict[str, dict[str, str]], tuple[_Template, ...]]:
    """The shapes' messages: plain texts → the texts of the same constraint by language, and
    texts with ``{?var}`` parameters as patterns (with their variable names)."""
    by_node: dict[object, dict[str, str]] = defaultdict(dict)
    for node, literal in shapes_graph(path).subject_objects(SH.message):
        if isinstance(literal, Literal):
            by_node[node].setdefault((literal.language or "").lower(), str(literal))
    plain: dict[str, dict[str, str]] = {}
    patterns: list[_Template] = []
    for texts in by_node.values():
        for text in texts.values():
            names = tuple(_VAR.findall(text))
            if not names:
                plain.setdefault(text, texts)
                continue
            parts = _VAR.split(text)  # literal, name, literal, name, …, literal
            regex = "".join(re.escape(p) if i % 2 == 0 else "(.*?)" for i, p in enumerate(parts))
            patterns.append((re.compile(regex, re.DOTALL), names, texts))
    return plain, tuple(patterns)


def translate_message(text: str, lang: str, path: str | Path | None = None) -> str:
    """A shape's message (in any of its languages, parameters filled) in ``lang``, else in
    the other language; a text no shape gives is returned as it is.

    For what was stored as text, such as the ``jkg:leftOut`` records of ingest.

    >>> translate_message("an event without a date", "vi")
    'sự kiện không có ngày'
    >>> translate_message("the position ends (2019) before it begins (2020)", "vi")
    'chức vụ kết thúc (2019) trước khi bắt đầu (2020)'
    >>> translate_message("no shape says this", "vi")
    'no shape says this'
    """
    plain, patterns = _message_table(str(path or SHAPES_FILE))
    texts = plain.get(text)
    values: dict[str, str] = {}
    if texts is None:
        for pattern, names, candidate in patterns:
            match = pattern.fullmatch(text)
            if match is not None:
                texts, values = candidate, dict(zip(names, match.groups(), strict=True))
                break
        else:
            return text
    if lang in texts:
        chosen = texts[lang]
    else:
        chosen = next((t for tag, t in sorted(texts.items()) if tag != lang), text)
    return _VAR.sub(lambda m: values.get(m.group(1), m.group(0)), chosen)
