"""The year an activity's own name gives: ``Hội thi hòa giải viên giỏi năm 2024``, ``Hội thao …
năm 2024``: a contest, games, show or festival held within that year (the conventions: a year in
the same sentence makes it certain). Read by :func:`.event_undated_dates.held_year`, which dates an
undated report by it when the page's own year agrees.
"""

from __future__ import annotations

import re

__all__ = ["named_year"]

#: "Hội thi hòa giải viên giỏi năm 2024", "Hội thao … năm 2024": a contest, games or show held
#: within the year its name gives (not "Hội nghị tổng kết công tác năm 2023" or
#: "triển khai nhiệm vụ năm 2024", held after or before it, nor a contest reviewed, awarded or
#: launched: "tổng kết và trao giải Hội thi … năm 2023")
_NAMED_BY_YEAR = re.compile(
    r"(?<![\w])(?<!giải )(?<!kết )(?<!động )(?<!cho )"
    r"(?:hội thi|hội thao|hội diễn|liên hoan)(?![\w])[^,.;:!?()]{0,80}?"
    r"(?<![\w])năm\s+((?:19|20)\d\d)(?![\d/\-])",
    re.IGNORECASE,
)


def named_year(sentence: str) -> re.Match[str] | None:
    """The first contest, games, show or festival of ``sentence`` named by its year (group 1).

    >>> named_year("Vừa qua, xã A tổ chức Hội thi hòa giải viên giỏi năm 2024")[1]
    '2024'
    >>> named_year("Sở tổ chức tổng kết Hội thi hòa giải viên giỏi năm 2024") is None
    True
    """
    return _NAMED_BY_YEAR.search(sentence)
