"""The body of a judicial officer named without one: ``Kiểm sát viên``, ``Thẩm phán``,
``Chấp hành viên`` acting in a case.

Grammar (case reports of procuracies, courts and enforcement offices): the officer's title is
written alone before or after the name (``Kiểm sát viên Nguyễn Văn A được phân công thực hành
quyền công tố``, ``bà B, Chấp hành viên, đã tổ chức cưỡng chế``) and the body is the one of
that kind the paragraph names nearest the title (``… và Kiểm sát viên VKS huyện X đã dự``): one
named before it in its sentence, else the first after it, else the last before it; a rank
(``Kiểm sát viên trung cấp``) is a grade, not a post, and keeps no body; an item of a ``;`` list
after a colon (an award's recipients) keeps its bare title without a body.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from justicekg.extract.doc import Doc, Span
from justicekg.extract.gazetteers import load_rows
from justicekg.text.normalize import fold

__all__ = ["OfficerBodies"]

#: the officer titles (folded) and the kinds of body each serves in
#: (data/gazetteers/officer_bodies.tsv)
_OFFICERS = {
    fold(row["title"]): tuple(row["kinds"].split("|")) for row in load_rows("officer_bodies")
}


#: bodies listed because a unit's name holds them (``Phòng 7 VKSND tỉnh X`` names the
#: procuracy too): written as the unit's parent, no officer's body where they stand
_NAMED_INSIDE_ANOTHER = frozenset({"division-parent", "office-parent"})


class OfficerBodies:
    """The body of each bare officer title of a page (:meth:`of`), from one pass over the page:
    the paragraphs' starts, the bodies of each officer's kinds in text order and the places of
    ``:`` and ``;`` are read once, so that a page of many bare titles costs linear time (each
    title then looks up its paragraph, sentence and nearest bodies by bisection).

    ``orgs`` are the page's organizations in text order (:meth:`Doc.by_label`).
    """

    def __init__(self, doc: Doc, orgs: list[Span]) -> None:
        self._doc = doc
        self._orgs = orgs
        self._read = False  # the page is read at the first officer title, if any

    def _read_page(self) -> None:
        doc = self._doc
        self._paras = doc.paragraphs
        self._para_starts = [p.start for p in self._paras]
        #: per kinds of an officer: its bodies in text order, and their starts
        self._bodies: dict[tuple[str, ...], tuple[list[int], list[Span]]] = {}
        for kinds in set(_OFFICERS.values()):
            bodies = sorted(
                (
                    o
                    for o in self._orgs
                    if o.data.get("kind") in kinds and o.rule not in _NAMED_INSIDE_ANOTHER
                ),
                key=_start,
            )
            self._bodies[kinds] = ([o.start for o in bodies], bodies)
        self._colons = [m.start() for m in re.finditer(":", doc.text)]
        self._semicolons = [m.start() for m in re.finditer(";", doc.text)]
        self._read = True

    def of(self, title: Span) -> str | None:
        """The body of the officer's kind nearest the title in its paragraph: one named before
        it in its sentence, else the first named after it, else the last before it."""
        kinds = _OFFICERS.get(fold(title.name))
        if kinds is None:
            return None
        if not self._read:
            self._read_page()
        at = bisect_right(self._para_starts, title.start) - 1
        if at < 0 or title.start >= self._paras[at].end:
            return None
        para = self._paras[at]
        sent = self._doc.sentence_of(title.start)
        # an item of a ";" list after a colon (an award's recipients: "… cho 02 tập thể và 03 cá
        # nhân: Phòng X; ông A, Chấp hành viên; …") names no body for its bare title
        c = bisect_left(self._colons, title.start) - 1
        if c >= 0 and self._colons[c] >= sent.start:
            s = bisect_left(self._semicolons, self._colons[c])
            if s < len(self._semicolons) and self._semicolons[s] < sent.end:
                return None
        starts, bodies = self._bodies[kinds]
        first = bisect_left(starts, para.start)  # the paragraph's bodies: [first, stop)
        stop = bisect_left(starts, para.end)
        here = bisect_left(starts, title.start, first, stop)  # those that start before the title
        if here > first and starts[here - 1] >= sent.start:
            return bodies[here - 1].name  # the last named before it in its sentence
        after = bisect_left(starts, title.end, here, stop)
        if after < stop:
            return bodies[after].name  # the first named after it
        for i in range(here - 1, first - 1, -1):  # the last that ends before it
            if bodies[i].end <= title.start:
                return bodies[i].name
        return None


def _start(span: Span) -> int:
    return span.start
