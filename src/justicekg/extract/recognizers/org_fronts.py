"""The Fatherland Front named without its committee, a place right after it: ``Chủ tịch MTTQ
tỉnh X``, ``MTTQVN phường Y``, ``Mặt trận Tổ quốc huyện Z`` name that place's committee
(``Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh X``; a bare ``tỉnh``: the page's province, or the bare
word when the page names none). Without a place word it is the Front as a movement (``Mặt trận
Tổ quốc Việt Nam và các tổ chức thành viên``, ``Mặt trận Tổ quốc các cấp``): no body.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.org_places import place_at, place_suffix

__all__ = ["fronts_of_places"]

#: the Front without "Ủy ban", then a level word (the place is read after it; the text is
#: tone-normalized, so no "Uỷ")
_FRONT = re.compile(
    r"(?<![\w])(?<!Ủy ban )(?<!ủy ban )(?<!UB )(?<!UB\.)"
    r"(?:MTTQ(?:[ \t]*VN|[ \t]+Việt Nam)?|Mặt trận Tổ quốc(?:[ \t]+Việt Nam)?)"
    r"(?=[ \t]+(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn)(?![\w]))"
)
_NAME = "Ủy ban Mặt trận Tổ quốc Việt Nam"


def fronts_of_places(doc: Doc) -> list[Span]:
    """The committee of each place the Front is named with."""
    if "MTTQ" not in doc.text and "Mặt trận Tổ quốc" not in doc.text:
        return []
    out: list[Span] = []
    for m in _FRONT.finditer(doc.text):
        place = place_at(doc, m.end())
        if place is None or place.level == "foreign":
            continue
        if place.level == "implicit" and not place.written:
            continue  # no level word read: a movement, not a committee
        data = {"kind": "other", "province": place.province}
        out.append(Span(m.start(), place.end, "org", _NAME + place_suffix(place), "front", data))
    return out
