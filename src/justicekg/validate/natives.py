"""SPARQL-based constraints of the shapes evaluated in Python, known by their query text.

Each function takes the data (an rdflib graph, or the compiled engine's index: anything with
``objects`` and ``subject_objects``) and returns the query's solutions with ``$this`` free, or
None when a binding is of a kind the function does not judge exactly as rdflib's SPARQL engine
would (then the query itself runs). A changed query no longer matches its text and runs as
SPARQL again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Protocol

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from justicekg.namespaces import PREFIXES


class Triples(Protocol):
    """What the natives read: rdflib's ``Graph`` has it, so does the compiled engine's index."""

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]: ...

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]: ...


Rows = list[dict[str, Node]]
Native = Callable[[Triples], Rows | None]

MESSAGE_VAR = re.compile(r"\{[?$](\w+)\}")


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = URIRef(_XSD + "integer")
#: The integer lexical forms the query's guard accepts (rdflib writes well-typed integers so).
_DIGITS = re.compile(r"[+-]?[0-9]+")
_QUOTE = URIRef(PREFIXES["jkg"] + "quote")
_START = URIRef(PREFIXES["jkg"] + "startOffset")
_END = URIRef(PREFIXES["jkg"] + "endOffset")
_IN_ARTICLE = URIRef(PREFIXES["jkg"] + "inArticle")
_TEXT = URIRef(PREFIXES["schema"] + "text")


def _offset(term: Node) -> int | None:
    """The offset the query's guard lets through (``xsd:integer``, digits), else None.

    >>> from rdflib.namespace import XSD
    >>> _offset(Literal(7)), _offset(Literal("abc", datatype=XSD.integer))
    (7, None)
    >>> _offset(Literal("3.5", datatype=XSD.decimal)), _offset(Literal("7"))
    (None, None)
    """
    if (
        isinstance(term, Literal)
        and term.datatype == _INTEGER
        and _DIGITS.fullmatch(str(term))
        and type(value := term.toPython()) is int
    ):
        return value
    return None


def _quote_mismatches(union: Triples) -> Rows | None:
    """``jkgsh:EvidenceShape``'s SPARQL constraint (quote = article text between offsets).

    rdflib evaluates ``SUBSTR(STR(?text), ?s + 1, ?e - ?s)`` as the Python slice
    ``text[s:e]`` when both offsets are integers; the query spends ≈1 ms per evidence node in
    rdflib's expression evaluator. An offset that is not an ``xsd:integer`` written in digits
    is left out, as the query's guard leaves it out (the property shapes report it). Returns
    the query's solutions, or None when the text or the quote is not a literal (then the query
    itself is run, so odd data is judged exactly as before).
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
                            continue
                        found = str(text)[start:end]
                        if found != str(quote):
                            rows.append({"this": this, "found": Literal(found)})
    return rows


#: SPARQL constraints evaluated natively, by their ``sh:select`` text (whitespace folded);
#: a changed query no longer matches and runs as SPARQL again.
NATIVE_QUERIES: dict[str, Native] = {
    " ".join(
        """
        SELECT $this ?found WHERE {
            {
                $this jkg:quote ?quote ; jkg:startOffset ?s ; jkg:endOffset ?e ; jkg:inArticle ?a .
                ?a schema:text ?text .
                FILTER (DATATYPE(?s) = xsd:integer && REGEX(STR(?s), "^[+-]?[0-9]+$")
                    && DATATYPE(?e) = xsd:integer && REGEX(STR(?e), "^[+-]?[0-9]+$"))
            }
            BIND (SUBSTR(STR(?text), ?s + 1, ?e - ?s) AS ?found)
            FILTER (?found != STR(?quote))
        }
        """.split()
    ): _quote_mismatches,
}


def fold_query(query: str) -> str:
    """``query`` with its white space folded to single spaces, as :data:`NATIVE_QUERIES` is
    keyed."""
    return " ".join(query.split())


_ORG = PREFIXES["org"]
_TIME = PREFIXES["time"]
_JKG = PREFIXES["jkg"]
_SDO = PREFIXES["schema"]
_DATE = URIRef(_XSD + "date")


def _plain(term: Node) -> bool:
    """An IRI or a literal: what ``STR()`` turns into a string (a blank node is an error)."""
    return not isinstance(term, BNode)


def _interval_inversions(data: Triples) -> Rows | None:
    """``jkgsh:PositionShape``: the interval (or start/end dates) ends before it begins.

    ``SUBSTR(STR(?x), 1, STRLEN(STR(?y)))`` is the Python slice ``str(x)[: len(str(y))]``;
    comparing the two simple literals compares the strings.
    """
    rows: Rows = []

    def compare(this: Node, begin: Node, end: Node, as_string: bool) -> bool:
        if not (_plain(begin) and _plain(end)):
            return False
        b, e = str(begin), str(end)
        if e[: len(b)] < b[: len(e)]:
            if as_string:
                begin, end = Literal(b), Literal(e)
            rows.append({"this": this, "begin": begin, "end": end})
        return True

    for this, interval in data.subject_objects(URIRef(_ORG + "memberDuring")):
        begins = [
            b
            for bound in data.objects(interval, URIRef(_TIME + "hasBeginning"))
            for b in data.objects(bound, URIRef(_JKG + "notBefore"))
        ]
        ends = [
            e
            for bound in data.objects(interval, URIRef(_TIME + "hasEnd"))
            for e in data.objects(bound, URIRef(_JKG + "notAfter"))
        ]
        for begin in begins:
            for end in ends:
                if not compare(this, begin, end, False):
                    return None
    for this, start in data.subject_objects(URIRef(_SDO + "startDate")):
        for end in data.objects(this, URIRef(_SDO + "endDate")):
            if not compare(this, start, end, True):
                return None
    return rows


def _giver_recipients(data: Triples) -> Rows | None:
    """``jkgsh:AwardDecisionShape``: the recipient is also the conferrer (a join on a term)."""
    rows: Rows = []
    for this, giver in data.subject_objects(URIRef(_JKG + "recipient")):
        if giver in set(data.objects(this, URIRef(_JKG + "conferrer"))):
            rows.append({"this": this, "giver": giver})
    return rows


def _day(term: Node) -> date | None:
    """The value of a well-typed ``xsd:date`` literal (None for anything else)."""
    if isinstance(term, Literal) and term.datatype == _DATE and not term.ill_typed:
        value = term.value
        return value if type(value) is date else None
    return None


def _empty_day_ranges(data: Triples) -> Rows | None:
    """``jkgsh:InstantShape``: ``FILTER (?hi < ?lo)``, judged here for two ``xsd:date``."""
    rows: Rows = []
    for this, lo in data.subject_objects(URIRef(_JKG + "notBefore")):
        for hi in data.objects(this, URIRef(_JKG + "notAfter")):
            lo_day, hi_day = _day(lo), _day(hi)
            if lo_day is None or hi_day is None:
                return None
            if hi_day < lo_day:
                rows.append({"this": this, "lo": lo, "hi": hi})
    return rows


def _units_ended_elsewhere(data: Triples) -> Rows | None:
    """``jkgsh:AdministrativeChangeShape``: a unit it ended is valid until another day."""
    rows: Rows = []
    for unit, this in data.subject_objects(URIRef(_JKG + "changedBy")):
        for day in data.objects(this, URIRef("http://purl.org/dc/terms/date")):
            for until in data.objects(unit, URIRef(_JKG + "validUntil")):
                if until == day:
                    continue
                until_day, day_day = _day(until), _day(day)
                if until_day is None or day_day is None:
                    return None
                if until_day != day_day:
                    rows.append({"this": this, "until": until, "day": day})
    return rows


#: Every SPARQL constraint of ``ontology/shapes.ttl``, for the compiled engine
#: (:mod:`justicekg.validate.compiled`); a query not listed keeps its shape on pySHACL.
COMPILED_QUERIES: dict[str, Native] = {
    **NATIVE_QUERIES,
    fold_query(
        """
        SELECT $this ?begin ?end WHERE {
            {
                $this org:memberDuring ?i .
                ?i time:hasBeginning/jkg:notBefore ?begin ; time:hasEnd/jkg:notAfter ?end .
            } UNION {
                $this schema:startDate ?s ; schema:endDate ?e .
                BIND (STR(?s) AS ?begin)
                BIND (STR(?e) AS ?end)
            }
            FILTER (SUBSTR(STR(?end), 1, STRLEN(STR(?begin)))
                < SUBSTR(STR(?begin), 1, STRLEN(STR(?end))))
        }
        """
    ): _interval_inversions,
    fold_query(
        """
        SELECT $this ?giver WHERE {
            $this jkg:recipient ?giver ; jkg:conferrer ?giver .
        }
        """
    ): _giver_recipients,
    fold_query(
        """
        SELECT $this ?lo ?hi WHERE {
            $this jkg:notBefore ?lo ; jkg:notAfter ?hi .
            FILTER (?hi < ?lo)
        }
        """
    ): _empty_day_ranges,
    fold_query(
        """
        SELECT $this ?until ?day WHERE {
            $this <http://purl.org/dc/terms/date> ?day .
            ?unit jkg:changedBy $this ; jkg:validUntil ?until .
            FILTER (?until != ?day)
        }
        """
    ): _units_ended_elsewhere,
}
