"""Years a sentence names with a number before them: a quarter (``quý 3/2025``, ``quý III năm
2025``), an edition or a round (``lần thứ VII-2023``, ``đợt 1/2020``), and the review of the
first N years of a dated document (``sơ kết 03 năm triển khai Quyết định … ngày 30/9/2022``).

A slash or a dash glues such a year to its number, so the plain year pattern of
:mod:`justicekg.text.dates` (which skips ``…/2025`` as part of a full day) does not see it.
"""

from __future__ import annotations

import re
from datetime import date

_Y = r"((?:19|20)\d\d)(?![\d/])"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
#: "quý 3/2025", "quý III-2025", "quý IV năm 2017", "Quý I/2024"
_QUARTER = re.compile(
    rf"(?<![\w])(?i:quý)\s+(IV|I{{1,3}}|[1-4])\s*(?:[/\-–]|(?:,\s*)?(?i:năm))\s*{_Y}"
)
#: "lần thứ VII-2023", "đợt 1/2020", "đợt II năm 2024", "mùa 3-2025": the year of an edition
_EDITION = re.compile(
    rf"(?<![\w])(?i:lần thứ|đợt|mùa)\s+[IVXLC\d]+\s*(?:[/\-–]|(?:,\s*)?(?i:năm))\s*{_Y}"
)
#: "sơ kết 03 năm triển khai …", "tổng kết 10 năm thi hành …": a review of N years
_REVIEW_OF_YEARS = re.compile(
    r"(?<![\w])(?i:sơ kết|tổng kết|nhìn lại|đánh giá)\s+(\d{1,2})\s+(?i:năm)\s+"
    r"(?i:triển khai|thực hiện|thi hành|tổ chức thực hiện|đưa)(?![\w])"
)


def quarter_year(sentence: str, month: int, day: int = 0) -> int | None:
    """The year of a day in ``month`` whose sentence names one quarter of a year: the year
    (that one, the one before or after) that puts the day nearest the quarter, as a briefing
    on a quarter is held just after it and its plan just before it. None without a quarter,
    or with quarters of several years.

    >>> quarter_year("Chiều 27/10, Bộ tổ chức Họp báo thường kỳ quý 3/2025", 10, 27)
    2025
    >>> quarter_year("Ngày 12/1, Sở họp báo công bố kết quả quý IV năm 2024", 1, 12)
    2025
    >>> quarter_year("Sáng 28/12, Sở triển khai nhiệm vụ quý I/2025", 12, 28)
    2024
    >>> quarter_year("Sáng 28/12, Sở tổng kết năm 2024", 12, 28) is None
    True
    """
    found = {(int(m.group(2)), _quarter_no(m.group(1))) for m in _QUARTER.finditer(sentence)}
    if len({y for y, _ in found}) != 1:
        return None
    year, q = min(found)
    first = date(year, 3 * q - 2, 1)
    last = date(year + (q == 4), (3 * q) % 12 + 1, 1)

    def distance(y: int) -> int:
        d = date(y, month, min(day or 15, 28))
        return 0 if first <= d < last else min(abs((d - first).days), abs((d - last).days))

    return min((year - 1, year, year + 1), key=distance)


def edition_years(sentence: str) -> list[tuple[int, int]]:
    """The (year, offset) of the editions and rounds the sentence names.

    >>> edition_years("hội nghị hợp tác quốc tế lần thứ VII-2023 với Tòa án tỉnh bạn")
    [(2023, 37)]
    >>> edition_years("tập huấn nghiệp vụ cho thẩm phán, đợt 1/2020.")
    [(2020, 40)]
    >>> edition_years("lần thứ 2 trong năm")
    []
    """
    return [(int(m.group(1)), m.start(1)) for m in _EDITION.finditer(sentence)]


def review_shift(sentence: str) -> int:
    """The N of ``sơ kết N năm triển khai …`` (the review comes N years after the document it
    reviews), else 0.

    >>> review_shift("Hội nghị sơ kết 03 năm triển khai Quyết định số 1 ngày 30/9/2022")
    3
    >>> review_shift("Hội nghị tổng kết công tác năm 2024")
    0
    """
    m = _REVIEW_OF_YEARS.search(sentence)
    return int(m.group(1)) if m else 0


def _quarter_no(token: str) -> int:
    return int(token) if token.isdigit() else _ROMAN[token.lower()]
