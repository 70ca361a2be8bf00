"""A signing the report goes on to after a dated visit (``Cuối chuyến thăm, hai Thứ trưởng đã ký
thỏa thuận …``), with no day of its own: on the latest day named before it. Used by
:mod:`justicekg.extract.recognizers.events`.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.event_kinds import classify
from justicekg.extract.recognizers.event_signals import CAPTION, DOC_BEFORE, FUTURE, is_day

#: (the look-behind read after the "đ" both forms start with: tried only where it is)
_PASSIVE_SIGNED = re.compile(
    r"đ(?<![\w][\s\S])(?:ã\s+được|ược)\s+(?:\w+\s+){0,3}ký(?![\w])", re.IGNORECASE
)
_SIGNED = re.compile(
    r"(?<![\w])(?:đã|cùng|chính thức|thống nhất)\s+(?:\w+\s+){0,2}ký(?![\w])", re.IGNORECASE
)
#: a time the sentence names for itself ("năm 2012, …", "Năm 2019,", "vào năm 2015"): the
#: signing's own year, not the visit's (a plan's year, "Kế hoạch năm 2025", is no time)
_YEAR = re.compile(
    r"(?<![\w])(?:(?:vào|từ|trong|cuối|đầu)\s+năm\s+((?:19|20)\d\d)(?![\w])|"
    r"năm\s+((?:19|20)\d\d)\s*,)",
    re.IGNORECASE,
)
#: "Nhân dịp này, …", "Cũng trong dịp này, …", "Tại đây, …": the occasion just reported
_ON_OCCASION = re.compile(
    r"\W*(?:(?:Cũng\s+)?(?:nhân|trong|tại)\s+)?(?:dịp này|đây)\s*,", re.IGNORECASE
)
#: a signing done at a conference or ceremony reported already ("Hội nghị đã ký kết …")
_AT_HELD = re.compile(r"(?<![\w])(?:hội nghị|hội thảo|tọa đàm|đại hội|lễ)(?![\w])", re.IGNORECASE)


def later_signings(doc: Doc, used: set[int], body_start: int, body_end: int) -> None:
    """``Cuối chuyến thăm, hai Thứ trưởng đã ký thỏa thuận …`` after a dated visit: a signing
    the report goes on to (no date of its own), on the latest day named before it."""
    text = doc.text
    days = [d for d in doc.by_label("date") if is_day(d.name) and body_start <= d.start]
    for sent in doc.sentences:
        if not (body_start <= sent.start < body_end) or sent.start in used:
            continue
        stext = text[sent.start : sent.end]
        if not _SIGNED.search(stext) or FUTURE.search(stext) or classify(stext) != "signing":
            continue  # (the cheap tests first: most sentences sign nothing)
        if _PASSIVE_SIGNED.search(stext):
            continue  # "… Dự án đã được ký kết giữa Bộ và Tổ chức X": a document cited
        if _AT_HELD.search(stext):
            continue  # "Tại hội nghị, lãnh đạo 05 Sở đã ký kết giao ước": the same event
        if CAPTION.search(stext) or any(
            sent.start <= d.start < sent.end
            and not DOC_BEFORE.search(text[max(sent.start, d.start - 80) : d.start])
            for d in days
        ):
            continue  # a day of its own (not a cited document's): the dated pass saw it
        events = doc.by_label("event")
        # the latest day before it that is a reported event's, or inside one's range
        before = [
            d
            for d in days
            if d.end <= sent.start
            and any(
                e.name == d.name
                or (e.data.get("range_end") and e.name <= d.name <= e.data["range_end"])
                for e in events
            )
        ]
        if not before:
            continue
        day = before[-1].name
        if any((y.group(1) or y.group(2)) != day[:4] for y in _YEAR.finditer(stext)):
            continue  # "… cho biết, năm 2012, hai nước đã ký Thỏa thuận …": a signing recalled
        if _ON_OCCASION.match(stext) and any(
            e.name == day and e.data.get("kind") in ("conference", "ceremony") for e in events
        ):
            continue  # "Nhân dịp này, các đơn vị ký kết giao ước": signed at that conference
        if any(e.name == day and e.data.get("kind") == "signing" for e in events):
            continue
        used.add(sent.start)
        doc.add(Span(sent.start, sent.end, "event", day, "later-signing", {"kind": "signing"}))
