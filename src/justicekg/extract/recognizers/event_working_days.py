"""A later working day of a multi-day activity, reported on its own day.

``Sáng 10/12, Kỳ họp thứ 12 … bước vào ngày làm việc thứ hai`` reports a session that opened
the day before; ``Sáng 25/7, Đại hội … tiếp tục phiên làm việc thứ hai`` a congress whose first
session was on an earlier day (a morning's second session follows one held before that morning;
an afternoon's may follow the same morning's). The conventions date a multi-day event by its
first day, so such a day stands for the day the activity began. The ordinals the sector writes
are in ``data/gazetteers/ordinal_words.tsv``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from justicekg.extract.gazetteers import alternation, derived, load_rows

__all__ = ["first_day"]


@derived
def _ordinals() -> dict[str, int]:
    return {r["word"]: int(r["value"]) for r in load_rows("ordinal_words")}


@derived
def _working_day() -> re.Pattern[str]:
    """ "bước vào ngày làm việc thứ hai", "tiếp tục ngày làm việc thứ 2", "sang ngày làm việc
    thứ ba": the activity's n-th day (built on first use, and again after a reload)."""
    return re.compile(
        rf"(?<![\w])ngày\s+làm\s+việc\s+thứ\s+({alternation('ordinal_words')})(?![\w])",
        re.IGNORECASE,
    )


#: "tiếp tục phiên làm việc thứ hai", "bước vào phiên làm việc thứ hai": the second session
_SECOND_SESSION = re.compile(
    r"(?<![\w])(?:tiếp\s+tục|bước\s+(?:vào|sang))\s+phiên\s+làm\s+việc\s+thứ\s+(?:hai|2)"
    r"(?![\w])",
    re.IGNORECASE,
)
#: the morning of the day: "Sáng 25/7", "Sáng ngày 25/7", "Buổi sáng 25/7"
_MORNING = re.compile(r"(?<![\w])sáng\s+(?:ngày\s*)?\d", re.IGNORECASE)
#: "Sau hai ngày làm việc", "Trước ngày làm việc thứ hai": not the day reported
_NOT_THE_DAY = re.compile(r"(?<![\w])(?:sau|trước|kết thúc)\s+$", re.IGNORECASE)
_ISO = re.compile(r"(\d{4}|-)-(\d\d)-(\d\d)$")


def _days_before(day: str, n: int) -> str:
    """``day`` (``YYYY-MM-DD`` or a yearless ``--MM-DD``) moved ``n`` days back.

    >>> _days_before("2023-03-01", 1), _days_before("--01-01", 1), _days_before("2024-07-25", 2)
    ('2023-02-28', '--12-31', '2024-07-23')
    """
    m = _ISO.match(day)
    if m is None or n <= 0:
        return day
    year = int(m[1]) if m[1] != "-" else 2001  # (a year that is not a leap year)
    try:
        moved = date(year, int(m[2]), int(m[3])) - timedelta(days=n)
    except ValueError:
        return day
    if m[1] == "-":
        return f"--{moved.month:02d}-{moved.day:02d}"
    return moved.isoformat()


def first_day(sentence: str, at: int, day: str) -> str:
    """The first day of the activity ``sentence`` reports on ``day`` (written at ``at``): the day
    itself, unless the sentence says it is a later working day of it.

    >>> first_day("Sáng 10/12, Kỳ họp bước vào ngày làm việc thứ hai.", 5, "2023-12-10")
    '2023-12-09'
    >>> first_day("Sáng 11/12, Kỳ họp bước sang ngày làm việc thứ ba.", 5, "2023-12-11")
    '2023-12-09'
    >>> first_day("Sáng 25/7, Đại hội tiếp tục phiên làm việc thứ hai.", 5, "2023-07-25")
    '2023-07-24'
    >>> first_day("Chiều 25/7, Đại hội tiếp tục phiên làm việc thứ hai.", 6, "2023-07-25")
    '2023-07-25'
    >>> first_day("Sáng 10/12, Sở tổ chức Hội nghị lần thứ hai.", 5, "2023-12-10")
    '2023-12-10'
    """
    for m in _working_day().finditer(sentence):
        if _NOT_THE_DAY.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        return _days_before(day, _ordinals()[m[1].lower()] - 1)
    # (the day's span may hold its time of day: "Sáng 25/7")
    if _SECOND_SESSION.search(sentence) and _MORNING.search(sentence, max(0, at - 16), at + 16):
        return _days_before(day, 1)
    return day
