"""The year an award is for: written after its name, else the year of the achievement.

``Cờ thi đua ngành Tư pháp năm 2022`` is for 2022; ``thành tích … giai đoạn 2016 - 2020``
for the end of the period; failing both, the sentence's first year (the kit: the year of the
achievement when stated, otherwise of the event). The award pass that asks lives in
:mod:`.awards`.
"""

from __future__ import annotations

import re

#: the year the award is for: right after its name ("Cờ thi đua ngành Tư pháp năm 2022"),
#: or of the achievement ("thành tích xuất sắc năm 2022", "giai đoạn 2016 - 2020": its end)
_YEAR_AFTER = re.compile(
    r"\s*(?:\(|,)?\s*(?:năm|giai đoạn)\s+(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)"
)
_ACHIEVEMENT_YEAR = re.compile(
    r"thành tích[^.;]{0,80}?(?:năm|giai đoạn)\s+(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)"
)
_ANY_YEAR = re.compile(r"năm\s+((?:19|20)\d\d)")


def achievement_year(text: str, end: int, s0: int, s1: int) -> int | None:
    """The year an award ending at ``end`` is for, from its sentence ``[s0, s1)``: the year
    written right after its name, else the year of the achievement it rewards, else the
    sentence's first year (the kit: the year of the achievement when stated, otherwise of the
    event).

    >>> t = "Năm 2023, Sở được tặng Cờ thi đua năm 2022."
    >>> achievement_year(t, t.index(" năm 2022"), 0, len(t))
    2022
    >>> t = "Ngày 5/1/2023, A được tặng Bằng khen vì thành tích giai đoạn 2018 - 2022."
    >>> achievement_year(t, t.index(" vì"), 0, len(t))
    2022
    """
    m = _YEAR_AFTER.match(text, end, s1) or _ACHIEVEMENT_YEAR.search(text, s0, s1)
    m = m or _ANY_YEAR.search(text, s0, s1)
    return int(m.group(1)) if m else None
