"""Regex scans of a sentence up to a position, answered without rescanning from its start.

Rules ask for the last (or first) match of a pattern between a sentence's start and a
mention, once per mention: on a long sentence that was quadratic. Here the sentence is
scanned once (``finditer`` to its end, kept on the :class:`~.doc.Doc`) and each question
re-reads only the last ``reach`` characters before the mention. ``reach`` bounds how far past
its start one attempt of the pattern reads: the attempts that start earlier read only text
before the mention, so they succeed (or fail) as they do in the scan to the sentence end,
and the matches found up to there are the same. On normalized text (single spaces) the
patterns given here read a few words, far less than their ``reach``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from justicekg.extract.doc import Doc

__all__ = ["first_match", "last_match", "matches", "offsets"]


def _scan(doc: Doc, pattern: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]] | None:
    """The matches of ``pattern`` from ``lo`` to the end of its sentence (``None`` when
    ``hi`` is past that end)."""
    stop = doc.sentence_of(lo).end
    if hi > stop or lo > stop:
        return None
    key = ("scan", pattern, lo, stop)
    found = doc._scans.get(key)
    if found is None:
        found = doc._scans[key] = list(pattern.finditer(doc.text, lo, stop))
    return found


def matches(
    doc: Doc, pattern: re.Pattern[str], lo: int, hi: int, *, reach: int
) -> list[re.Match[str]]:
    """``list(pattern.finditer(doc.text, lo, hi))``, for ``lo`` a sentence's start.

    >>> d = Doc("A gồm B, C gồm D, E gồm F. G gồm H")
    >>> p = re.compile(r" gồm ")
    >>> [m.start() for m in matches(d, p, 0, 15, reach=8)]
    [1, 10]
    """
    found = _scan(doc, pattern, lo, hi)
    if found is None:
        return list(pattern.finditer(doc.text, lo, hi))
    cut = hi - reach
    j = bisect_right(found, cut, key=lambda m: m.start())
    resume = max(found[j - 1].end() if j else lo, cut + 1)
    return found[:j] + list(pattern.finditer(doc.text, resume, hi))


def last_match(
    doc: Doc, pattern: re.Pattern[str], lo: int, hi: int, *, reach: int
) -> re.Match[str] | None:
    """The last of ``pattern.finditer(doc.text, lo, hi)``, for ``lo`` a sentence's start."""
    found = _scan(doc, pattern, lo, hi)
    if found is None:
        return next(reversed(list(pattern.finditer(doc.text, lo, hi))), None)
    cut = hi - reach
    j = bisect_right(found, cut, key=lambda m: m.start())
    resume = max(found[j - 1].end() if j else lo, cut + 1)
    tail = list(pattern.finditer(doc.text, resume, hi))
    if tail:
        return tail[-1]
    return found[j - 1] if j else None


def first_match(
    doc: Doc, pattern: re.Pattern[str], lo: int, hi: int, *, reach: int
) -> re.Match[str] | None:
    """``pattern.search(doc.text, lo, hi)``, for ``lo`` a sentence's start."""
    found = _scan(doc, pattern, lo, hi)
    if found is None:
        return pattern.search(doc.text, lo, hi)
    if found and found[0].start() <= hi - reach:
        return found[0]
    return pattern.search(doc.text, max(lo, hi - reach + 1), hi)


def offsets(doc: Doc, literal: str) -> list[int]:
    """Where ``literal`` occurs in the text, in order (overlapping occurrences too)."""
    key = ("offsets", literal)
    found = doc._scans.get(key)
    if found is None:
        found = doc._scans[key] = [
            m.start() for m in re.finditer(f"(?={re.escape(literal)})", doc.text)
        ]
    return found
