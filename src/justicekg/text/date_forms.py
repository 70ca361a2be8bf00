"""The written forms of a Vietnamese date, as patterns: a full day (``27/11/2017``,
``10.01.2020``, ``2017-11-27``), a day in words (``ngày 27 tháng 11 năm 2017``), ranges, a day
and month (``17/7``, cued ``14-12``), a month and year, a year; and whether a day exists.
Read by :mod:`justicekg.text.dates` (finding dates), :mod:`justicekg.text.sentence_years` and
:mod:`justicekg.text.report_dates`.
"""

from __future__ import annotations

import re
from datetime import date

_D = r"(?P<d>[0-3]?\d)"
_M = r"(?P<m>[01]?\d)"
_Y = r"(?P<y>(?:19|20)\d\d)"
_SEP = r"[/\-.]"


def _first_day(name: str, before: str = r"[\d/.\-]") -> str:
    r"""``(?<!before)(?P<name>[0-3]?\d)``, a day that starts a pattern and follows no
    ``before`` character, written to start with its digit: a pattern that starts with a
    character class is scanned for that class (fast), one that starts with a look-behind is
    tried at every place of the text (4x slower). Same matches: the look-behind comes after
    the first digit (``before`` then that digit), a second digit only after ``0``-``3``.

    >>> import re
    >>> [m["d"] for m in re.finditer(_first_day("d"), "12 /5 45 x7")]
    ['12', '4', '7']
    """
    return rf"(?P<{name}>\d(?<!{before}\d)(?:(?<=[0-3])\d)?)"


#: (the second day of a span "28/8/1945-28/8/2015" is a full date too)
FULL_DATE = re.compile(
    # (the day follows no digit or separator, or a year and a dash: read after its first
    # digit, as in ``_first_day``)
    rf"(?P<d>\d(?:(?<![\d/.\-]\d)|(?<=\d\d\d\d[-–]\d))(?:(?<=[0-3])\d)?)"
    rf"\s?(?P<s>{_SEP})\s?{_M}\s?(?P=s)\s?{_Y}(?![\d/])"
)
#: (the year follows no digit or separator: read after its first two digits)
ISO_DATE = re.compile(
    r"(?P<y>(?:19|20)(?<![\d/.\-]\d\d)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d/\-]|\.\d)"
)
DATE_IN_WORDS = re.compile(
    rf"(?i:ngày)\s+{_D}\s+(?i:tháng)\s+{_M}(?:\s*(?:,\s*)?(?i:năm)\s+{_Y})?(?!\d)"
)
DAY_RANGE = re.compile(
    rf"{_first_day('d1')}(?:{_SEP}(?P<m1>[01]?\d))?\s*"
    # ("từ ngày 11/01 đến hết ngày 12/01/2024")
    rf"(?P<conj>[–—-]|đến|tới|và|,)\s*(?:hết\s+)?(?:(?i:ngày)\s+)?"
    # (a sentence's full stop may follow: "… từ ngày 20 đến 22/6/2024.")
    # ("(23 và 24 -11)": a dash typed with a space before it, or after it, joins the last
    # day to its month too, only where the month ends its phrase, as in DAY_MONTH_CUED:
    # "Chiều 5, 6 -8 cán bộ dự" counts people)
    rf"(?P<d2>[0-3]?\d)(?:{_SEP}|(?P<sd>\s-|-\s))(?P<m2>[01]?\d)(?:{_SEP}{_Y})?(?![\d/\-]|\.\d)"
    r"(?(sd)(?=[ \t]*(?:[,;:)\n.]|$)|[ \t]+(?:tại|ở)(?![\w])))"
)
#: "từ ngày 18/8/2025 đến ngày 22/8/2025": a range whose ends are both full dates
FULL_DATE_RANGE = re.compile(
    rf"{_first_day('d')}(?P<s>[/\-.]){_M}(?P=s){_Y}\s*(?:[–—-]|đến|tới)\s*(?:hết\s+)?(?:(?i:ngày)\s+)?"
    r"(?P<d2>[0-3]?\d)(?P<s2>[/\-.])(?P<m2>[01]?\d)(?P=s2)(?P<y2>(?:19|20)\d\d)(?![\d/])"
)
#: "ngày 11, 12 tháng 01 năm 2010": several days of one month
DAYS_IN_WORDS = re.compile(
    rf"(?i:ngày)\s+(?:(?i:từ)\s+)?{_D}(?:\s*(?:,|và|-|–|đến|tới)\s*(?:(?i:ngày)\s+)?(?P<dl>[0-3]?\d))+"
    rf"\s+(?i:tháng)\s+{_M}"
    rf"(?:\s*(?:,\s*)?(?i:năm)\s+{_Y})?(?!\d)"
)
DAY_MONTH = re.compile(rf"{_first_day('d')}\s?/\s?{_M}(?![\d/])")
#: "Chiều ngày 29/3/203": a day and month whose year was typed short (a digit lost), read as a
#: day and month without a year (only after a day word, as ``DAY_MONTH_CUED``)
DAY_MONTH_CLIPPED = re.compile(
    rf"{_first_day('d')}\s?/\s?{_M}\s?/\s?(?:(?:19|20)\d?|2)(?![\d/.\-])"
)
#: "chiều 14-12", "ngày 9.1": only after a day word (a dot or dash is too ambiguous alone)
DAY_MONTH_CUED = re.compile(
    # ("Sáng 10 - 6": spaced around a dash too)
    _first_day("d", r"[\d/.\-,]")
    + rf"(?:(?P<s>[.\-])|\s(?P<sd>-)\s){_M}(?![\d/]|(?P=s)\d|\s?-\s?\d)"
    # (spaced, only where the day ends its phrase: "Mỗi ngày 2 - 3 lần", "Sáng 8 - 9 giờ" count)
    r"(?(sd)(?=[ \t]*(?:[,;:)\n.]|$)|[ \t]+(?:tại|ở)(?![\w])))"
)
#: the word that must precede a day/month without a year
DAY_CUE = re.compile(
    r"(?i:ngày|sáng|chiều|trưa|tối|đêm|hôm)(?:\s+(?i:nay|qua|sau))?"
    r"(?:\s+(?i:thứ)\s+\w+,?|\s+(?i:chủ nhật),?)?(?:\s+(?i:ngày))?(?:\s+(?i:mùng|mồng))?"
    # ("ngày12/3", "Sáng12/3": the day word glued to its day, as some pages type it)
    r"(?:\s+|\s*\(\s*|,\s+|(?<=\w))"
    # "Trong 03 ngày (từ 12/6 đến 14/6)": a span's first day
    r"(?:(?i:từ)\s+)?$"
)
#: "Từ 12 - 14/3, …": a span opened by "từ" alone (a bare "12 - 14/3" may be a count or a
#: document's number)
SPAN_FROM = re.compile(r"(?<![\w])(?i:từ)\s+$")
#: "Trong các ngày 5, 6 và 7/6": the days listed before a range's last two, from the first
DAY_LIST_BEFORE = re.compile(r"(?<![\d/.\-])(?P<first>[0-3]?\d)(?:\s*,\s*[0-3]?\d)*\s*,\s*$")
MONTH_YEAR = re.compile(rf"(?i:tháng)\s+{_M}\s?(?:[/\-]|(?:,\s*)?(?i:năm)\s)\s?{_Y}(?!\d)")
YEAR_PHRASE = re.compile(rf"(?i:năm)\s+{_Y}(?![\d/])")


def is_valid_date(y: int, m: int, d: int) -> bool:
    """True when year ``y``, month ``m`` and day ``d`` make a calendar day.

    >>> is_valid_date(2024, 2, 29), is_valid_date(2025, 2, 29)
    (True, False)
    """
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True
