"""Civil judgment enforcement bodies (Thi hành án dân sự) and how their names changed in 2025.

The provincial ``Cục Thi hành án dân sự tỉnh X`` (``Thi hành án dân sự tỉnh X`` from
2025-03), its district ``Chi cục … huyện Y``, the regional ``Phòng Thi hành án dân sự khu vực
N`` offices, the ministry's own ``Cục (Quản lý) Thi hành án dân sự``, and the bare ``Cục
THADS`` / ``Tổng cục`` a page names once its bodies are known.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import SP, SYL, lexicon
from justicekg.extract.recognizers.org_heads import _CAPITAL_NEXT, _COUNT_BEFORE
from justicekg.extract.recognizers.org_places import Place, _place_at, _place_suffix

#: "Cục THADS địa phương", "Cục THADS Bộ Quốc phòng", "Cục THADS và …": not one province's
_NOT_A_PROVINCE_AFTER = re.compile(
    r"[ \t]*(?:\(THADS\)[ \t]*)?(?:(?:của|ở|tại)[ \t]+)?"
    r"(?:địa phương|Bộ[ \t]|Quân đội|quân đội|và|,[ \t]*Chi cục|"
    r"trên cả nước|cả nước|toàn quốc|các)"
)
#: "công tác Thi hành án dân sự tỉnh": the activity, not the body
_ACTIVITY_BEFORE = re.compile(
    r"(?:công tác|lĩnh vực|hoạt động|về|Chỉ đạo|chỉ đạo|nhiệm vụ|kết quả)[ \t]+$"
)
_PARENT_AFTER = re.compile(
    r"[ \t]*[-–,][ \t]*(?:Cục[ \t]+)?(?:Thi hành án dân sự|THADS)[ \t]+(?:tỉnh|thành phố)"
    rf"[ \t]+(?P<prov>{SYL}(?:{SP}{SYL}){{0,3}})"
)
#: post-2025 regional enforcement offices: "Phòng Thi hành án dân sự khu vực 2 - Gia Lai"
_REGIONAL_UNIT = re.compile(
    r"[ \t]+(?P<domain>Thi hành án dân sự|THADS)[ \t]+(?:khu vực|Khu vực)"
    r"[ \t]+(?P<n>\d{1,2}|[IVX]{1,4})"
    rf"(?![\w])(?:[ \t]*[-–][ \t]*(?P<prov>{SYL}(?:{SP}{SYL}){{0,3}}))?"
)


_OF_THE_MINISTRY = re.compile(
    r"[ \t]*(?:,|\(|thuộc)[ \t]*(?:thuộc[ \t]+)?Bộ Tư pháp(?![ \t]+[A-ZĐ])"
)
#: bodies named so only from 2025 (the provincial office without "Cục", the regional offices)
_POST_2025_NAMES = re.compile(
    r"(?<![\w])(?<!Cục )(?<!cục )(?<!Chi cục )Thi hành án dân sự (?:tỉnh|thành phố)[ \t]+[A-ZĐ]"
    r"|Phòng Thi hành án dân sự [Kk]hu vực"
)
_ENFORCEMENT_PAGE = re.compile(r"[Tt]hi hành án dân sự|THADS")


def text_is_space(ch: str) -> bool:
    """True for a space or tab."""
    return ch in " \t"


def _bare_general_department(doc: Doc, start: int, end: int) -> Span | None:
    """``Tổng cục giao``: a bare Tổng cục on an enforcement page before 2025 is the
    page's only named Tổng cục, else Tổng cục Thi hành án dân sự (read once the page's
    bodies are known)."""
    if "unique_by_head" not in doc.meta or _CAPITAL_NEXT.match(doc.text, end):
        return None
    if re.match(r"[ \t]+trưởng(?![\w])", doc.text[end : end + 10]):
        return None  # "Tổng cục trưởng": a title
    if _COUNT_BEFORE.search(doc.text, max(0, start - 12), start):
        return None
    unique = doc.meta["unique_by_head"].get("Tổng cục")
    if isinstance(unique, str):
        name = unique
    elif _ENFORCEMENT_PAGE.search(doc.text) and not _POST_2025_NAMES.search(doc.text):
        name = "Tổng cục Thi hành án dân sự"
    else:
        return None
    return Span(start, end, "org", name, "grammar", {"kind": "general-department"})


def _bare_enforcement(doc: Doc, start: int, end: int) -> Span | None:
    """``Cục THADS`` with no place: the page's only provincial enforcement body, else the
    article's province's, else the bare name (read once the page's bodies are known)."""
    if "unique_by_head" not in doc.meta or _NOT_A_PROVINCE_AFTER.match(doc.text, end):
        return None
    unique = doc.meta["unique_by_head"].get("Cục")
    name: str | None = unique if isinstance(unique, str) else None
    province = doc.meta.get("main_province")
    if name is None:
        rec = lexicon().province(province) if province else None
        name = "Cục Thi hành án dân sự" + (f" {rec.kind} {rec.name}" if rec else "")
    return Span(
        start,
        end,
        "org",
        name,
        "grammar",
        {"kind": "provincial-enforcement", "province": province},
    )


def _regional(doc: Doc, start: int, m: re.Match[str]) -> Span:
    """``Phòng Thi hành án dân sự khu vực N`` (district-enforcement), with the province
    as written after a dash or, else, an explicit ``tỉnh X`` that follows."""
    lex = lexicon()
    name = f"Phòng Thi hành án dân sự khu vực {m.group('n')}"
    end = m.end()
    province = None
    if m.group("prov"):
        words = m.group("prov").split()
        for k in range(len(words), 0, -1):
            rec = lex.province(" ".join(words[:k]))
            if rec:
                province = rec.name
                end = m.start("prov") + len(" ".join(words[:k]))
                name += f" - {rec.name}"
                break
        else:
            end = m.start("prov") - 1
            while text_is_space(doc.text[end - 1]):
                end -= 1
            if doc.text[end - 1] in "-–":
                end -= 1
            while text_is_space(doc.text[end - 1]):
                end -= 1
    if province is None:
        place = _place_at(doc, end)
        if place is not None and place.level == "province":
            province = place.province
            end = place.end
            name += _place_suffix(place)
    if province is None:
        # "Phòng THADS khu vực 5 - Thi hành án dân sự tỉnh Đồng Nai": the parent's province
        # (the name stays as written); else the article's province
        pm = _PARENT_AFTER.match(doc.text, end)
        rec = lex.province(pm.group("prov")) if pm else None
        province = rec.name if rec else doc.meta.get("main_province")
    parent = None
    if province:
        rec = lex.province(province)
        parent = f"Thi hành án dân sự {rec.kind if rec else 'tỉnh'} {province}"
    return Span(
        start,
        end,
        "org",
        name,
        "regional",
        {"kind": "district-enforcement", "province": province, "parent": parent},
    )


def _office(doc: Doc, start: int, end: int, head: str, kind: str) -> Span | None:
    """``Thi hành án dân sự tỉnh X``: the provincial office as named from 2025-03."""
    text = doc.text
    date = doc.published or doc.meta.get("dateline") or ""
    place = _place_at(doc, end)
    if place is None or place.level not in ("province", "implicit"):
        return None
    if date < "2025-03" if date else place.level != "province":
        # named so from 2025-03; an undated page needs the province written out
        return None
    if place.level == "implicit" and (
        not place.province or _ACTIVITY_BEFORE.search(text, max(0, start - 14), start)
    ):
        return None  # "công tác Thi hành án dân sự tỉnh": the activity, not the body
    return Span(
        start,
        place.end,
        "org",
        head + _place_suffix(place),
        "grammar",
        {"kind": kind, "province": place.province},
    )


def _district_enforcement(doc: Doc, start: int, end: int, name: str) -> Span | None:
    """``Chi cục Thi hành án dân sự huyện X``: a district office, parented by its province's."""
    place = _place_at(doc, end)
    if place is None or place.level != "district":
        return None
    name += _place_suffix(place)
    province = place.province
    parent = _enforcement_parent(province)
    return Span(
        start,
        place.end,
        "org",
        name,
        "grammar",
        {
            "kind": "district-enforcement",
            "province": province,
            "district": place.name,
            "parent": parent,
        },
    )


def _provincial_enforcement(
    doc: Doc, start: int, end: int, domain: str, place: Place | None, depth: int
) -> Span | None:
    """``Cục Thi hành án dân sự tỉnh X`` (a province's), ``…, Bộ Tư pháp`` (the ministry's own
    department) or a bare ``Cục THADS``."""
    text = doc.text
    ministry = _OF_THE_MINISTRY.match(text, end) if place is None else None
    if ministry is not None and domain == "Thi hành án dân sự":
        # "Cục Thi hành án dân sự, Bộ Tư pháp": the ministry's own department (named
        # Cục Quản lý Thi hành án dân sự from 2025-03)
        date = doc.published or doc.meta.get("dateline") or ""
        recent = date >= "2025-03" or _POST_2025_NAMES.search(text) is not None
        cname = "Cục Quản lý Thi hành án dân sự" if recent else f"Cục {domain}"
        return Span(start, end, "org", cname, "grammar", {"kind": "ministry-unit"})
    if place is None and domain == "Thi hành án dân sự" and depth == 0:
        return _bare_enforcement(doc, start, end)
    if place is None or place.level not in ("province", "implicit"):
        return None
    if not place.province and not place.written:
        return None
    return Span(
        start,
        place.end,
        "org",
        f"Cục {domain}" + _place_suffix(place),
        "grammar",
        {"kind": "provincial-enforcement", "province": place.province},
    )


def _enforcement_parent(province: str | None) -> str | None:
    """The provincial enforcement body a district office of ``province`` belongs to."""
    if not province:
        return None
    rec = lexicon().province(province)
    kind = rec.kind if rec else "tỉnh"
    return f"Cục Thi hành án dân sự {kind} {province}"
