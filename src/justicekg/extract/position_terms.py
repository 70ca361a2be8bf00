"""A body's past heads listed with their terms: ``Viện trưởng: A (1976-1980), B (1980-1990).``,
``- Phó Giám đốc Sở: ông A (từ 1992 đến 1997); ông B (1997 - 2005)``: a line that opens with a
title (and its body) and a colon, then names each followed by the years of its term in
parentheses; every name holds that title (its body resolved as for any bare title).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span

#: a list line's opening before its title: a dash, bullet or number
_LINE_OPEN = re.compile(r"[ \t]*(?:[-–+•*][ \t]*|\d{1,2}[.)][ \t]*|[a-zđ][.)][ \t]*)?")
#: words between the title (and body) and the colon: a bare head ("Giám đốc Sở:"), "qua các
#: thời kỳ" ("Viện trưởng qua các thời kỳ:")
_TO_COLON = re.compile(
    r"(?:[ \t]+(?:Sở|Cục|Chi cục|Viện|Tòa|Phòng|Ban|Trung tâm|Học viện)(?![\w]))?"
    r"[ \t]*(?:qua[ \t]+các[ \t]+thời[ \t]+kỳ|các[ \t]+thời[ \t]+kỳ)?[ \t]*:"
)
#: the term written after a name: "(1976-1980)", "(từ năm 1992 đến 1997)", "(2010 - nay)"
_TERM = re.compile(
    r"[ \t]*\([ \t]*(?:nhiệm[ \t]+kỳ[ \t]+|giai[ \t]+đoạn[ \t]+)?(?:từ[ \t]+)?(?:năm[ \t]+)?"
    r"(?:\d{1,2}/)?\d{4}[ \t]*(?:[-–—]|đến)[ \t]*(?:năm[ \t]+)?(?:(?:\d{1,2}/)?\d{4}|nay)"
    r"[ \t]*\)"
)
#: between one item's term and the next name: a separator, an honorific
_BETWEEN = re.compile(
    r"[ \t]*(?:[,;][ \t]*)?(?:và[ \t]+)?(?:(?:đồng chí|ông|bà|đ/c)[ \t]+)?", re.IGNORECASE
)


def listed_with_terms(
    doc: Doc, p: Span, title_end: dict[int, Span], orgs: list[Span], persons: list[Span]
) -> tuple[Span, Span | None] | None:
    """``Viện trưởng: A (1976-1980), B (1980-1990)``: the title (and body) that heads the line
    of ``p`` when ``p`` and every name before it on the line carry their term, else None."""
    text = doc.text
    if _TERM.match(text, p.end) is None:
        return None
    line = text.rfind("\n", 0, p.start) + 1
    opening = _LINE_OPEN.match(text, line)
    at = opening.end() if opening is not None else line
    t = next((x for x in title_end.values() if x.start == at), None)
    if t is None:
        return None
    end = t.end
    o = next((x for x in orgs if t.end < x.start <= t.end + 1 or x.start == t.end), None)
    if o is not None and o.end < p.start:
        end = o.end
    else:
        o = None
    colon = _TO_COLON.match(text, end)
    if colon is None:
        return None
    pos = colon.end()
    for q in persons:
        if q.start < pos or q.start > p.start:
            continue
        gap = _BETWEEN.match(text, pos)
        if gap is None or gap.end() != q.start:
            return None
        if q.start == p.start:
            return t, o
        term = _TERM.match(text, q.end)
        if term is None:
            return None
        pos = term.end()
    return None
