"""Checks on the day a dated sentence names: a day in parentheses that dates the report or the
activity before it (``Sáng nay (14/3)``, ``Hội nghị … (06 - 07/01/2006)``), a span long enough to
be a period covered, a document issued or received before anything is held, and a day after
``đến`` that something was done by (``đến 19/01/2024 ông A đã tự nguyện giao tài sản``). Used by
:mod:`justicekg.extract.recognizers.events`.
"""

from __future__ import annotations

import re
from datetime import date

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Span
from justicekg.extract.recognizers.event_kinds import EVENT_HEADS
from justicekg.extract.recognizers.event_signals import DOC_BEFORE, FUTURE, HELD_AFTER

#: "Ngày 22/8/2017, Bộ trưởng đã ký ban hành …": the day of a document, not of an event
_ISSUED_AFTER = re.compile(
    # (the dot of a city's "TP." does not end the clause: "Chi cục THADS TP. A đã ra quyết định")
    r"(?:[^.;:]|(?<=[(\s]TP)\.|(?<=[(\s]Tp)\.){0,80}?"
    r"(?<![\w])(?:ban hành|ký ban hành|ra Quyết(?:\s+định)?|ký Quyết(?:\s+định)?|"
    r"phê duyệt|"
    # "ngày 29/4, Bộ đã có Công văn số … hướng dẫn": a letter sent
    r"(?:có|gửi|ra)\s+(?:Công văn|Văn bản|Thông báo|Chỉ thị|Hướng dẫn)|"
    r"nhận được\s+(?:văn bản|công văn|đơn|thư|quyết định|thông báo|báo cáo)|"
    # "ngày 20/12/1977, Tòa soạn … chính thức được thành lập": a founding day recalled
    r"(?:chính thức\s+)?được\s+thành lập|chính thức\s+(?:thành lập|ra đời)|ra đời)(?![\w])",
    re.IGNORECASE,
)


_TODAY_BEFORE = re.compile(
    r"(?<![\w])(?:nay|qua|hôm nay|hôm qua|hôm sau|ngày tiếp theo|mới đây|gần đây|"
    # "Thứ Năm (20/6/2024), …", "Sáng thứ Hai (…)" (not "lần thứ hai", "kỳ thứ ba")
    r"(?:(?:sáng|chiều|tối|trưa|ngày)\s+)?(?:(?<!lần )(?<!kỳ )(?<!khóa )(?<!phiên )thứ\s+"
    r"(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)|"
    r"trong\s+(?:\d{1,2}|hai|ba|bốn|năm)\s+ngày)"
    # "Trong 03 ngày (từ 12/6 đến 14/6)": the span of the report's activity
    r"\s*\(\s*(?:từ\s+)?(?:ngày\s+)?$",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(
    r"\s*\)\s*,?\s*(?:đã\s+|đang\s+)?(?:tổ chức|diễn ra|khai mạc|làm việc|tiếp|kiểm tra|"
    r"giám sát|ký kết|họp|tập huấn|tổng kết|triển khai|gặp mặt|trao|tham dự|dự|chủ trì)(?![\w])",
    re.IGNORECASE,
)


#: an activity named or held right before a parenthesis ("Hội nghị … (06 - 07/01/2006)", "Đại
#: hội … diễn ra tại Hà Nội (từ 9/12 đến 10/12/2020)")
_NAMED_BEFORE_PARENS = re.compile(
    rf"(?:(?<![\w])(?:{EVENT_HEADS})(?![\w])|(?<![\w])(?:diễn ra|tổ chức|khai mạc)(?![\w]))"
    r"[^.;()]{0,100}\(\s*(?:từ\s+)?(?:ngày\s+)?$"
)
_RECALLED = re.compile(r"(?<![\w])(?:kỷ niệm|truyền thống|thành lập)(?![\w])", re.IGNORECASE)


def own_days(text: str, d: Span, floor: int) -> bool:
    """A short range, or a full day, in parentheses right after the activity it dates (``Hội
    nghị triển khai công tác năm 2006 (06 - 07/01/2006)``), not an anniversary's span nor a
    cited document's day.

    >>> from justicekg.extract.doc import Span
    >>> t = "Hội nghị triển khai công tác năm 2006 (06 - 07/01/2006)"
    >>> d = Span(t.index("06 -"), len(t) - 1, "date", "2006-01-06", "dates",
    ...          {"range": True, "range_end": "2006-01-07"})
    >>> own_days(t, d, 0)
    True
    >>> t = "Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2023 (15/1/2024)"
    >>> d = Span(t.index("15/1"), len(t) - 1, "date", "2024-01-15", "dates", {})
    >>> own_days(t, d, 0)
    True
    """
    if d.data.get("range") and is_period(d.name, d.data.get("range_end")):
        return False
    if not d.data.get("range") and (d.name[:1] == "-" or len(d.name) != 10):
        return False  # "Ngày Pháp luật (9/11)": a day without its year recalls a date
    m = _NAMED_BEFORE_PARENS.search(text, max(floor, d.start - 140), d.start)
    if m is None or _RECALLED.search(m.group(0)):
        return False
    # "Hội nghị … Nghị quyết số 18 (25/10/2017)": a document's day
    return bool(d.data.get("range")) or not DOC_BEFORE.search(m.group(0))


#: "(Hà Nội, ngày 21/12/2020)" on a line of its own: where and when a speech was delivered
_DELIVERED = re.compile(
    r"^\(\s*[^()\n]{2,40},\s*ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\s*\)\s*$",
    re.MULTILINE,
)


def delivered_on(text: str, before: int) -> str | None:
    """The day a speech's heading line gives, for its ``hôm nay``.

    >>> delivered_on("PHÁT BIỂU KHAI MẠC\\n(Hà Nội, ngày 21/12/2020)\\nhôm nay, …", 60)
    '2020-12-21'
    """
    days = [m for m in _DELIVERED.finditer(text, 0, before)]
    if not days:
        return None
    d, mo, y = (int(g) for g in days[-1].groups())
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def reported_day(text: str, d: Span) -> bool:
    """A day in parentheses that dates the report: after ``Sáng nay``/``hôm qua``
    (``Sáng nay (14/3), …``) or between the subject and its verb (``Sở Tư pháp (14/3) tổ chức``);
    not an anniversary's day (``Ngày Pháp luật (9/11)``)."""
    return bool(
        _TODAY_BEFORE.search(text, max(0, d.start - 24), d.start) or _VERB_AFTER.match(text, d.end)
    )


#: "Trong ngày làm việc đầu tiên sau Tết (21/2/2018), ông A đã tham dự Lễ …": a time phrase
#: that opens its sentence, its day in parentheses, then the report's clause
@gz.derived
def _opening_time() -> re.Pattern[str]:
    """The pattern of the time phrase (``data/gazetteers/opening_time_words.tsv``: lower case,
    the first letter also capitalized)."""
    words = gz.alternation_any_case("opening_time_words")
    return re.compile(rf"\W*(?:{words})(?![\w])[^,;:.()]{{0,100}}\(\s*(?:ngày\s+)?$")


def opening_day(text: str, sentence_start: int, d: Span) -> bool:
    """A full day in parentheses that closes the time phrase opening its sentence (``Trong
    ngày làm việc đầu tiên sau Tết (21/2/2018), ông A đã tham dự …``): the report's day.

    >>> from justicekg.extract.doc import Span
    >>> t = "Trong ngày làm việc đầu tiên sau Tết (21/2/2018), ông A đã tham dự Lễ ra quân."
    >>> d = Span(t.index("21/2"), t.index(")"), "date", "2018-02-21", "dates", {})
    >>> opening_day(t, 0, d)
    True
    >>> t = "Nhân Ngày Pháp luật (9/11/2018), Sở tổ chức hội nghị."
    >>> d = Span(t.index("9/11"), t.index(")"), "date", "2018-11-09", "dates", {})
    >>> opening_day(t, 0, d)
    False
    """
    if len(d.name) != 10 or d.name[:1] == "-" or not re.match(r"\s*\)\s*,", text[d.end :]):
        return False
    return _opening_time().fullmatch(text, sentence_start, d.start) is not None


def is_period(start: str, end: str | None) -> bool:
    """A range longer than a month is a period covered (a reporting or checking period), not a
    multi-day event.

    >>> is_period("2005-10-01", "2007-03-31"), is_period("2023-06-20", "2023-06-22")
    (True, False)
    """
    if not end or len(start) != 10 or len(end) != 10 or start[:1] == "-":
        return False
    try:
        return (date.fromisoformat(end) - date.fromisoformat(start)).days > 31
    except ValueError:
        return False


#: "… vận động thuyết phục đến 19/01/2024 ông A đã tự nguyện giao tài sản …": by that day the
#: thing was done, on that day
_BY_DAY = re.compile(r"(?<![\w])(?<!tính )đến\s+(?:ngày\s+)?$", re.IGNORECASE)
_DONE_THEN = re.compile(
    r"[^.;]{0,80}?(?<![\w])đã\s+(?:tự nguyện\s+)?(?:thi hành|giao|nộp|bàn giao|di chuyển|"
    r"tháo dỡ|trả|tổ chức|hoàn thành)(?![\w])",
    re.IGNORECASE,
)
_TALLY_AFTER = re.compile(r"(?<![\w.,/])\d[\d.]*\s+(?:việc|vụ|hồ sơ|đơn|lượt|người|trường hợp)")


def done_by(text: str, window: str, end: int, sent_end: int) -> bool:
    """A day after ``đến`` that the rest of its clause says something was done by (``đến
    19/01/2024 ông A đã tự nguyện giao tài sản``): the day it was done, not a deadline or a
    period's end; a tally (``đến ngày 30/9, đã thi hành xong 120 việc``) is no such day.

    >>> t = "Sau thời gian vận động đến 19/01/2024 ông A đã tự nguyện giao tài sản."
    >>> done_by(t, "thời gian vận động đến ", t.index("19/01/2024") + 10, len(t))
    True
    >>> t = "Tính đến ngày 30/9/2024, Cục đã thi hành xong 120 việc."
    >>> done_by(t, "Tính đến ngày ", t.index("30/9/2024") + 9, len(t))
    False
    """
    if not _BY_DAY.search(window) or re.search(r"(?<![\w])từ(?![\w])", window, re.IGNORECASE):
        return False
    done = _DONE_THEN.match(text, end, sent_end)
    if done is None or FUTURE.search(text, end, sent_end):
        return False
    return not _TALLY_AFTER.search(text, end, sent_end)


def issued_first(text: str, end: int) -> bool:
    """The day's clause issues or receives a document before it holds anything (``Ngày 10/5,
    Bộ có Công văn số … hướng dẫn tổ chức …``), not ``Ngày 5/9, Sở tổ chức hội nghị … ban
    hành …``.

    >>> t = "Ngày 10/5/2024, Bộ có Công văn số 12 hướng dẫn tổ chức Ngày Pháp luật"
    >>> issued_first(t, 14), issued_first("Ngày 5/9/2024, Sở tổ chức hội nghị ban hành", 13)
    (True, False)
    """
    issued = _ISSUED_AFTER.match(text, end)
    if issued is None:
        return False
    held = HELD_AFTER.match(text, end)
    return held is None or held.end() > issued.end()


def in_parens(text: str, pos: int, floor: int) -> bool:
    left = text.rfind("(", floor, pos)
    return left != -1 and text.find(")", left, pos) == -1
