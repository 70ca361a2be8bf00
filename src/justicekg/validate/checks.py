"""One Python predicate per SHACL constraint component, as pySHACL evaluates it.

:func:`value_check` turns one parameter of a shape (``sh:minCount 1``, ``sh:class jkg:Person``
…) into ``(component IRI, check, generic message)``; a check takes the data, the focus node and
its value nodes and returns the values that fail (None: a result without ``sh:value``, as for
the cardinalities). Each follows pySHACL's code for the component, down to its corner cases
(an ill-typed literal fails ``sh:datatype``; a blank node fails ``sh:pattern``; ``sh:minLength``
measures an IRI's text), and reuses pySHACL's own literal comparison and message formatting, so
that both engines agree; ``tests/test_validate_compiled.py`` holds them to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

__all__ = ["UNDERSTOOD", "Check", "NotCompiledError", "value_check"]

#: A check: (data, focus node, value nodes) → the failing values (None: no ``sh:value``).
Check = Callable[[Any, Node, list[Node]], list[Node | None]]


class NotCompiledError(Exception):
    """A shape, or data met at run time, that the compiled engine leaves to pySHACL."""


def _string(v: Node) -> str:
    """pySHACL's ``value_node_to_string``."""
    if (
        isinstance(v, Literal)
        and v.value is not None
        and v.datatype in (None, RDF.langString, XSD.string)
    ):
        return str(v.value)
    return str(v)


_ACTUAL: dict[Node, type | tuple[type, ...]] = {
    XSD.string: (str, bytes),
    RDF.langString: (str, bytes),
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: date,
    XSD.time: time,
    XSD.dateTime: datetime,
}


def _has_datatype(v: Node, rule: Node) -> bool:
    """pySHACL's ``DatatypeConstraintComponent`` on one value."""
    if not isinstance(v, Literal):
        return False
    if v.datatype == rule:
        if getattr(v, "ill_typed", None) is True:
            return False
        return _actual(v, rule)
    if rule == RDFS.Literal:
        return True
    if rule == RDFS.Datatype and v.datatype:
        return True
    if v.datatype is None and v.language is None and rule == XSD.string:
        return _actual(v, rule)
    if rule == RDF.langString and v.language:
        return _actual(v, rule)
    return False


def _actual(v: Literal, rule: Node) -> bool:
    kind = _ACTUAL.get(rule)
    return True if kind is None else isinstance(v.value, kind)


_KINDS: dict[type, tuple[Node, ...]] = {
    BNode: (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI),
    Literal: (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral),
    URIRef: (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI),
}


def _node_kind(v: Node, rule: Node) -> bool:
    for cls, kinds in _KINDS.items():
        if isinstance(v, cls):
            return rule in kinds
    return False


def _range(v: Node, bound: Literal, passes: Callable[[int], bool]) -> bool:
    """pySHACL's value range components: (v, bound) compared with pySHACL's own function."""
    from pyshacl.rdfutil.compare import compare_literal

    if not isinstance(v, Literal):
        return False
    if isinstance(bound.value, str) != isinstance(v.value, str):
        return False
    try:
        return passes(compare_literal(v, bound))  # type: ignore[no-untyped-call]
    except (TypeError, NotImplementedError):
        return False


def _compared(node: Node) -> tuple[bool, Any]:
    """A node as pySHACL's ``_compare_lt`` compares it: (a string or not, what is compared)."""
    if isinstance(node, BNode):
        raise NotCompiledError("sh:lessThan on a blank node (pySHACL raises)")
    if isinstance(node, URIRef):
        return True, str(node)
    if isinstance(node, Literal) and isinstance(node.value, str):
        return True, node.value
    return False, node


def _less_than(data: Any, focus: Node, values: list[Node], other: Node) -> list[Node | None]:
    """pySHACL's ``_compare_lt``: one result per (value, other value) pair out of order."""
    failing: list[Node | None] = []
    compare = list(data.objects(focus, other))
    for value in values:
        left_string, left = _compared(value)
        for c in compare:
            right_string, right = _compared(c)
            if left_string != right_string or not left < right:
                failing.append(value)
    return failing


def _failing(passes: Callable[[Any, Node], bool]) -> Check:
    """A check of each value on its own: the values for which ``passes`` is False."""
    return lambda d, f, vs: [v for v in vs if not passes(d, v)]


def _component(name: str) -> str:
    return str(SH[name + "ConstraintComponent"])


def _stringify(shapes: Graph, node: Node) -> str:
    from pyshacl.rdfutil.stringify import stringify_node

    return str(stringify_node(shapes, node))


def _simple(shapes: Graph, alternative: Node) -> Callable[[Any, Node], bool]:
    """A member of ``sh:or``: a shape of value constraints only; True when ``v`` conforms."""
    checks = []
    for p, o in shapes.predicate_objects(alternative):
        if p == RDF.type or p in (RDFS.comment, RDFS.label):
            continue
        if p not in UNDERSTOOD or p in (SH.minCount, SH.maxCount, SH.lessThan, SH["or"]):
            raise NotCompiledError(f"{p} inside sh:or")
        checks.append(value_check(shapes, p, o)[1])
    return lambda data, v: not any(check(data, v, [v]) for check in checks)


#: parameters checked on each value against the parameter's value (``rule``): the component,
#: pySHACL's message before the stringified rule, and the test a conforming value passes
_OF_EACH_VALUE: dict[Node, tuple[str, str, Callable[[Any, Node, Node], bool]]] = {
    SH["class"]: ("Class", "Value does not have class", lambda d, v, rule: d.has_class(v, rule)),
    SH.datatype: (
        "Datatype",
        "Value is not Literal with datatype",
        lambda d, v, rule: _has_datatype(v, rule),
    ),
    SH.nodeKind: ("NodeKind", "Value is not of Node Kind", lambda d, v, rule: _node_kind(v, rule)),
}


def value_check(shapes: Graph, parameter: Node, value: Node) -> tuple[str, Check, str | None]:
    """The check for one parameter of a shape.

    Raises:
        NotCompiledError: a parameter or a value this module does not evaluate.
    """
    p = parameter
    if p in (SH.minCount, SH.maxCount):
        if not isinstance(value, Literal) or not isinstance(value.value, int):
            raise NotCompiledError(f"{p} {value}")
        n = value.value
        if p == SH.minCount:
            return _component("MinCount"), lambda d, f, vs: [None] if len(vs) < n else [], None
        return _component("MaxCount"), lambda d, f, vs: [None] if len(vs) > n else [], None
    if p in _OF_EACH_VALUE:
        name, message, holds = _OF_EACH_VALUE[p]
        generic = f"{message} {_stringify(shapes, value)}"
        return _component(name), _failing(lambda d, v: holds(d, v, value)), generic
    if p == SH.pattern:
        if not isinstance(value, Literal) or (None, SH.flags, None) in shapes:
            raise NotCompiledError("sh:pattern with sh:flags or not a literal")
        text = str(value.value) if value.value is not None and len(value.value) > 1 else str(value)
        regex = re.compile(text)
        generic = f"Value does not match pattern '{value.value}'"

        def pattern(d: Any, f: Node, vs: list[Node]) -> list[Node | None]:
            return [v for v in vs if isinstance(v, BNode) or not regex.search(_string(v))]

        return _component("Pattern"), pattern, generic
    if p in (SH.minLength, SH.maxLength):
        if not isinstance(value, Literal) or not isinstance(value.value, int) or value.value < 0:
            raise NotCompiledError(f"{p} {value}")
        n = value.value
        if p == SH.minLength:

            def min_length(d: Any, f: Node, vs: list[Node]) -> list[Node | None]:
                if n == 0:
                    return []
                return [v for v in vs if isinstance(v, BNode) or len(_string(v)) < n]

            return _component("MinLength"), min_length, None

        def max_length(d: Any, f: Node, vs: list[Node]) -> list[Node | None]:
            return [v for v in vs if isinstance(v, BNode) or len(_string(v)) > n]

        return _component("MaxLength"), max_length, None
    if p == SH["in"]:
        allowed = set(Collection(shapes, value))
        return _component("In"), _failing(lambda d, v: v in allowed), None
    if p == SH.hasValue:
        return _component("HasValue"), lambda d, f, vs: [] if value in vs else [None], None
    if p == SH.lessThan:
        return _component("LessThan"), lambda d, f, vs: _less_than(d, f, vs, value), None
    if p in _RANGES:
        if not isinstance(value, Literal):
            raise NotCompiledError(f"{p} {value}")
        name, passes = _RANGES[p]
        return (
            _component(name),
            lambda d, f, vs: [v for v in vs if not _range(v, value, passes)],
            None,
        )
    if p == SH["or"]:
        alternatives = [_simple(shapes, a) for a in Collection(shapes, value)]
        return (
            _component("Or"),
            lambda d, f, vs: [v for v in vs if not any(alt(d, v) for alt in alternatives)],
            None,
        )
    raise NotCompiledError(f"parameter {p}")


_RANGES: dict[Node, tuple[str, Callable[[int], bool]]] = {
    SH.minInclusive: ("MinInclusive", lambda c: c >= 0),
    SH.maxInclusive: ("MaxInclusive", lambda c: c <= 0),
    SH.minExclusive: ("MinExclusive", lambda c: c > 0),
    SH.maxExclusive: ("MaxExclusive", lambda c: c < 0),
}

#: The parameters :func:`value_check` evaluates.
UNDERSTOOD = frozenset(
    {
        SH.minCount,
        SH.maxCount,
        SH["class"],
        SH.datatype,
        SH.nodeKind,
        SH.pattern,
        SH.minLength,
        SH.maxLength,
        SH["in"],
        SH.hasValue,
        SH.lessThan,
        SH["or"],
        *_RANGES,
    }
)
