"""SPARQL-based constraints of the shapes evaluated in Python, known by their query text."""

from __future__ import annotations

import re
from collections.abc import Callable

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from justicekg.namespaces import PREFIXES

_MESSAGE_VAR = re.compile(r"\{[?$](\w+)\}")


_XSD = "http://www.w3.org/2001/XMLSchema#"
#: The datatypes rdflib's SPARQL arithmetic accepts as numbers and maps integers to ``int``.
_INTEGER_TYPES = frozenset(
    URIRef(_XSD + name)
    for name in (
        "integer nonPositiveInteger negativeInteger nonNegativeInteger positiveInteger "
        "unsignedLong unsignedInt unsignedShort unsignedByte long int short byte"
    ).split()
)
_QUOTE = URIRef(PREFIXES["jkg"] + "quote")
_START = URIRef(PREFIXES["jkg"] + "startOffset")
_END = URIRef(PREFIXES["jkg"] + "endOffset")
_IN_ARTICLE = URIRef(PREFIXES["jkg"] + "inArticle")
_TEXT = URIRef(PREFIXES["schema"] + "text")


def _offset(term: Node) -> int | None:
    if isinstance(term, Literal) and term.datatype in _INTEGER_TYPES:
        value = term.toPython()
        if type(value) is int:
            return value
    return None


def _quote_mismatches(union: Graph) -> list[dict[str, Node]] | None:
    """``jkgsh:EvidenceShape``'s SPARQL constraint (quote = article text between offsets).

    rdflib evaluates ``SUBSTR(STR(?text), ?s + 1, ?e - ?s)`` as the Python slice
    ``text[s:e]`` when both offsets are integers; the query spends ≈1 ms per evidence node in
    rdflib's expression evaluator. Returns the query's solutions, or None when a binding is not
    a plain integer offset or literal (then the query itself is run, so odd data is judged
    exactly as before).
    """
    rows: list[dict[str, Node]] = []
    for this, quote in union.subject_objects(_QUOTE):
        starts = list(union.objects(this, _START))
        ends = list(union.objects(this, _END))
        if not starts or not ends:
            continue
        for article in union.objects(this, _IN_ARTICLE):
            for text in union.objects(article, _TEXT):
                if not isinstance(text, Literal) or not isinstance(quote, Literal):
                    return None
                for start_term in starts:
                    for end_term in ends:
                        start, end = _offset(start_term), _offset(end_term)
                        if start is None or end is None:
                            return None
                        found = str(text)[start:end]
                        if found != str(quote):
                            rows.append({"this": this, "found": Literal(found)})
    return rows


#: SPARQL constraints evaluated natively, by their ``sh:select`` text (whitespace folded);
#: a changed query no longer matches and runs as SPARQL again.
_NATIVE_QUERIES: dict[str, Callable[[Graph], list[dict[str, Node]] | None]] = {
    " ".join(
        """
        SELECT $this ?found WHERE {
            $this jkg:quote ?quote ; jkg:startOffset ?s ; jkg:endOffset ?e ; jkg:inArticle ?a .
            ?a schema:text ?text .
            BIND (SUBSTR(STR(?text), ?s + 1, ?e - ?s) AS ?found)
            FILTER (?found != STR(?quote))
        }
        """.split()
    ): _quote_mismatches,
}
