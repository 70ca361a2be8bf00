"""Names listed under a plural title: ``Các đồng chí Phó Cục trưởng: A, B``, ``Hai Phó Giám
đốc Sở là ông A và bà B``, ``bốn Phó Chủ tịch là các ông, bà: A, B``, ``các Thứ trưởng A, B và
C``: every listed name holds that title (and its organization).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from justicekg.extract.doc import Doc, Span
from justicekg.extract.name_runs import run_start
from justicekg.extract.scan import last_match, offsets

_LIST_INTRO = re.compile(r"(?:[ \t]+khác)?[ \t]*,?[ \t]+(?:là|bao gồm|gồm có|gồm)[ \t]+")
#: how far one attempt of ``_LIST_INTRO`` reads (a few words and their spaces)
_INTRO_REACH = 120
_PLURAL_BEFORE = re.compile(
    r"(?:(?<![\w])(?i:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)|\d{1,2})\s+"
    r"(?:đồng chí\s+|ông\s+|bà\s+)?$"
)
#: words between a plural title's body and the colon of its list: "… gồm các luật sư:",
#: "… là các ông, bà:", "… gồm các đồng chí sau đây:"
_INTRO_BEFORE_COLON = re.compile(
    r"(?:[ \t]+(?:nhiệm kỳ|khóa|khoá)[ \t]+[\w]+(?:[ \t]*[-–][ \t]*\d{4})?)?"
    r"[ \t]+(?:là|gồm|gồm có)(?:[ \t]+các)?"
    r"(?:[ \t]+(?:ông[ \t]*(?:,|và)?[ \t]*bà|bà[ \t]*(?:,|và)?[ \t]*ông|ông|bà|đồng chí"
    r"|luật sư)(?:[ \t]+sau(?:[ \t]+đây)?)?)?"
    r"[ \t]*$"
)
BARE_HEAD_BEFORE = re.compile(
    r"[ \t]+(?:Sở|Bộ|Cục|Chi cục|Tổng cục|Liên đoàn|Hội đồng|Trung tâm|Học viện|Đoàn|Hội|Viện)$"
)
_PLURAL_CUE = re.compile(r"(?:các|Các)\s+(?:đồng chí|ông|bà)?\s*$")
#: one person's honorific
_ONE_HONORIFIC = r"(?:ông|bà|đồng chí|Ông|Bà|Đồng chí|[Ll]uật sư|LS\.?)"
#: honorifics before a listed name, one person's or a group's: "ông", "các ông", "các ông, bà"
_HONORIFIC = rf"(?:(?:các\s+|Các\s+)?{_ONE_HONORIFIC}(?:\s*,\s*bà|\s+và\s+bà)?\s+)"
#: (a listed name's own aside in brackets may follow it: "các ông A (nguyên Vụ trưởng …), B")
_LIST_BETWEEN = re.compile(rf"(?:[ \t]*\([^()\n]{{1,200}}\))?[\s,;]*(?:và\s+)?{_HONORIFIC}?$")
#: an item of a list under a plural title: a name and its own apposition up to ";"
_ITEM_WITH_ROLE = re.compile(rf"[\s;]*(?:và\s+)?(?:{_ONE_HONORIFIC}\s+)?$")


def _first_at(spans: list[Span], pos: int) -> int:
    """Index of the first of ``spans`` (in text order) that starts at or after ``pos``."""
    return bisect_left(spans, pos, key=lambda q: q.start)


def _first_after(spans: list[Span], pos: int) -> int:
    """Index of the first of ``spans`` (in text order) that starts after ``pos``."""
    return bisect_right(spans, pos, key=lambda q: q.start)


def _names_only(doc: Doc, pos: int, all_persons: list[Span], lo: int, hi: int, p: Span) -> bool:
    """Only names and separators between the list's opening and ``p`` (the persons between
    are ``all_persons[lo:hi]``): read from the page's runs of names when it can be."""
    text = doc.text
    run = run_start(doc, all_persons, p, _LIST_BETWEEN, "match")
    if run is not None and run[1] == hi:  # p is all_persons[hi]
        if lo >= hi:
            return _LIST_BETWEEN.match(text[pos : p.start]) is not None
        return run[0] <= lo and _LIST_BETWEEN.match(text[pos : all_persons[lo].start]) is not None
    for q in all_persons[lo:hi]:
        if not _LIST_BETWEEN.match(text[pos : q.start]):
            return False
        pos = q.end
    return _LIST_BETWEEN.match(text[pos : p.start]) is not None


def _items_with_roles(
    text: str, pos: int, persons: list[Span], p: Span, doc: Doc | None = None
) -> bool:
    """``các đồng chí Ủy viên Trung ương Đảng: A, Phó Chủ tịch Quốc hội; đồng chí B, …``:
    items separated by semicolons, each opening with a name (its own apposition after it)."""
    items = [pos] + [m.end() for m in re.finditer(";", text[pos : p.start])]
    items = [pos] + [pos + i for i in items[1:]]
    starts = [q.start for q in persons] + [p.start]
    from justicekg.extract.lexicon import lexicon

    rank = re.compile(rf"(?:{lexicon().rank_re})\s+$")
    for lo in items:
        # the first name of each item follows its opening with only an honorific (and a rank)
        first = next((st for st in starts if st >= lo), None)
        if first is None:
            return False
        opening = text[lo:first]
        r = rank.search(opening)
        if not _ITEM_WITH_ROLE.match(opening[: r.start()] if r else opening):
            if doc is None or not _title_opens(doc, lo, first):
                return False
    return True


def _title_opens(doc: Doc, lo: int, first: int) -> bool:
    """``…; Phó Chủ nhiệm Hội đồng Dân tộc của Quốc hội B; …``: an item that opens with the
    person's title (and its body) written right before the name."""
    text = doc.text
    start = lo + len(text[lo:first]) - len(text[lo:first].lstrip())
    end = len(text[:first].rstrip())
    t = next((x for x in doc.by_label("title") if x.start == start), None)
    if t is None:
        return False
    if t.end == end:
        return True
    return any(o.end == end and t.start < o.start <= t.end + 1 for o in doc.by_label("org"))


def listed_under_title(
    doc: Doc,
    p: Span,
    title_end: dict[int, Span],
    orgs: list[Span],
    *,
    items_only: bool = False,
    all_persons: list[Span] | None = None,
) -> tuple[Span, Span | None] | None:
    """``Các đồng chí Phó Cục trưởng: A, B``: names listed after a plural title and a colon
    hold that title (and its organization); else ``… gồm X và các Phó Giám đốc A, B``: names
    right after a plural title inside a sentence that has a colon or ``gồm`` earlier."""
    if all_persons is None:
        all_persons = doc.by_label("person")  # (in text order: sliced by bisect)
    found = _listed_after_colon(
        doc, p, title_end, orgs, items_only=items_only, all_persons=all_persons
    )
    if found is None and not items_only:
        found = _listed_after_plural_title(doc, p, title_end, orgs, all_persons)
    return found


def _listed_after_colon(
    doc: Doc,
    p: Span,
    title_end: dict[int, Span],
    orgs: list[Span],
    *,
    items_only: bool = False,
    all_persons: list[Span],
) -> tuple[Span, Span | None] | None:
    text = doc.text
    sent = doc.sentence_of(p.start)
    colons = offsets(doc, ":")
    i = bisect_left(colons, p.start)  # the last colon of the sentence before the names
    colon = colons[i - 1] if i and colons[i - 1] >= sent.start else -1
    intro = None
    if colon < 0:  # the intro nearest the names: "Bộ trưởng là ông A, cùng ba Thứ trưởng gồm …"
        intro = last_match(doc, _LIST_INTRO, sent.start, p.start, reach=_INTRO_REACH)
    if intro is not None:  # "Hai Phó Giám đốc Sở là ông A và bà B"
        colon = intro.start()
    if colon < 0:
        return _listed_after_plural_title(doc, p, title_end, orgs, all_persons)
    lo, hi = _first_after(all_persons, colon), _first_at(all_persons, p.start)
    pos = intro.end() if intro is not None else colon + 1
    items = items_only
    if items_only or not _names_only(doc, pos, all_persons, lo, hi, p):
        if not _items_with_roles(text, pos, all_persons[lo:hi], p, doc):
            return None
        items = True
    head_end = colon
    lead = _INTRO_BEFORE_COLON.search(text, max(sent.start, colon - 50), colon)
    if lead is not None:  # "Năm Phó Chủ tịch Hội X gồm các luật sư: A, B"
        head_end = lead.start()
    while head_end > 0 and text[head_end - 1] in " \t":
        head_end -= 1
    o = next((o for o in orgs if o.end == head_end), None)
    at = o.start if o else head_end
    while o and at > 0 and text[at - 1] in " \t":
        at -= 1
    t = title_end.get(at)
    if t is None and o is not None:  # "Ủy viên Trung ương Đảng:": the title ends with its body
        t = next((x for x in title_end.values() if x.start < o.start and x.end == o.end), None)
    if t is None and o is None:
        bare = BARE_HEAD_BEFORE.search(text, max(0, at - 12), at)
        t = title_end.get(bare.start()) if bare is not None else None
    if t is None or not _PLURAL_BEFORE.search(text, max(0, t.start - 20), t.start):
        return None
    if items and not t.name.lower().startswith(_MEMBERSHIP):
        # "các Thứ trưởng: A, B; đồng chí C, Vụ trưởng …": C is not a Thứ trưởng; but "Ba Phó
        # Bí thư gồm các ông: A, Chủ tịch …; B, …; C, …": as many items as the count, all hold it
        count = _count_before(text, t.start)
        if count is None or _items_after(doc, pos, all_persons, sent.end) != count:
            # "Các Phó Chủ tịch Hội đồng gồm: Phó Giám đốc Sở X A, Phó Chánh Văn phòng B": every
            # item written as a post and a name, to the sentence's end, holds the plural title
            listed = _title_first_items(doc, pos, all_persons, sent.end)
            if listed < 2 or (count is not None and listed != count):
                return None
            t.data["list_heading"] = True  # an item's own post of the same title is another
    return t, o


_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
_COUNT_BEFORE = re.compile(r"(?<![\w])(\d{1,2}|(?i:hai|ba|bốn|năm|sáu|bảy|tám|chín))\s+$")


def _count_before(text: str, at: int) -> int | None:
    """The count written before a plural title at ``at`` (``Ba``, ``02``), else None."""
    m = _COUNT_BEFORE.search(text, max(0, at - 8), at)
    if m is None:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _COUNT_WORDS[word]


def _items_after(doc: Doc, pos: int, all_persons: list[Span], end: int) -> int:
    """How many ``;``-separated items from ``pos`` to ``end`` are one name and its own title
    (``ông A, Chủ tịch UBND tỉnh``); -1 when an item is anything else (``A, B``)."""
    text = doc.text
    persons = [q for q in all_persons[_first_at(all_persons, pos) :] if q.start < end]
    title_starts = {t.start for t in doc.by_label("title")}
    count, lo = 0, pos
    for part in text[pos:end].split(";"):
        hi = lo + len(part)
        first = next((q for q in persons if q.start >= lo), None)
        if first is None or first.start > hi or not _ITEM_WITH_ROLE.match(text[lo : first.start]):
            return -1
        sep = _OWN_TITLE_SEP.match(text, first.end)
        if sep is None or sep.end() not in title_starts:
            return -1
        count += 1
        lo = hi + 1
    return count


_ITEM_SEP = re.compile(r"[ \t]*(?:[,;][ \t]*(?:và[ \t]+)?|và[ \t]+)")
_LIST_END = re.compile(r"[ \t]*(?:[.;]|$)")


def _title_first_items(doc: Doc, pos: int, all_persons: list[Span], end: int) -> int:
    """How many items from ``pos`` to the sentence's ``end`` are each a post written before a
    name (``Phó Giám đốc Sở Tư pháp A, Phó Chánh Văn phòng UBND tỉnh B``), the last closing
    the sentence; -1 when an item is anything else (or there are fewer than two)."""
    text = doc.text
    persons = [q for q in all_persons[_first_at(all_persons, pos) :] if q.start < end]
    lo, count = pos, 0
    for q in persons:
        if not _title_opens(doc, lo, q.start):
            return -1
        count += 1
        if _LIST_END.match(text, q.end) and not text[q.end : end].strip(" \t.;"):
            return count if count >= 2 else -1
        sep = _ITEM_SEP.match(text, q.end)
        if sep is None:
            return -1
        lo = sep.end()
    return -1


_OWN_TITLE_SEP = re.compile(r"[ \t]*(?:,|[-–])[ \t]*")


#: headings that are memberships (shared by every item of a list), not offices
_MEMBERSHIP = ("ủy viên", "tỉnh ủy viên", "thành ủy viên", "đại biểu quốc hội")
NAME_SEP = re.compile(rf"[ \t]*(?:,|và)[ \t]*{_HONORIFIC}?$")
_HONORIFIC_GAP = re.compile(rf"[ \t]+(?:{_ONE_HONORIFIC}[ \t]+)?$")


def _listed_after_plural_title(
    doc: Doc, p: Span, title_end: dict[int, Span], orgs: list[Span], all_persons: list[Span]
) -> tuple[Span, Span | None] | None:
    """``các Thứ trưởng A, B và C``: names listed right after a plural title (no colon) hold
    that title too; the first name is linked as usual."""
    text = doc.text
    sent = doc.sentence_of(p.start)
    lo = _first_at(all_persons, sent.start)
    run = run_start(doc, all_persons, p, NAME_SEP, "fullmatch")
    if run is not None:  # the run of names p closes, from the sentence's first at most
        cur = all_persons[max(run[0], lo)]
    else:
        cur = p
        for q in reversed(all_persons[lo : _first_at(all_persons, p.start)]):
            if q.end > cur.start or not NAME_SEP.fullmatch(text, q.end, cur.start):
                break
            cur = q
    if cur is p:
        return None
    gap = _HONORIFIC_GAP.search(text, max(0, cur.start - 12), cur.start)
    edge = gap.start() if gap is not None else cur.start
    o = next((o for o in orgs if o.end == edge), None)
    at = o.start if o else edge
    while o and at > 0 and text[at - 1] in " \t":
        at -= 1
    t = title_end.get(at)
    if t is None or not _PLURAL_BEFORE.search(text, max(0, t.start - 20), t.start):
        return None
    return t, o
