"""The year of a day written without one, from the years its sentence names: the plan of a
year, the review of a year, a term of office, an anniversary's span, a document carried out
(:func:`year_from_sentence`; re-exported by :mod:`justicekg.text.dates`)."""

from __future__ import annotations

import re
from datetime import date

from justicekg.text.date_forms import FULL_DATE, MONTH_YEAR, is_valid_date
from justicekg.text.period_years import edition_years, quarter_year, review_shift
from justicekg.text.report_dates import DOC_DAY_BEFORE
from justicekg.text.term_years import term_years

__all__ = ["year_from_sentence"]


_SENTENCE_YEAR = re.compile(r"(?<![\d/.\-])(?:19|20)\d\d(?![\d/\-]|\.\d)")
_PARENS = re.compile(r"\([^()]*\)")
_SPAN_START = re.compile(
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-])?(?:19|20)\d\d(?=\s*[–—-]\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-])?"
    r"(?:19|20)\d\d)"
)
_PLAN_BEFORE = re.compile(
    r"(?:triển khai|nhiệm vụ|phương hướng|kế hoạch|giao ước|chương trình)[^.;]{0,120}$",
    re.IGNORECASE,
)
#: the plan of a later part of the year names that year: "6 tháng cuối năm 2022", "quý III"
#: (or what is left of it: "trong các tháng còn lại của năm 2024", "thời gian còn lại của năm")
_LATE_PART_BEFORE = re.compile(
    r"(?:(?:\d{1,2}|sáu) tháng cuối|những tháng cuối|quý (?:II|III|IV|2|3|4)|"
    r"(?:các|những) tháng còn lại(?:\s+(?:của|trong))?|thời gian còn lại(?:\s+(?:của|trong))?)"
    r"\s*(?:năm\s*|/\s*)?$",
    re.IGNORECASE,
)
#: the days of a range written with one month and year ("từ ngày 3-4/6/2024"): its year
_RANGE_YEAR = re.compile(
    r"(?<![\d/.\-])\d{1,2}\s*[-–]\s*\d{1,2}\s*(?P<s>[/.])\s*\d{1,2}\s*(?P=s)\s*"
    r"(?P<y>(?:19|20)\d\d)(?![\d/])"
)
#: the review of year Y ("tổng kết công tác năm 2022") meets in Y's last days or early in Y+1
_REVIEW_BEFORE = re.compile(r"(?:tổng kết|kết quả|đánh giá)[^.;]{0,100}$", re.IGNORECASE)
#: a year that is no day's: a horizon ("Chiến lược … đến năm 2020", "tầm nhìn đến năm 2045")
#: or the year of a law ("Bộ luật Tố tụng hình sự năm 2015")
_NOT_EVENT_YEAR = re.compile(
    r"(?:(?<![\w])(?:đến|tới|tầm nhìn(?:\s+đến)?)\s+năm\s*"
    # (not "Hội Luật gia", "Đoàn Luật sư": bodies, not laws)
    r"|(?<![\w])(?:Luật(?!\s+(?:gia|sư)(?![\w]))|Bộ luật|Hiến pháp|Pháp lệnh)"
    r"(?:\s+[^\s,.;:()]+){0,10}\s+năm\s*"
    # or of a document cited ("Quyết định số 123/QĐ-UBND năm 2019", "Chỉ thị … năm 2016")
    r"|(?<![\w])(?:Quyết định|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Công văn|Kết luận|"
    r"(?:Kế hoạch|Hướng dẫn|Thông báo)\s+số)(?:\s+[^\s,.;:()]+){0,8}\s+năm\s*)$"
)
#: an anniversary's span ends in the year it is celebrated: "kỷ niệm 30 năm Ngày thành lập
#: (1994 - 2024)", "kỷ niệm 70 năm truyền thống 28/8/1945-28/8/2015"
_DAY_OF = r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*"
_ANNIVERSARY_SPAN = re.compile(
    rf"kỷ niệm[^.;()]{{0,120}}?\(?\s*(?:{_DAY_OF})?(?:19|20)\d\d\s*[–—-]\s*"
    rf"(?:{_DAY_OF})?((?:19|20)\d\d)(?![\d])",
    re.IGNORECASE,
)


def year_from_sentence(sentence: str, month: int, day: int = 0) -> int | None:
    """The year a day of ``month`` must have, from the years its sentence names.

    A meeting that deploys the plan of year Y is held early in Y or late in Y-1 (``Chiều 29/12,
    … triển khai nhiệm vụ năm 2026`` → 2025); otherwise one year named is the year, and of
    several the later early in the year, the earlier late in it (a review of Y and the plan of
    Y+1 meet around the turn of the year). None when the sentence names no year.

    >>> year_from_sentence("Chiều 29/12, hội nghị triển khai nhiệm vụ năm 2026", 12)
    2025
    >>> year_from_sentence("Sáng 11/1, giao ban công tác quý I năm 2022", 1)
    2022
    >>> year_from_sentence("Chiều 19.11, đánh giá công tác năm 2019, nhiệm vụ năm 2020", 11)
    2019
    >>> year_from_sentence("Sáng 18-7, đánh giá kết quả từ tháng 10-2024 đến tháng 6-2025", 7)
    2025
    >>> year_from_sentence("Ngày 06.01, Sở tổ chức hội nghị tổng kết công tác năm 2022", 1)
    2023
    >>> year_from_sentence("Sáng 19/7, sơ kết và triển khai nhiệm vụ 6 tháng cuối năm 2022", 7)
    2022
    >>> year_from_sentence("Chiều 8/8, Đại hội Đảng bộ Sở nhiệm kỳ 2025 - 2030 diễn ra", 8)
    2025
    >>> year_from_sentence("Trong Tháng hành động từ 1/10 đến 1/11/2021, ngày 20/10, Sở …", 10)
    2021
    >>> year_from_sentence("Ngày 3.4, Đoàn làm việc về Chiến lược phát triển đến năm 2030", 4)
    >>> year_from_sentence("Sáng 9/5, hội nghị tập huấn Luật Đất đai năm 2024", 5)
    >>> year_from_sentence("Ngày 18/7, thực hiện Kế hoạch số 12/KH-STP ngày 09/7/2025, Sở …", 7, 18)
    2025
    >>> year_from_sentence("Ngày 12/6, hội nghị triển khai Quyết định số 12/QĐ-UBND năm 2019", 6)
    >>> year_from_sentence("Sáng 12/5, Hội nghị Điển hình tiên tiến giai đoạn (2005 - 2010)", 5)
    >>> year_from_sentence("Ngày 27/8, Lễ kỷ niệm 79 năm thành lập (28/8/1945 - 28/8/2024)", 8)
    2024
    >>> year_from_sentence("Chiều 2-9, hội nghị bàn việc những tháng còn lại của năm 2024", 9)
    2024
    >>> year_from_sentence("Sáng 1/6, hội nghị chuẩn bị đợt kiểm tra từ ngày 3-4/6/2024", 6, 1)
    2024
    """
    # years in parentheses date a period or an anniversary ("(từ năm 2013 đến năm 2023)"); of
    # a span ("28/8/1945-28/8/2015") only its end can be the year of the day — but a congress
    # is held in the first year of the term it elects ("Đại hội … nhiệm kỳ 2025 - 2030")
    terms = term_years(sentence)
    if terms.elected is not None:
        return terms.elected
    sentence = terms.rest  # a term reviewed or sat in names no year of the day by itself
    anniversary = _ANNIVERSARY_SPAN.search(sentence)
    if anniversary is not None:
        return int(anniversary.group(1))
    quarter = quarter_year(sentence, month, day)
    if quarter is not None:
        return quarter  # "Chiều 27/10, … Họp báo thường kỳ quý 3/2025"
    # a programme's period in parentheses ("Hội nghị … giai đoạn (2005 - 2010)") is a period
    # reviewed, not the year of the day: blanked like any year in parentheses (Real pages: the
    # year only when certain)
    plain = _PARENS.sub(lambda m: " " * len(m.group(0)), sentence)
    plain = _SPAN_START.sub(lambda m: " " * len(m.group(0)), plain)
    years = [
        (int(m.group(0)), m.start())
        for m in _SENTENCE_YEAR.finditer(plain)
        if not _NOT_EVENT_YEAR.search(plain, max(0, m.start() - 80), m.start())
    ]
    years += [(int(m["y"]), m.start("y")) for m in MONTH_YEAR.finditer(plain)]
    years += edition_years(plain)  # "hội nghị … lần thứ VII-2023"
    if not years and terms.reviewed is not None:
        return terms.reviewed  # "Sáng 20/12, hội nghị tổng kết nhiệm kỳ 2016 - 2021"
    if not years:
        # a full day of one year in the sentence names its year ("Hưởng ứng Tháng … từ 10/10
        # đến 10/11/2019, … ngày 23/10, Sở …"), unless it dates a document the sentence cites
        full = {
            int(m["y"])
            for form in (FULL_DATE, _RANGE_YEAR)  # ("chuẩn bị đợt kiểm tra từ ngày 3-4/6/2024")
            for m in form.finditer(plain)
            if not DOC_DAY_BEFORE.search(plain, max(0, m.start() - 90), m.start())
        }
        if not full and day:
            return _after_document(plain, month, day)
        return full.pop() if len(full) == 1 else None
    late = [y for y, at in years if _LATE_PART_BEFORE.search(sentence, max(0, at - 30), at)]
    if late:
        return max(late)  # "triển khai nhiệm vụ 6 tháng cuối năm 2022": held within 2022
    plans = [y for y, at in years if _PLAN_BEFORE.search(sentence, max(0, at - 140), at)]
    if plans:
        year = max(plans)
        return year if month <= 6 else year - 1
    reviews = [y for y, at in years if _REVIEW_BEFORE.search(sentence, max(0, at - 100), at)]
    if reviews and month <= 3:
        return max(reviews) + 1  # "Ngày 06.01, … tổng kết công tác tư pháp năm 2022": in 2023
    # a period the meeting looks back on ("từ tháng 10-2024 đến tháng 6-2025") is over by then
    periods = [(int(m["y"]), int(m["m"])) for m in MONTH_YEAR.finditer(sentence)]
    found = sorted({y for y, _ in years})
    fits = [y for y in found if all((y, month) >= period for period in periods)]
    if periods and fits:
        return fits[0]
    return found[-1] if month <= 6 else found[0]


#: an activity that carries out a document is held within these days after it
_CARRIED_OUT_WITHIN = 120


def _after_document(sentence: str, month: int, day: int) -> int | None:
    """The year of a day on which an activity carries out the documents its sentence cites
    (``Ngày 18/7, thực hiện Kế hoạch số 12 ngày 09/7/2025, …``): the first such day on or after
    the latest document, when it comes soon after it; None when no cited document is dated.

    >>> _after_document("Ngày 5/1, thực hiện Kế hoạch số 3 ngày 20/12/2024 của Sở, …", 1, 5)
    2025
    >>> _after_document("Ngày 5/1, thực hiện Kế hoạch số 3 ngày 20/3/2024 của Sở, …", 1, 5)
    """
    days = [
        date(int(m["y"]), int(m["m"]), int(m["d"]))
        for m in FULL_DATE.finditer(sentence)
        if is_valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
        and DOC_DAY_BEFORE.search(sentence, max(0, m.start() - 90), m.start())
    ]
    if not days:
        return None
    latest = max(days)
    if review_shift(sentence):
        # "sơ kết 03 năm triển khai Quyết định … ngày 30/9/2022": the review's year would be
        # counted from the document's, an inference the conventions do not make (Real pages)
        return None
    for year in (latest.year, latest.year + 1):
        if is_valid_date(year, month, day) and date(year, month, day) >= latest:
            gap = (date(year, month, day) - latest).days
            return year if gap <= _CARRIED_OUT_WITHIN else None
    return None
