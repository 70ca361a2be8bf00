"""The page's date line: the day a page says it was posted, printed near its top.

Sites print the day as a line of its own (``Thứ sáu, 14/03/2022 10:15``, ``Ngày đăng: 14 tháng
3, 2024``, ``28/12/13``, an ISO stamp), after the headline (``… cho Bộ Tư pháp 25/08/2025
12:45``) or as a ``date 2021-12`` header glued to the text's start. :func:`mark_dateline` adds
those ``dateline`` spans and sets ``doc.meta["dateline"]``; a site's clock over the page
(``Hôm nay: …``) is skipped, and a date line that the report's lead contradicts is marked but
is not the page's date.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.text.dates import find_dates
from justicekg.text.segment import Segment

__all__ = ["DATELINE", "is_dateline", "mark_dateline"]

#: a line that is nothing but a date, with a weekday, a label or a clock time
DATELINE = re.compile(
    r"^(?:(?:Thứ\s+\w+|Chủ nhật|Cập nhật|Ngày đăng|Đăng ngày|Ngày)\s*[:,]?\s*)?"
    r"[\d/\-.: ,()APMapmhgiờ]{6,40}$",
    re.IGNORECASE,
)

#: "Thứ sáu, 14 Tháng 3 2022 10:15": a date line with the month as a word and no "năm"
#: (not "Thứ Hai, ngày 15 tháng 12 năm 2025": in that form sites print today's date in the header)
_WORD_MONTH_LINE = re.compile(
    r"^(?:(?:Thứ\s+\w+|Chủ nhật)\s*[,\-–]?\s*)?(\d{1,2})\s+[Tt]háng\s+(\d{1,2})\s*,?\s+"
    r"((?:19|20)\d\d)(?:\s*[,\-–]?\s*\d{1,2}:\d\d(?::\d\d)?)?\s*$"
)
#: "Đăng ngày 14 tháng 3 năm 2024", "Ngày đăng: 14 tháng 3, 2024": a labelled date line in
#: words (the label says it is the page's date, not a clock)
_LABELED_WORD_DATE = re.compile(
    r"^(?:Cập nhật(?:\s+ngày)?|Ngày đăng|Đăng ngày|Ngày xuất bản)\s*:?\s*(?:ngày\s+)?"
    r"(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*|\s+năm\s+|\s+)"
    r"((?:19|20)\d\d)(?:\s*[,\-–]?\s*\d{1,2}:\d\d(?::\d\d)?)?\s*$",
    re.IGNORECASE,
)
_SHORT_YEAR = re.compile(r"^\s*(\d{1,2}/\d{1,2})/(\d\d)\s*$")

_FULL_DATE = re.compile(r"\d{1,2}[/\-.]\d{1,2}[/\-.](?:19|20)\d\d")
#: an ISO stamp as a line of its own, or a "date 2021-12" header glued to the text's start
_ISO_LINE = re.compile(r"^\s*((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?\s*$")
_DATE_HEADER = re.compile(r"^\s*date\s+((?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)(?![\d])")
#: a headline ending in its publication stamp: "… cho Bộ Tư pháp 25/08/2025 12:45"
#: (or in parentheses, "… hội nghị sơ kết (14/06/2024)"; or before it, "14/06/2024 - …": those
#: two only when the report below gives its own day, see ``_headline_stamp``)
_STAMP_END = re.compile(r"\s(\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?:\s+\d{1,2}:\d\d)?\s*$")
_STAMP_PAREN = re.compile(r"\s\((\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?:\s+\d{1,2}:\d\d)?\)\s*$")
_STAMP_START = re.compile(
    r"^\s*(\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?:\s+\d{1,2}:\d\d)?\s*[-–|]\s+(?=[^\W\d_])"
)


def _headline_stamp(text: str, line: str, end: int, paras: int) -> re.Match[str] | None:
    """The publication stamp of the headline ``line`` (the page's first, ending at ``end``):
    ``… cho Bộ Tư pháp 25/08/2025 12:45``; ``… hội nghị sơ kết (14/06/2024)`` and ``14/06/2024 -
    Sở Tư pháp tổ chức …`` only when the report below gives its own day (``Sáng 12/6, …``:
    otherwise the stamp is the only day of the activity the headline names), and not the day
    leading a report that opens the page (``12/6/2024 - Sở Tư pháp tổ chức … năm 2023.``).
    """
    plain = _STAMP_END.search(line)
    if plain is not None:
        return plain
    if paras < 2 or line.rstrip()[-1:] in ".!?…;:":
        return None
    m = _STAMP_PAREN.search(line) or _STAMP_START.match(line)
    return m if m is not None and _BODY_DAY.search(text, end) else None


#: a day and month in the report under a headline ("Sáng 12/6", "ngày 12-6-2024")
_BODY_DAY = re.compile(r"(?<![\d/.\-])[0-3]?\d[/.\-][01]?\d(?![\d])")


#: a site's clock over the page ("Hôm nay: Thứ Hai, 06/12/2026"), not the page's date
_TODAY_LINE = re.compile(r"\s*(?:Hôm nay|Today)\s*[:,]?\s", re.IGNORECASE)


def is_dateline(line: str) -> bool:
    """A short line that carries a full date plus at most a category, weekday or time."""
    m = _FULL_DATE.search(line)
    if not m or len(line) > 90 or line.rstrip().endswith("."):
        return False
    rest = (line[: m.start()] + " " + line[m.end() :]).replace("|", " ")
    return len(re.findall(r"[^\W\d_]+", rest)) <= 8


#: the lead of a report: "Ngày 18/12/2015, …", "Chiều ngày 25/6/2022, tại …", "LSO-Ngày …"
_LEAD_DAY = re.compile(
    r"[^\n]{0,12}?(?<![\w])(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?"
    r"(\d{1,2}[/\-.]\d{1,2}[/\-.](?:19|20)\d\d)\s*,",
    re.IGNORECASE,
)
#: a day this many years before a date line is no report the page would lead with
_CLOCK_YEARS = 5


def _stale_clock(text: str, after: int, end: int, dateline: str) -> bool:
    """A date line that is a site's clock, not the page's date: the report's first prose line
    leads with a full day the clock contradicts (after it, or years before it).

    >>> t = "Thứ 5 Ngày 14/5/2020\\nChiều ngày 25/6/2022, tại Hội trường, Chi bộ tổ chức Đại hội."
    >>> _stale_clock(t, 20, len(t), "2020-05-14")
    True
    >>> t = "Thứ 5 Ngày 26/6/2022\\nChiều ngày 25/6/2022, tại Hội trường, Chi bộ tổ chức Đại hội."
    >>> _stale_clock(t, 20, len(t), "2022-06-26")
    False
    """
    for line in text[after:end].split("\n"):
        if len(line.split()) < 12:
            continue  # the headline, a caption: the prose has not begun
        m = _LEAD_DAY.match(line)
        dates = [d for d in find_dates(m.group(1)) if len(d.iso) == 10] if m else []
        if not dates:
            return False
        day = dates[0].iso
        return day > dateline or int(day[:4]) < int(dateline[:4]) - _CLOCK_YEARS
    return False


def mark_dateline(doc: Doc, paras: list[Segment], footer_start: int) -> None:
    """Add the ``dateline`` spans of the page's top (``paras``: its paragraphs, before
    ``footer_start``) and set ``doc.meta["dateline"]`` to the page's date when one is read."""
    text = doc.text
    # date line: a short line that is nothing but a date (and weekday/time)
    header = _DATE_HEADER.match(text)
    if header is not None:
        doc.add(Span(header.start(1), header.end(1), "dateline", header.group(1), "header"))
        doc.meta["dateline"] = header.group(1)
        # "date 2025-08-14 <headline> 14/08/2025 14:22": the headline's stamp is the page's
        # date too, no day of an event the headline would report
        first = paras[0] if paras else None
        stamp = _STAMP_END.search(first.slice(text)) if first is not None else None
        if first is not None and stamp is not None:
            s0 = first.start + stamp.start(1)
            doc.add(Span(s0, s0 + len(stamp.group(1)), "dateline", header.group(1), "stamp"))
    for p in paras:
        if p.start >= footer_start or header is not None:
            break
        line = p.slice(text)
        if _TODAY_LINE.match(line):
            continue  # "Hôm nay: Thứ Hai, 06/12/2026": the site's clock
        iso = _ISO_LINE.match(line) or (
            _headline_stamp(text, line, p.end, len(paras)) if p is paras[0] else None
        )
        stamped = [d for d in find_dates(iso.group(1)) if len(d.iso) == 10] if iso else []
        if iso is not None and stamped:
            s0 = p.start + iso.start(1)
            doc.add(Span(s0, s0 + len(iso.group(1)), "dateline", stamped[0].iso, "stamp"))
            if not _stale_clock(text, p.end, footer_start, stamped[0].iso):
                doc.meta.setdefault("dateline", stamped[0].iso)
            break
        word = _WORD_MONTH_LINE.match(line) or _LABELED_WORD_DATE.match(line)
        if word is not None:
            line = f"{word.group(1)}/{word.group(2)}/{word.group(3)}"
        if (len(line) <= 60 and DATELINE.match(line)) or is_dateline(line):
            short = _SHORT_YEAR.match(line)
            if short is not None:  # "28/12/13": a two-digit year on a date line
                line = f"{short.group(1)}/20{short.group(2)}"
            dates = [d for d in find_dates(line) if len(d.iso) == 10]
            if dates:
                doc.add(Span(p.start, p.end, "dateline", dates[0].iso, "dateline"))
                if not _stale_clock(text, p.end, footer_start, dates[0].iso):
                    doc.meta.setdefault("dateline", dates[0].iso)
                break
