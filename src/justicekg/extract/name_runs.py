"""Runs of names joined by separators (``các đồng chí: A, B và C``), read once per page.

Rules that link a listed name to the list's heading walk back from the name over the names
before it while only a separator stands between two of them; once per name, on a list of
thousands that was quadratic. Here the walk is read once for a list of persons: for each
person, where the run of names it closes starts (the earliest person from which every gap up
to it is a separator). The answer is kept on the :class:`~.doc.Doc` for the list object and
the separator pattern it was read with.

The list must be the one the walks read: persons in text order, none overlapping the next
(each ends at or before the next starts, none empty). For another list :func:`run_start`
answers None and the rule walks as before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise
from typing import Literal

from justicekg.extract.doc import Doc, Span

__all__ = ["run_start"]

#: how a gap is read: ``match`` on the gap's text sliced out, or ``fullmatch`` in place
Mode = Literal["match", "fullmatch"]


class _Runs:
    __slots__ = ("count", "last", "persons", "run", "starts")

    def __init__(self, text: str, persons: list[Span], sep: re.Pattern[str], mode: Mode) -> None:
        self.persons = persons
        self.count = len(persons)
        self.last = persons[-1] if persons else None
        self.starts = [q.start for q in persons]
        simple = all(q.start < q.end for q in persons) and all(
            a.end <= b.start for a, b in pairwise(persons)
        )
        #: run[j]: the first person of the run that persons[j] closes (None: not simple)
        self.run: list[int] | None = None
        if not simple:
            return
        run = [0] * len(persons)
        for j in range(1, len(persons)):
            a, b = persons[j - 1].end, persons[j].start
            if mode == "match":
                ok = sep.match(text[a:b]) is not None
            else:
                ok = sep.fullmatch(text, a, b) is not None
            run[j] = run[j - 1] if ok else j
        self.run = run

    def reads(self, persons: list[Span]) -> bool:
        return (
            persons is self.persons
            and len(persons) == self.count
            and (not persons or persons[-1] is self.last)
        )


def run_start(
    doc: Doc, persons: list[Span], p: Span, sep: re.Pattern[str], mode: Mode
) -> tuple[int, int] | None:
    """``(k, j)``: ``p`` is ``persons[j]`` and every gap between ``persons[k]`` and ``p`` reads
    as ``sep`` (``k == j``: the gap before ``p`` does not); None when ``p`` is not in the
    list as the first at its start, or the list is not a simple one (the caller walks).

    >>> d = Doc("các đồng chí: Lê A, Lê B và Lê C; Lê D")
    >>> ps = [Span(d.text.index(n), d.text.index(n) + 4, "person", n)
    ...       for n in ("Lê A", "Lê B", "Lê C", "Lê D")]
    >>> sep = re.compile(r" *(?:,|và) *")
    >>> run_start(d, ps, ps[2], sep, "fullmatch"), run_start(d, ps, ps[3], sep, "fullmatch")
    ((0, 2), (3, 3))
    """
    key = ("name-runs", sep, mode)
    runs = doc._scans.get(key)
    if runs is None or not runs.reads(persons):
        runs = doc._scans[key] = _Runs(doc.text, persons, sep, mode)
    if runs.run is None:
        return None
    j = bisect_left(runs.starts, p.start)
    if j >= len(persons) or persons[j] is not p:
        return None
    return runs.run[j], j
