"""Units named with their parent: ``Phòng X Sở Tư pháp tỉnh Y``, ``Văn phòng Cục``,
``Đảng ủy Sở``, and numbered ones: ``Vụ 16, VKSND tối cao``, ``Phòng 8 VKSND tỉnh X``.

The parent is read by the head grammar itself, passed in as ``parse``.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.org_heads import (
    COUNCIL_HEADS,
    COURT_CHAMBERS,
    HEAD_RE,
    HEADS_BY_KEY,
)
from justicekg.extract.recognizers.org_places import _person_follows
from justicekg.extract.recognizers.org_unlisted import Parse
from justicekg.text.normalize import fold

#: a bare parent head ("Văn phòng Cục"): the article's only body of that head
_BARE_PARENT = re.compile(r"(Tổng cục|Chi cục|Sở|Cục|Bộ)(?![\w])(?P<cap>\s+[A-ZĐ])?")
_UNIT_NUMBER = re.compile(r"[ \t]+(\d{1,2})[ \t]+(?=[A-ZĐ])")
_UNIT_NUMBER_COMMA = re.compile(r"[ \t]+(\d{1,2})(?:[ \t]*,?[ \t]+|[ \t]*[-–][ \t]*)(?=[A-ZĐ])")
_NUMBERED_PARENTS = frozenset({"procuracy", "court", "police", "provincial-department"})
#: a ministry's numbered departments keep their ministry ("Cục 10 Bộ Công an")
_NUMBERED_MINISTRIES = frozenset({"Bộ Công an", "Bộ Quốc phòng"})
#: a word that says the parent follows: "thuộc", "trực thuộc"; "của" after an organ
_LINK = re.compile(r"[ \t]+(?:(?:trực[ \t]+)?thuộc|(?P<of>của))[ \t]+(?=[A-ZĐ])")
_LEVELS_AFTER = re.compile(r"[ \t]*,[ \t]*(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?![\w])")
_PROVINCE_TAIL = re.compile(r" (?:tỉnh|thành phố) [A-ZĐ][^,;()]*$")
#: a body's own organs ("Công đoàn của Sở")
_ORGANS = frozenset(
    {
        "Công đoàn",
        "Công đoàn cơ sở",
        "Đoàn Thanh niên",
        "Chi đoàn",
        "Chi đoàn cơ sở",
        "Chi bộ",
        "Chi bộ cơ sở",
        "Đảng ủy",
        "Đảng bộ",
        "Chi hội Luật gia",
        "Đoàn cơ sở",
        "Ban",
    }
)
#: the agencies of a police body, named with it even after a comma or in brackets
_POLICE_AGENCIES = frozenset(
    {"Cơ quan Cảnh sát điều tra", "Cơ quan An ninh điều tra", "Cơ quan Thi hành án hình sự"}
)
_DASH_GAP = re.compile(r"[ \t]+[-–][ \t]+(?=Công an[ \t])")
_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*(?=[A-ZĐ][a-zđ\u00C0-\u1EF9])")
_POLICE_CODE = re.compile(r"[ \t]*\([A-Z]{1,4}[ \t]?\d{0,3}\)[ \t]+(?=[A-ZĐ])")
#: party cells, and the "Đảng" that may follow their head
_PARTY_CELLS = frozenset({"Chi bộ", "Chi bộ cơ sở"})
_PARTY_WORD = re.compile(r"[ \t]+[Đđ]ảng(?=[ \t]+[A-ZĐ])(?![ \t]+(?:ủy|Ủy|bộ)(?![\w]))")
_AGENCY_ORGANS = frozenset({"Đảng ủy", "Đảng bộ", "Công đoàn"})
_AGENCY_WORD = re.compile(r"[ \t]+cơ quan(?=[ \t]+[A-ZĐ])")
#: heads of units named with their parent right after them
_NAMED_WITH_PARENT = (
    "Văn phòng",
    # a procuracy's general office ("Văn phòng tổng hợp VKSND tỉnh X")
    "Văn phòng tổng hợp",
    "Thanh tra",
    "Phòng",
    "Ban",
    "Trung tâm",
    "Công đoàn cơ sở",
    "Công đoàn",
    "Đoàn Thanh niên",
    "Chi đoàn",
    "Chi đoàn cơ sở",
    "Chi bộ",
    "Chi bộ cơ sở",
    *sorted(COURT_CHAMBERS),
    "Cơ quan Cảnh sát điều tra",
    "Cơ quan An ninh điều tra",
    "Cơ quan Thi hành án hình sự",
    "Trại tạm giam",
    "Nhà tạm giữ",
    "Đoàn cơ sở",
    "Thường trực",
    "Hội đồng Thẩm phán",
    "Ủy ban Thẩm phán",
    "Đảng bộ",
    "Chi hội Luật gia",
    "Đảng ủy",
    "Ủy ban Kiểm tra",
    *COUNCIL_HEADS,
    # "Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh X": a body's emulation council (alone, a
    # generic mention; with a place, the province's)
    "Hội đồng Thi đua - Khen thưởng",
    # "Hội Cựu chiến binh Bộ Tư pháp": an agency's veterans' association (with a place, the
    # province's or district's)
    "Hội Cựu chiến binh",
)


def _member_body(head: str) -> bool:
    """An association's or union's head (``data/gazetteers/member_body_heads.tsv``): named with
    a ministry (``Hội Cựu chiến binh Bộ Tư pháp``), it is no unit of it.

    >>> _member_body("Hội Cựu chiến binh"), _member_body("Văn phòng")
    (True, False)
    """
    return head in _member_heads()


@gz.derived
def _member_heads() -> frozenset[str]:
    return frozenset(gz.column("member_body_heads", "word"))


def _numbered_sub_unit(
    doc: Doc, start: int, end: int, head: str, depth: int, parse: Parse
) -> Span | None:
    """``Vụ 16, VKSND tối cao`` (a numbered department of a procuracy or court), ``Phòng 8
    VKSND tỉnh X`` (a numbered division of a procuracy, court or police)."""
    text = doc.text
    if head == "Phòng":
        # "Phòng 7 VKSND tỉnh X", "Phòng 7, Viện kiểm sát nhân dân tỉnh X"
        num = _UNIT_NUMBER.match(text, end) or _UNIT_NUMBER_COMMA.match(text, end)
        sub = parse(doc, num.end(), depth + 1) if num and depth < 2 else None
    else:
        num = _UNIT_NUMBER_COMMA.match(text, end)
        sub = parse(doc, num.end(), depth + 1) if num else None
    if (
        num is not None
        and sub is not None
        and (sub.data.get("kind") in _NUMBERED_PARENTS or sub.name in _NUMBERED_MINISTRIES)
    ):
        return Span(
            start,
            sub.end,
            "org",
            f"{head} {num.group(1)} {sub.name}",
            "sub-unit",
            {"kind": "other", "province": sub.data.get("province"), "parent": sub.name},
        )
    return None


#: the kinds of parent a unit is named with
_PARENT_KINDS = frozenset(
    {
        "ministry",
        "general-department",
        "provincial-department",
        "peoples-committee",
        "peoples-council",
        "party-committee",
        "provincial-enforcement",
        "district-enforcement",
        "ministry-unit",
        "court",
        "procuracy",
        "police",
        "government",
    }
)


def _parent_fits(head: str, domain: str, sub: Span, *, comma: bool) -> bool:
    """Whether ``sub``, read right after a unit's head, is that unit's parent."""
    kind = sub.data.get("kind")
    if head in COURT_CHAMBERS:
        return kind == "court" and not comma
    if head in _POLICE_AGENCIES and kind == "police":
        # "Cơ quan Cảnh sát điều tra, Công an tỉnh X": an agency is only ever a police body's,
        # a comma before a police body that names its place is no list
        return not comma or bool(sub.data.get("province") or sub.data.get("district"))
    if kind == "other":
        # "Đoàn Thanh niên Đoàn Luật sư TP.HCM": an association's own organs
        return head in _ORGANS and head != "Ban" and not comma
    if kind not in _PARENT_KINDS:
        return False
    # "Phòng Hộ tịch, quốc tịch, chứng thực, Sở Tư pháp tỉnh Yên Bái": a unit of a department
    # or ministry named before it (a list has no such pairs)
    return not comma or (
        head == "Phòng"
        and domain != "Tư pháp"
        and (
            kind in ("ministry", "general-department", "provincial-department")
            # "Phòng Tổ chức cán bộ, TAND tỉnh X": a provincial court's (procuracy's) division
            or (kind in ("court", "procuracy") and not sub.data.get("district"))
        )
    )


def _with_parent(
    doc: Doc, start: int, end: int, head: str, name: str, domain: str, depth: int, parse: Parse
) -> Span | None:
    """A unit and the parent written right after it: a bare ``Cục`` / ``Sở`` (the article's
    only one) or a full body read by ``parse``."""
    text = doc.text
    if head in _PARTY_CELLS:
        # "Chi bộ cơ sở Đảng Hội Luật gia tỉnh X", "Chi bộ Đảng Sở Tư pháp": the word "Đảng"
        # between the cell and its body is not part of the name
        party_word = _PARTY_WORD.match(text, end)
        end = party_word.end() if party_word else end
    agency = _AGENCY_WORD.match(text, end) if head in _AGENCY_ORGANS else None
    if agency is not None:
        # "Đảng ủy cơ quan Sở Tư pháp tỉnh X", "Công đoàn cơ quan …": the organ of the body's
        # agency, so named
        name, end = f"{name} cơ quan", agency.end()
    nxt = re.match(r",?\s+", text[end:])
    comma = nxt is not None and nxt.group(0).startswith(",")
    if head in _POLICE_AGENCIES:
        # "Cơ quan Cảnh sát điều tra (Công an tỉnh X)": the police body in brackets after it,
        # or after a dash ("Cơ quan Cảnh sát điều tra - Công an tỉnh")
        # or after its code in brackets ("Cơ quan CSĐT (PC01) Công an tỉnh X")
        apart = (
            _BRACKET_OPEN.match(text[end:])
            or _POLICE_CODE.match(text[end:])
            or _DASH_GAP.match(text[end:])
        )
        # (set apart like after a comma: only a police force that names its place is the parent)
        nxt, comma = (apart, True) if apart else (nxt, comma)
    at = end + (nxt.end() if nxt else 0)
    link = _LINK.match(text, end)
    if link is not None and (link.group("of") is None or head in _ORGANS):
        # "Phòng Tư pháp thuộc UBND huyện X", "Đoàn Thanh niên của Sở": the parent after a
        # word that says so
        nxt, comma, at = link, False, link.end()
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
            kind = HEADS_BY_KEY[fold(head)][1]
        return Span(
            start,
            bare.end(1),
            "org",
            f"{name} {parent_name}",
            "sub-unit",
            {"kind": kind, "parent": parent_name},
        )
    if nxt and HEAD_RE.match(text, at):
        sub = parse(doc, at, depth + 1)
        if head == "Thường trực" and (sub is None or sub.data.get("kind") != "party-committee"):
            return None  # the standing members of a party committee only
        if sub is not None and _parent_fits(head, domain, sub, comma=comma):
            if link is not None and _LEVELS_AFTER.match(text, sub.end):
                return None  # "Phòng Tư pháp thuộc UBND huyện, quận, thị xã": every one
            full = f"{name} {sub.name}"
            pk = sub.data.get("kind")
            if head == "Phòng" and pk == "peoples-committee" and sub.data.get("district"):
                # "Phòng Tư pháp UBND huyện X": a district's office is named by its district
                full = f"{name} {sub.name.removeprefix('Ủy ban nhân dân ')}"
            okind = (
                "ministry-unit"
                if pk in ("ministry", "general-department") and not _member_body(head)
                else "other"
            )
            tail = _PROVINCE_TAIL.search(sub.name)
            if head == "Trung tâm" and pk == "provincial-department":
                # "Trung tâm TGPL nhà nước (thuộc) Sở Tư pháp tỉnh X": a provincial centre
                # is named with its province
                full = f"{name}{tail.group(0) if tail else ' tỉnh'}"
            if head in ("Đảng ủy", "Đảng bộ", "Thường trực"):
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


#: central bodies other than ministries whose departments are named with them ("Vụ Địa phương 1
#: Ban Nội chính Trung ương", "Vụ Pháp luật Văn phòng Chính phủ"); a ministry's are named alone,
#: and so (in the real-page gold) are the supreme court's and procuracy's named departments
_CENTRAL_PARENT = re.compile(
    r"(?:Ban [^,;()]+ Trung ương|Văn phòng (?:Chính phủ|Quốc hội|Chủ tịch nước|Trung ương Đảng)"
    r"|Ủy ban Kiểm tra Trung ương|Ủy ban Thường vụ Quốc hội|Thanh tra Chính phủ)$"
)
_UNIT_LINK = re.compile(r"[ \t]*(?:,|[-–])?[ \t]*(?:(?:trực[ \t]+)?thuộc[ \t]+|của[ \t]+)?")


def departments_of_central_bodies(doc: Doc, spans: list[Span]) -> None:
    """``Vụ Địa phương 1, Ban Nội chính Trung ương``: a department (``Vụ``) written right before
    a central body that is not a ministry is named with it (both stay on the page)."""
    by_start = {s.start: s for s in spans if s.label == "org"}
    for s in spans:
        if s.label != "org" or not s.name.startswith("Vụ ") or s.data.get("parent"):
            continue
        link = _UNIT_LINK.match(doc.text, s.end)
        parent = by_start.get(link.end()) if link else None
        if parent is None or not _CENTRAL_PARENT.fullmatch(parent.name):
            continue
        s.name = f"{s.name} {parent.name}"
        s.data = {**s.data, "kind": "other", "parent": parent.name}
