"""Activities counted: ``23 Đoàn thanh tra`` in a sentence on a period is a tally, not one
activity; ``02 lớp tập huấn`` on a dated sentence is the activity (a leading zero is the
administrative way of writing a count)."""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz

#: checks or courses counted ("23 Đoàn thanh tra", "15 cuộc kiểm tra", "12 lớp tập huấn"): a
#: tally of a period, not one activity (the counter nouns: data/gazetteers/
#: tallied_activity_nouns.tsv); the count is group 1
_TALLIED = gz.LazyPattern(
    lambda: re.compile(
        r"(?<![\w.,/])(\d+)\s+(?:"
        + gz.alternation_any_case("tallied_activity_nouns")
        + r")\s+(?:[^\s\d,.;:]+\s+)?$"
    )
)
#: a day in the sentence ("Ngày 15/3/2024", "ngày 5 tháng 3", "22-5-2024"): one dated activity,
#: even when counted ("tổ chức 02 lớp tập huấn", "tiến hành 01 cuộc kiểm tra")
_DAY = re.compile(
    r"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])\s*[/-]\s*(?:0?[1-9]|1[0-2])(?![\d])"
    r"|(?<![\w])ngày\s+(?:0?[1-9]|[12]\d|3[01])\s+tháng(?![\w])",
    re.IGNORECASE,
)


def tallied(text: str, pos: int) -> bool:
    """A cue at ``pos`` counted above one (``23 Đoàn thanh tra``) in a sentence with no day: a
    tally of a period. ``01 cuộc kiểm tra``, or a count on a dated sentence, is one activity.

    >>> t = "Năm 2023, Sở đã tổ chức 23 Đoàn thanh tra"
    >>> tallied(t, t.index("thanh tra"))
    True
    >>> t = "Ngày 15/3/2024, Sở tổ chức 02 lớp tập huấn"
    >>> tallied(t, t.index("tập huấn"))
    False
    """
    m = _TALLIED.search(text, max(0, pos - 30), pos)
    return m is not None and int(m.group(1)) > 1 and not _DAY.search(text)
