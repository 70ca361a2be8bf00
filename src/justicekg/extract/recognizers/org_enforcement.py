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
from justicekg.extract.recognizers.org_heads import CAPITAL_NEXT, COUNT_BEFORE
from justicekg.extract.recognizers.org_places import Place, place_at, place_suffix

#: "Cục THADS địa phương", "Cục THADS Bộ Quốc phòng", "Cục THADS và …": not one province's
_NOT_A_PROVINCE_AFTER = re.compile(
    r"[ \t]*(?:\(THADS\)[ \t]*)?(?:(?:của|ở|tại)[ \t]+)?"
    r"(?:địa phương|Bộ[ \t]|Quân đội|quân đội|và|,[ \t]*Chi cục|"
    r"trên cả nước|cả nước|toàn quốc|các)"
)
#: "công tác Thi hành án dân sự tỉnh": the activity, not the body
_ACTIVITY_BEFORE = re.compile(
    r"(?:[Cc]ông tác|[Ll]ĩnh vực|[Hh]oạt động|về|[Cc]hỉ đạo|[Nn]hiệm vụ|[Kk]ết quả)[ \t]+$"
)
_PARENT_AFTER = re.compile(
    r"[ \t]*[-–,][ \t]*(?:Cục[ \t]+)?(?:Thi hành án dân sự|THADS)[ \t]+(?:tỉnh|thành phố)"
    rf"[ \t]+(?P<prov>{SYL}(?:{SP}{SYL}){{0,3}})"
)
#: post-2025 regional enforcement offices: "Phòng Thi hành án dân sự khu vực 2 - Gia Lai"
REGIONAL_UNIT = re.compile(
    r"[ \t]+(?P<domain>Thi hành án dân sự|THADS)[ \t]+(?:(?:khu vực|Khu vực)[ \t]+|KV[ \t]*)"
    r"(?P<n>\d{1,2}|[IVX]{1,4})"
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
#: the 2025 reform of civil judgment enforcement, in force from March 2025: the provincial
#: ``Cục Thi hành án dân sự tỉnh X`` is named ``Thi hành án dân sự tỉnh X``, the district
#: ``Chi cục`` offices give way to regional ``Phòng Thi hành án dân sự khu vực N`` ones and the
#: ministry's Tổng cục becomes ``Cục Quản lý Thi hành án dân sự`` (the province mergers of
#: 1 July 2025 then regrouped the regional offices, under the same names). A month: dates
#: compare as ISO strings, so ``"2025-03"`` and every day from 1 March 2025 are ≥ it.
REFORM = "2025-03"


def text_is_space(ch: str) -> bool:
    """True for a space or tab."""
    return ch in " \t"


def bare_general_department(doc: Doc, start: int, end: int) -> Span | None:
    """``Tổng cục giao``: a bare Tổng cục on an enforcement page before 2025 is the
    page's only named Tổng cục, else Tổng cục Thi hành án dân sự (read once the page's
    bodies are known)."""
    if "unique_by_head" not in doc.meta or CAPITAL_NEXT.match(doc.text, end):
        return None
    if re.match(r"[ \t]+trưởng(?![\w])", doc.text[end : end + 10]):
        return None  # "Tổng cục trưởng": a title
    if COUNT_BEFORE.search(doc.text, max(0, start - 12), start):
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


def regional_office(doc: Doc, start: int, m: re.Match[str]) -> Span:
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
        place = place_at(doc, end)
        if place is not None and place.level == "province":
            province = place.province
            end = place.end
            name += place_suffix(place)
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


def provincial_office(doc: Doc, start: int, end: int, head: str, kind: str) -> Span | None:
    """``Thi hành án dân sự tỉnh X``: the provincial office as named from the 2025 reform."""
    text = doc.text
    date = doc.published or doc.meta.get("dateline") or ""
    place = place_at(doc, end)
    if place is None or place.level not in ("province", "implicit"):
        return None
    if date < REFORM if date else place.level != "province":
        # named so from the reform; an undated page needs the province written out
        return None
    if (place.level == "implicit" and not place.province) or _ACTIVITY_BEFORE.search(
        text, max(0, start - 14), start
    ):
        return None  # "(C)công tác Thi hành án dân sự tỉnh (X)": the activity, not the body
    return Span(
        start,
        place.end,
        "org",
        head + place_suffix(place),
        "grammar",
        {"kind": kind, "province": place.province},
    )


def district_enforcement(doc: Doc, start: int, end: int, name: str) -> Span | None:
    """``Chi cục Thi hành án dân sự huyện X``: a district office, parented by its province's."""
    place = place_at(doc, end)
    if place is None:
        # "Chi cục Thi hành án dân sự Kỳ Sơn (Nghệ An)": the district named without its level
        m = _DISTRICT_NAME.match(doc.text, end)
        found = _district_by_name(doc, m.group("name")) if m else None
        if m is not None and found is not None:
            kind, dname, prov = found
            return _office_of_district(doc, start, m.start("name") + len(dname), kind, dname, prov)
        # "VKSND thị xã, Chi cục THADS; … Công an thị xã X": the one district the sentence
        # names (a district office is of a district)
        one = _one_district_in_sentence(doc, start)
        if one is not None and not _GENERIC_NEXT.match(doc.text, end):
            return _office_of_district(doc, start, end, *one)
    if place is None or place.level != "district":
        return None
    name += place_suffix(place)
    province = place.province
    parent = enforcement_parent(province)
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


def provincial_enforcement_body(
    doc: Doc, start: int, end: int, domain: str, place: Place | None, depth: int
) -> Span | None:
    """``Cục Thi hành án dân sự tỉnh X`` (a province's), ``…, Bộ Tư pháp`` (the ministry's own
    department) or a bare ``Cục THADS``."""
    text = doc.text
    ministry = _OF_THE_MINISTRY.match(text, end) if place is None else None
    if ministry is not None and domain == "Thi hành án dân sự":
        # "Cục Thi hành án dân sự, Bộ Tư pháp": the ministry's own department (named
        # Cục Quản lý Thi hành án dân sự from the 2025 reform)
        date = doc.published or doc.meta.get("dateline") or ""
        recent = date >= REFORM or _POST_2025_NAMES.search(text) is not None
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
        f"Cục {domain}" + place_suffix(place),
        "grammar",
        {"kind": "provincial-enforcement", "province": place.province},
    )


def enforcement_parent(province: str | None) -> str | None:
    """The provincial enforcement body a district office of ``province`` belongs to."""
    if not province:
        return None
    rec = lexicon().province(province)
    kind = rec.kind if rec else "tỉnh"
    return f"Cục Thi hành án dân sự {kind} {province}"


#: a district's name after a bare "Chi cục" (1–3 capitalized syllables)
#: (its level word may be written: "Chi cục huyện Quan Sơn")
_DISTRICT_NAME = re.compile(
    rf"[ \t]+(?:(?:huyện|quận|thị xã|thành phố|TP\.?)[ \t]+)?"
    rf"(?P<name>{SYL}(?:{SP}{SYL}){{0,2}})(?![\w])"
)
#: "(các) Chi cục (THADS) (các huyện, thị xã, thành phố) (gồm) :" — a list of districts next
_DISTRICT_LIST = re.compile(
    r"(?<![\w])(?:[Cc]ác[ \t]+)?Chi cục(?:[ \t]+(?:THADS|Thi hành án dân sự))?"
    r"(?:[ \t]+(?:các[ \t]+)?(?:huyện|quận|thị xã|thành phố)"
    r"(?:[ \t]*,[ \t]*(?:huyện|quận|thị xã|thành phố))*)?"
    r"(?:[ \t]+(?:trong cụm|trong khối|trực thuộc))?[ \t]*(?:gồm|là)?[ \t]*:[ \t]*"
)
_ITEM_SEP = re.compile(r"[ \t]*(?:,|và)[ \t]*(?:và[ \t]+)?")


def _district_by_name(doc: Doc, raw: str) -> tuple[str, str, str] | None:
    """(kind, name, province) of the district named by the longest prefix of ``raw``; one
    of the article's province when several share the name."""
    lex = lexicon()
    words = raw.split()
    main = doc.meta.get("main_province")
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        recs = lex.districts(name)
        local = [d for d in recs if d.province == main] or (recs if len(recs) == 1 else [])
        if local:
            d = local[0]
            return d.kind, d.name, d.province
    return None


#: a bare office followed by a plural or a generic word: "Chi cục THADS các huyện", "… trực
#: thuộc": no one district's
_GENERIC_NEXT = re.compile(r"[ \t]+(?:các|những|trực thuộc|thuộc|cấp|trên)(?![\w])")


def _one_district_in_sentence(doc: Doc, pos: int) -> tuple[str, str, str] | None:
    """(kind, name, province) of the one district-level place the sentence at ``pos`` names."""
    from justicekg.extract.recognizers.org_places import named_districts

    sent = doc.sentence_of(pos)
    found = {(k, n, p) for at, k, n, p in named_districts(doc) if sent.start <= at < sent.end}
    return found.pop() if len(found) == 1 else None


def _office_of_district(doc: Doc, start: int, end: int, kind: str, name: str, prov: str) -> Span:
    return Span(
        start,
        end,
        "org",
        f"Chi cục Thi hành án dân sự {kind} {name}",
        "district-by-name",
        {
            "kind": "district-enforcement",
            "province": prov,
            "district": name,
            "parent": enforcement_parent(prov),
        },
    )


def district_office_by_name(doc: Doc, start: int, end: int) -> Span | None:
    """``Chi cục trưởng Chi cục Quan Sơn`` (``Chi cục huyện Quan Sơn``) on an enforcement page:
    the district office named by its district alone."""
    if not _ENFORCEMENT_PAGE.search(doc.text):
        return None
    m = _DISTRICT_NAME.match(doc.text, end)
    if m is None:
        return None
    found = _district_by_name(doc, m.group("name"))
    if found is None:
        return None
    kind, name, prov = found
    return _office_of_district(doc, start, m.start("name") + len(name), kind, name, prov)


def listed_district_offices(doc: Doc) -> list[Span]:
    """``các Chi cục: Bá Thước, Quan Hóa và Mường Lát`` on an enforcement page: one district
    office per listed district."""
    text = doc.text
    if not _ENFORCEMENT_PAGE.search(text):
        return []
    out: list[Span] = []
    for m in _DISTRICT_LIST.finditer(text):
        pos = m.end()
        while True:
            item = re.match(
                rf"(?:(?:huyện|quận|thị xã|thành phố|TP\.?)[ \t]+)?({SYL}(?:{SP}{SYL}){{0,2}})",
                text[pos:],
            )
            found = _district_by_name(doc, item.group(1)) if item else None
            if item is None or found is None:
                break
            kind, name, prov = found
            at = pos + item.start(1)
            out.append(_office_of_district(doc, at, at + len(name), kind, name, prov))
            sep = _ITEM_SEP.match(text, at + len(name))
            if sep is None or sep.end() == at + len(name):
                break
            pos = sep.end()
    return out
