"""The compiled engine: the shapes translated into direct checks over an article's triples.

pySHACL builds its constraint objects, walks rdflib's stores and parses each SPARQL constraint
again for every run; on an ingest that was 45 % of the workers' time. :func:`compile_shapes`
reads a shapes graph once and turns each node shape it understands into a :class:`_Program`:
its focus nodes (``sh:targetClass`` with ``rdfs:subClassOf`` in the data, as pySHACL does;
``sh:targetObjectsOf`` / ``sh:targetSubjectsOf`` / ``sh:targetNode``), and one Python predicate
per constraint component (:mod:`justicekg.validate.checks`), run over a dict index of the
article graph plus the reference triples it links to. SPARQL-based constraints run as the
Python functions of :data:`~justicekg.validate.natives.COMPILED_QUERIES` (or, when one of them
meets data it does not judge exactly, as the SPARQL query over that data).

A shape with anything the compiler does not understand (a parameter, a path, a constraint
component, a SPARQL query it has no function for) is **not skipped**: it goes, with every
shape it refers to, into :attr:`Compiled.residual`, a shapes graph that the batched pySHACL
engine runs on the same graphs. pySHACL stays the reference: ``tests/test_validate_compiled.py``
checks that both give the same results on every bundled and evaluation article and on broken
graphs that violate each constraint.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from justicekg.validate.checks import UNDERSTOOD, Check, NotCompiledError, value_check
from justicekg.validate.natives import COMPILED_QUERIES, MESSAGE_VAR, Native, fold_query
from justicekg.validate.report import (
    Messages,
    ValidationResult,
    compact_term,
    messages_of,
    reference_message,
)

__all__ = ["Compiled", "compile_shapes"]

Triple = tuple[Node, Node, Node]

#: Parameters of a shape that change no result.
_INERT = frozenset(
    {RDF.type, RDFS.comment, RDFS.label, SH.name, SH.description, SH.order, SH.group}
)
_TARGETS = {
    SH.targetClass: "a",
    SH.targetObjectsOf: "o",
    SH.targetSubjectsOf: "s",
    SH.targetNode: "n",
}
_SHAPE_LINKS = (SH.node, SH.property, SH["not"], SH["and"], SH["or"], SH.xone)


def _add(
    index: dict[Node, dict[Node, dict[Node, None]]], key: Node, sub: Node, value: Node
) -> None:
    """Files ``value`` under ``index[key][sub]`` (an insertion-ordered set), making the levels."""
    level = index.get(key)
    if level is None:
        level = index[key] = {}
    values = level.get(sub)
    if values is None:
        values = level[sub] = {}
    values[value] = None


class Data:
    """One article graph and the reference triples it links to, indexed both ways."""

    __slots__ = ("pos", "spo")

    def __init__(self, triples: Iterable[Triple]) -> None:
        spo: dict[Node, dict[Node, dict[Node, None]]] = {}
        pos: dict[Node, dict[Node, dict[Node, None]]] = {}
        for s, p, o in triples:
            _add(spo, s, p, o)
            _add(pos, p, o, s)
        self.spo = spo
        self.pos = pos

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return iter(self.spo.get(subject, {}).get(predicate, ()))

    def subjects(self, predicate: Node, obj: Node) -> Iterator[Node]:
        return iter(self.pos.get(predicate, {}).get(obj, ()))

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        for o, subjects in self.pos.get(predicate, {}).items():
            for s in subjects:
                yield s, o

    def triples(self) -> Iterator[Triple]:
        for s, po in self.spo.items():
            for p, objects in po.items():
                for o in objects:
                    yield s, p, o

    def has_class(self, node: Node, cls: Node) -> bool:
        """``node rdf:type/rdfs:subClassOf* cls`` in the data (pySHACL's ``sh:class``)."""
        if isinstance(node, Literal):
            return False
        for ctype in self.objects(node, RDF.type):
            if ctype == cls or cls in self.superclasses(ctype):
                return True
        return False

    def superclasses(self, cls: Node) -> set[Node]:
        found: set[Node] = set()
        todo = [cls]
        while todo:
            for parent in self.objects(todo.pop(), RDFS.subClassOf):
                if parent not in found:
                    found.add(parent)
                    todo.append(parent)
        return found

    def instances(self, cls: Node) -> list[Node]:
        """Instances of ``cls`` and of its subclasses in the data (pySHACL's targets)."""
        classes = {cls}
        todo = [cls]
        while todo:
            for sub in self.subjects(RDFS.subClassOf, todo.pop()):
                if sub not in classes:
                    classes.add(sub)
                    todo.append(sub)
        found: dict[Node, None] = {}
        for c in classes:
            found.update(dict.fromkeys(self.subjects(RDF.type, c)))
        return list(found)


@dataclass(frozen=True, slots=True)
class _Rule:
    """The constraints of one shape on one path (None: the focus node itself)."""

    source: Node
    predicate: Node | None
    inverse: bool
    path: str | None
    severity: str
    #: The shape's ``sh:message`` texts by language tag (empty: pySHACL's generic message).
    messages: Messages
    checks: tuple[tuple[str, Check, str | None], ...]

    def values(self, data: Data, focus: Node) -> list[Node]:
        if self.predicate is None:
            return [focus]
        if self.inverse:
            return list(data.subjects(self.predicate, focus))
        return list(data.objects(focus, self.predicate))


@dataclass(frozen=True, slots=True)
class _Sparql:
    native: Native
    query: str
    messages: Messages
    severity: str


@dataclass(frozen=True, slots=True)
class _Program:
    """A named node shape: its targets, its rules, its SPARQL constraints."""

    shape: str
    targets: tuple[tuple[str, Node], ...]
    rules: tuple[_Rule, ...]
    sparql: tuple[_Sparql, ...]

    def focus_nodes(self, data: Data) -> list[Node]:
        found: dict[Node, None] = {}
        for kind, term in self.targets:
            if kind == "a":
                found.update(dict.fromkeys(data.instances(term)))
            elif kind == "o":
                found.update(dict.fromkeys(data.pos.get(term, {})))
            elif kind == "s":
                for subjects in data.pos.get(term, {}).values():
                    found.update(subjects)
            else:
                found[term] = None
        return list(found)


@dataclass(slots=True)
class Compiled:
    """What :func:`compile_shapes` made of a shapes graph."""

    programs: tuple[_Program, ...]
    #: The shapes left to pySHACL (None when every shape compiled), and their names.
    residual: Graph | None = None
    fallback: tuple[str, ...] = ()
    _queries: dict[str, Any] = field(default_factory=dict)

    def run(self, name: str, triples: Iterable[Triple]) -> list[ValidationResult]:
        """The results of every compiled shape on one graph (with its reference triples)."""
        data = Data(triples)
        out: list[ValidationResult] = []
        graph = name or None
        for program in self.programs:
            focus = program.focus_nodes(data)
            if not focus:
                continue
            for rule in program.rules:
                for node in focus:
                    values = rule.values(data, node)
                    for component, check, generic in rule.checks:
                        # pySHACL: the shape's messages, else its generic one (untagged)
                        messages = rule.messages or ((("", generic),) if generic else ())
                        for value in check(data, node, values):
                            out.append(
                                ValidationResult(
                                    severity=rule.severity,
                                    focus=str(node),
                                    path=rule.path,
                                    message=reference_message(messages, component),
                                    shape=program.shape,
                                    source_shape=compact_term(rule.source) or "",
                                    constraint=component,
                                    value=None if value is None else str(value),
                                    graph=graph,
                                    messages=messages,
                                )
                            )
            if program.sparql:
                targets = set(focus)
                for constraint in program.sparql:
                    for row in self._solutions(constraint, data):
                        this = row.get("this")
                        if this is None or this not in targets:
                            continue
                        texts = tuple(
                            (
                                lang,
                                MESSAGE_VAR.sub(
                                    lambda m, b=row: str(b.get(m.group(1), "")),  # type: ignore[misc]
                                    message,
                                ),
                            )
                            for lang, message in constraint.messages
                        )
                        out.append(
                            ValidationResult(
                                severity=constraint.severity,
                                focus=str(this),
                                path=None,
                                message=reference_message(texts),
                                shape=program.shape,
                                source_shape=program.shape,
                                constraint=str(SH.SPARQLConstraintComponent),
                                value=str(this),  # as pySHACL: $this
                                graph=graph,
                                messages=texts,
                            )
                        )
        return out

    def _solutions(self, check: _Sparql, data: Data) -> list[dict[str, Node]]:
        rows = check.native(data)
        if rows is not None:
            return rows
        # Data the native function does not judge exactly: the query itself, over this data.
        query = self._queries.get(check.query)
        if query is None:
            query = self._queries[check.query] = prepareQuery(check.query)
        graph = Graph()
        for triple in data.triples():
            graph.add(triple)
        return [dict(row.asdict()) for row in graph.query(query)]  # type: ignore[union-attr]


def _severity(shapes: Graph, node: Node) -> str:
    severity = shapes.value(node, SH.severity)
    return str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation"


def _messages(shapes: Graph, node: Node) -> Messages:
    """A shape's ``sh:message`` texts by language tag: one per tag (``"…"@vi``, ``"…"@en``,
    or one untagged); two in one language, or a message that is not a literal, are left to
    pySHACL, which reports them all."""
    messages = list(shapes.objects(node, SH.message))
    if any(not isinstance(m, Literal) for m in messages):
        raise NotCompiledError("an sh:message that is not a literal")
    found = messages_of(messages)
    if len(found) != len(messages):
        raise NotCompiledError("more than one sh:message in one language")
    return found


def _rule(shapes: Graph, node: Node, *, path_required: bool) -> _Rule:
    predicate: Node | None = None
    inverse = False
    path_node = shapes.value(node, SH.path)
    if path_node is None and path_required:
        raise NotCompiledError("a property shape without sh:path")
    if path_node is not None:
        if isinstance(path_node, URIRef):
            predicate = path_node
        elif isinstance(path_node, BNode):
            described = set(shapes.predicate_objects(path_node))
            inverse_of = shapes.value(path_node, SH.inversePath)
            if len(described) != 1 or not isinstance(inverse_of, URIRef):
                raise NotCompiledError("a path other than a predicate or its inverse")
            predicate, inverse = inverse_of, True
        else:
            raise NotCompiledError("a literal sh:path")
    checks: list[tuple[str, Check, str | None]] = []
    seen: set[Node] = set()
    for p in set(shapes.predicates(node)):
        if p in _INERT or p in (SH.path, SH.severity, SH.message, SH.property, SH.sparql):
            continue
        if p in _TARGETS:
            if path_node is not None:
                raise NotCompiledError("a property shape with targets of its own")
            continue
        if p in seen:
            continue
        seen.add(p)
        if p not in UNDERSTOOD:
            raise NotCompiledError(f"parameter {p}")
        values = list(shapes.objects(node, p))
        if len(values) != 1:
            raise NotCompiledError(f"{len(values)} values of {p}")
        if p in (SH.minCount, SH.maxCount) and path_node is None:
            raise NotCompiledError(f"{p} on a node shape")
        checks.append(value_check(shapes, p, values[0]))
    messages = _messages(shapes, node)
    for component, _check, generic in checks:
        if not messages and generic is None:
            raise NotCompiledError(f"{component} without sh:message")
    path = None
    if path_node is not None:
        path = compact_term(path_node) if isinstance(path_node, URIRef) else str(path_node)
    return _Rule(
        source=node,
        predicate=predicate,
        inverse=inverse,
        path=path,
        severity=_severity(shapes, node),
        messages=messages,
        checks=tuple(checks),
    )


def _sparql(shapes: Graph, node_shape: Node, constraint: Node) -> _Sparql:
    select = shapes.value(constraint, SH.select)
    if select is None or (constraint, SH.deactivated, None) in shapes:
        raise NotCompiledError("a SPARQL constraint without sh:select, or deactivated")
    if (constraint, SH.severity, None) in shapes:
        raise NotCompiledError("a SPARQL constraint with a severity of its own")
    native = COMPILED_QUERIES.get(fold_query(str(select)))
    if native is None:
        raise NotCompiledError("a SPARQL query with no Python function")
    prefixes = []
    for source in shapes.objects(constraint, SH.prefixes):
        for decl in shapes.objects(source, SH.declare):
            prefix, ns = shapes.value(decl, SH.prefix), shapes.value(decl, SH.namespace)
            prefixes.append(f"PREFIX {prefix}: <{ns}>")
    return _Sparql(
        native=native,
        query="\n".join(prefixes) + "\n" + str(select).replace("$this", "?this"),
        messages=_messages(shapes, constraint),
        severity=_severity(shapes, node_shape),
    )


def _program(shapes: Graph, node: Node) -> _Program:
    if not isinstance(node, URIRef):
        raise NotCompiledError("a targeted blank node shape")
    if (node, SH.deactivated, None) in shapes or (node, SH.path, None) in shapes:
        raise NotCompiledError("a deactivated or top-level property shape")
    types = set(shapes.objects(node, RDF.type))
    if types - {SH.NodeShape}:
        raise NotCompiledError("an implicit class target")
    targets = tuple(
        (kind, o) for p, kind in _TARGETS.items() for o in sorted(shapes.objects(node, p), key=str)
    )
    rules = [_rule(shapes, node, path_required=False)]
    for prop in sorted(shapes.objects(node, SH.property), key=str):
        if (prop, SH.deactivated, None) in shapes:
            raise NotCompiledError("a deactivated property shape")
        rules.append(_rule(shapes, prop, path_required=True))
    sparql = tuple(
        _sparql(shapes, node, c) for c in sorted(shapes.objects(node, SH.sparql), key=str)
    )
    return _Program(
        shape=compact_term(node) or str(node),
        targets=targets,
        rules=tuple(r for r in rules if r.checks),
        sparql=sparql,
    )


def _closure(shapes: Graph, start: set[Node]) -> set[Node]:
    """The shapes ``start`` refers to (``sh:node``, ``sh:property``, lists …), and start."""
    found = set(start)
    todo = list(start)
    while todo:
        node = todo.pop()
        for p, o in shapes.predicate_objects(node):
            linked = p in _SHAPE_LINKS or p in (RDF.first, RDF.rest, SH.qualifiedValueShape)
            if (isinstance(o, BNode) or (linked and isinstance(o, URIRef))) and o not in found:
                if o != RDF.nil:
                    found.add(o)
                    todo.append(o)
    return found


def _residual(shapes: Graph, names: set[Node]) -> Graph:
    """The shapes ``names`` (with all they refer to and their prefixes) as a graph."""
    nodes = _closure(shapes, names)
    for node in list(nodes):
        for source in shapes.objects(node, SH.prefixes):
            nodes |= {source} | _closure(shapes, {source})
            nodes |= {d for d in shapes.objects(source, SH.declare)}
    graph = Graph()
    for node in nodes:
        for p, o in shapes.predicate_objects(node):
            graph.add((node, p, o))
    return graph


_compiled: dict[int, tuple[Graph, Compiled]] = {}


def compile_shapes(shapes: Graph) -> Compiled:
    """Compile a shapes graph (once per graph object; do not modify it afterwards).

    >>> from justicekg.validate.shapes import shapes_graph
    >>> compiled = compile_shapes(shapes_graph())
    >>> compiled.residual is None, len(compiled.programs) > 10
    (True, True)
    """
    cached = _compiled.get(id(shapes))
    if cached is not None and cached[0] is shapes:
        return cached[1]
    named: set[Node] = set(shapes.subjects(RDF.type, SH.NodeShape))
    for p in _TARGETS:
        named |= set(shapes.subjects(p, None))
    referenced = {o for p in _SHAPE_LINKS if p != SH.property for o in shapes.objects(None, p)}
    unsupported: set[Node] = set()
    programs: dict[Node, _Program] = {}
    for node in sorted(named, key=str):
        try:
            if node in referenced:
                raise NotCompiledError("a shape other shapes refer to")
            programs[node] = _program(shapes, node)
        except NotCompiledError:
            unsupported.add(node)
    # Shapes an unsupported one refers to are run by pySHACL too, never twice.
    unsupported = {n for n in _closure(shapes, unsupported) if n in named} | unsupported
    compiled = Compiled(
        programs=tuple(
            p for n, p in sorted(programs.items(), key=lambda i: str(i[0])) if n not in unsupported
        ),
        residual=_residual(shapes, unsupported) if unsupported else None,
        fallback=tuple(sorted(compact_term(n) or str(n) for n in unsupported)),
    )
    _compiled[id(shapes)] = (shapes, compiled)
    return compiled
