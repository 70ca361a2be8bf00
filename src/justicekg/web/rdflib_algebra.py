"""rdflib's SPARQL algebra, with its triple-pattern ordering made linear for ground data.

The service reads every query and update with rdflib's algebra before Oxigraph runs it (the
checks of :mod:`justicekg.web.plan` and :mod:`justicekg.web.update_offsets`). rdflib orders
the triples of each block (``reorderTriples``) by sorting the rest of the list again after
every triple, and joins the block's term lists by repeated concatenation (``triples``): both
cost the square of the block's size. An ``INSERT DATA`` of 4,000 triples spent half a minute
in that ordering, whose result nothing here needs (see the ``update`` rows of
``bench/http.py``); rdflib issue #481 reports the same slowness.

:func:`algebra` replaces the two functions, once, with versions that give **the same
result** (a test compares them on random blocks): a sort is skipped when no variable became
known since the last one — the rest of the list is then already in order, since its keys are
unchanged —, the triples of the top block are read once per order instead of once per step,
and the term lists are chained. Ground data (no variables, no blank nodes) is
sorted once; a block whose triples keep binding new variables still sorts once per step, as
rdflib does.
"""

from __future__ import annotations

import collections
from itertools import chain
from types import ModuleType
from typing import Any

from rdflib.plugins.sparql import algebra as _rdflib_algebra

__all__ = ["algebra", "rdflib_reorder_triples", "rdflib_triples", "reorder_triples", "triples"]

#: rdflib's own two functions, taken before anything replaces them: the tests compare with them.
rdflib_reorder_triples = _rdflib_algebra.reorderTriples
rdflib_triples = _rdflib_algebra.triples

_installed = False


def reorder_triples(patterns: Any) -> list[Any]:
    """rdflib's ``reorderTriples``: the same order, without sorting a sorted list again."""
    from rdflib.plugins.sparql.algebra import _knownTerms
    from rdflib.term import BNode, Variable

    items: list[Any] = [(None, triple) for triple in patterns]
    known: set[Any] = set()
    counts: dict[Any, int] = collections.defaultdict(int)
    for _, triple in items:
        for term in triple:
            if isinstance(term, (Variable, BNode)):
                counts[term] += 1
    sorted_with = -1  # the size of ``known`` when items[i:] was last sorted
    scanned = 0  # items[i:scanned] are in the top block and their variables are known
    i = 0
    while i < len(items):
        if len(known) != sorted_with:
            items[i:] = sorted((_knownTerms(x[1], known, counts), x[1]) for x in items[i:])
            sorted_with, scanned = len(known), i
        top = items[i][0][0]
        j = max(i, scanned)
        while j < len(items) and items[j][0][0] == top:
            known.update(t for t in items[j][1] if isinstance(t, (Variable, BNode)))
            j += 1
        scanned = j
        i += 1
    return [x[1] for x in items]


def triples(blocks: Any) -> list[Any]:
    """rdflib's ``triples``: the term lists of a block joined, as triples, in rdflib's order."""
    terms = list(chain.from_iterable(blocks))
    if len(terms) % 3 != 0:
        raise Exception("these aint triples")  # rdflib's own message and type
    return reorder_triples(zip(terms[0::3], terms[1::3], terms[2::3], strict=True))


def algebra() -> ModuleType:
    """rdflib's ``rdflib.plugins.sparql.algebra`` with the two functions replaced (once)."""
    global _installed
    if not _installed:
        setattr(_rdflib_algebra, "reorderTriples", reorder_triples)  # noqa: B010
        setattr(_rdflib_algebra, "triples", triples)  # noqa: B010
        _installed = True
    return _rdflib_algebra
