"""Visits of care: ``đến thăm, chúc Tết và tặng quà các gia đình chính sách``, ``thăm hỏi,
động viên nguyên lãnh đạo Sở`` are activities of kind ``other`` (the kit: ``thăm hỏi``,
``tặng quà`` → other), while a visit to a body stays a meeting (``thăm và làm việc với Sở``,
``đến chúc Tết Cục Thi hành án dân sự tỉnh``, ``đến thăm, động viên cán bộ Chi cục``, a
delegation a body receives). The people whose naming makes a visit one of care are in
``data/gazetteers/visit_care_words.tsv``.
"""

from __future__ import annotations

import re

from justicekg.extract.gazetteers import column

#: the verbs of a visit whose kind the visit's purpose decides
_VISIT = re.compile(
    r"(?<![\w])(?:(?:đến|tới|đi|về)\s+)?(?:thăm|chúc\s+[Tt]ết)(?![\w])", re.IGNORECASE
)
#: a working session, a meeting or a reception in the same sentence (``Sở đón Đoàn …``, not
#: ``vui xuân đón Tết``): the visit works with a body
_WORK = re.compile(
    r"(?<![\w])(?:làm việc|họp|hội đàm|hội kiến|tiếp(?!\s+(?:tục|theo|nối|đó))|gặp mặt|gặp gỡ|"
    r"đón(?!\s+(?:[Tt]ết|xuân|năm mới|giao thừa)(?![\w]))|"
    r"chào xã giao|trao đổi|kiểm tra|giám sát|khảo sát)(?![\w])",
    re.IGNORECASE,
)
#: "quà lưu niệm": the souvenir guests exchange on a working visit, no gift of care
_SOUVENIR = re.compile(r"(?<![\w])quà\s+lưu niệm(?![\w])", re.IGNORECASE)
#: "tặng quà lưu niệm", "trao quà lưu niệm": the souvenirs of a visit, no activity of their own
#: (an alternative starting with "|", appended to ``event_kinds.NOT_CUES``)
SOUVENIR_GIFT = r"|(?<![\w])(?:tặng|trao|trao tặng)\s+quà\s+lưu niệm(?![\w])"
_CARE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(column("visit_care_words", "word"), key=len, reverse=True)
    )
    + r")(?![\w])",
    re.IGNORECASE,
)

#: "thăm, chúc Tết nguyên Giám đốc Sở A", "nguyên Thứ trưởng B": a former leader visited
#: ("nguyên" before a title of ``data/gazetteers/titles.tsv``; not "Sở Tài nguyên Môi trường",
#: "Tết nguyên Đán")
_FORMER = re.compile(
    r"(?<![\w])nguyên\s+(?:Phó\s+)?(?:"
    + "|".join(
        re.escape(t).replace(r"\ ", r"\s+")
        for t in sorted(column("titles", "title"), key=len, reverse=True)
    )
    + r")(?![\w])"
)


def care_visit(sentence: str) -> bool:
    """True when ``sentence`` reports a visit of care: a visit verb and the people the sector
    looks after (``hộ nghèo``, ``gia đình chính sách``, a former leader), and no working session,
    reception or check. Gifts or encouragement alone do not make one: a visit to a body hands
    them to its staff (``đến thăm, chúc Tết và tặng quà cán bộ Chi cục``), a meeting.

    >>> care_visit("Ngày 2/2, Sở đã đến thăm, chúc Tết và tặng quà các hộ nghèo tại xã A.")
    True
    >>> care_visit("Ngày 2/2, Giám đốc Sở đến thăm và làm việc với Chi cục, tặng quà cho đơn vị.")
    False
    >>> care_visit("Đoàn đến thăm Sở Tư pháp tỉnh bạn và tặng quà lưu niệm.")
    False
    >>> care_visit("Ngày 2/2, Thứ trưởng đến thăm, động viên và tặng quà cán bộ Chi cục A.")
    False
    """
    if _VISIT.search(sentence) is None or _WORK.search(sentence) is not None:
        return False
    return (
        _CARE.search(_SOUVENIR.sub(" ", sentence)) is not None
        or _FORMER.search(sentence) is not None
    )
