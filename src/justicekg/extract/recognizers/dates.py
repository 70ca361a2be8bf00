"""Date spans (label ``date``, ``name`` = ISO) relative to the article's date."""

from __future__ import annotations

import re
from datetime import date

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.base import register
from justicekg.text.dates import (
    find_dates,
    latest_cutoff_date,
    latest_reported_date,
    resolve_year,
    resolve_year_near,
    year_from_sentence,
)
from justicekg.text.now_bounds import until_day
from justicekg.text.occasion_dates import year_from_held_anniversary, year_from_occasion


@register("dates")
class Dates:
    """Every date expression, with ``data["inferred"]`` and ``data["range"]``."""

    name = "dates"

    def __call__(self, doc: Doc) -> Doc:
        ref = doc.published or doc.meta.get("dateline")
        # no date for the page: the years its sentence names date "ngày 17/7", else the latest
        # full date the page reports (not a cited document's day, nor a period's bound)
        fallback = None if ref else latest_reported_date(doc.text)
        # (else the cut-off of a tally the report gives: "đến ngày 3.5.2021, Chi cục còn …")
        cutoff = None if ref or fallback else latest_cutoff_date(doc.text)
        headline = _headline(doc.text) if not ref else None
        for dm in find_dates(doc.text, reference=ref):
            iso, range_end = dm.iso, dm.range_end
            if not dm.has_year:
                sent = doc.sentence_of(dm.start)
                month, day = int(iso[2:4]), int(iso[5:7])
                year = year_from_sentence(doc.text[sent.start : sent.end], month, day)
                if year is None and headline and sent.start > len(headline):
                    # "Tỉnh A: giải bóng đá ngành Tư pháp năm 2023" over "Sáng 12/5, …"
                    year = year_from_sentence(headline, month)
                if year is None and fallback is None:
                    # "Nhân kỷ niệm … (28/8/1945 - 28/8/2016), …" then "Cũng trong chiều 24/8"
                    year = year_from_occasion(doc.text, sent.start, month, day)
                if year is None and fallback is None:
                    # "Sáng 9/7, … Lễ kỷ niệm 35 năm …" and "35 năm (10/7/1985-10/7/2020)"
                    year = year_from_held_anniversary(doc.text, sent.start, sent.end, month, day)
                if year is None:
                    year = resolve_year_near(month, day, fallback)
                if year is None and cutoff:
                    year = _after_cutoff(month, day, cutoff)
                if year is None and not ref:
                    # "từ nay đến 30.9.2022, …": the page is written shortly before that day
                    year = _before_until(doc.text, month, day)
                if year is not None:
                    iso = f"{year:04d}{iso[1:]}"
                    range_end = f"{year:04d}{range_end[1:]}" if range_end else None
            doc.add(
                Span(
                    dm.start,
                    dm.end,
                    "date",
                    iso,
                    "dates",
                    {"inferred": dm.inferred_year, "range": dm.is_range, "range_end": range_end},
                )
            )
        return doc


def _before_until(text: str, month: int, day: int) -> int | None:
    """The year of a day and month on a page written before the day it says something is
    still to be done by: the latest such day not after it, when close to it."""
    until = until_day(text)
    if until is None:
        return None
    year = resolve_year(month, day, until)
    if year is None:
        return None
    try:
        gap = (date.fromisoformat(until) - date(year, month, day)).days
    except ValueError:
        return None
    return year if 0 <= gap <= _UNTIL_DAYS else None


def _after_cutoff(month: int, day: int, cutoff: str) -> int | None:
    """The year of a day and month that falls within a month after a tally's cut-off day.

    >>> _after_cutoff(5, 6, "2021-05-03"), _after_cutoff(12, 27, "2024-09-30")
    (2021, None)
    """
    for year in (int(cutoff[:4]), int(cutoff[:4]) + 1):
        try:
            gap = (date(year, month, day) - date.fromisoformat(cutoff)).days
        except ValueError:
            continue
        if 0 <= gap <= _CUTOFF_DAYS:
            return year
    return None


#: how long after a tally's cut-off the meeting that hears it may lie to take its year
_CUTOFF_DAYS = 31
#: how long before a "từ nay đến" day a report's day may lie to take its year
_UNTIL_DAYS = 92


def _headline(text: str) -> str | None:
    """The page's first line when it reads as a headline (short, no closing stop): the year
    it names dates the report's days and months (``… giải bóng đá ngành Tư pháp năm 2023``).

    >>> _headline("Sở Tư pháp tổ chức giải bóng đá năm 2023\\nSáng 12/5, …")
    'Sở Tư pháp tổ chức giải bóng đá năm 2023'
    >>> _headline("Sáng 12/5, Sở Tư pháp tổ chức giải bóng đá năm 2023.") is None
    True
    >>> _headline("Thứ Tư, ngày 10 tháng 1 năm 2024\\nSáng 18/9, …") is None
    True
    >>> _headline("Triển khai Luật Hòa giải ở cơ sở năm 2013\\nSáng 14/3, …") is None
    True
    """
    line = text.lstrip().split("\n", 1)[0].strip()
    if not line or len(line) > 200 or line[-1] in ".!?…:;" or "\n" not in text.strip():
        return None
    if any(len(d.iso) >= 7 for d in find_dates(line)):
        return None  # "Thứ Tư, ngày 10 tháng 1 năm 2024": a site's date, not a headline
    if _NAMED_YEAR.search(line):
        return None  # "Luật Hòa giải ở cơ sở năm 2013: …": the year of a law, not of the news
    return line


#: a year that belongs to a law or document named in a headline
_NAMED_YEAR = re.compile(
    r"(?:Luật(?!\s+(?:gia|sư)(?![\w]))|Bộ luật|Hiến pháp|Nghị định|Nghị quyết|Thông tư|"
    r"Pháp lệnh|Chỉ thị)[^,.;:]{0,60}năm\s+(?:19|20)\d\d",
    re.IGNORECASE,
)
