"""Bounded reads for a famous entity's page: a window of rows, never all of them.

The busiest official of 100 000 articles has ~10 000 evidence links, ~8 500 events and
~17 000 statements pointing at them. Sorting all of them to show 50 (``ORDER BY … LIMIT``)
costs seconds, because Oxigraph decodes every term it compares; counting them costs
milliseconds, because a count walks an index range without decoding anything. So a page

* **counts** first (per predicate, per section; exact and cheap), and
* reads only the **window** it shows: ``LIMIT``/``OFFSET`` over one index range, sorted by
  value only where the range is small (:data:`SORTED_UP_TO` rows); a larger range is read
  in the store's own index order (stable between requests on one version of the store) and
  the page says so.

Evidence of a fact is treated the same way: the number of evidence sentences is a count;
which articles they come from, and which sentences come first and last, are read exactly for
a fact with at most :data:`EXACT_EVIDENCE_UP_TO` sentences, else from the first two sentences
in index order, the total then counted in sentences rather than in articles.

No Flask here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from justicekg.namespaces import sparql_prologue
from justicekg.web import lookup

#: A range of at most this many rows is sorted by value; a larger one is read in index order.
SORTED_UP_TO = 1000
#: Facts with at most this many evidence sentences get their sources counted exactly.
EXACT_EVIDENCE_UP_TO = 256


@dataclass(frozen=True)
class Window:
    """The rows ``[offset, offset + size)`` of one predicate's range (``count`` rows)."""

    predicate: str
    count: int
    offset: int
    size: int

    @property
    def sorted(self) -> bool:
        return self.count <= SORTED_UP_TO


def windows(counts: dict[str, int], offset: int, size: int) -> list[Window]:
    """The per-predicate windows covering rows ``[offset, offset + size)`` of the statements
    listed predicate by predicate: in IRI order, the large ranges (more than
    :data:`SORTED_UP_TO` rows, e.g. thousands of evidence links) last, so that the first page
    holds every other statement.

    >>> [(w.predicate, w.offset, w.size) for w in windows({"b": 3, "a": 2}, 1, 3)]
    [('a', 1, 1), ('b', 0, 2)]
    >>> [w.predicate for w in windows({"a": 5000, "b": 1}, 0, 10)]
    ['b', 'a']
    """
    out: list[Window] = []
    start = 0
    for predicate in sorted(counts, key=lambda p: (counts[p] > SORTED_UP_TO, p)):
        n = counts[predicate]
        lo, hi = max(offset, start), min(offset + size, start + n)
        if lo < hi:
            out.append(Window(predicate, n, lo - start, hi - lo))
        start += n
    return out


def statement_queries(iri: str, incoming: bool) -> tuple[str, str]:
    """The count query (rows per predicate) of an entity's statements, and the shape of one
    window's sub-query (``PRED``, ``ORDER``, ``LIMIT``, ``OFFSET`` to fill)."""
    t = lookup.term(iri)
    pattern = f"?x ?p {t}" if incoming else f"{t} ?p ?x"
    count = f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {pattern} }} GROUP BY ?p"
    one = f"{pattern.replace('?p', 'PRED')}"
    window = f"{{ SELECT ?x WHERE {{ {one} }} ORDER LIMIT_OFFSET }} BIND(PRED AS ?p)"
    return count, window


@dataclass
class Statements:
    """One page of an entity's statements (``?p ?x``), the query that read it, the total."""

    rows: list[dict[str, Any]]
    query: str
    total: int
    unsorted: bool


def statements(state: Any, iri: str, *, incoming: bool, offset: int, size: int) -> Statements:
    """Rows ``[offset, offset + size)`` of ``<iri> ?p ?x`` (or ``?x ?p <iri>``), predicate by
    predicate; values sorted within a predicate unless its range is large (then index order)."""
    count_query, window = statement_queries(iri, incoming)
    counts = {
        row["p"].value: int(row["n"].value)
        for row in lookup.select(state, count_query)
        if row["p"] is not None
    }
    parts = []
    chosen = windows(counts, offset, size)
    for w in chosen:
        pred = lookup.term(w.predicate)
        parts.append(
            window.replace("PRED", pred)
            .replace("ORDER", "ORDER BY ?x" if w.sorted else "")
            .replace("LIMIT_OFFSET", f"LIMIT {w.size} OFFSET {w.offset}")
        )
    total = sum(counts.values())
    if not parts:
        return Statements([], count_query, total, False)
    query = "SELECT ?p ?x WHERE {\n  " + "\n  UNION ".join(f"{{ {p} }}" for p in parts) + "\n}"
    rank = {w.predicate: i for i, w in enumerate(chosen)}
    rows = lookup.select(state, query, max_rows=size).rows
    # Sub-queries keep their order; the union's branches are put back in predicate order.
    rows.sort(key=lambda row: rank.get(row["p"].value, len(rank)))
    return Statements(rows, query, total, any(not w.sorted for w in chosen))


#: How many evidence sentences each fact has (an index range count per fact).
EVIDENCE_COUNTS = (
    "SELECT ?fact (COUNT(?ev) AS ?n) WHERE { FACTS ?fact jkg:evidence ?ev } GROUP BY ?fact"
)

#: Per fact with few sentences: how many articles state it, its first and last sentences.
EVIDENCE_SUMMARY = """SELECT ?fact (COUNT(DISTINCT COALESCE(?article, ?ev)) AS ?sources)
       (MIN(STR(?ev)) AS ?first) (MAX(STR(?ev)) AS ?last) WHERE {
  FACTS
  ?fact jkg:evidence ?ev . OPTIONAL { ?ev jkg:inArticle ?article }
} GROUP BY ?fact"""

#: Per fact with many sentences: the first two in index order.
EVIDENCE_SAMPLE = "{ SELECT ?ev WHERE { FACT jkg:evidence ?ev } LIMIT 2 } BIND(FACT AS ?fact)"


@dataclass(frozen=True)
class Support:
    """What a fact rests on: a number of sources (articles, or sentences when ``sentences``)
    and at most two evidence nodes to quote."""

    sources: int
    picks: list[str]
    sentences: bool = False


def support(state: Any, facts: list[str], *, quotes: int = 2) -> dict[str, Support]:
    """:class:`Support` per fact, each bounded: exact for facts with at most
    :data:`EXACT_EVIDENCE_UP_TO` sentences, else counted in sentences."""
    if not facts:
        return {}
    prologue = sparql_prologue()
    counts = {
        row["fact"].value: int(row["n"].value)
        for row in lookup.select(
            state, prologue + EVIDENCE_COUNTS.replace("FACTS", lookup.values("fact", facts))
        )
    }
    small = [f for f in facts if 0 < counts.get(f, 0) <= EXACT_EVIDENCE_UP_TO]
    large = [f for f in facts if counts.get(f, 0) > EXACT_EVIDENCE_UP_TO]
    out: dict[str, Support] = {}
    if small:
        query = prologue + EVIDENCE_SUMMARY.replace("FACTS", lookup.values("fact", small))
        for row in lookup.select(state, query):
            picks = sorted({t.value for t in (row["first"], row["last"]) if t is not None})
            out[row["fact"].value] = Support(int(row["sources"].value), picks[:quotes])
    if large:
        parts = [EVIDENCE_SAMPLE.replace("FACT", lookup.term(f)) for f in large]
        query = (
            prologue
            + "SELECT ?fact ?ev WHERE {\n  "
            + "\n  UNION ".join(f"{{ {p} }}" for p in parts)
            + "\n}"
        )
        picked: dict[str, list[str]] = {}
        for row in lookup.select(state, query):
            picked.setdefault(row["fact"].value, []).append(row["ev"].value)
        for f in large:
            out[f] = Support(counts[f], sorted(picked.get(f, []))[:quotes], sentences=True)
    return out
