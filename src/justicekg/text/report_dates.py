"""The latest complete day a text writes, and the latest that may date the report (not a
cited document's day, nor a bound of a period it covers); re-exported by
:mod:`justicekg.text.dates`."""

from __future__ import annotations

import re

from justicekg.text.date_forms import FULL_DATE, is_valid_date

__all__ = ["latest_cutoff_date", "latest_full_date", "latest_reported_date"]


def latest_full_date(text: str) -> str | None:
    """The latest complete day (``dd/mm/yyyy`` and the like) written in ``text``.

    >>> latest_full_date("ngày 01/10/2019 đến ngày 31/5/2020")
    '2020-05-31'
    """
    best = None
    for m in FULL_DATE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if is_valid_date(y, mo, d):
            iso = f"{y:04d}-{mo:02d}-{d:02d}"
            best = iso if best is None or iso > best else best
    return best


#: a day that dates a document ("Nghị quyết số 18 ngày 25-10-2017", "Công văn 12/STP ngày …")
DOC_DAY_BEFORE = re.compile(
    r"(?<![\w])(?:số|Quyết định|Nghị quyết|Nghị định|Thông tư|Công văn|Kế hoạch|Chỉ thị|"
    r"Luật(?!\s+(?:gia|sư)(?![\w]))|Thông báo|Tờ trình|Văn bản|Hướng dẫn|Báo cáo|"
    r"Chương trình|Đề án|Quy chế|Pháp lệnh)"
    r"(?![\w])[^.;:!?\n]{0,60}?(?:ngày|,)\s*$",
    re.IGNORECASE,
)
#: a bound of a period ("từ ngày 01/10/2020 đến ngày 30/9/2021", "tính đến ngày …")
_PERIOD_BEFORE = re.compile(
    r"(?<![\w])(?:từ|đến|tới|tính đến|kể từ|giai đoạn|thời kỳ|trước|sau)\s+(?:ngày\s+)?$",
    re.IGNORECASE,
)
_PERIOD_AFTER = re.compile(
    r"\s*(?:[–—-]|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s?[/.\-]\s?\d{1,2}(?![\d:])", re.IGNORECASE
)


_SPAN_END_BEFORE = re.compile(r"(?:19|20)\d\d\s*[–—-]\s*$")


def latest_reported_date(text: str) -> str | None:
    """The latest complete day in ``text`` that may date the report: not the day of a document
    it cites, nor a bound of a period it covers.

    >>> latest_reported_date("Sáng 21/12, hội nghị tổng kết Nghị quyết số 18 ngày 25/10/2017")
    >>> latest_reported_date("kiểm tra từ ngày 01/10/2020 đến ngày 30/9/2021. Chiều 12/10, …")
    >>> latest_reported_date("Ngày 15/3/2023, Sở Tư pháp tổ chức hội nghị")
    '2023-03-15'
    >>> latest_reported_date("Thứ Ba, 20/02/2024 - 10:15")
    '2024-02-20'
    >>> latest_reported_date("Chiều 17/7, … Kỷ niệm 79 năm thành lập (19/7/1946 - 19/7/2025)")
    """
    best = None
    for m in FULL_DATE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not is_valid_date(y, mo, d):
            continue
        before = text[max(0, m.start() - 90) : m.start()]
        if DOC_DAY_BEFORE.search(before) or _PERIOD_BEFORE.search(before):
            continue
        if _PERIOD_AFTER.match(text, m.end()):
            continue
        if _SPAN_END_BEFORE.search(before):
            continue  # "(19/7/1946 - 19/7/2025)": an anniversary's or a period's last day
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        best = iso if best is None or iso > best else best
    return best


#: the cut-off of a tally a report gives ("Theo báo cáo, đến ngày 3.5.2021, Chi cục còn 41
#: việc", "tính đến hết ngày 30/9/2024"): the figures a meeting hears are made up shortly before it
_CUTOFF_BEFORE = re.compile(r"(?<![\w])(?:tính\s+)?đến\s+(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE)


_SPAN_FROM = re.compile(
    r"(?<![\w])từ\s+(?:ngày\s+)?\d{1,2}\s?[/.\-]\s?\d{1,2}(?:\s?[/.\-]\s?\d{2,4})?\s*$",
    re.IGNORECASE,
)


#: a target or deadline rather than a tally: "phấn đấu đến ngày 30/6/2024 hoàn thành …", "Kế
#: hoạch yêu cầu đến ngày …, các Chấp hành viên phải …" (the day is still to come)
_TARGET_BEFORE = re.compile(
    r"(?<![\w])(?:phấn đấu|yêu cầu|kế hoạch|dự kiến|mục tiêu|chỉ tiêu|phải|sẽ|cần|hạn|chậm nhất)"
    r"(?![\w])[^.;:!?\n]{0,40}$",
    re.IGNORECASE,
)
#: (in the day's own clause: "đến ngày 8.10.2018, đơn vị thụ lý 29 việc phải theo dõi" is a tally)
_TARGET_AFTER = re.compile(r"[^,.;:!?\n]{0,60}?(?<![\w])(?:phải|sẽ|cần)(?![\w])", re.IGNORECASE)


def latest_cutoff_date(text: str) -> str | None:
    """The latest tally cut-off day in ``text`` (``đến ngày 3.5.2021``): on a page that
    reports no other whole day, the days and months of its report lie shortly
    after it.

    >>> latest_cutoff_date("Sáng 6.5, … Theo báo cáo, đến ngày 3.5.2021, Chi cục còn 41 việc")
    '2021-05-03'
    >>> latest_cutoff_date("Ngày 15/3/2023, Sở Tư pháp tổ chức hội nghị") is None
    True
    >>> latest_cutoff_date("Thời kỳ kiểm tra từ ngày 01/10/2017 đến ngày 30/9/2018.") is None
    True
    >>> latest_cutoff_date("Chi cục phấn đấu đến ngày 30/6/2024 hoàn thành 80% chỉ tiêu.") is None
    True
    """
    best = None
    for m in FULL_DATE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not is_valid_date(y, mo, d):
            continue
        # (also inside a report cited: "Theo báo cáo của Cục, đến ngày …"; not a period's end:
        # "Thời kỳ kiểm tra từ ngày 01/10/2017 đến ngày 30/9/2018")
        cut = _CUTOFF_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if cut is None or _SPAN_FROM.search(text, max(0, cut.start() - 40), cut.start()):
            continue
        if _TARGET_BEFORE.search(text, max(0, cut.start() - 60), cut.start()) or (
            _TARGET_AFTER.match(text, m.end())
        ):
            continue
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        best = iso if best is None or iso > best else best
    return best
