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
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["year_from_occasion"]

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
