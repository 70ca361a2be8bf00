"""A district's justice office written short: ``Phòng TP huyện X`` (``TP`` for ``Tư pháp``,
the level word of a district right after it) is ``Phòng Tư pháp huyện X``. Without a district's
level word (``Phòng TP Yên Bái``) ``TP`` may be the city's, and nothing is read.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.org_places import place_at, place_suffix

__all__ = ["short_justice_offices"]

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
