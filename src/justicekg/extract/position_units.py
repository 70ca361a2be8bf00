"""A unit named right after its head's title, its parent body left out.

Vietnamese pages write a head whose title ends with the unit's head noun followed by the unit's
own name: ``Trưởng Ban Tôn giáo tỉnh``, ``Phó Trưởng Ban Dân tộc``, ``Trưởng phòng Công chứng``.
When the organization recognizers did not read the unit, the title's body must not be taken
from another unit of the same head noun on the page (``Ban Thường vụ Tỉnh ủy``): only a body
whose name starts with the written unit name fits, and a unit closed by a bare provincial level
(``Ban Tôn giáo tỉnh``) is the page's province's (``Ban Tôn giáo tỉnh X``).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.org_long_names import full_front

__all__ = [
    "body_at_bare_level",
    "body_of_next_item",
    "committee_of_named_locality",
    "unit_named_after",
]

#: the unit's name after the title: its capitalized first word (enough to tell the units of a
#: page apart), then up to eight lower-case words closed by a bare provincial level word
_UNIT = re.compile(r"[ \t]+(?P<first>[A-ZĐ][\w]*)")
_UNIT_AT_LEVEL = re.compile(
    r"[ \t]+(?P<name>[A-ZĐ][\w]*(?:[ \t]+(?!tỉnh|thành)[a-zđ][\w]*){0,8})"
    r"[ \t]+(?P<level>tỉnh|thành phố)(?![\w])(?![ \t]+[A-ZĐ])"
)
#: heads whose unit is named after the title (the title ends with the head noun)
_UNIT_HEADS = ("Ban",)


def unit_named_after(
    doc: Doc, title: Span, head: str, cands: list[Span]
) -> tuple[list[Span], str | None]:
    """The candidate bodies that fit a unit named right after ``title`` (all of them when no
    unit is named), and the unit's full name when it is closed by a bare provincial level."""
    if head not in _UNIT_HEADS:
        return cands, None
    at = title.end
    if not title.name.lower().endswith(head.lower()):
        # "Phó Trưởng ban chuyên trách Ban Bảo vệ …": the head noun written again
        again = re.compile(rf"[ \t]+{re.escape(head)}(?=[ \t])").match(doc.text, at)
        if again is None:
            return cands, None
        at = again.end()
    m = _UNIT.match(doc.text, at)
    if m is None or any(p.start == m.start("first") for p in doc.by_label("person")):
        return cands, None
    first = f"{head} {m.group('first')}"
    fit = [o for o in cands if o.name == first or o.name.startswith(first + " ")]
    at_level = _UNIT_AT_LEVEL.match(doc.text, at)
    if fit or at_level is None:
        return fit, None
    province = doc.meta.get("main_province")
    if not province:
        return fit, None
    unit = " ".join(at_level.group("name").split())
    return fit, f"{head} {unit} {at_level.group('level')} {province}"


#: a party committee written bare as a body (with its standing board), and its locality level
_BARE_COMMITTEE = re.compile(r"^(?:Ban Thường vụ )?(?P<word>Huyện ủy|Quận ủy|Thị ủy|Thành ủy)$")
_LEVEL = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã", "Thành ủy": "thành phố"}


def committee_of_named_locality(org: str | None, named: dict[str, set[str]]) -> str | None:
    """``Phó Bí thư Thành ủy, Chủ tịch UBND thành phố X``: a committee read bare as a body is
    of the one locality of its level another post of the chain names (``named``: level →
    names); None otherwise."""
    m = _BARE_COMMITTEE.match(org or "")
    if m is None:
        return None
    places = named.get(_LEVEL[m["word"]], set())
    return f"{org} {next(iter(places))}" if len(places) == 1 else None


#: the next item of a list of officials: a semicolon, an honorific, then the name
_NEXT_ITEM = re.compile(r"[ \t]*;[ \t]*(?:(?:đồng chí|Đồng chí|đ/c|Đ/c|ông|Ông|bà|Bà)[ \t]+)?")
_ITEM_SEP = re.compile(r"[ \t]*(?:,|[-–—])[ \t]*")


def body_of_next_item(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """``đồng chí A - Viện trưởng; đồng chí B - Phó Viện trưởng VKSND tỉnh X``: a head's title
    left bare at the end of a list item shares the body the next item's title of the same
    head noun names (``Viện kiểm sát nhân dân tỉnh X``)."""
    head = title.data.get("head")
    m = _NEXT_ITEM.match(doc.text, title.end) if head else None
    if m is None:
        return None
    person = next((p for p in doc.by_label("person") if p.start == m.end()), None)
    sep = _ITEM_SEP.match(doc.text, person.end) if person is not None else None
    if sep is None:
        return None
    nxt = next((t for t in doc.by_label("title") if t.start == sep.end()), None)
    if nxt is None or nxt.data.get("head") != head:
        return None
    body = next(
        (o for o in orgs if o.start > nxt.end and not doc.text[nxt.end : o.start].strip()), None
    )
    return body.name if body is not None and body.name.startswith(str(head)) else None


#: a body the recognizers missed, closed by a bare provincial level word
_BODY_AT_LEVEL = re.compile(
    r"[ \t]+(?P<name>(?:Hội đồng|Ban|Hội|Ủy ban|Liên đoàn|Quỹ|Câu lạc bộ)[ \t]+[A-ZĐ][\w]*"
    r"(?:(?:,[ \t]+(?=[a-zđ])|[ \t]+)(?!tỉnh|thành)[\w]+){0,8}?)[ \t]+(?P<level>tỉnh|thành phố)"
    r"(?![\w])"
    r"(?![ \t]+[A-ZĐ])"
)


def body_at_bare_level(doc: Doc, at: int) -> str | None:
    """``Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh``: a body written after a title, closed by a bare
    provincial level, is that body of the page's province; None when none is written so."""
    m = _BODY_AT_LEVEL.match(doc.text, at)
    province = doc.meta.get("main_province")
    if m is None or not province:
        return None
    return full_front(f"{' '.join(m.group('name').split())} {m.group('level')} {province}")
