"""Committees named by their place (Tỉnh ủy, Thành ủy, Huyện ủy, Tỉnh đoàn …) and the boards
(Ban) of a province's council and party committee.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.org_places import (
    _BARE_PROVINCE,
    _trim_name,
    historical_province_at,
    place_at,
)

#: a province's committee and its centrally-run city's counterpart
_PROVINCE_COMMITTEES = {
    "Tỉnh ủy": ("Tỉnh ủy", "Thành ủy"),
    "Thành ủy": ("Tỉnh ủy", "Thành ủy"),
    "Tỉnh đoàn": ("Tỉnh đoàn", "Thành đoàn"),
    "Thành đoàn": ("Tỉnh đoàn", "Thành đoàn"),
}
_NUMBERED_DISTRICT = re.compile(r"[ \t]+[Qq]uận[ \t]+(\d{1,2})(?![\w])")
#: boards of a provincial council and of a party committee
_COUNCIL_BOARDS = frozenset({"Pháp chế", "Kinh tế - Ngân sách", "Văn hóa - Xã hội", "Dân tộc"})
_PARTY_BOARDS = frozenset({"Nội chính", "Tổ chức", "Tuyên giáo", "Dân vận", "Thường vụ"})


def _committee(doc: Doc, start: int, end: int, head: str, kind: str) -> Span | None:
    """``Tỉnh ủy X``, ``Thành ủy TP.HCM``, ``Quận ủy Quận 1``, ``Huyện ủy Y``: a committee and
    its place's name; a bare ``Tỉnh ủy`` / ``Thành ủy`` is the article's province's when its
    kind agrees."""
    text = doc.text
    lex = lexicon()
    old = historical_province_at(text, end) if head in ("Tỉnh ủy", "Tỉnh đoàn") else None
    if old is not None and text[end : end + 1] in " \t":
        return Span(start, old[1], "org", f"{head} {old[0]}", "grammar", {"kind": kind})
    numbered = _NUMBERED_DISTRICT.match(text, end) if head == "Quận ủy" else None
    if numbered is not None:  # "Quận ủy Quận 1"
        qname = "Quận " + numbered.group(1)
        return Span(
            start,
            numbered.end(),
            "org",
            f"{head} {qname}",
            "grammar",
            {"kind": kind, "province": doc.meta.get("main_province"), "district": qname},
        )
    pair = _PROVINCE_COMMITTEES.get(head)
    written = place_at(doc, end) if pair is not None else None
    wrec = lex.province(written.province) if written is not None and written.province else None
    if (
        pair is not None
        and head == pair[1]
        and wrec is not None
        and wrec.kind != "thành phố"
        and text[end : written.end if written else end].strip() == wrec.name
        and any(d.kind == "thành phố" for d in lex.districts(wrec.name))
    ):
        # "Thành đoàn Hà Tĩnh", "Thành ủy Hà Tĩnh": the committee of the province's city
        return Span(
            start,
            written.end if written else end,
            "org",
            f"{head} {wrec.name}",
            "grammar",
            {"kind": kind, "province": wrec.name, "district": wrec.name},
        )
    if (
        pair is not None
        and written is not None
        and written.level == "province"
        and written.province
    ):
        # "Thành ủy TP.HCM", "Tỉnh ủy tỉnh Hà Nam": the place written with its word
        wrec = lex.province(written.province)
        head2 = pair[1] if wrec and wrec.kind == "thành phố" else pair[0]
        return Span(
            start,
            written.end,
            "org",
            f"{head2} {written.province}",
            "grammar",
            {"kind": kind, "province": written.province},
        )
    pm = _BARE_PROVINCE.match(text, end)
    rec = None
    if pm:
        words = pm.group("name").split()
        for nw in range(len(words), 0, -1):
            rec = lex.province(" ".join(words[:nw]))
            if rec:
                end = pm.start("name") + len(" ".join(words[:nw]))
                break
    pair = _PROVINCE_COMMITTEES.get(head)
    city_of_province = (
        rec is not None
        and rec.kind != "thành phố"
        and any(d.kind == "thành phố" for d in lex.districts(rec.name))
    )
    if pair is not None and pm and head == pair[1] and (rec is None or city_of_province):
        dname, dend = (rec.name, end) if rec else _trim_name(pm.group("name"), pm.start("name"), [])
        if rec is not None or lex.districts(dname):
            # "Thành ủy Phủ Lý", "Thành đoàn Hà Tĩnh" (the city): a provincial city's
            return Span(
                start,
                dend,
                "org",
                f"{head} {dname}",
                "grammar",
                {"kind": kind, "province": doc.meta.get("main_province"), "district": dname},
            )
    if pair is not None:
        prov = rec.name if rec else doc.meta.get("main_province")
        prec = lex.province(prov) if prov else None
        if rec is None and (prec is None or (prec.kind == "thành phố") != (head == pair[1])):
            # no province named, or the article's is of the other kind (a "Tỉnh ủy"
            # is never a centrally-run city's): the committee stays bare
            return Span(start, end, "org", head, "grammar", {"kind": kind})
        head2 = pair[1] if prec and prec.kind == "thành phố" else pair[0]
        return Span(
            start,
            end,
            "org",
            f"{head2} {prov}",
            "grammar",
            {"kind": kind, "province": prov},
        )
    if pm and rec is None:
        dname, dend = _trim_name(pm.group("name"), pm.start("name"), [])
        return Span(
            start,
            dend,
            "org",
            f"{head} {dname}",
            "grammar",
            {"kind": kind, "province": doc.meta.get("main_province")},
        )
    if head in BARE_DISTRICT_COMMITTEES and not _PLURAL_BEFORE.search(
        text, max(0, start - 8), start
    ):
        # "Bí thư Huyện ủy chủ trì": the page's district committee, its district found later
        # (org_district_committees), else named bare as the page writes it
        return Span(start, end, "org", head, "grammar", {"kind": kind, "bare_committee": True})
    return None


#: a district's party committee written without its district ("Bí thư Huyện ủy"), and the
#: level of the district it is named with
BARE_DISTRICT_COMMITTEES = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}
#: "các Huyện ủy", "những Quận ủy": every one of them, no body; "Ủy viên BTV Huyện ủy": the
#: committee's board, written short, a title's body rather than a mention of the committee
_PLURAL_BEFORE = re.compile(
    r"(?<![\w])(?:[Cc]ác|[Nn]hững|[Cc]ấp|BTV|UVBTV|BCH|UVBCH|Thường vụ|Chấp hành)[ \t]+$"
)


def _ban_owner(domain: str, province: str | None) -> str | None:
    """The body a provincial board (Ban) belongs to: the council's boards and the party's."""
    if not province:
        return None
    rec = lexicon().province(province)
    kind = rec.kind if rec else "tỉnh"
    if domain in _COUNCIL_BOARDS:
        return f"Hội đồng nhân dân {kind} {province}"
    if domain in _PARTY_BOARDS:
        return f"{'Thành ủy' if kind == 'thành phố' else 'Tỉnh ủy'} {province}"
    return None
