"""The body a unit belongs to, written after it inside one item of an award list.

Where a list's items are separated by semicolons or stand on lines of their own, a comma inside
an item does not separate two recipients: ``- Trường THPT A, Sở Giáo dục và Đào tạo tỉnh B;``,
``cho: Phòng Hành chính tư pháp, Sở Tư pháp tỉnh C; Đội Thi hành án, Chi cục …`` each name one
unit and the body it belongs to. The body after the unit is no recipient. The unit opens with a
unit's head (``Trường``, ``Phòng``, ``Trung tâm``, ``Đội`` …), the body with the head of a body
that has units (``Sở``, ``Cục``, ``Ủy ban nhân dân`` …) and the two heads differ, so two peers
(``Phòng Tư pháp huyện A, Phòng Tư pháp huyện B``) stay two recipients; a list whose items
only commas separate is left alone (``cho Phòng A, Sở B và Công an C``: three recipients). The
heads are data: ``award_list_units.tsv``.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Span
from justicekg.extract.gazetteers import load_rows
from justicekg.extract.recognizers.award_lists import LIST_LINE

#: what lies between a unit and the body it belongs to: a comma (or a dash) and a space
_JOIN = re.compile(r"\s*[,–-]\s*")


@cache
def heads(role: str) -> tuple[str, ...]:
    """The head words of ``role`` (``unit`` or ``parent``), longest first."""
    rows = load_rows("award_list_units")
    words = [r["word"] for r in rows if role in r["role"].split("|")]
    return tuple(sorted(words, key=len, reverse=True))


gz.on_reload(heads.cache_clear)


def _head(name: str, role: str) -> str | None:
    """The head word of ``role`` that ``name`` opens with, if any.

    >>> _head("Trường Trung học cơ sở A", "unit"), _head("Sở Tư pháp tỉnh B", "unit")
    ('Trường', None)
    """
    for word in heads(role):
        if name == word or name.startswith(word + " "):
            return word
    return None


def _in_delimited_item(text: str, lo: int, hi: int) -> bool:
    """True when ``text[lo:hi]`` lies inside one item of a list whose items a semicolon or a
    line separates (a semicolon on either side of the item, or a list mark opening its line).
    """
    item_lo = max(text.rfind(";", 0, lo), text.rfind("\n", 0, lo), text.rfind(":", 0, lo))
    ends = [i for i in (text.find(";", hi), text.find("\n", hi)) if i != -1]
    item_hi = min(ends) if ends else len(text)
    if "." in text[hi:item_hi].rstrip(" .\t"):
        return False  # the item runs on into another sentence
    if item_lo >= 0 and text[item_lo] == ";":
        return True
    if item_hi < len(text) and text[item_hi] == ";":
        return True
    line_start = text.rfind("\n", 0, lo) + 1
    return LIST_LINE.match(text, line_start) is not None


def list_item_parents(text: str, inside: list[Span]) -> set[int]:
    """The starts of the organizations in ``inside`` (sorted by start) that are the body the
    unit before them belongs to, inside one item of a list separated by semicolons or lines.

    >>> from justicekg.extract.doc import Span
    >>> t = "cho: Trường A Bình, Sở Giáo dục tỉnh C; Phòng D Đông"
    >>> spans = [Span(5, 18, "org", "Trường A Bình"), Span(20, 38, "org", "Sở Giáo dục tỉnh C"),
    ...          Span(40, 52, "org", "Phòng D Đông")]
    >>> sorted(list_item_parents(t, spans))
    [20]
    >>> t2 = "cho Trường A Bình, Sở Giáo dục tỉnh C và Phòng D Đông."
    >>> spans2 = [Span(4, 17, "org", "Trường A Bình"), Span(19, 37, "org", "Sở Giáo dục tỉnh C")]
    >>> list_item_parents(t2, spans2)
    set()
    """
    out: set[int] = set()
    for b, o in pairwise(inside):
        if not _JOIN.fullmatch(text, b.end, o.start):
            continue
        unit = _head(b.name, "unit")
        parent = _head(o.name, "parent")
        if (unit is None and b.start not in out) or parent is None:
            continue
        if unit is not None and unit == parent:
            continue  # two peers: "Phòng Tư pháp huyện A, Phòng Tư pháp huyện B"
        if _in_delimited_item(text, b.start, o.end):
            out.add(o.start)
    return out
