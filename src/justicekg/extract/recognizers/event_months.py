"""Events held in a month and on no day given (``Hội nghị … được tổ chức … vào cuối tháng
12/2003``, ``Trong tháng 9/2023 vừa qua, Sở … đã tổ chức …``): one event dated ``YYYY-MM``. Used by
:mod:`justicekg.extract.recognizers.events`.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.event_kinds import classify
from justicekg.extract.recognizers.event_signals import ACTIVITY_TALLY, FUTURE, RECURRING

#: "… được tổ chức tại Đà Nẵng vào cuối tháng 12/2003", "… diễn ra trong tháng 9/2023": held
#: in a month, no day given
_HELD_IN_MONTH = re.compile(
    r"(?<![\w])(?:tổ chức|diễn ra|khai mạc)(?![\w])[^;:]{0,80}?(?<![\w])(?:vào|trong)\s+"
    r"(?:(?:cuối|đầu|giữa)\s+)?$",
    re.IGNORECASE,
)
#: "Trong tháng 9/2023 (vừa qua), Sở … đã tổ chức …", "Cuối tháng 12 năm 2022, …", "Vừa qua,
#: trong tháng 01/2024, …", "Cũng trong tháng 12/2022, …": the month leads the sentence
_MONTH_LEAD = re.compile(
    r"\W*(?:(?:vừa qua|mới đây|gần đây)\s*,\s*)?(?:cũng\s+)?(?:(?:trong|vào)\s+)?"
    # "Trong những ngày đầu tháng 7/2025, …": the first days of the month
    r"(?:(?:những|các|mấy)\s+ngày\s+)?(?:(?:cuối|đầu|giữa)\s+)?$",
    re.IGNORECASE,
)
_HELD_AFTER_MONTH = re.compile(
    # ("…, ngay sau khi 14 Viện … đi vào hoạt động theo mô hình mới, đồng chí A - …, Viện
    # trưởng … - đã trực tiếp đến thăm …": a clause and a titled subject between)
    r"(?:\s+vừa qua)?\s*,\s*[^.;:]{0,220}?(?<![\w])(?:đã\s+)?(?:trực tiếp\s+)?"
    # "… đã có buổi làm việc với …", "Đoàn kiểm tra … đã kiểm tra …": a held activity's verb
    r"(?:(?:có|tiến hành)\s+(?:(?:buổi|cuộc|chuyến)\s+)?)?"
    # (lower case: "Trụ sở Tiếp công dân", "Ủy ban Kiểm tra" name a body, not the verb)
    r"(?-i:(?![TDKLGĐ]))(?:tổ chức|diễn ra|khai mạc|làm việc|kiểm tra|giám sát|ký kết|"
    r"tiếp(?:\s+và làm việc)?|đến thăm|tới thăm)(?![\w])"
    # "tổ chức 05 hội nghị", "tổ chức nhiều buổi": a month's tally, not one activity
    r"(?!\s+(?:được\s+)?(?:\d|các|nhiều|những|hàng|một số|\w+\s+(?:cuộc|buổi|lớp|đợt)\b))"
    r"(?!\s+tục)",
    re.IGNORECASE,
)
#: "Cũng trong tháng này, …", "Cũng trong tháng 12, …": the month of the activity before
_SAME_MONTH = re.compile(
    r"\W*(?:[Cc]ũng\s+)?(?:[Tt]rong|[Vv]ào)\s+(?:(?:cuối|đầu|giữa)\s+)?tháng\s+"
    r"(?:(?P<this>này|đó)|(?P<m>0?[1-9]|1[0-2])(?![\d/\-]|\.\d|\s+năm))"
)
#: "… diễn ra trong tháng 9", no year: the page's year when its date line gives one
_BARE_MONTH = re.compile(
    r"(?<![\w])tháng\s+(?P<m>0?[1-9]|1[0-2])(?![\d/\-]|\.\d|\s+năm)", re.IGNORECASE
)


def _month_dates(doc: Doc, body_start: int, body_end: int) -> list[tuple[int, int, str]]:
    """(start, end, ``YYYY-MM``) of every month the body names: with its year, or a bare
    ``tháng 9`` taking the year of the page's date (the latest such month not after it)."""
    out = [
        (d.start, d.end, d.name)
        for d in doc.by_label("date")
        if len(d.name) == 7 and d.name[:1] != "-" and body_start <= d.start < body_end
    ]
    ref = doc.published or doc.meta.get("dateline")
    if ref and len(ref) >= 7:
        taken = [(d.start, d.end) for d in doc.by_label("date")]  # (``out`` among them)
        for m in _BARE_MONTH.finditer(doc.text, body_start, body_end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            month = int(m["m"])
            year = int(ref[:4]) - (month > int(ref[5:7]))
            out.append((m.start(), m.end(), f"{year:04d}-{month:02d}"))
    return sorted(out)


def month_events(doc: Doc, used: set[int], body_start: int, body_end: int) -> None:
    """An activity the text says was held in a month (``Hội nghị … được tổ chức … vào cuối
    tháng 12/2003``, ``Trong tháng 9/2023 vừa qua, Sở … đã tổ chức …``) and in no day: one
    event dated ``YYYY-MM``."""
    text = doc.text
    for start, end, month in _month_dates(doc, body_start, body_end):
        sent = doc.sentence_of(start)
        if sent.start in used:
            continue
        if not (
            _HELD_IN_MONTH.search(text, sent.start, start)
            or (
                _MONTH_LEAD.match(text, sent.start, start)
                and _HELD_AFTER_MONTH.match(text, end, sent.end)
            )
        ):
            continue
        _add(doc, used, sent.start, sent.end, month, start)
    _same_month_events(doc, used, body_start, body_end)


def _add(doc: Doc, used: set[int], start: int, end: int, month: str, at: int) -> Span | None:
    """The event of the sentence ``start``-``end`` held in ``month`` (none when it plans, tells
    a habit, tallies the month's activities or has no strong cue)."""
    stext = doc.text[start:end]
    if (
        FUTURE.search(stext)
        or RECURRING.search(stext)
        or ACTIVITY_TALLY.search(stext)
        or not any(c.search(stext) for c, _, _p in lexicon().cues_in(stext, strong=True))
    ):
        return None
    used.add(start)
    span = Span(start, end, "event", month, "month", {"kind": classify(stext), "date_start": at})
    return doc.add(span)


def _same_month_events(doc: Doc, used: set[int], body_start: int, body_end: int) -> None:
    """``Cũng trong tháng này, … có buổi làm việc …`` after an event dated ``YYYY-MM``: another
    activity of that month (``tháng 12`` without a year only when it is the same month)."""
    text = doc.text
    months = sorted((e.start, e.name) for e in doc.by_label("event") if len(e.name) == 7)
    if not months:
        return
    for sent in doc.sentences:
        if sent.start in used or not (months[0][0] < sent.start and sent.start < body_end):
            continue
        m = _SAME_MONTH.match(text, sent.start, sent.end)
        if m is None or not _HELD_AFTER_MONTH.match(text, m.end(), sent.end):
            continue
        month = [name for at, name in months if at < sent.start][-1]
        if m["m"] is not None and int(m["m"]) != int(month[5:]):
            continue
        _add(doc, used, sent.start, sent.end, month, m.start())
