"""The page's own time bounded by what it says is still to come: ``Theo kế hoạch, từ nay đến
30.9.2022, Tòa án … thực hiện ít nhất 3 phiên …`` is written before 30 September 2022 (and
``Từ 1-4-2026, Tòa án … sẽ có …`` before 1 April 2026), so on a page without a date line a day
and month reported (``Sáng 22.9, …``) falls shortly before it.
"""

from __future__ import annotations

import re

__all__ = ["until_day"]

#: "từ nay đến 30.9.2022", "từ nay đến hết ngày 31/12/2024", "từ nay tới ngày 15-6-2023"
_FROM_NOW_UNTIL = re.compile(
    r"(?<![\w])từ\s+nay\s+(?:đến|tới|cho\s+đến)\s+(?:hết\s+)?(?:ngày\s+)?"
    r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d\d)(?![\d])",
    re.IGNORECASE,
)


#: "Từ 1-4-2026, Tòa án … sẽ có 7 Tòa án khu vực": a change still to come from that day
_FROM_DAY_WILL = re.compile(
    r"(?<![\w])(?:[Tt]ừ|[Kk]ể từ)\s+(?:ngày\s+)?"
    r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d\d)(?![\d])"
    # (not a period from that day: "Từ 1/12/2024 đến nay, Sở đã …, thời gian tới sẽ …")
    r"(?!\s*(?:đến|tới|[-–])(?![\w]))"
    # (a dot inside a word: "TAND TP.Hòa Lâm sẽ có …"; not across what was done since:
    # "Từ ngày 1/12/2024, Sở đã triển khai … và sẽ mở rộng")
    r"\s*,?(?:(?!(?<![\w])(?:đã|vừa)(?![\w]))(?:[^.;!?\n]|\.(?=\w))){0,120}?"
    r"(?<![\w])sẽ(?![\w])"
)


def until_day(text: str) -> str | None:
    """The earliest day a page says something is to be done by "from now" (ISO), or None.

    >>> until_day("Theo kế hoạch, từ nay đến 30.9.2022, Tòa án thực hiện 3 phiên.")
    '2022-09-30'
    >>> until_day("Từ nay đến năm 2030, tỉnh phấn đấu …") is None
    True
    >>> until_day("Từ 1-4-2026, TAND TP.Hòa Lâm sẽ có 7 Tòa án khu vực.")
    '2026-04-01'
    >>> until_day("Từ ngày 1/4/2026, Tòa án tỉnh có 7 Tòa án khu vực.") is None
    True
    >>> until_day("Từ 1/12/2024 đến nay, Sở đã giải quyết 120 hồ sơ, tới đây sẽ …") is None
    True
    """
    days = [
        f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
        for form in (_FROM_NOW_UNTIL, _FROM_DAY_WILL)
        for m in form.finditer(text)
        if 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31
    ]
    return min(days) if days else None
