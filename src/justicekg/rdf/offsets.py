"""Evidence offsets (``jkg:startOffset``, ``jkg:endOffset``) as terms: which ones are valid.

An offset is a character position in an article's text: a non-negative ``xsd:integer``.
Hand-made data (a SPARQL update, an edited file) may carry anything else, e.g.
``"3.5"^^xsd:decimal`` or the ill-typed ``"abc"^^xsd:integer``; writers refuse such terms
with :func:`bad_offsets`, and readers show them as written.

>>> from rdflib import Literal, URIRef, Variable
>>> from rdflib.namespace import XSD
>>> ev = URIRef("https://w3id.org/justicekg/id/evidence/a_0-4")
>>> offset_value(Literal(4)), offset_value(Literal("3.5", datatype=XSD.decimal))
(4, None)
>>> bad_offsets([(ev, START, Literal("abc", datatype=XSD.integer)), (ev, END, Variable("e"))])
['jkg:startOffset of <https://w3id.org/justicekg/id/evidence/a_0-4> is "abc"^^xsd:integer']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import Literal
from rdflib.namespace import XSD
from rdflib.term import Node, Variable

from justicekg.namespaces import JKG

__all__ = ["END", "START", "bad_offsets", "offset_value", "shown"]

START = JKG.startOffset
END = JKG.endOffset
_DIGITS = re.compile(r"\s*\+?[0-9]+\s*")


def offset_value(term: Node) -> int | None:
    """The offset a term states (a well-typed, non-negative ``xsd:integer``), else None."""
    if isinstance(term, Literal) and term.datatype == XSD.integer and _DIGITS.fullmatch(term):
        value = term.toPython()
        if type(value) is int:
            return value
    return None


def bad_offsets(triples: Iterable[tuple[Node, Node, Node]]) -> list[str]:
    """The offset triples whose object is a constant that is not a valid offset, described.

    A variable object (a template of ``INSERT … WHERE``) is not judged here: its sources in the
    ``WHERE`` clause are (:mod:`justicekg.web.update_offsets`).
    """
    found: list[str] = []
    for s, p, o in triples:
        if p in (START, END) and not isinstance(o, Variable) and offset_value(o) is None:
            name = "jkg:startOffset" if p == START else "jkg:endOffset"
            found.append(f"{name} of {s.n3()} is {shown(o)}")
    return found


def shown(term: Node) -> str:
    """A term as a message shows it (``xsd:`` datatypes abbreviated)."""
    if isinstance(term, Literal) and term.datatype is not None:
        prefix = str(XSD)
        if term.datatype.startswith(prefix):
            return f'"{term}"^^xsd:{term.datatype[len(prefix) :]}'
    return term.n3()
