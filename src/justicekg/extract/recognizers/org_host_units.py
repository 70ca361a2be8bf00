"""Units of the page's procuracy or court named without it: ``Văn phòng Viện``, ``Đảng ủy
Viện``, ``Văn phòng Tòa án`` (its bare head word), ``Văn phòng tổng hợp``, ``Phòng Tổ chức cán
bộ``, ``Tòa Hình sự`` (no parent at all, not even after a comma) on a page whose host is one
provincial procuracy or court: ``Văn phòng Viện kiểm sát nhân dân tỉnh X``, ``Tòa Hình sự Tòa
án nhân dân tỉnh X``.

The host is the one provincial procuracy (court) the page names, and it must outnumber the
page's mentions of the other kind at least two to one; a page with a department (``Sở``,
``Cục``) names its units with it (the grammar's page department), not here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.org_heads import COURT_CHAMBERS

__all__ = ["page_hosts", "units_of_the_host"]

_PROVINCIAL = re.compile(
    r"^(?P<kind>Viện kiểm sát nhân dân|Tòa án nhân dân) (?:tỉnh|thành phố)(?: [A-ZĐ].*)?$"
)


@cache
def _with_bare_host() -> re.Pattern[str]:
    """A unit and the host's bare head word (``Văn phòng Viện``, ``Đảng ủy Tòa án``); not
    another body's head (``Văn phòng Viện nghiên cứu …``: ``host_word_not_host.tsv``)."""
    words = sorted(gz.column("host_word_not_host", "word"), key=len, reverse=True)
    other = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(
        r"(?<![\w])(?P<unit>Văn phòng|Thanh tra|Công đoàn|Chi đoàn|Đoàn Thanh niên|Đảng ủy|"
        r"[Bb]an [Cc]án sự [Đđ]ảng)[ \t]+(?P<host>Viện|Tòa án|Tòa)"
        rf"(?![\w])(?![ \t]+(?:[Kk]iểm sát|[Nn]hân dân|[A-ZĐ]|(?:{other})(?![\w])))"
    )


#: (the text is tone-normalized: "Tòa", never "Toà")
#: units of one host only, written with no parent (a capitalized name next is another body's)
_ALONE = re.compile(
    r"(?<![\w])(?<!phiên )(?P<unit>Văn phòng tổng hợp|[Pp]hòng Tổ chức cán bộ|"
    # a chamber's "tòa" may be written small in a list ("tòa Hình sự, tòa Dân sự"), never a
    # trial's ("phiên tòa Hình sự sơ thẩm")
    + "|".join(
        "[Tt]" + re.escape(c[1:]) if c.startswith("Tòa") else re.escape(c)
        for c in sorted(COURT_CHAMBERS, key=len, reverse=True)
    )
    + r")(?![\w])(?![ \t]+[A-ZĐ])(?![ \t]*,?[ \t]*(?:của|thuộc)(?![\w]))"
    # a place next is a building's ("tại tòa Hành chính tỉnh X"), a chamber's parent is a court
    r"(?![ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)(?![\w]))"
    # its parent after a comma or a dash ("Tòa Kinh tế, Tòa án nhân dân tối cao", "… - TAND …")
    # (a district's court after the comma is the list's next item, not the chamber's parent:
    # "tòa Lao động, TAND Q.12")
    r"(?![ \t]*[,–-][ \t]*(?:Tòa án|TAND|Viện [Kk]iểm sát|VKSND)(?![\w])"
    r"(?![ \t]+(?:nhân dân[ \t]+)?(?:[QH]\.|TX\.|[Qq]uận|[Hh]uyện|[Tt]hị xã)))"
)
_HOST_OF_UNIT = {
    "Văn phòng tổng hợp": "Viện kiểm sát nhân dân",
    "Phòng Tổ chức cán bộ": "Viện kiểm sát nhân dân",
    **{c: "Tòa án nhân dân" for c in COURT_CHAMBERS},
}
_HOST_WORD = {
    "Viện": "Viện kiểm sát nhân dân",
    "Tòa án": "Tòa án nhân dân",
    "Tòa": "Tòa án nhân dân",
}
_MENTIONS = {
    "Viện kiểm sát nhân dân": re.compile(r"(?<![\w])(?:Viện [Kk]iểm sát|VKS)"),
    "Tòa án nhân dân": re.compile(r"(?<![\w])(?:Tòa án|TAND)"),
}


def page_hosts(doc: Doc, orgs: Sequence[Span]) -> dict[str, Span]:
    """The page's host of each kind (``Viện kiểm sát nhân dân``, ``Tòa án nhân dân``): its one
    provincial procuracy (court), when it is the page's body of its kind two mentions to one.
    Shared with ``org_divisions``: the one test of "this page is the procuracy's"."""
    found: dict[str, set[str]] = {}
    first: dict[str, Span] = {}
    for s in orgs:
        m = _PROVINCIAL.match(s.name)
        if m is not None:
            found.setdefault(m.group("kind"), set()).add(s.name)
            first.setdefault(s.name, s)
    if not found:
        return {}  # (no provincial procuracy nor court: the page's mentions are not counted)
    counts = {k: len(p.findall(doc.text)) for k, p in _MENTIONS.items()}
    out: dict[str, Span] = {}
    for kind, names in found.items():
        other = next(k for k in _MENTIONS if k != kind)
        if len(names) == 1 and counts[kind] >= 2 * counts[other]:
            out[kind] = first[next(iter(names))]
    return out


def units_of_the_host(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """The units of the page's procuracy or court written without it, named with it."""
    text = doc.text
    if doc.meta.get("main_dept"):
        return []
    orgs = [s for s in spans if s.label == "org"]
    hosts = page_hosts(doc, orgs)
    if not hosts:
        return []
    names = {s.name for s in orgs}
    out: list[Span] = []
    found = [(m, _HOST_WORD[m.group("host")]) for m in _with_bare_host().finditer(text)]
    for m in _ALONE.finditer(text):
        unit = m.group("unit")
        found.append((m, _HOST_OF_UNIT[unit[:1].upper() + unit[1:]]))
    for m, kind in found:
        host = hosts.get(kind)
        if host is None or any(s.start <= m.start() < s.end for s in orgs):
            continue
        unit = m.group("unit")
        unit = "Ban cán sự Đảng" if unit.lower() == "ban cán sự đảng" else unit
        unit = unit[:1].upper() + unit[1:]  # "phòng Tổ chức cán bộ" written small in a list
        name = f"{unit} {host.name}"
        if name in names:
            continue
        names.add(name)
        data = {"kind": "other", "province": host.data.get("province"), "parent": host.name}
        out.append(Span(m.start(), m.end(), "org", name, "host-unit", data))
    return out
