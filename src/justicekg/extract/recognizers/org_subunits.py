"""Units named with their parent: ``Phòng X Sở Tư pháp tỉnh Y``, ``Văn phòng Cục``,
``Đảng ủy Sở``, and numbered ones: ``Vụ 16, VKSND tối cao``, ``Phòng 8 VKSND tỉnh X``.

The parent is read by the head grammar itself, passed in as ``parse``.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.org_heads import _COUNCIL_HEADS, _HEAD_RE, _HEADS_BY_KEY
from justicekg.extract.recognizers.org_places import _person_follows
from justicekg.extract.recognizers.org_unlisted import Parse
from justicekg.text.normalize import fold

#: a bare parent head ("Văn phòng Cục"): the article's only body of that head
_BARE_PARENT = re.compile(r"(Tổng cục|Sở|Cục|Bộ)(?![\w])(?P<cap>\s+[A-ZĐ])?")
_UNIT_NUMBER = re.compile(r"[ \t]+(\d{1,2})[ \t]+(?=[A-ZĐ])")
_UNIT_NUMBER_COMMA = re.compile(r"[ \t]+(\d{1,2})[ \t]*,?[ \t]+(?=[A-ZĐ])")
_NUMBERED_PARENTS = frozenset({"procuracy", "court", "police", "provincial-department"})
#: heads of units named with their parent right after them
_NAMED_WITH_PARENT = (
    "Văn phòng",
    "Thanh tra",
    "Phòng",
    "Ban",
    "Trung tâm",
    "Công đoàn cơ sở",
    "Công đoàn",
    "Đoàn Thanh niên",
    "Chi đoàn",
    "Chi bộ",
    "Đảng ủy",
    "Ủy ban Kiểm tra",
    *_COUNCIL_HEADS,
)


def _numbered_sub_unit(
    doc: Doc, start: int, end: int, head: str, depth: int, parse: Parse
) -> Span | None:
    """``Vụ 16, VKSND tối cao`` (a numbered department of a procuracy or court), ``Phòng 8
    VKSND tỉnh X`` (a numbered division of a procuracy, court or police)."""
    text = doc.text
    if head == "Phòng":
        num = _UNIT_NUMBER.match(text, end)
        sub = parse(doc, num.end(), depth + 1) if num and depth < 2 else None
    else:
        num = _UNIT_NUMBER_COMMA.match(text, end)
        sub = parse(doc, num.end(), depth + 1) if num else None
    if num is not None and sub is not None and sub.data.get("kind") in _NUMBERED_PARENTS:
        return Span(
            start,
            sub.end,
            "org",
            f"{head} {num.group(1)} {sub.name}",
            "sub-unit",
            {"kind": "other", "province": sub.data.get("province"), "parent": sub.name},
        )
    return None


def _with_parent(
    doc: Doc, start: int, end: int, head: str, name: str, domain: str, depth: int, parse: Parse
) -> Span | None:
    """A unit and the parent written right after it: a bare ``Cục`` / ``Sở`` (the article's
    only one) or a full body read by ``parse``."""
    text = doc.text
    nxt = re.match(r",?\s+", text[end:])
    comma = nxt is not None and nxt.group(0).startswith(",")
    at = end + (nxt.end() if nxt else 0)
    bare = _BARE_PARENT.match(text, at) if nxt and not comma else None
    after_bare = text[bare.end(1) : bare.end(1) + 30].split()[:3] if bare else []
    if bare is not None and bare.group("cap") and not _person_follows(" ".join(after_bare)):
        bare = None  # "Đảng ủy Bộ Tư pháp": a named parent, not a bare one
    unique = doc.meta.get("unique_by_head", {})
    if bare and bare.group(1) in unique:
        # "Văn phòng Cục", "Công đoàn Cục", "Đảng ủy Sở": the article's only Cục / Sở
        parent_name = unique[bare.group(1)]
        if head in ("Văn phòng", "Thanh tra"):
            kind = "ministry-unit" if bare.group(1) in ("Tổng cục", "Bộ") else "other"
        else:
            kind = _HEADS_BY_KEY[fold(head)][1]
        return Span(
            start,
            bare.end(1),
            "org",
            f"{name} {parent_name}",
            "sub-unit",
            {"kind": kind, "parent": parent_name},
        )
    if nxt and _HEAD_RE.match(text, at):
        sub = parse(doc, at, depth + 1)
        if (
            sub is not None
            and sub.data.get("kind")
            in (
                "ministry",
                "general-department",
                "provincial-department",
                "peoples-committee",
                "peoples-council",
                "party-committee",
                "provincial-enforcement",
                "ministry-unit",
                "court",
                "procuracy",
                "police",
                "government",
            )
            and (
                # "Phòng Hộ tịch, quốc tịch, chứng thực, Sở Tư pháp tỉnh Yên Bái": a unit
                # of a department or ministry named before it (a list has no such pairs)
                not comma
                or (
                    head == "Phòng"
                    and domain != "Tư pháp"
                    and sub.data.get("kind")
                    in ("ministry", "general-department", "provincial-department")
                )
            )
        ):
            full = f"{name} {sub.name}"
            pk = sub.data.get("kind")
            if head == "Phòng" and pk == "peoples-committee" and sub.data.get("district"):
                # "Phòng Tư pháp UBND huyện X": a district's office is named by its district
                full = f"{name} {sub.name.removeprefix('Ủy ban nhân dân ')}"
            okind = "ministry-unit" if pk in ("ministry", "general-department") else "other"
            if head == "Đảng ủy":
                okind = "party-committee"  # "Ban Tổ chức Đảng ủy Chính phủ": its organs too
            return Span(
                start,
                sub.end,
                "org",
                full,
                "sub-unit",
                {
                    "kind": okind,
                    "province": sub.data.get("province"),
                    "parent": sub.name,
                    "district": sub.data.get("district"),
                },
            )
    return None
