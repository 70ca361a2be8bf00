"""Terms of office a sentence names (``nhiệm kỳ 2016 - 2020``) and what they say of the year
of the day it reports.

A congress or a first session is held in the first year of the term it elects (``Đại hội …
nhiệm kỳ 2025 - 2030``); a review of a term is held at its end (``tổng kết … nhiệm kỳ 2016 -
2020`` → 2020); any other meeting of a term (``Kỳ họp thứ 12 HĐND tỉnh khóa X, nhiệm kỳ 2021 -
2026``) may fall in any of its years, so the term names no year for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TermYears", "term_years"]

#: "nhiệm kỳ 2016 - 2020", "nhiệm kỳ 2021–2026"
_TERM = re.compile(r"nhiệm kỳ\s*((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)(?![\d])", re.IGNORECASE)
#: what elects a term (a congress, its first session, a vote, a newly elected board's debut,
#: the founding of a body or the appointment of its first committee for the term)
#: and what looks back on one ("tổng kết công tác năm 2020 và nhiệm kỳ 2016 - 2020")
_CUES = re.compile(
    r"(?<![\w])(?:(?P<elects>đại hội|kỳ họp (?:thứ nhất|đầu tiên|thứ 1)|phiên họp (?:thứ nhất|"
    r"đầu tiên)|lần thứ nhất|bầu|ra mắt|thành lập|chỉ định|chuẩn y|kiện toàn)|"
    r"(?P<reviews>tổng kết|nhìn lại|đánh giá|kết quả))(?![\w])",
    re.IGNORECASE,
)
#: how far before a term its cue may stand
_CUE_REACH = 160


def _nearest_cue(before: str) -> str | None:
    """``elects`` or ``reviews``: the cue nearest before a term, within its clause.

    >>> _nearest_cue("Đại hội tổng kết nhiệm kỳ 2020 - 2025 và bầu Ban Chấp hành ")
    'elects'
    >>> _nearest_cue("Ngày 5/1, Kỳ họp thứ 12 HĐND tỉnh khóa X, ") is None
    True
    """
    window = before[-_CUE_REACH:]
    window = window[max(window.rfind("."), window.rfind(";")) + 1 :]
    cues = list(_CUES.finditer(window))
    return cues[-1].lastgroup if cues else None


@dataclass(frozen=True, slots=True)
class TermYears:
    """``elected``: the day's year when the sentence elects a term; ``reviewed``: the last year
    of a term it reviews; ``rest``: the sentence with its terms blanked (same length)."""

    elected: int | None
    reviewed: int | None
    rest: str


def term_years(sentence: str) -> TermYears:
    """What the terms of office a sentence names say of the year of its day.

    >>> term_years("Chiều 8/8, Đại hội Đảng bộ Sở nhiệm kỳ 2025 - 2030 diễn ra").elected
    2025
    >>> t = term_years("Sáng 21-12, hội nghị tổng kết công tác năm 2020 và nhiệm kỳ 2016 - 2020")
    >>> t.elected, t.reviewed, "2016" in t.rest, "năm 2020" in t.rest
    (None, 2020, False, True)
    >>> t = term_years("Ngày 10/7, Kỳ họp thứ 12 HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 khai mạc")
    >>> t.elected, t.reviewed, "20" in t.rest
    (None, None, False)
    """
    rest = sentence
    reviewed: list[int] = []
    for m in _TERM.finditer(sentence):
        cue = _nearest_cue(sentence[: m.start()])
        if cue == "elects":
            return TermYears(int(m.group(1)), None, sentence)
        if cue == "reviews":
            reviewed.append(int(m.group(2)))
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    return TermYears(None, max(reviewed) if reviewed else None, rest)
