"""Vietnamese date expressions → ISO dates.

Forms: ``27-11-2017``, ``27/11/2017``, ``10.01.2020``, ``ngày 27 tháng 11 năm 2017``,
``sáng 17/7``, ``chiều 14-12``, ``ngày 9.1`` (the year from a reference date: the latest such day
not after it; without a reference the day is ``--MM-DD``, the XSD ``gMonthDay`` form),
``tháng 11/2017``, ``năm 2017``, ranges ``20/6–30/6/2007`` (the first day).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from justicekg.text.period_years import edition_years, quarter_year, review_shift
from justicekg.text.term_years import term_years

__all__ = [
    "DateMatch",
    "find_dates",
    "latest_full_date",
    "latest_reported_date",
    "parse_date",
    "resolve_year",
    "resolve_year_near",
    "year_from_sentence",
]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in text; ``iso`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""

    start: int
    end: int
    iso: str
    #: True when the year was not written and came from the reference date.
    inferred_year: bool = False
    #: True when the expression is the first day of a range (``20/6–30/6/2007``).
    is_range: bool = False
    #: The range's last day (``YYYY-MM-DD``, or ``--MM-DD`` without a year), for a range.
    range_end: str | None = None

    @property
    def has_year(self) -> bool:
        """False for a day and month whose year is unknown (``--MM-DD``)."""
        return not self.iso.startswith("--")


_D = r"(?P<d>[0-3]?\d)"
_M = r"(?P<m>[01]?\d)"
_Y = r"(?P<y>(?:19|20)\d\d)"
_SEP = r"[/\-.]"
#: (the second day of a span "28/8/1945-28/8/2015" is a full date too)
_FULL = re.compile(
    rf"(?:(?<![\d/.\-])|(?<=\d\d\d\d[-–]))"
    rf"{_D}\s?(?P<s>{_SEP})\s?{_M}\s?(?P=s)\s?{_Y}(?![\d/])"
)
_ISO = re.compile(r"(?<![\d/.\-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d/\-]|\.\d)")
_WORDS = re.compile(rf"(?i:ngày)\s+{_D}\s+(?i:tháng)\s+{_M}(?:\s*(?:,\s*)?(?i:năm)\s+{_Y})?(?!\d)")
_RANGE = re.compile(
    rf"(?<![\d/.\-])(?P<d1>[0-3]?\d)(?:{_SEP}(?P<m1>[01]?\d))?\s*"
    # ("từ ngày 11/01 đến hết ngày 12/01/2024")
    rf"(?P<conj>[–—-]|đến|tới|và|,)\s*(?:hết\s+)?(?:(?i:ngày)\s+)?"
    # (a sentence's full stop may follow: "… từ ngày 20 đến 22/6/2024.")
    rf"(?P<d2>[0-3]?\d){_SEP}(?P<m2>[01]?\d)(?:{_SEP}{_Y})?(?![\d/\-]|\.\d)"
)
#: "từ ngày 18/8/2025 đến ngày 22/8/2025": a range whose ends are both full dates
_FULL_RANGE = re.compile(
    rf"(?<![\d/.\-]){_D}(?P<s>[/\-.]){_M}(?P=s){_Y}\s*(?:[–—-]|đến|tới)\s*(?:hết\s+)?(?:(?i:ngày)\s+)?"
    r"(?P<d2>[0-3]?\d)(?P<s2>[/\-.])(?P<m2>[01]?\d)(?P=s2)(?P<y2>(?:19|20)\d\d)(?![\d/])"
)
#: "ngày 11, 12 tháng 01 năm 2010": several days of one month
_DAYS_WORDS = re.compile(
    rf"(?i:ngày)\s+(?:(?i:từ)\s+)?{_D}(?:\s*(?:,|và|-|–|đến|tới)\s*(?:(?i:ngày)\s+)?(?P<dl>[0-3]?\d))+"
    rf"\s+(?i:tháng)\s+{_M}"
    rf"(?:\s*(?:,\s*)?(?i:năm)\s+{_Y})?(?!\d)"
)
_DAY_MONTH = re.compile(rf"(?<![\d/.\-]){_D}\s?/\s?{_M}(?![\d/])")
#: "chiều 14-12", "ngày 9.1": only after a day word (a dot or dash is too ambiguous alone)
_DAY_MONTH_CUED = re.compile(rf"(?<![\d/.\-,]){_D}(?P<s>[.\-]){_M}(?![\d/]|(?P=s)\d)")
#: the word that must precede a day/month without a year
_DAY_CUE = re.compile(
    r"(?i:ngày|sáng|chiều|trưa|tối|đêm|hôm)(?:\s+(?i:nay|qua|sau))?"
    r"(?:\s+(?i:thứ)\s+\w+,?|\s+(?i:chủ nhật),?)?(?:\s+(?i:ngày))?(?:\s+|\s*\(\s*|,\s+)"
    # "Trong 03 ngày (từ 12/6 đến 14/6)": a span's first day
    r"(?:(?i:từ)\s+)?$"
)
_MONTH_YEAR = re.compile(rf"(?i:tháng)\s+{_M}\s?(?:[/\-]|(?:,\s*)?(?i:năm)\s)\s?{_Y}(?!\d)")
_YEAR = re.compile(rf"(?i:năm)\s+{_Y}(?![\d/])")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def resolve_year(month: int, day: int, reference: str | None) -> int | None:
    """The year of ``day/month``: the latest such day not after ``reference`` (ISO).

    >>> resolve_year(12, 29, "2023-01-05")
    2022
    >>> resolve_year(1, 10, "2018-01-11")
    2018
    """
    if not reference or len(reference) < 4 or not reference[:4].isdigit():
        return None
    year = int(reference[:4])
    ref_md = (int(reference[5:7]), int(reference[8:10])) if len(reference) >= 10 else (12, 31)
    return year if (month, day) <= ref_md else year - 1


def resolve_year_near(month: int, day: int, anchor: str | None) -> int | None:
    """The year of ``day/month`` on a page without a date line, from the latest day it reports
    in full (``anchor``): a day in the month after it is in its year (``Ngày 15/3/2023, … Chiều
    16/3, …``), otherwise the latest such day not after it.

    >>> resolve_year_near(3, 16, "2023-03-15"), resolve_year_near(12, 29, "2023-01-05")
    (2023, 2022)
    >>> resolve_year_near(9, 1, "2023-03-15") is None  # half a year before: any year
    True
    >>> resolve_year_near(7, 17, "2025-07-19")
    2025
    """
    if not anchor or len(anchor) < 10 or not anchor[:4].isdigit():
        return resolve_year(month, day, anchor)
    year = int(anchor[:4])
    if _valid(year, month, day):
        ahead = _days_apart(anchor, f"{year:04d}-{month:02d}-{day:02d}")
        if 0 <= ahead <= 31:
            return year
    before = resolve_year(month, day, anchor)
    if before is None or not _valid(before, month, day):
        return None
    # a day long before the anchor may be of any year ("Sáng 12/6, …" on a page whose latest
    # full day is a cited agreement's "19/4/2024"): only a day close to it is certain
    back = _days_apart(f"{before:04d}-{month:02d}-{day:02d}", anchor)
    return before if back <= _NEAR_DAYS else None


#: how far before the latest full day a day and month may lie to take its year
_NEAR_DAYS = 62


def _days_apart(first: str, last: str) -> int:
    return (date.fromisoformat(last) - date.fromisoformat(first)).days


def _day(year: int | None, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or ``--MM-DD`` when the year is unknown; None for no such day."""
    if year is None:
        return f"--{month:02d}-{day:02d}" if _valid(2000, month, day) else None
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None


def find_dates(text: str, *, reference: str | None = None) -> Iterator[DateMatch]:
    """Every date expression in ``text``, left to right, without overlaps.

    A day and month without a year and without ``reference`` is ``--MM-DD``:

    >>> [d.iso for d in find_dates("Chiều 14-12, Cục tổ chức hội nghị; ngày 9.1 tiếp")]
    ['--12-14', '--01-09']

    >>> [d.iso for d in find_dates("Sáng ngày 27-11-2017 và chiều 10/1", reference="2018-01-11")]
    ['2017-11-27', '2018-01-10']
    >>> [d.iso for d in find_dates("từ 20/6–30/6/2007, ngày 5 tháng 3 năm 2019")]
    ['2007-06-20', '2019-03-05']
    >>> [d.iso for d in find_dates("Trong hai ngày 16, 17/11/2023 tại tỉnh Sóc Trăng")]
    ['2023-11-16']
    >>> [d.iso for d in find_dates("trong các ngày từ 17 đến 19 tháng 10 năm 2022")]
    ['2022-10-17']
    >>> text = "ngày 20 và 21/8/2025; từ ngày 3 đến ngày 5/6"
    >>> [d.iso for d in find_dates(text, reference="2025-09-01")]
    ['2025-08-20', '2025-06-03']
    """
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(dm: DateMatch) -> None:
        found.append(dm)
        taken.append((dm.start, dm.end))

    for m in _RANGE.finditer(text):
        # a year-less range or one joined by "và" needs a day word before it:
        # "ngày 20 và 21/8/2025", "từ ngày 20 đến ngày 22/6", "trong 2 ngày 20-21/8"
        cue = _DAY_CUE.search(text, max(0, m.start() - 16), m.start())
        if (m["y"] is None or m["conj"] in ("và", ",")) and cue is None:
            continue
        m2 = int(m["m2"])
        m1 = int(m["m1"]) if m["m1"] else m2
        d1 = int(m["d1"])
        y = int(m["y"]) if m["y"] else resolve_year(m1, d1, reference)
        first, last = _day(y, m1, d1), _day(y, m2, int(m["d2"]))
        if first and last and (m1, d1) <= (m2, int(m["d2"])):
            start = cue.start() if cue is not None and m["y"] is None else m.start()
            add(DateMatch(start, m.end(), first, m["y"] is None, is_range=True, range_end=last))
    for m in _FULL_RANGE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        last = _day(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        first = _day(y, mo, d)
        if first and last and first <= last and _days_apart(first, last) <= 62:
            # (a longer span is a period or an anniversary: "28/8/1945-28/8/2015")
            add(DateMatch(m.start(), m.end(), first, is_range=True, range_end=last))
    for m in _DAYS_WORDS.finditer(text):
        mo, d = int(m["m"]), int(m["d"])
        y = int(m["y"]) if m["y"] else resolve_year(mo, d, reference)
        iso, last = _day(y, mo, d), _day(y, mo, int(m["dl"]))
        if iso and free(m.start(), m.end()):
            last = last if last and last >= iso else iso
            add(DateMatch(m.start(), m.end(), iso, m["y"] is None, is_range=True, range_end=last))
    for m in [*_FULL.finditer(text), *_ISO.finditer(text)]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if free(m.start(), m.end()) and _valid(y, mo, d):
            add(DateMatch(m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}"))
    for m in _WORDS.finditer(text):
        mo, d = int(m["m"]), int(m["d"])
        if not free(m.start(), m.end()):
            continue
        inferred = m["y"] is None
        iso = _day(int(m["y"]) if m["y"] else resolve_year(mo, d, reference), mo, d)
        if iso:
            add(DateMatch(m.start(), m.end(), iso, inferred))
    day_months = [*_DAY_MONTH.finditer(text), *_DAY_MONTH_CUED.finditer(text)]
    for m in sorted(day_months, key=lambda m: m.start()):
        mo, d = int(m["m"]), int(m["d"])
        if not free(m.start(), m.end()):
            continue
        cue = _DAY_CUE.search(text, max(0, m.start() - 30), m.start())
        if cue is None and m.re is _DAY_MONTH_CUED:
            continue
        if cue is None:
            # a day alone in parentheses: "Sáng nay (14/3)", "Sở Tư pháp (14/3) tổ chức"
            if not (
                text[max(0, m.start() - 1) : m.start()] == "("
                and text[m.end() : m.end() + 1] == ")"
            ):
                continue
            m_start = m.start()
        else:
            m_start = cue.start()
        iso = _day(resolve_year(mo, d, reference), mo, d)
        if iso:
            add(DateMatch(m_start, m.end(), iso, True))
    for m in _MONTH_YEAR.finditer(text):
        mo = int(m["m"])
        if free(m.start(), m.end()) and 1 <= mo <= 12:
            add(DateMatch(m.start(), m.end(), f"{int(m['y']):04d}-{mo:02d}"))
    for m in _YEAR.finditer(text):
        if free(m.start(), m.end()):
            add(DateMatch(m.start(), m.end(), m["y"]))
    found.sort(key=lambda dm: dm.start)
    return iter(found)


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
_LATE_PART_BEFORE = re.compile(
    r"(?:(?:\d{1,2}|sáu) tháng cuối|những tháng cuối|quý (?:II|III|IV|2|3|4))\s*(?:năm\s*|/\s*)?$",
    re.IGNORECASE,
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
#: a programme's period in parentheses ("Hội nghị … giai đoạn (2005 - 2010)"): its end year
#: is named in the sentence like one written without them
_PERIOD_PARENS = re.compile(
    r"(giai đoạn\s*)\(\s*((?:19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d)\s*\)", re.IGNORECASE
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
    2010
    >>> year_from_sentence("Ngày 27/8, Lễ kỷ niệm 79 năm thành lập (28/8/1945 - 28/8/2024)", 8)
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
    plain = _PERIOD_PARENS.sub(lambda m: m.group(0).replace("(", " ").replace(")", " "), sentence)
    plain = _PARENS.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _SPAN_START.sub(lambda m: " " * len(m.group(0)), plain)
    years = [
        (int(m.group(0)), m.start())
        for m in _SENTENCE_YEAR.finditer(plain)
        if not _NOT_EVENT_YEAR.search(plain, max(0, m.start() - 80), m.start())
    ]
    years += [(int(m["y"]), m.start("y")) for m in _MONTH_YEAR.finditer(plain)]
    years += edition_years(plain)  # "hội nghị … lần thứ VII-2023"
    if not years and terms.reviewed is not None:
        return terms.reviewed  # "Sáng 20/12, hội nghị tổng kết nhiệm kỳ 2016 - 2021"
    if not years:
        # a full day of one year in the sentence names its year ("Hưởng ứng Tháng … từ 10/10
        # đến 10/11/2019, … ngày 23/10, Sở …"), unless it dates a document the sentence cites
        full = {
            int(m["y"])
            for m in _FULL.finditer(plain)
            if not _DOC_DAY_BEFORE.search(plain, max(0, m.start() - 90), m.start())
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
    periods = [(int(m["y"]), int(m["m"])) for m in _MONTH_YEAR.finditer(sentence)]
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
        for m in _FULL.finditer(sentence)
        if _valid(int(m["y"]), int(m["m"]), int(m["d"]))
        and _DOC_DAY_BEFORE.search(sentence, max(0, m.start() - 90), m.start())
    ]
    if not days:
        return None
    latest = max(days)
    shift = review_shift(sentence)  # "sơ kết 03 năm triển khai Quyết định … ngày 30/9/2022"
    if shift:
        y = latest.year + shift
        latest = date(y, latest.month, latest.day if _valid(y, latest.month, latest.day) else 28)
    for year in (latest.year, latest.year + 1):
        if _valid(year, month, day) and date(year, month, day) >= latest:
            gap = (date(year, month, day) - latest).days
            return year if gap <= _CARRIED_OUT_WITHIN else None
    return None


def latest_full_date(text: str) -> str | None:
    """The latest complete day (``dd/mm/yyyy`` and the like) written in ``text``.

    >>> latest_full_date("ngày 01/10/2019 đến ngày 31/5/2020")
    '2020-05-31'
    """
    best = None
    for m in _FULL.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(y, mo, d):
            iso = f"{y:04d}-{mo:02d}-{d:02d}"
            best = iso if best is None or iso > best else best
    return best


#: a day that dates a document ("Nghị quyết số 18 ngày 25-10-2017", "Công văn 12/STP ngày …")
_DOC_DAY_BEFORE = re.compile(
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
    for m in _FULL.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not _valid(y, mo, d):
            continue
        before = text[max(0, m.start() - 90) : m.start()]
        if _DOC_DAY_BEFORE.search(before) or _PERIOD_BEFORE.search(before):
            continue
        if _PERIOD_AFTER.match(text, m.end()):
            continue
        if _SPAN_END_BEFORE.search(before):
            continue  # "(19/7/1946 - 19/7/2025)": an anniversary's or a period's last day
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        best = iso if best is None or iso > best else best
    return best


def parse_date(text: str, *, reference: str | None = None) -> str | None:
    """The first date in ``text`` as ISO, or None.

    >>> parse_date("10.01.2020")
    '2020-01-10'
    >>> parse_date("ngày 27 tháng 11 năm 2017")
    '2017-11-27'
    >>> parse_date("Thứ Bảy, 16/07/2016 08:45")
    '2016-07-16'
    """
    for dm in find_dates(text, reference=reference):
        return dm.iso
    return None
