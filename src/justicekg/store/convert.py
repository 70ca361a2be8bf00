"""Convert rdflib terms and graphs to pyoxigraph ones (the mapping builds with rdflib)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term: Node) -> Any:
    """One rdflib term as a pyoxigraph term.

    >>> to_ox(Literal("Thanh Hóa", lang="vi"))
    <Literal value=Thanh Hóa language=vi>
    """
    if isinstance(term, URIRef):
        return _named(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=_named(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r} to a pyoxigraph term")


@functools.lru_cache(maxsize=1 << 16)
def _named(iri: str) -> ox.NamedNode:
    """IRIs recur (predicates, classes, shared entities): each is made once (an ingest
    spent 7 % of its time converting terms)."""
    return ox.NamedNode(iri)


def from_ox(term: Any) -> Node:
    """One pyoxigraph term as an rdflib term (the inverse of :func:`to_ox`).

    >>> from_ox(ox.Literal("Thanh Hóa", language="vi"))
    rdflib.term.Literal('Thanh Hóa', lang='vi')
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot convert {term!r} to an rdflib term")


def ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> bytes:
    """rdflib triples as N-Triples bytes, one statement per line ending in `` .\\n``.

    Each term goes through its pyoxigraph constructor (which checks IRIs and language tags)
    and is written as pyoxigraph writes it, so the bytes parse back to exactly the triples of
    :func:`triples_to_ox`; an IRI is checked and written once per process (they recur).
    Faster than making pyoxigraph triples and serializing them (ingest's workers spent 10 %
    of their time there). A line break inside a literal is escaped, so `` .\\n`` only ever
    ends a line.

    Raises:
        TypeError: a blank node (the store relabels those: keep pyoxigraph triples).

    >>> ntriples([(URIRef("https://x/s"), URIRef("https://x/p"), Literal("a\\nb", lang="vi"))])
    b'<https://x/s> <https://x/p> "a\\\\nb"@vi .\\n'
    """
    lines = []
    for s, p, o in triples:
        lines.append(f"{_text(s)} {_text(p)} {_text(o)} .\n")
    return "".join(lines).encode("utf-8")


def _text(term: Node) -> str:
    if isinstance(term, URIRef):
        return _iri_text(str(term))
    if isinstance(term, Literal):
        return str(to_ox(term))
    raise TypeError(f"cannot write {term!r} as N-Triples here (blank node?)")


@functools.lru_cache(maxsize=1 << 16)
def _iri_text(iri: str) -> str:
    return str(ox.NamedNode(iri))


def triples_to_ox(triples: Iterable[tuple[Node, Node, Node]]) -> Iterator[ox.Triple]:
    """rdflib triples (e.g. an ``rdflib.Graph``) as pyoxigraph triples."""
    for s, p, o in triples:
        yield ox.Triple(
            _named(str(s)) if type(s) is URIRef else to_ox(s),
            _named(str(p)) if type(p) is URIRef else to_ox(p),
            _named(str(o)) if type(o) is URIRef else to_ox(o),
        )
