"""A list of bare sector bodies on a one-district page: ``lãnh đạo các ngành gồm: Viện kiểm sát,
Công an, Tòa án, Chi cục thuế`` on a page whose district bodies are all of one district A are
the procuracy, police, court and tax office of A.

The grammar::

    LIST := HEAD (("," | "và") HEAD)+        (no place, level word or plural after the last)
    HEAD := "Viện kiểm sát (nhân dân)" | "VKSND" | "Tòa án (nhân dân)" | "TAND" | "Công an"
          | "Chi cục Thi hành án dân sự" | "Chi cục THADS" | "Chi cục Thuế"
          | "Ban Chỉ huy Quân sự"

Not read: a page naming bodies of two districts, or none, or a provincial court, procuracy or
police (its bare bodies may be the province's); a sector (``cán bộ ngành Tòa án, Viện kiểm
sát``); one head alone.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span

__all__ = ["bare_sector_lists"]

_HEAD = (
    r"(?:Viện [Kk]iểm sát(?: nhân dân)?|VKSND|Tòa án(?: nhân dân)?|TAND|Công an(?! nhân dân)|"
    r"Chi cục [Tt]hi hành án dân sự|Chi cục THADS|Chi cục [Tt]huế|Ban [Cc]hỉ huy [Qq]uân sự)"
)
_LIST = re.compile(
    rf"(?<![\w])(?<!ngành )(?<!Ngành ){_HEAD}(?:[ \t]*(?:,|và)[ \t]*{_HEAD})+"
    r"(?![\w])(?![ \t]+(?:nhân dân|tỉnh|huyện|thành phố|thị xã|quận|Quận|TP|cấp|các|hai|ba|"
    r"tối cao|khu vực|[A-ZĐ\d]))"
)
_ONE = re.compile(_HEAD)
#: a list that is a sector's or another body's ("ngành Công an, Tòa án và Viện kiểm sát", "của
#: Bộ Công an, Tòa án …"), its first heads included
_LED = re.compile(rf"(?<![\w])(?:[Nn]gành|của|thuộc)[ \t]+(?:{_HEAD}[ \t]*(?:,|và)[ \t]*)*$")
#: the whole country's bodies ("… Tòa án và Viện kiểm sát cả nước")
_NATIONWIDE = re.compile(r"[ \t]*(?:cả nước|toàn quốc|[Tt]rung ương|các cấp)(?![\w])")
_CANON = {
    "viện kiểm sát": "Viện kiểm sát nhân dân",
    "vksnd": "Viện kiểm sát nhân dân",
    "tòa án": "Tòa án nhân dân",
    "tand": "Tòa án nhân dân",
    "công an": "Công an",
    "chi cục thi hành án dân sự": "Chi cục Thi hành án dân sự",
    "chi cục thads": "Chi cục Thi hành án dân sự",
    "chi cục thuế": "Chi cục Thuế",
    "ban chỉ huy quân sự": "Ban Chỉ huy Quân sự",
}
_KINDS = {
    "Viện kiểm sát nhân dân": "procuracy",
    "Tòa án nhân dân": "court",
    "Công an": "police",
    "Chi cục Thi hành án dân sự": "district-enforcement",
}
#: a province's own court, procuracy or police named on the page
_PROVINCIAL = re.compile(
    r"^(?:Tòa án nhân dân|Viện kiểm sát nhân dân|Công an) (?:tỉnh|thành phố) [A-ZĐ]"
)
_DISTRICT_SUFFIX = re.compile(r" (?P<place>(?:huyện|quận|Quận|thị xã|thành phố) [A-ZĐ\d].*)$")


def _one_district(found: list[Span]) -> str | None:
    """The place (``huyện A``) of the page's district bodies when they are all of one district
    and the page names no provincial court, procuracy or police, else None."""
    places: set[str] = set()
    for o in found:
        if o.label != "org":
            continue
        if _PROVINCIAL.match(o.name):
            return None
        district = o.data.get("district")
        m = _DISTRICT_SUFFIX.search(o.name) if district else None
        if m is not None and m.group("place").endswith(str(district)):
            places.add(m.group("place"))
    return next(iter(places)) if len(places) == 1 else None


def bare_sector_lists(doc: Doc, found: list[Span]) -> list[Span]:
    """The bodies of each bare list of sector heads, at the page's one district (label
    ``org``, rule ``sector-list``)."""
    text = doc.text
    if "Công an" not in text and "Tòa án" not in text:
        return []
    lists = list(_LIST.finditer(text))
    if not lists:
        return []
    place = _one_district(found)
    if place is None:
        return []
    names = {o.name for o in found if o.label == "org"}
    out: list[Span] = []
    for m in lists:
        if (
            _NATIONWIDE.match(text, m.end())
            or _LED.search(text, max(0, m.start() - 80), m.start())
            or any(o.label == "org" and o.start <= m.start() < o.end for o in found)
        ):
            continue  # a sector's list, the country's, or one that starts inside a named body
        for h in _ONE.finditer(text, m.start(), m.end()):
            written = h.group(0)
            key = written.lower().removesuffix(" nhân dân")
            head = _CANON.get(key)
            if head is None or any(
                o.label == "org" and o.start <= h.start() < o.end for o in found
            ):
                continue
            name = f"{head} {place}"
            if name in names:
                continue
            names.add(name)
            data = {"kind": _KINDS.get(head, "other"), "district": place.split(" ", 1)[1]}
            out.append(Span(h.start(), h.end(), "org", name, "sector-list", data))
    return out
