"""Civil-enforcement bodies in old and shortened forms, and units named with a supreme body.

- ``Chi cục Thi hành án huyện X``, ``Cục Thi hành án tỉnh X``, ``Tổng cục Thi hành án``,
  ``Phòng Thi hành án tỉnh X`` (before 2009): the civil-enforcement system, named in full
  (``… Thi hành án dân sự …``); the army's (``Cục Thi hành án Bộ Quốc phòng``, ``Phòng Thi
  hành án quân khu 3``) and the criminal one (``… hình sự``) keep their names.
- ``Thi hành án dân sự tỉnh X`` / ``THADS huyện X`` (the pre-2009 bodies, also a common short
  name):
  an organization of its own when no head (``Cục``, ``Chi cục``, ``Đội`` …) precedes it.
- ``Thi hành án dân sự tỉnh`` with neither a head before it nor a province after it, on a page
  that names no ``Cục Thi hành án``: the page province's office, named as written.
- ``VKSND tối cao (Vụ 16)``: a unit written in brackets after the supreme body is named with it.
- ``Cơ quan điều tra VKSND tối cao``: the supreme procuracy's investigation agency.
- ``Vụ Thi đua - Khen thưởng VKSND tối cao``: a unit written right before the supreme
  procuracy or court is named with it (the units of a ministry are named without theirs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import SP, SYL, lexicon
from justicekg.extract.recognizers.org_enforcement import REFORM
from justicekg.extract.recognizers.org_places import place_at, place_suffix

__all__ = [
    "civil_enforcement_name",
    "implicit_provincial_offices",
    "investigation_agencies",
    "pre2009_bodies",
    "supreme_units",
]

_SHORT = re.compile(
    r"^(?P<head>(?:.+ )?(?:Tổng cục|Chi cục|Cục|Phòng) Thi hành án)"
    # (a bare level word too, on a page that never names its province: "Cục Thi hành án tỉnh")
    r"(?P<rest> (?:tỉnh|thành phố|huyện|quận|Quận|thị xã)(?: .+)?|)$"
)


def civil_enforcement_name(name: str) -> str:
    """``Chi cục Thi hành án huyện X`` → ``Chi cục Thi hành án dân sự huyện X``.

    >>> civil_enforcement_name("Cục Thi hành án tỉnh")
    'Cục Thi hành án dân sự tỉnh'
    """
    m = _SHORT.match(name)
    if m is None or (m.group("head").endswith("Phòng Thi hành án") and not m.group("rest")):
        return name  # a bare "Phòng Thi hành án" may be a court's or the army's
    return f"{m.group('head')} dân sự{m.group('rest')}"


#: the words before "Thi hành án dân sự" that make it part of another body's name
_HEAD_BEFORE = re.compile(
    r"(?:[Cc]ục|[Pp]hòng|[Đđ]ội|[Đđ]ạo|[Qq]uan|[Hh]ội đồng|[Cc]ụm|[Kk]hối|[Qq]uản lý|[Vv]ụ|"
    r"[Hh]ệ thống|[Nn]gành|[Tt]ác|[Vv]ề|[Tt]rường|[Tt]ạp chí|[Bb]áo|[Vv]iện|[Đđ]oàn|[Bb]an|-|–)"
    r"[ \t]+$"
)
_PRE2009 = re.compile(
    r"T(?<![\w][\s\S])(?:hi hành án dân sự|HADS)"
    r"[ \t]+(?:(?P<word>tỉnh|thành phố|huyện|quận|thị xã)[ \t]+|(?:TP|Tp)(?:\.[ \t]*|[ \t]+))"
    rf"(?P<name>{SYL}(?:{SP}{SYL}){{0,3}})"
)


_FULL_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?P<year>(?:19|20)\d\d)(?![\d/])")


def _page_year(doc: Doc) -> int:
    """The page's year: its publication date, else the latest year of a full date it writes
    (9999 when unknown: a page of unknown date is read as a recent one)."""
    if doc.published:
        return int(doc.published[:4])
    years = [int(m.group("year")) for m in _FULL_DATE.finditer(doc.text)]
    return max(years, default=9999)


def pre2009_bodies(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``Thi hành án dân sự tỉnh X`` with no head before it: one body of that place."""
    text = doc.text
    lex = lexicon()
    out: list[Span] = []
    for m in _PRE2009.finditer(text):
        if _HEAD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        word = m.group("word") or "thành phố"  # "THADS TP X": the city word written short
        if (
            m.group(0).startswith("THADS")
            and _page_year(doc) >= 2009
            and not ((doc.published or "") >= REFORM and word in ("tỉnh", "thành phố"))
        ):
            # from 2009 "THADS tỉnh X" is the sector of the province, not a body; from the 2025
            # reform the provincial body is named so again ("Phó Trưởng THADS tỉnh X")
            continue
        if any(s.label == "org" and s.start <= m.start() < s.end for s in spans):
            continue
        words = m.group("name").split()
        province = district = None
        while words:
            place = " ".join(words)
            rec = lex.province(place) if word in ("tỉnh", "thành phố") else None
            if rec is not None and word in ("tỉnh", rec.kind):  # not "thành phố Ninh Bình"
                province = rec.name
                word = rec.kind
                break
            recs = lex.districts(place) if word != "tỉnh" else []
            if recs:
                district = place
                province = recs[0].province
                break
            words.pop()
        if not words:
            continue
        end = m.start("name") + len(" ".join(words))
        where = province if district is None else district
        kind = "provincial-enforcement" if district is None else "district-enforcement"
        out.append(
            Span(
                m.start(),
                end,
                "org",
                f"Thi hành án dân sự {word} {where}",
                "pre-2009",
                {"kind": kind, "province": province, "district": district},
            )
        )
    return out


#: "Thi hành án dân sự tỉnh" with no province after it (not "tỉnh, thành phố", "tỉnh/thành")
_BARE_PROVINCIAL = re.compile(
    r"T(?<![\w][\s\S])hi hành án dân sự[ \t]+(?P<word>tỉnh)(?![\w])"
    r"(?![ \t]*(?:,|/|và|hoặc)[ \t]*(?:thành|TP))(?![ \t]+[A-ZĐ])"
)
#: a provincial office named with its head somewhere on the page (not a district's Chi cục, not
#: the general department, not the ministry's Cục Quản lý …)
_HEADED_OFFICE = re.compile(
    r"(?<![\w])(?<![Cc]hi )(?<![Tt]ổng )[Cc]ục[ \t]+(?:Thi hành án|THADS|THA(?![\w]))"
)


#: "lãnh đạo" before a body: its leaders, not a steering committee's "Chỉ đạo"
_LEADERS = re.compile(r"(?<![\w])[Ll]ãnh[ \t]+đạo[ \t]+(?:chủ chốt[ \t]+)?$")


def implicit_provincial_offices(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``Thi hành án dân sự tỉnh`` with no head before it and no province after it: the page
    province's office as written (``Thi hành án dân sự tỉnh X``), on a page that never names a
    ``Cục Thi hành án`` (whose short reference it would be)."""
    text = doc.text
    if "Thi hành án dân sự tỉnh" not in text or _HEADED_OFFICE.search(text):
        return []
    out: list[Span] = []
    for m in _BARE_PROVINCIAL.finditer(text):
        if _HEAD_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not _LEADERS.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue  # "ngành/công tác/Ban Chỉ đạo Thi hành án dân sự tỉnh": no office
        if any(s.label == "org" and s.start <= m.start() < s.end for s in spans):
            continue
        place = place_at(doc, m.start("word"))
        if place is None or place.level != "implicit" or not place.province:
            continue
        out.append(
            Span(
                m.start(),
                place.end,
                "org",
                "Thi hành án dân sự" + place_suffix(place),
                "pre-2009",
                {"kind": "provincial-enforcement", "province": place.province},
            )
        )
    return out


_INVESTIGATION = re.compile(
    r"C(?<![\w][\s\S])ơ quan [Đđ]iều tra[ \t]+(?:\([^()\n]{1,20}\)[ \t]*)?(?:của[ \t]+)?"
    r"(?P<parent>VKSND|Viện KSND|"
    r"Viện [Kk]iểm sát [Nn]hân dân)[ \t]+tối cao(?![\w])"
)


def investigation_agencies(doc: Doc) -> list[Span]:
    """``Cơ quan điều tra VKSND tối cao``: the supreme procuracy's investigation agency."""
    return [
        Span(
            m.start(),
            m.end(),
            "org",
            "Cơ quan điều tra Viện kiểm sát nhân dân tối cao",
            "investigation",
            {"kind": "procuracy"},
        )
        for m in _INVESTIGATION.finditer(doc.text)
    ]


_UNIT_HEADS = ("Vụ ", "Cục ", "Văn phòng ", "Viện ", "Học viện ", "Trường ", "Thanh tra ")
_SUPREME = re.compile(r"^(?:Viện kiểm sát nhân dân|Tòa án nhân dân) tối cao(?: [A-ZĐ]\w+)?$")
_PLACE_IN = re.compile(r" (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) ")
_BRACKETED_UNIT = re.compile(
    r"[ \t]*\([ \t]*(?P<unit>(?:Vụ|Cục|Văn phòng) [^()\n,;]{1,40}?)[ \t]*\)"
)
_GAP = re.compile(r"[ \t]+(?:[-–][ \t]+)?")


def supreme_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """A unit written right before ``VKSND tối cao`` / ``TAND tối cao`` takes it as parent:
    the two spans become one (``Vụ Thi đua - Khen thưởng Viện kiểm sát nhân dân tối cao``)."""
    text = doc.text
    orgs = sorted((s for s in spans if s.label == "org"), key=lambda s: s.start)
    merged: list[tuple[Span, Span, Span]] = []
    for unit, parent in pairwise(orgs):
        if not unit.name.startswith(_UNIT_HEADS) or _SUPREME.match(parent.name) is None:
            continue
        if unit.data.get("parent") or _PLACE_IN.search(unit.name + " ") or "tối cao" in unit.name:
            continue
        gap = _GAP.fullmatch(text, unit.end, parent.start)
        if gap is None:
            continue
        name = f"{unit.name} {parent.name}"
        merged.append(
            (
                unit,
                parent,
                Span(unit.start, parent.end, "org", name, "sub-unit", {**unit.data}),
            )
        )
    # "VKSND tối cao (Vụ 16)": the parent stays, the bracketed unit is named with it
    bracketed = []
    for parent in orgs:
        after = _BRACKETED_UNIT.match(text, parent.end) if _SUPREME.match(parent.name) else None
        if after is not None:
            label = " ".join(after.group("unit").split())
            bracketed.append(
                Span(
                    after.start("unit"),
                    after.end("unit"),
                    "org",
                    f"{label} {parent.name}",
                    "sub-unit",
                    {},
                )
            )
    if not merged:
        return spans + bracketed
    drop = {id(s) for u, p, _ in merged for s in (u, p)}
    return [s for s in spans if id(s) not in drop] + [m for _, _, m in merged] + bracketed
