"""Which day a dated sentence reports, when the page has dated others: a day without its
year that a reported event dated in full (``… 21-22/11/2023`` then a caption's ``ngày 22/11``),
another activity on a day already reported (``Chiều 15/1, Đoàn … làm việc …`` after ``Sáng
15/1, … Hội nghị …``), a later day of an activity reported (``Ngày 13/6, lớp tập huấn tiếp tục
…``), ``Hôm qua`` on a dated page, and photo captions that date a report.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from justicekg.extract.doc import Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.event_kinds import classify, handover_only, is_requested
from justicekg.extract.recognizers.event_signals import CAPTION

__all__ = [
    "another_on_the_day",
    "continues_recent",
    "day_before",
    "held_after_dateline",
    "is_caption",
    "known_year",
    "yesterday_of",
]


#: "Chiều 15/1, …", "Cũng trong ngày 15/1, …": the day opens the sentence
_DAY_LEAD = re.compile(r"\W*(?:[Cc]ũng\s+)?(?:(?:[Tt]rong|[Vv]ào)\s+)?(?:\w+\s+){0,2}(?:ngày\s+)?$")


def another_on_the_day(stext: str, at: int, first: Span) -> str | None:
    """The kind of another activity a sentence opened by a day already reported tells of
    (``Chiều 15/1, Đoàn … làm việc với UBND huyện`` after ``Sáng 15/1, … Hội nghị …``): a
    strong cue of another kind, not a handover nor what is said at the first activity.

    >>> from justicekg.extract.doc import Span
    >>> first = Span(0, 1, "event", "2024-01-15", "t", {"kind": "conference"})
    >>> another_on_the_day("Chiều 15/1, Đoàn làm việc với UBND huyện.", 6, first)
    'meeting'
    >>> another_on_the_day("Ngày 15/1, Hội nghị đã thông qua Nghị quyết.", 5, first) is None
    True
    >>> another_on_the_day("Tại Hội nghị ngày 15/1, Sở trao Bằng khen.", 17, first) is None
    True
    """
    if not _DAY_LEAD.fullmatch(stext[:at]) or _AT_NAMED_DAY.match(stext):
        return None
    kind = classify(stext)
    if kind in ("other", first.data.get("kind")) or handover_only(stext):
        return None
    strong = [
        m
        for c, k, _p in lexicon().cues_in(stext, strong=True)
        if k == kind
        for m in c.finditer(stext)
    ]
    return kind if strong and not all(is_requested(stext, m.start()) for m in strong) else None


#: "Tại Hội nghị ngày 15/1, …": what is said at an activity reported
_AT_NAMED_DAY = re.compile(
    r"\W*(?:[Tt]ại|[Tt]rong)\s+(?:buổi\s+|cuộc\s+)?(?:hội nghị|lễ|buổi)", re.IGNORECASE
)


def known_year(day: str, seen: dict[str, Span]) -> str:
    """A day without a year (``--11-22``) that the page dated in full before (an event on
    ``2023-11-22``, or one whose range covers it) is that day; any other day is left as it is.

    >>> from justicekg.extract.doc import Span
    >>> e = Span(0, 1, "event", "2023-11-21", "t", {"range_end": "2023-11-22"})
    >>> known_year("--11-22", {e.name: e}), known_year("--12-02", {e.name: e})
    ('2023-11-22', '--12-02')
    """
    if not day.startswith("--"):
        return day
    for e in seen.values():
        full = e.name[:4] + day[1:]
        if e.name[:1] != "-" and (
            e.name == full or (e.data.get("range_end") and e.name < full <= e.data["range_end"])
        ):
            return full
    return day


#: a photo's caption: "Quang cảnh Hội nghị ngày 15/1", "Toàn cảnh buổi lễ", "(Ảnh: …)"
_CAPTION_LEAD = re.compile(r"\W*(?:Quang cảnh|Toàn cảnh|Ảnh|Hình ảnh|Các đại biểu dự)(?![\w])")


def is_caption(sentence: str) -> bool:
    """A photo caption, which dates the activity the report tells of.

    >>> is_caption("Quang cảnh Hội nghị ngày 15/1/2024"), is_caption("Ngày 15/1, Sở …")
    (True, False)
    """
    return bool(_CAPTION_LEAD.match(sentence) or CAPTION.search(sentence))


def day_before(day: str | None) -> str | None:
    """The day before a full ISO day (None for anything else).

    >>> day_before("2024-03-01"), day_before("2024-03"), day_before(None)
    ('2024-02-29', None, None)
    """
    if not day or len(day) != 10:
        return None
    try:
        return (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    except ValueError:
        return None


def yesterday_of(published: str | None) -> str | None:
    """The date of a ``Hôm qua`` on a page dated ``published``: the day before a full day;
    on a page dated by its month only (a ``date 2017-03`` header), that month (SCHEMA:
    ``YYYY-MM`` when that is all that is given); None otherwise.

    >>> yesterday_of("2024-03-01"), yesterday_of("2017-03"), yesterday_of("2017")
    ('2024-02-29', '2017-03', None)
    """
    if published and len(published) == 7:
        return published
    return day_before(published)


#: "… đã tổ chức họp giao ban", "đã diễn ra": a report of what was held
_HELD_PAST = re.compile(
    r"(?<![\w])(?:đã|vừa)\s+(?:\w+\s+){0,2}?(?:tổ chức|diễn ra|họp|tiến hành|làm việc|"
    r"kiểm tra|giám sát|ký kết|khai mạc|tham dự|tiếp|thăm)(?![\w])"
)
FUTURE = re.compile(
    r"(?<![\w])(?:sẽ|dự kiến|sắp(?!\s+(?:xếp|đặt))|kế hoạch)(?![\w])", re.IGNORECASE
)


def held_after_dateline(stext: str, day: str, published: str) -> bool:
    """A day one or two days after the page's date line that its sentence reports as held
    (``29/06/2024`` then ``trong ngày 30/6/2024, Sở … đã tổ chức họp giao ban``): the date line
    is the day the report was written, the day is the event's; announced days are not held.

    >>> held_after_dateline("Ngày 30/6, Sở đã tổ chức họp.", "2024-06-30", "2024-06-29")
    True
    >>> held_after_dateline("Ngày 30/6, Sở sẽ tổ chức họp.", "2024-06-30", "2024-06-29")
    False
    >>> held_after_dateline("Ngày 9/7, Sở đã tổ chức họp.", "2024-07-09", "2024-06-29")
    False
    """
    try:
        gap = (date.fromisoformat(day) - date.fromisoformat(published)).days
    except ValueError:
        return False  # a month or a year only: no gap of days
    return 0 < gap <= 2 and bool(_HELD_PAST.search(stext)) and not FUTURE.search(stext)


#: a later day of an activity reported: it goes on, enters its second day, or closes
_CONTINUES = re.compile(
    r"(?<![\w])(?:(?P<on>tiếp tục)(?!\s+(?:tổ chức|triển khai|thực hiện|chỉ đạo|chương trình|"
    r"kế hoạch|đợt|hành trình))|bước sang ngày|ngày làm việc thứ|ngày thứ (?:hai|ba|2|3)|bế mạc|"
    r"khép lại)(?![\w])",
    re.IGNORECASE,
)
#: a contest named: an activity of its own kind ("other"), not a closing day of any activity
_CONTEST = re.compile(r"(?<![\w])(?:[Hh]ội thi|[Cc]uộc thi|HỘI THI|CUỘC THI)(?![\w])")
#: how many days after an event a day may still continue it
_CONTINUE_DAYS = 4


def _days_after(first: str, later: str) -> int:
    """Days from ``first`` to ``later`` (ISO days), or -1 when either has no year or day."""
    if len(first) != 10 or len(later) != 10 or first[0] == "-" or later[0] == "-":
        return -1
    try:
        return (date.fromisoformat(later) - date.fromisoformat(first)).days
    except ValueError:
        return -1


def continues_recent(stext: str, day: str, reported: list[tuple[str, str]]) -> bool:
    """True when the sentence of ``day`` goes on with, enters the second day of or closes an
    activity reported on one of the ``reported`` (day, kind) shortly before (``Ngày 13/6, lớp
    tập huấn tiếp tục …``, ``Ngày 14/6, Hội thi bế mạc …``): that event, on its first day. The
    activity must be of the sentence's kind when it has one: ``Tiếp tục chương trình kiểm tra,
    ngày 24/12, Đoàn kiểm tra …`` after a conference is a check of its own, ``Hội thi … bế
    mạc`` after a check a contest of its own.

    >>> t = [("2024-06-12", "training")]
    >>> continues_recent("Ngày 13/6, lớp tập huấn tiếp tục.", "2024-06-13", t)
    True
    >>> continues_recent("Ngày 13/6, Sở tiếp tục tổ chức tập huấn.", "2024-06-13", t)
    False
    >>> continues_recent("Ngày 30/6, lớp tập huấn tiếp tục.", "2024-06-30", t)
    False
    >>> continues_recent("Ngày 13/6, Đoàn tiếp tục kiểm tra tại xã A.", "2024-06-13", t)
    False
    >>> continues_recent("Ngày 14/6, Hội thi hòa giải bế mạc.", "2024-06-14", t)
    False
    >>> continues_recent("Ngày 13/6, bước sang ngày thứ hai, học viên thảo luận.", "2024-06-13", t)
    True
    """
    m = _CONTINUES.search(stext)
    if m is None:
        return False
    # (of the same kind, whichever the cue: "Ngày 14/6, Hội thi … bế mạc" after a check on 12/6
    # is the contest's own last day, not the check's; a closing or second day that names no
    # activity, "bước sang ngày làm việc thứ hai, …", is of any)
    kind: str | None = classify(stext)
    if not m["on"] and kind == "other" and _CONTEST.search(stext) is None:
        kind = None
    return any(
        _days_after(first, day) in range(1, _CONTINUE_DAYS + 1) and kind in (None, k)
        for first, k in reported
    )


#: what may stand before a report's subject: a glued "date 2024-03-14" header, an outlet's
#: tag ("(HLO) -", "(Hòalâm.vn) –", "HL -")
_LEAD_TAG = re.compile(
    r"^\s*(?:date\s+\S+\s+)?(?:\([^()\n]{1,30}\)\s*[-–—]?\s*|[A-ZĐ]{2,6}\s*[-–—]\s+)?"
)
#: a body that opens a report as its subject ("Sở Tư pháp tỉnh A", "Tòa án nhân dân huyện B")
_BODY_SUBJECT = re.compile(
    r"(?:Sở|Bộ|Cục|Chi cục|Tổng cục|Ủy ban|UBND|HĐND|Hội đồng|Tòa án|TAND|Viện|VKSND|Phòng|"
    r"Hội|Đoàn|Trung tâm|Công an|Ban|Văn phòng|Thanh tra|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|"
    r"Học viện|Trường|Thi hành án|THADS)(?![\w])"
)


def subject_before(prefix: str) -> bool:
    """The words before a sentence's ``sáng nay``/``hôm qua`` are the report's subject (a few
    words, or a body's name, behind an outlet's tag or a glued ``date`` header), so the adverb
    dates what the sentence reports: ``(HLO) - Sở Tư pháp tỉnh A sáng nay tổ chức …``, not
    ``Công tác tư pháp của tỉnh trong giai đoạn hiện nay và hôm nay …``.

    >>> subject_before(" date 2024-03-14 (HLO) - Sở Tư pháp tỉnh Hòa Lâm ")
    True
    >>> subject_before("Công tác tư pháp của tỉnh trong giai đoạn hiện nay và ")
    False
    """
    words = _LEAD_TAG.sub("", prefix, count=1)
    if len(words.split()) <= 3:
        return True
    return (
        len(words.split()) <= 10
        and not re.search(r"[,;:]", words)
        and _BODY_SUBJECT.match(words.lstrip()) is not None
    )
