"""A medal named by its head alone: ``Kỷ niệm chương`` with no name after it.

Pages name a commemorative medal in full once (``tặng Kỷ niệm chương Vì sự nghiệp Tư pháp cho
15 cá nhân``) and then by its head alone (``ông A, bà B vinh dự nhận Kỷ niệm chương``): the
bare head is the medal last named in full before it (in a headline or a lead before any, the
one medal the rest of the page names in full). A page that never names one in full keeps the
head as written (``Kỷ niệm chương``: the award is what the page says, conventions).
A bare head says little of what it is for, so its recipients after it must follow it with no
clause in between (``trao kỷ niệm chương cho ông A``, not ``được trao Kỷ niệm chương, nhằm …,
Phòng B tổ chức …``).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.award_names import AWARD_HEAD, canonical_award

__all__ = ["BARE_MEDAL", "named_before", "near_recipients"]

#: the canonical name of the bare head (awards.tsv)
BARE_MEDAL = "Kỷ niệm chương"


#: a clause boundary between a bare head and what follows it (a colon opens its list)
_BREAK = re.compile(r"[,;.!?()]|\n(?<!:\n)")


def named_before(doc: Doc, start: int) -> tuple[str, str | None, str | None] | None:
    """The canonical (name, conferrer, recipient kind) of the last commemorative medal named
    in full before ``start``, else of the one medal the page names in full after it; None
    when there is none (or several after it).

    >>> d = Doc("Tặng Kỷ niệm chương Vì sự nghiệp Tư pháp cho 3 cá nhân. Ông A nhận Kỷ niệm "
    ...         "chương.")
    >>> named_before(d, 60)[0]
    'Kỷ niệm chương Vì sự nghiệp Tư pháp'
    """
    before = _full_medals(doc.text, 0, start)
    if before:
        return before[-1]
    # a headline or a lead may name it bare before the text names it in full: the one medal
    # the rest of the page names
    after = _full_medals(doc.text, start, len(doc.text))
    return after[0] if len({a[0] for a in after}) == 1 else None


def _full_medals(text: str, lo: int, hi: int) -> list[tuple[str, str | None, str | None]]:
    """The commemorative medals named in full in ``text[lo:hi]``, in order."""
    found = []
    for m in AWARD_HEAD.finditer(text, lo, hi):
        if not m.group(0)[:14].lower().startswith("kỷ niệm chương"):
            continue
        hit = canonical_award(m.group(0), None)
        if hit is not None and hit[0] != BARE_MEDAL:
            found.append(hit)
    return found


def near_recipients(
    text: str, end: int, recipients: list[tuple[str, str, Span]]
) -> list[tuple[str, str, Span]]:
    """The recipients of a bare head that ends at ``end``: those before it (its clause's
    subject), and those after it only when the first of them follows it with no clause break
    in between (``cho ông A, bà B``, ``cho các đồng chí: A, B``)."""
    after = [r for r in recipients if r[2].start >= end]
    if not after:
        return recipients
    first = min(r[2].start for r in after)
    if _BREAK.search(text, end, first) is None:
        return recipients
    return [r for r in recipients if r[2].start < end]
