"""The year an anniversary gives a day written without one, when the page holds the activity on
its occasion.

A page without a date line often dates its activities by day and month only (``Chiều 24/8,
…``). A year written elsewhere on the page completes such a day only when the text makes it
certain (the kit's conventions). An anniversary's span (``kỷ niệm 71 năm Ngày truyền thống …
(28/8/1945 - 28/8/2016)``) does so when the page holds the activity *on the occasion* of that
anniversary (``Nhân (dịp) kỷ niệm …``, ``Trong chuỗi hoạt động kỷ niệm …``) and the day belongs
to that occasion: it is in the same paragraph, or its sentence continues the occasion's report
(``Cũng trong chiều 24/8``, ``Cùng ngày``, ``Trước đó``), and it falls within the weeks around
the anniversary's day. An anniversary only aimed at (``hướng tới``, ``chào mừng``) or named in
a paragraph of its own does not date the page: the activity may be a year or more before it.
(The same sentence's span is :func:`justicekg.text.dates.year_from_sentence`'s case.)

A ceremony that holds the anniversary itself (``Sáng 9/7, Báo A tổ chức Lễ kỷ niệm 35 năm ngày
ra số đầu tiên``) is dated by a span of exactly that many years the page gives elsewhere
(``35 năm (10/7/1985 - 10/7/2020)``), when the day falls within the weeks around the span's
end day (:func:`year_from_held_anniversary`).
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["year_from_held_anniversary", "year_from_occasion"]

_DAY = r"(?:{d}\s*[/.\-]\s*{m}\s*[/.\-]\s*)"
#: the occasion: "Nhân (dịp) kỷ niệm …", "(Nằm) trong (chuỗi) (các) hoạt động (chào mừng) kỷ
#: niệm …", then the anniversary's span, whose end is the year celebrated
_OCCASION = re.compile(
    r"(?<![\w])(?:nhân\s+(?:dịp\s+)?(?:chào mừng\s+)?|"
    r"trong\s+(?:chuỗi\s+)?(?:các\s+)?hoạt động\s+(?:chào mừng\s+|hướng tới\s+)?)"
    r"kỷ niệm(?![\w])[^.;!?()\n]{0,120}?\(?\s*"
    + _DAY.format(d=r"\d{1,2}", m=r"\d{1,2}")
    + r"?(?:19|20)\d\d\s*[–—-]\s*"
    + _DAY.format(d=r"(?P<d>\d{1,2})", m=r"(?P<m>\d{1,2})")
    + r"?(?P<y>(?:19|20)\d\d)(?![\d])",
    re.IGNORECASE,
)
#: a sentence that goes on with the occasion's report
_CONTINUES = re.compile(
    r"[\W\d]*(?:cũng\s+(?:trong|nhân|vào)|cùng\s+(?:ngày|dịp|thời gian)|(?:nhân|trong)\s+dịp\s+"
    r"(?:này|đó)|dịp\s+này|trước\s+đó|tiếp\s+đó|sau\s+đó)(?![\w])",
    re.IGNORECASE,
)
#: how far before (and after) the anniversary's day its occasion's activities fall
_BEFORE_DAYS, _AFTER_DAYS = 62, 15


def year_from_occasion(text: str, sent_start: int, month: int, day: int) -> int | None:
    """The year of ``day/month`` (in the sentence starting at ``sent_start``) from the
    anniversary on whose occasion the page holds its activity, else None.

    >>> t = ("Nhân kỷ niệm 71 năm Ngày thành lập (5/9/1945 - 5/9/2016), lãnh đạo Sở đã đến thăm"
    ...      " các gia đình.\\nCũng trong chiều 2/9, Giám đốc Sở thăm ông A.")
    >>> year_from_occasion(t, t.index("Cũng"), 9, 2)
    2016
    >>> t = ("Chiều 17/7, Sở tổ chức Lễ trao giải.\\nĐây là hoạt động hướng tới Kỷ niệm 79 năm"
    ...      " Ngày truyền thống (19/7/1946 - 19/7/2025).")
    >>> year_from_occasion(t, 0, 7, 17) is None
    True
    """
    para_start = text.rfind("\n", 0, sent_start) + 1
    para_end = text.find("\n", sent_start)
    para_end = len(text) if para_end == -1 else para_end
    continues = _CONTINUES.match(text, sent_start) is not None
    years: set[int] = set()
    for m in _OCCASION.finditer(text):
        if not (para_start <= m.start() < para_end or (continues and m.start() < sent_start)):
            continue
        year = int(m["y"])
        if m["d"] and not _near(year, month, day, int(m["m"]), int(m["d"])):
            continue
        years.add(year)
    return years.pop() if len(years) == 1 else None


def _near(year: int, month: int, day: int, a_month: int, a_day: int) -> bool:
    """True when ``day/month`` of ``year`` falls in the weeks around the anniversary's day."""
    try:
        delta = (date(year, month, day) - date(year, a_month, a_day)).days
    except ValueError:
        return False
    return -_BEFORE_DAYS <= delta <= _AFTER_DAYS


#: the day's own sentence holds the anniversary: "tổ chức Lễ kỷ niệm 35 năm …", "Lễ Kỷ niệm 60
#: năm …", "tổ chức kỷ niệm 70 năm …" (not "hướng tới kỷ niệm …", "chào mừng kỷ niệm …": only
#: aimed at)
_HELD = re.compile(
    r"(?<![\w])(?:lễ|tổ\s+chức|buổi\s+lễ)\s+(?:long\s+trọng\s+)?"
    r"kỷ niệm\s+(?P<n>\d{1,3})\s+năm(?![\w])",
    re.IGNORECASE,
)
#: a span of years anywhere on the page, with its end day when written: "(1985 - 2020)",
#: "(10/7/1985-10/7/2020)"
_SPAN = re.compile(
    r"(?<![\d/.\-])"
    + _DAY.format(d=r"\d{1,2}", m=r"\d{1,2}")
    + r"?(?P<a>(?:19|20)\d\d)\s*[–—-]\s*"
    + _DAY.format(d=r"(?P<d>\d{1,2})", m=r"(?P<m>\d{1,2})")
    + r"?(?P<y>(?:19|20)\d\d)(?![\d])"
)


def year_from_held_anniversary(
    text: str, sent_start: int, sent_end: int, month: int, day: int
) -> int | None:
    """The year of ``day/month`` when its sentence holds an N-year anniversary and the page
    writes a span of exactly N years ending near that day, else None.

    >>> t = ("Sáng 9/7, Báo A tổ chức Lễ kỷ niệm 35 năm ngày ra số đầu tiên.\\nBáo ra số đầu"
    ...      " tiên ngày 10/7/1985. Trải qua 35 năm (10/7/1985-10/7/2020), Báo đã phát triển.")
    >>> year_from_held_anniversary(t, 0, t.index("\\n"), 7, 9)
    2020
    >>> t = ("Chiều 17/7, Sở tổ chức Lễ trao giải.\\nĐây là hoạt động hướng tới Kỷ niệm 79 năm"
    ...      " Ngày truyền thống (19/7/1946 - 19/7/2025).")
    >>> year_from_held_anniversary(t, 0, t.index("\\n"), 7, 17) is None
    True
    >>> t = "Sáng 9/3, Sở tổ chức Lễ kỷ niệm 35 năm thành lập.\\nGiai đoạn (2015 - 2020) Sở đã …"
    >>> year_from_held_anniversary(t, 0, t.index("\\n"), 3, 9) is None
    True
    """
    spans = {int(m["n"]) for m in _HELD.finditer(text, sent_start, sent_end)}
    if not spans:
        return None
    years: set[int] = set()
    for m in _SPAN.finditer(text):
        year = int(m["y"])
        if year - int(m["a"]) not in spans:
            continue
        if m["d"] and not _near(year, month, day, int(m["m"]), int(m["d"])):
            continue
        years.add(year)
    return years.pop() if len(years) == 1 else None
