"""Vietnamese date expressions → ISO dates.

Forms: ``27-11-2017``, ``27/11/2017``, ``10.01.2020``, ``ngày 27 tháng 11 năm 2017``,
``sáng 17/7``, ``chiều 14-12``, ``ngày 9.1`` (the year from a reference date: the latest such day
not after it; without a reference the day is ``--MM-DD``, the XSD ``gMonthDay`` form),
``tháng 11/2017``, ``năm 2017``, ranges ``20/6–30/6/2007`` (the first day).

The forms' patterns are in :mod:`justicekg.text.date_forms`; the year a sentence gives a day
(:func:`year_from_sentence`) is in :mod:`justicekg.text.sentence_years`, the latest days a text
reports (:func:`latest_full_date`, :func:`latest_reported_date`) in
:mod:`justicekg.text.report_dates`; both are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from justicekg.text.date_forms import (
    DATE_IN_WORDS,
    DAY_CUE,
    DAY_LIST_BEFORE,
    DAY_MONTH,
    DAY_MONTH_CLIPPED,
    DAY_MONTH_CUED,
    DAY_RANGE,
    DAYS_IN_WORDS,
    FULL_DATE,
    FULL_DATE_RANGE,
    ISO_DATE,
    MONTH_YEAR,
    SPAN_FROM,
    YEAR_PHRASE,
    is_valid_date,
)
from justicekg.text.report_dates import (
    latest_cutoff_date,
    latest_full_date,
    latest_reported_date,
)
from justicekg.text.sentence_years import year_from_sentence

__all__ = [
    "DateMatch",
    "find_dates",
    "latest_cutoff_date",
    "latest_full_date",
    "latest_reported_date",
    "parse_date",
    "resolve_year",
    "resolve_year_near",
    "year_from_sentence",
]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in text; ``iso`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""

    start: int
    end: int
    iso: str
    #: True when the year was not written and came from the reference date.
    inferred_year: bool = False
    #: True when the expression is the first day of a range (``20/6–30/6/2007``).
    is_range: bool = False
    #: The range's last day (``YYYY-MM-DD``, or ``--MM-DD`` without a year), for a range.
    range_end: str | None = None

    @property
    def has_year(self) -> bool:
        """False for a day and month whose year is unknown (``--MM-DD``)."""
        return not self.iso.startswith("--")


def resolve_year(month: int, day: int, reference: str | None) -> int | None:
    """The year of ``day/month``: the latest such day not after ``reference`` (ISO).

    >>> resolve_year(12, 29, "2023-01-05")
    2022
    >>> resolve_year(1, 10, "2018-01-11")
    2018
    >>> resolve_year(5, 9, "2017-03"), resolve_year(3, 30, "2017-03"), resolve_year(5, 9, "2017")
    (2016, 2017, 2017)
    """
    if not reference or len(reference) < 4 or not reference[:4].isdigit():
        return None
    year = int(reference[:4])
    # (a reference of a month alone, "date 2017-03": the latest such day not after that month)
    ref_md = (
        (int(reference[5:7]), int(reference[8:10]))
        if len(reference) >= 10
        else (int(reference[5:7]), 31)
        if len(reference) >= 7 and reference[5:7].isdigit()
        else (12, 31)
    )
    return year if (month, day) <= ref_md else year - 1


def resolve_year_near(month: int, day: int, anchor: str | None) -> int | None:
    """The year of ``day/month`` on a page without a date line, from the latest day it reports
    in full (``anchor``): a day in the month after it is in its year (``Ngày 15/3/2023, … Chiều
    16/3, …``), otherwise the latest such day not after it.

    >>> resolve_year_near(3, 16, "2023-03-15"), resolve_year_near(12, 29, "2023-01-05")
    (2023, 2022)
    >>> resolve_year_near(9, 1, "2023-03-15") is None  # half a year before: any year
    True
    >>> resolve_year_near(7, 17, "2025-07-19")
    2025
    >>> resolve_year_near(1, 5, "2023-12-31")
    2024
    """
    if not anchor or len(anchor) < 10 or not anchor[:4].isdigit():
        return resolve_year(month, day, anchor)
    year = int(anchor[:4])
    for ahead_year in (year, year + 1):  # (into the next year: "31/12/2023" then "Sáng 5/1")
        if is_valid_date(ahead_year, month, day):
            ahead = _days_apart(anchor, f"{ahead_year:04d}-{month:02d}-{day:02d}")
            if 0 <= ahead <= 31:
                return ahead_year
    before = resolve_year(month, day, anchor)
    if before is None or not is_valid_date(before, month, day):
        return None
    # a day long before the anchor may be of any year ("Sáng 12/6, …" on a page whose latest
    # full day is a cited agreement's "19/4/2024"): only a day close to it is certain
    back = _days_apart(f"{before:04d}-{month:02d}-{day:02d}", anchor)
    return before if back <= _NEAR_DAYS else None


#: how far before the latest full day a day and month may lie to take its year
_NEAR_DAYS = 62


def _days_apart(first: str, last: str) -> int:
    return (date.fromisoformat(last) - date.fromisoformat(first)).days


def _day(year: int | None, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or ``--MM-DD`` when the year is unknown; None for no such day."""
    if year is None:
        return f"--{month:02d}-{day:02d}" if is_valid_date(2000, month, day) else None
    return f"{year:04d}-{month:02d}-{day:02d}" if is_valid_date(year, month, day) else None


def find_dates(text: str, *, reference: str | None = None) -> Iterator[DateMatch]:
    """Every date expression in ``text``, left to right, without overlaps.

    A day and month without a year and without ``reference`` is ``--MM-DD``:

    >>> [d.iso for d in find_dates("Chiều 14-12, Cục tổ chức hội nghị; ngày 9.1 tiếp")]
    ['--12-14', '--01-09']

    >>> [d.iso for d in find_dates("Sáng ngày 27-11-2017 và chiều 10/1", reference="2018-01-11")]
    ['2017-11-27', '2018-01-10']
    >>> [d.iso for d in find_dates("từ 20/6–30/6/2007, ngày 5 tháng 3 năm 2019")]
    ['2007-06-20', '2019-03-05']
    >>> [d.iso for d in find_dates("Trong hai ngày 16, 17/11/2023 tại tỉnh Sóc Trăng")]
    ['2023-11-16']
    >>> [d.iso for d in find_dates("trong các ngày từ 17 đến 19 tháng 10 năm 2022")]
    ['2022-10-17']
    >>> text = "ngày 20 và 21/8/2025; từ ngày 3 đến ngày 5/6"
    >>> [d.iso for d in find_dates(text, reference="2025-09-01")]
    ['2025-08-20', '2025-06-03']
    """
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(dm: DateMatch) -> None:
        found.append(dm)
        taken.append((dm.start, dm.end))

    for m in DAY_RANGE.finditer(text):
        # a year-less range or one joined by "và" needs a day word before it:
        # "ngày 20 và 21/8/2025", "từ ngày 20 đến ngày 22/6", "trong 2 ngày 20-21/8"
        cue = DAY_CUE.search(text, max(0, m.start() - 16), m.start())
        d1 = int(m["d1"])
        if cue is None and m["conj"] in ("-", "–", "—", "đến", "tới"):
            cue = SPAN_FROM.search(text, max(0, m.start() - 8), m.start())
        if cue is None and m["conj"] in ("và", ",") and m["m1"] is None:
            listed = DAY_LIST_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if listed is not None:  # "các ngày 5, 6 và 7/6": from the first day listed
                cue = DAY_CUE.search(text, max(0, listed.start() - 16), listed.start())
                d1 = int(listed["first"]) if cue is not None else d1
        if (m["y"] is None or m["conj"] in ("và", ",")) and cue is None:
            continue
        m2 = int(m["m2"])
        m1 = int(m["m1"]) if m["m1"] else m2
        y = int(m["y"]) if m["y"] else resolve_year(m1, d1, reference)
        first, last = _day(y, m1, d1), _day(y, m2, int(m["d2"]))
        if first and last and (m1, d1) <= (m2, int(m["d2"])):
            start = cue.start() if cue is not None and m["y"] is None else m.start()
            add(DateMatch(start, m.end(), first, m["y"] is None, is_range=True, range_end=last))
    for m in FULL_DATE_RANGE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        last = _day(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        first = _day(y, mo, d)
        if first and last and first <= last and _days_apart(first, last) <= 62:
            # (a longer span is a period or an anniversary: "28/8/1945-28/8/2015")
            add(DateMatch(m.start(), m.end(), first, is_range=True, range_end=last))
    for m in DAYS_IN_WORDS.finditer(text):
        mo, d = int(m["m"]), int(m["d"])
        y = int(m["y"]) if m["y"] else resolve_year(mo, d, reference)
        iso, last = _day(y, mo, d), _day(y, mo, int(m["dl"]))
        if iso and free(m.start(), m.end()):
            last = last if last and last >= iso else iso
            add(DateMatch(m.start(), m.end(), iso, m["y"] is None, is_range=True, range_end=last))
    for m in [*FULL_DATE.finditer(text), *ISO_DATE.finditer(text)]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if free(m.start(), m.end()) and is_valid_date(y, mo, d):
            add(DateMatch(m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}"))
    for m in DATE_IN_WORDS.finditer(text):
        mo, d = int(m["m"]), int(m["d"])
        if not free(m.start(), m.end()):
            continue
        inferred = m["y"] is None
        iso = _day(int(m["y"]) if m["y"] else resolve_year(mo, d, reference), mo, d)
        if iso:
            add(DateMatch(m.start(), m.end(), iso, inferred))
    day_months = [
        *DAY_MONTH.finditer(text),
        *DAY_MONTH_CUED.finditer(text),
        *DAY_MONTH_CLIPPED.finditer(text),
    ]
    for m in sorted(day_months, key=lambda m: m.start()):
        mo, d = int(m["m"]), int(m["d"])
        if not free(m.start(), m.end()):
            continue
        cue = DAY_CUE.search(text, max(0, m.start() - 30), m.start())
        if cue is None and m.re is not DAY_MONTH:
            continue
        if cue is None:
            # a day alone in parentheses: "Sáng nay (14/3)", "Sở Tư pháp (14/3) tổ chức"
            if not (
                text[max(0, m.start() - 1) : m.start()] == "("
                and text[m.end() : m.end() + 1] == ")"
            ):
                continue
            m_start = m.start()
        else:
            m_start = cue.start()
        iso = _day(resolve_year(mo, d, reference), mo, d)
        if iso:
            add(DateMatch(m_start, m.end(), iso, True))
    for m in MONTH_YEAR.finditer(text):
        mo = int(m["m"])
        if free(m.start(), m.end()) and 1 <= mo <= 12:
            add(DateMatch(m.start(), m.end(), f"{int(m['y']):04d}-{mo:02d}"))
    for m in YEAR_PHRASE.finditer(text):
        if free(m.start(), m.end()):
            add(DateMatch(m.start(), m.end(), m["y"]))
    found.sort(key=lambda dm: dm.start)
    return iter(found)


def parse_date(text: str, *, reference: str | None = None) -> str | None:
    """The first date in ``text`` as ISO, or None.

    >>> parse_date("10.01.2020")
    '2020-01-10'
    >>> parse_date("ngày 27 tháng 11 năm 2017")
    '2017-11-27'
    >>> parse_date("Thứ Bảy, 16/07/2016 08:45")
    '2016-07-16'
    """
    for dm in find_dates(text, reference=reference):
        return dm.iso
    return None
