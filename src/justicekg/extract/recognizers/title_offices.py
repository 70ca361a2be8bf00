"""Representative offices after their head's title: ``Trưởng Văn phòng đại diện Báo X tại Y``,
``Phó Cơ quan đại diện Bộ X tại Y``.

A ministry, a newspaper or a journal keeps a representative office (``Văn phòng đại diện``,
``Cơ quan đại diện``) in another city. Its head's title is the office word as written with
``đại diện`` (``Trưởng văn phòng đại diện``, ``Phó cơ quan đại diện``), and the body is the
office named with the body it represents and its city, the city as the conventions name a
province (``Văn phòng đại diện Tạp chí X tại thành phố Hồ Chí Minh``); without a city, the
office of the body alone. The office is not the ``Văn phòng`` of another body of the page.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon

__all__ = ["representative_offices"]

_OFFICE = re.compile(
    r"(?<![\w])(?P<title>(?:[Pp]hó[ \t]+)?(?:[Tt]rưởng[ \t]+)?)"
    r"(?P<office>[Vv]ăn[ \t]+phòng|[Cc]ơ[ \t]+quan)[ \t]+đại[ \t]+diện[ \t]+"
)
_AT = re.compile(r"[ \t]+tại[ \t]+")
#: what may stand between "tại" and the city's name
_LEVEL = re.compile(r"(?:tỉnh|thành phố|TP|Tp)?[ \t.]*")


def _city(doc: Doc, start: int) -> tuple[int, str, str] | None:
    """The province or city written at ``start``: its end, its name and the name as the
    conventions write it in a body's name (``thành phố Hồ Chí Minh``), else None."""
    for p in doc.by_label("province"):
        if p.start >= start:
            if _LEVEL.fullmatch(doc.text[start : p.start]) is None:
                return None
            rec = lexicon().province(p.name)
            head = "thành phố" if rec is not None and rec.kind == "thành phố" else "tỉnh"
            return p.end, p.name, f"{head} {p.name}"
    return None


def representative_offices(doc: Doc) -> None:
    """Adds the representative office after a head's title (the title as written up to
    ``đại diện``) and drops the shorter title and office read there before."""
    text = doc.text
    orgs = doc.by_label("org")
    for m in _OFFICE.finditer(text):
        if not m.group("title").strip():
            continue  # "văn phòng đại diện" alone: a kind of office, no head's post
        title_end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        title = " ".join(text[m.start() : title_end].split())
        title = title[:1].upper() + title[1:]
        known = next((o for o in orgs if o.start == m.start("office") and o.end > m.end()), None)
        if known is not None:
            # "Phó Cơ quan đại diện Bộ X tại Y": an office the page (or the gazetteer) names in
            # full; a shorter title read there ("Trưởng Văn phòng") gives way, as below
            shorter = [
                x
                for x in doc.spans
                if x.label == "title" and m.start() <= x.start and x.end < title_end
            ]
            if shorter:
                doc.spans = [x for x in doc.spans if all(x is not y for y in shorter)]
            if not doc.covered(m.start(), title_end, ("title", "person")):
                doc.add(Span(m.start(), title_end, "title", title, "representative", {"head": ""}))
            continue
        body = next((o for o in orgs if o.start == m.end()), None)
        if body is None:
            continue
        end, name = body.end, body.name
        at = _AT.match(text, body.end)
        city = _city(doc, at.end()) if at is not None else None
        if city is not None:
            end, name = city[0], f"{name} tại {city[2]}"
        office = " ".join(m.group("office").split())
        office = office[:1].upper() + office[1:]
        doc.spans = [
            x
            for x in doc.spans
            if not (
                (x.label == "title" and m.start() <= x.start < title_end)
                or (x.label == "org" and m.start("office") <= x.start < m.end())
            )
        ]
        doc.add(Span(m.start(), title_end, "title", title, "representative", {"head": ""}))
        data = {"kind": "other", "province": city[1] if city else None}
        doc.add(
            Span(m.start("office"), end, "org", f"{office} đại diện {name}", "representative", data)
        )
