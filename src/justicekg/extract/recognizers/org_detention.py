"""Numbered detention facilities named with their police parent.

The grammar::

    FACILITY := HEAD "số" N (SEP "số"? N)* ["-" | "–" | "thuộc"] "Công an" PLACE
    HEAD     := "Trại tạm giam" | "Nhà tạm giữ" | "Phân trại tạm giam"

- ``Trại tạm giam số 1 - Công an tỉnh A`` → ``Trại tạm giam số 1 Công an tỉnh A``;
- ``Trại tạm giam số 1, số 2 Công an tỉnh A`` → one facility per number, the parent shared.

Without a number the head grammar reads them (``Trại tạm giam Công an tỉnh A``). Each facility's
span covers its head or its number only, so the police body keeps its own span.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.org_places import place_at, place_suffix

__all__ = ["numbered_detention"]

_HEAD = re.compile(
    r"(?<![\w])(?P<head>Trại tạm giam|Nhà tạm giữ|Phân trại tạm giam)[ \t]+số[ \t]+"
    r"(?P<n>\d{1,2})(?![\w/.,]\d)(?![\w])"
)
_MORE = re.compile(r"[ \t]*(?:,|và(?![\w]))[ \t]*(?:và[ \t]+)?(?:số[ \t]+)?(?P<n>\d{1,2})(?![\w])")
_PARENT = re.compile(r"[ \t]*(?:[-–][ \t]*|thuộc[ \t]+|của[ \t]+)?(?P<p>Công an)(?=[ \t])")


def numbered_detention(doc: Doc) -> list[Span]:
    """Every numbered detention facility with its police parent (label ``org``)."""
    text = doc.text
    out: list[Span] = []
    if " số" not in text or ("tạm giam" not in text and "tạm giữ" not in text):
        return out
    for m in _HEAD.finditer(text):
        numbers = [(m.start(), m.end(), m.group("n"))]
        pos = m.end()
        while (more := _MORE.match(text, pos)) is not None:
            numbers.append((more.start("n"), more.end("n"), more.group("n")))
            pos = more.end()
        parent = _PARENT.match(text, pos)
        if parent is None:
            continue
        place = place_at(doc, parent.end("p"))
        if place is None or place.level not in ("province", "district"):
            continue
        police = "Công an" + place_suffix(place)
        data = {"kind": "police", "province": place.province, "parent": police}
        for start, end, n in numbers:
            name = f"{m.group('head')} số {n} {police}"
            out.append(Span(start, end, "org", name, "numbered", data))
    return out
