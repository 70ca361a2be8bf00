"""When an undated activity was held, as far as the text says: the year its sentence gives and
nothing finer (``ngay từ Quý I năm 2010``, :func:`held_year`), or the day of the one schedule the
page gives (``Thời gian thi từ 3-4/6/2024.``, :func:`scheduled_day`). Read by
:func:`.event_undated.undated_event` and the event recognizer.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc
from justicekg.extract.recognizers.event_named_years import named_year

#: "Thời gian thi từ 3-4/6/2024.", "Thời gian tổ chức: ngày 12/5/2024": the schedule of the
#: activity the page reports, in a sentence of its own
_SCHEDULE = re.compile(
    r"\W*Thời gian\s+(?:thi|tổ chức|diễn ra|tập huấn|bồi dưỡng|làm việc|kiểm tra|giám sát|"
    r"hội nghị|hội thảo|hội thi)?\s*:?\s*(?:từ\s+)?(?:(?:sáng|chiều)\s+)?(?:ngày\s+)?$",
    re.IGNORECASE,
)


def scheduled_day(doc: Doc, body_start: int, body_end: int) -> str | None:
    """The first day of the one schedule the page gives (``Thời gian thi từ 3-4/6/2024.``),
    for the undated activity it reports; None when it gives none, several, or a day after the
    page's date."""
    published = doc.published or doc.meta.get("dateline")
    days = set()
    for d in doc.by_label("date"):
        if not (body_start <= d.start < body_end) or len(d.name) != 10 or d.name[:1] == "-":
            continue
        sent = doc.sentence_of(d.start)
        if _SCHEDULE.fullmatch(doc.text, sent.start, d.start) and not (
            published and d.name > published
        ):
            days.add(d.name)
    return days.pop() if len(days) == 1 else None


#: "ngay từ Quý I năm 2010, Sở … đã phát động …", "Trong năm 2023, Sở đã tổ chức …", "vào
#: đầu năm 2024": the year an activity was held, when that is all the text gives; "trong tháng 8
#: năm 2022", "từ tháng 7/2024": its month too (``YYYY-MM``), not a span ("từ tháng 7/2024 đến
#: nay")
_HELD_IN_YEAR = re.compile(
    r"(?<![\w])(?:ngay\s+)?(?:từ|trong|vào|hồi)\s+(?:(?:đầu|cuối|giữa)\s+)?"
    r"(?:quý\s+[IVX\d]+\s+|tháng\s+(?P<m1>0?[1-9]|1[0-2])\s+)?năm\s+(?P<y1>(?:19|20)\d\d)(?![\d/\-])"
    r"|(?<![\w])(?:ngay\s+)?(?:từ|trong|vào|hồi)\s+(?:(?:đầu|cuối|giữa)\s+)?"
    r"tháng\s+(?P<m2>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<y2>(?:19|20)\d\d)(?![\d/\-])"
    # "Năm 2023, Sở Tư pháp tổ chức Hội nghị …": the year leading the sentence
    r"|^\W*(?i:năm)\s+(?P<y3>(?:19|20)\d\d)\s*,"
    # "tập huấn nghiệp vụ … đợt 1/2020", "bồi dưỡng … đợt II năm 2023": a round of the year
    r"|(?<![\w])đợt\s+(?:\d{1,2}|[IVX]{1,4})\s*(?:/|-|\s+năm\s+)(?P<y4>(?:19|20)\d\d)(?![\d/\-])",
    re.IGNORECASE,
)
#: "… đến nay", "… đến tháng 9/2024": the month or year opens a span, no activity's date
_SPAN_AFTER = re.compile(r"\s*(?:vừa qua\s*)?(?:[-–]|đến|tới)(?![\w])", re.IGNORECASE)


def held_year(sentence: str, published: str | None) -> str:
    """``YYYY`` when the sentence says in which year its activity was held and nothing finer
    (``ngay từ Quý I năm 2010``), ``YYYY-MM`` when it gives the month too (``trong tháng 8 năm
    2022``, ``từ tháng 7/2024``), not after the page's date nor more than five years before it;
    else ``""`` (undated).

    >>> held_year("Ngay từ Quý I năm 2010, Sở đã phát động thi đua và ký giao ước", None)
    '2010'
    >>> held_year("Sở tổ chức Hội nghị tổng kết công tác năm 2023", None)
    ''
    >>> held_year("Năm 2023, Sở tổ chức Hội nghị tổng kết 10 năm thi hành Luật", "2024-06-15")
    '2023'
    >>> held_year("Ông A cho biết: trong năm 2022, Tòa án đã tổ chức 27 phiên tòa", None)
    ''
    >>> held_year("Tòa án tổ chức tập huấn nghiệp vụ cho hội thẩm, đợt 1/2020", "2020-06-01")
    '2020'
    >>> held_year("Vừa qua, xã A tổ chức Hội thi hòa giải viên giỏi năm 2024", "2024-06-10")
    '2024'
    >>> held_year("Vừa qua, Sở tổ chức tổng kết Hội thi hòa giải viên giỏi năm 2024", None)
    ''
    >>> held_year("Kết quả, trong tháng 8 năm 2022, các chi bộ đã tổ chức Đại hội", "2022-09-01")
    '2022-08'
    >>> held_year("Chương trình được phát động từ tháng 7/2024", "2025-10-31")
    '2024-07'
    >>> held_year("Từ tháng 7/2024 đến nay, Sở đã tổ chức tuyên truyền", "2025-10-31")
    ''
    """
    m = _HELD_IN_YEAR.search(sentence)
    year = (m["y1"] or m["y2"] or m["y3"] or m["y4"]) if m is not None else None
    month = (m["m1"] or m["m2"]) if m is not None else None
    if m is None:
        m = named_year(sentence)
        year = m.group(1) if m is not None else None
        if year is not None and published and published[:4] != year:
            return ""  # ("Hội thi … năm 2023" on a page of 2024: recalled, not just held)
    if m is None or year is None or (published and not 0 <= int(published[:4]) - int(year) <= 5):
        return ""  # after the page, or history it recalls (as for a day, five years back)
    if _SAID.search(sentence, 0, m.start()):
        return ""  # "… cho biết: trong năm 2022, Tòa án đã …": the year of what is reported
    if month is None:
        return year
    if _SPAN_AFTER.match(sentence, m.end()):
        return ""  # "từ tháng 7/2024 đến nay": a span of work, not when one activity was held
    held = f"{year}-{int(month):02d}"
    return "" if published and len(published) >= 7 and held > published[:7] else held


#: what someone says or reports: the years in it are of the work reported, not of the activity
_SAID = re.compile(r":|(?<![\w])(?:cho biết|báo cáo|nhấn mạnh|khẳng định|đánh giá)(?![\w])")
