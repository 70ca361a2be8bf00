"""Which evidence offsets a SPARQL update would write, judged before it runs.

An offset (``jkg:startOffset``, ``jkg:endOffset``) must be a non-negative ``xsd:integer``
(:mod:`justicekg.rdf.offsets`). ``INSERT DATA`` and constant objects in an ``INSERT``
template are judged as written. An object given by a **variable** gets its values from the
``WHERE`` clause, and the update runs in one step in the store: nothing can be checked between
matching and writing, and a refused update must change nothing. So the variable's sources are
read from the algebra instead:

* a constant from ``VALUES`` or ``BIND("…" AS ?o)``: judged like a constant in the template
  (a ``VALUES`` row that binds the template's predicate variable to another predicate is
  skipped);
* the object of a pattern whose predicate is an offset predicate, or the very predicate
  (variable) of the template (``GRAPH ?g { ?s ?p ?o }`` copied whole): an offset already
  stored is passed on (``justicekg validate`` reports one an older writer left);
* anything else (an expression, a function, an aggregate, any column a sub-select projects,
  the object of another predicate, a graph name): its value is only known when the update
  runs, so the update is **refused** as well, described as such.

A template predicate that is a variable counts when it may be an offset predicate (a ``VALUES``
or ``BIND`` constant naming one, or any pattern's predicate). Nothing of the request's text is
put into a query: only rdflib's parse of it is read.

>>> from rdflib.plugins.sparql.parser import UpdateUnit
>>> J = "https://w3id.org/justicekg/ontology#"
>>> text = f'INSERT {{ ?e <{J}endOffset> ?o }} WHERE {{ VALUES ?o {{ 9 "x" }} ?e a ?k }}'
>>> written_offsets(UpdateUnit.parse_string(text, parse_all=True)[0])
('jkg:endOffset of ?e is "x" (bound to ?o)',)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rdflib.term import Identifier, Literal, Node, URIRef, Variable

from justicekg.rdf.offsets import END, START, bad_offsets, offset_value, shown
from justicekg.web.rdflib_algebra import algebra

__all__ = ["written_offsets"]

_OFFSETS = (START, END)


@dataclass(frozen=True, slots=True)
class _Source:
    """One way the ``WHERE`` clause can bind a variable."""

    #: ``value`` (a constant), ``object`` (of a pattern with ``predicate``), ``predicate`` (of
    #: a pattern with object ``term``) or ``unknown``.
    kind: str
    term: Node | None = None
    #: The other columns of the ``VALUES`` row a constant came from.
    row: dict[Variable, Node | None] = field(default_factory=dict)


def written_offsets(tree: Any) -> tuple[str, ...]:
    """The invalid evidence offsets an update (rdflib parse tree) would insert, described.

    A variable whose value cannot be known before the update runs counts as invalid.

    Raises:
        Exception: rdflib cannot translate the tree (e.g. an undefined prefix); the caller
            refuses the update, whose offsets are then unjudged (fail closed).
    """
    update = algebra().translateUpdate(tree)
    found: list[str] = []
    # rdflib's CompValue.get returns the key itself for a missing key: dict.get gives None
    # (a DELETE-only Modify has no "insert").
    for op in getattr(update, "algebra", ()):
        inserted = dict.get(op, "insert") if op.name == "Modify" else op
        if op.name not in ("InsertData", "Modify") or inserted is None:
            continue
        triples = list(dict.get(inserted, "triples") or [])
        for graph_triples in (dict.get(inserted, "quads") or {}).values():
            triples.extend(graph_triples)
        if op.name == "InsertData":
            found.extend(bad_offsets(triples))
        else:
            sources = _sources(dict.get(op, "where"))
            for triple in triples:
                found.extend(_judged(triple, sources))
    return tuple(dict.fromkeys(found))


def _judged(triple: tuple[Node, Node, Node], sources: dict[Variable, list[_Source]]) -> list[str]:
    """What is wrong with the offsets one template triple may write (none: an empty list)."""
    s, p, o = triple
    if not _may_be_offset(p, sources):
        return []
    name = "jkg:endOffset" if p == END else "jkg:startOffset"
    if isinstance(p, Variable):
        name = f"{p.n3()} (maybe jkg:startOffset or jkg:endOffset)"
    if not isinstance(o, Variable):
        return [] if offset_value(o) is not None else [f"{name} of {s.n3()} is {shown(o)}"]
    found: list[str] = []
    for source in sources.get(o, ()):
        if source.kind == "value":
            if source.term is None:
                continue  # UNDEF: the triple is not written
            other = source.row.get(p) if isinstance(p, Variable) else None
            if other is not None and other not in _OFFSETS:
                continue  # this row writes another predicate (an UNDEF one may still be bound)
            if offset_value(source.term) is None:
                found.append(f"{name} of {s.n3()} is {shown(source.term)} (bound to {o.n3()})")
        elif source.kind == "object" and (source.term in _OFFSETS or source.term == p):
            continue  # an offset already stored, passed on
        else:
            found.append(
                f"{name} of {s.n3()} takes {o.n3()}, whose value is only known when the update runs"
            )
    return found


def _may_be_offset(p: Node, sources: dict[Variable, list[_Source]]) -> bool:
    if not isinstance(p, Variable):
        return p in _OFFSETS
    return any(
        src.kind in ("predicate", "unknown") or (src.kind == "value" and src.term in _OFFSETS)
        for src in sources.get(p, ())
    )


def _sources(where: Any) -> dict[Variable, list[_Source]]:
    """Every way the ``WHERE`` algebra can bind each variable (sub-selects, ``OPTIONAL``,
    ``UNION`` and ``EXISTS`` included: more sources only make the judgement stricter)."""
    sources: dict[Variable, list[_Source]] = {}

    def add(var: Any, source: _Source) -> None:
        if isinstance(var, Variable):
            sources.setdefault(var, []).append(source)

    for node in _nodes(where):
        name = node.name
        if name == "BGP":
            for s, p, o in node.get("triples") or ():
                add(s, _Source("unknown"))
                add(p, _Source("predicate", o))
                add(o, _Source("object", p))
        elif name == "Extend":
            expr = node.get("expr")
            constant = isinstance(expr, (Literal, URIRef))
            add(node.get("var"), _Source("value", expr) if constant else _Source("unknown"))
        elif name == "values":
            for row in node.get("res") or ():
                # rdflib writes an UNDEF cell as the string "UNDEF": no value (None) here
                values = {var: None if term == "UNDEF" else term for var, term in row.items()}
                for var, term in values.items():
                    add(var, _Source("value", term, values))
        elif name == "Graph":
            add(node.get("term"), _Source("unknown"))
        elif name == "Project":
            # a sub-select has its own scope: what it projects is judged as unknown (its inner
            # ?p is not the template's, nor is a VALUES row outside it the inner pattern's)
            for var in node.get("PV") or ():
                add(var, _Source("unknown"))
    return sources


def _nodes(tree: Any) -> Iterator[Any]:
    """Every algebra node (rdflib ``CompValue``) under ``tree``, iteratively."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack: list[Any] = [tree]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen or isinstance(node, (Identifier, str)):
            continue
        seen.add(id(node))
        if isinstance(node, CompValue):
            yield node
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, Iterable):
            stack.extend(node)
