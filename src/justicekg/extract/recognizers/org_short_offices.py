"""Bodies written short.

A district's justice office: ``Phòng TP huyện X`` (``TP`` for ``Tư pháp``, the level word of a
district right after it) is ``Phòng Tư pháp huyện X``. Without a district's level word (``Phòng
TP Yên Bái``) ``TP`` may be the city's, and nothing is read.

A ministry written with its sector: ``Bộ, ngành Tư pháp`` (``Bộ và ngành …``) names the
ministry, ``Bộ Tư pháp`` (the sector itself is no body); so does ``Bộ và Tổng cục Thi hành án
dân sự`` (the general department's ministry).
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.org_places import place_at, place_suffix

__all__ = ["ministries_of_sectors", "short_justice_offices"]

_SHORT = re.compile(
    r"(?<![\w])Phòng[ \t]+TP(?=[ \t]+(?:huyện|quận|thị xã|thành phố|TP\.?|Tp\.?|Quận)(?![\w]))"
)


def short_justice_offices(doc: Doc) -> list[Span]:
    """``Phòng TP huyện X``: the district's justice office."""
    if "Phòng TP" not in doc.text:
        return []
    out: list[Span] = []
    for m in _SHORT.finditer(doc.text):
        place = place_at(doc, m.end())
        if place is None or place.level != "district" or not place.name:
            continue
        name = "Phòng Tư pháp" + place_suffix(place)
        data = {"kind": "other", "province": place.province, "district": place.name}
        out.append(Span(m.start(), place.end, "org", name, "short-office", data))
    return out


@gz.derived
def _sector_ministry() -> re.Pattern[str]:
    """``Bộ, ngành <domain>``, ``Bộ và ngành <domain>`` (a ministry's domain of
    ``org_domains.tsv``), ``Bộ và Tổng cục THADS``."""
    domains = sorted(
        (r["domain"] for r in gz.load_rows("org_domains") if r["head"] == "Bộ"),
        key=len,
        reverse=True,
    )
    alt = "|".join(re.escape(d).replace(r"\ ", r"[ \t]+") for d in domains)
    return re.compile(
        r"(?<![\w])(?<!các )(?<!Các )(?P<head>Bộ)[ \t]*(?:,|và)[ \t]*(?:"
        rf"[Nn]gành[ \t]+(?P<domain>{alt})"
        r"|(?P<enforcement>Tổng[ \t]+cục[ \t]+(?:Thi[ \t]+hành[ \t]+án[ \t]+dân[ \t]+sự|THADS))"
        r")(?![\w])"
    )


def ministries_of_sectors(doc: Doc) -> list[Span]:
    """``Bộ, ngành Tư pháp``, ``Bộ và Tổng cục THADS``: the ministry (at its ``Bộ``)."""
    if "Bộ" not in doc.text:
        return []
    out: list[Span] = []
    for m in _sector_ministry().finditer(doc.text):
        domain = " ".join(m.group("domain").split()) if m.group("domain") else "Tư pháp"
        data = {"kind": "ministry", "province": None}
        out.append(Span(m.start("head"), m.end("head"), "org", f"Bộ {domain}", "sector", data))
    return out
