"""Days a sentence gives as background, not as the day of an activity it reports: a death
(``vừa từ trần vào ngày 30/3/2025``), a law passed by a body named with its session (``được
Quốc hội khóa XII, kỳ họp thứ 7 thông qua ngày 17-6-2010``), the end of a period written with a
dash (``thời điểm từ ngày 1/12/2022 - 30/4/2023``), a cited document's day with its signer
(``Quyết định số … do ông A ký ngày 2-1-2019``) and a bound given with an hour (``bắt đầu từ
0h ngày 15/1 đến 24h ngày 29/1``), a day a report recounts (``Theo báo cáo của …, ngày …``) and
a law's passing told before its body (``ngày 20/6/2014 Quốc hội … đã thông qua Luật …``).
"""

from __future__ import annotations

import re

_DIED = re.compile(
    r"(?<![\w])(?:từ trần|qua đời|tạ thế|từ trần lúc|hy sinh|mất)(?:\s+lúc\s+[^,.;]{1,25}?)?"
    r"\s+(?:vào\s+)?(?:ngày\s*)?$",
    re.IGNORECASE,
)
#: the body may carry its term and session, commas included
_PASSED_BY = re.compile(
    r"(?<![\w])được\s+(?:Quốc hội|Hội đồng nhân dân|HĐND|Ủy ban Thường vụ Quốc hội|Chính phủ)"
    r"[^.;:()]{0,60}?\s+(?:thông qua|ban hành|phê duyệt|biểu quyết thông qua)\s+(?:vào\s+)?"
    r"(?:ngày\s*)?$",
    re.IGNORECASE,
)
#: a cited document's day, its signer named between ("Quyết định số 688/QĐ-CCTHADS của Chi
#: cục … do ông A - Chi cục trưởng ký ngày 2-1-2019"): the document's, not an activity's
_SIGNED_DOC = re.compile(
    r"(?<![\w])(?:Quyết định|Thông báo|Công văn|Bản án|Văn bản|Kết luận|Quyết định số)"
    r"[^;:!?\n]{0,200}?\s(?:do|bởi)\s[^;:!?\n]{1,80}?\s(?:ký|ban hành|tuyên)\s+"
    r"(?:vào\s+)?(?:ngày\s*)?$"
)
#: "Theo báo cáo của Ban …, ngày 15/8/2018, …", "Báo cáo cho biết, ngày …": a day a report
#: recounts, not one the page reports
_PER_REPORT = re.compile(
    r"^\W*(?:(?:Theo|Căn cứ)\s+(?:các\s+)?báo cáo(?:[^,.;:]{0,100}?)?|"
    r"Báo cáo[^,.;:]{0,100}?\s(?:cho biết|nêu rõ|nêu|thể hiện))"
    r"\s*[,:]\s*(?:(?:vào|từ)\s+)?(?:ngày\s*)?$",
    re.IGNORECASE,
)
#: "… ngày 20 tháng 6 năm 2014 Quốc hội khóa XIII, kỳ họp thứ 7 đã thông qua Luật …": the day a
#: law was passed, said before the body
_PASSED_AFTER = re.compile(
    r"[\s,]*(?:Quốc hội|Ủy ban Thường vụ Quốc hội|Hội đồng nhân dân|HĐND)(?![\w])[^.;:()]{0,80}?"
    r"\s(?:đã\s+)?(?:thông qua|biểu quyết thông qua|ban hành)\s+(?:Luật|Bộ luật|Nghị quyết|"
    r"Pháp lệnh)(?![\w])",
    re.IGNORECASE,
)
_PERIOD_END = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d\s*[–—-]\s*$")
_HOUR = r"\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2})?(?:\s*phút)?(?:\s+(?:sáng|chiều|tối|đêm))?"
#: "đến 24h ngày 29/1", "trước 17h00 ngày 20/10": an end or a deadline
_HOUR_END = re.compile(
    rf"(?<![\w])(?:đến|tới|trước|chậm nhất|hạn chót)\s+(?:lúc\s+)?{_HOUR}\s+(?:ngày\s*)?$",
    re.IGNORECASE,
)
#: "từ 0h ngày 15/1 đến …": a start, when an end follows ("Từ 8 giờ ngày 12/6, Sở tổ chức …"
#: opens the report)
_HOUR_START = re.compile(
    rf"(?<![\w])(?:từ|bắt đầu)\s+(?:lúc\s+)?{_HOUR}\s+(?:ngày\s*)?$", re.IGNORECASE
)
_TO_ANOTHER_DAY = re.compile(
    rf"[^,.;]{{0,12}}?\s*(?:đến|tới|[–-])\s*(?:{_HOUR}\s+)?(?:ngày\s*)?\d{{1,2}}\s*[/.\-]\s*\d",
    re.IGNORECASE,
)


def background_day(text: str, floor: int, start: int, end: int) -> bool:
    """True when the day at ``start:end`` (its sentence starts at ``floor``) is background.

    >>> t = "Đoàn chia buồn cùng gia đình ông A vừa từ trần vào ngày 30/3/2025."
    >>> background_day(t, 0, t.index("30/3"), t.index("30/3") + 4)
    True
    >>> t = "Luật được Quốc hội khóa XII, kỳ họp thứ 7 thông qua ngày 17-6-2010."
    >>> background_day(t, 0, t.index("17-6"), t.index("17-6") + 4)
    True
    >>> t = "kiểm sát tại Chi cục thời điểm từ ngày 1/12/2022 - 30/4/2023."
    >>> background_day(t, 0, t.index("30/4"), t.index("30/4") + 4)
    True
    >>> t = "Cuộc thi diễn ra từ 0h ngày 15/1 đến 24h ngày 29/1."
    >>> [background_day(t, 0, t.index(d), t.index(d) + 4) for d in ("15/1", "29/1")]
    [True, True]
    >>> t = "Từ 8 giờ ngày 12/6/2024, Sở Tư pháp tổ chức hội nghị."
    >>> background_day(t, 0, t.index("12/6"), t.index("12/6") + 4)
    False
    >>> t = "khiếu nại Quyết định số 12/QĐ-CCTHADS do ông A - Chi cục trưởng ký ngày 2-1-2019."
    >>> background_day(t, 0, t.index("2-1"), t.index("2-1") + 3)
    True
    >>> t = "Sáng 10/3, Sở Tư pháp tổ chức hội nghị."
    >>> background_day(t, 0, t.index("10/3"), t.index("10/3") + 4)
    False
    """
    lo = max(floor, start - 100)
    return bool(
        _DIED.search(text, lo, start)
        or _PASSED_BY.search(text, lo, start)
        or _SIGNED_DOC.search(text, max(floor, start - 220), start)
        or _PERIOD_END.search(text, max(floor, start - 20), start)
        or _PER_REPORT.search(text[floor:start]) is not None
        or _PASSED_AFTER.match(text, end) is not None
        or _HOUR_END.search(text, max(floor, start - 40), start)
        or (
            _HOUR_START.search(text, max(floor, start - 40), start) is not None
            and _TO_ANOTHER_DAY.match(text, end) is not None
        )
    )
