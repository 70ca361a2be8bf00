"""Visits of care: ``đến thăm, chúc Tết và tặng quà các gia đình chính sách``, ``thăm hỏi,
động viên nguyên lãnh đạo Sở`` are activities of kind ``other`` (the kit: ``thăm hỏi``,
``tặng quà`` → other), while a visit to a body stays a meeting (``thăm và làm việc với Sở``,
``đến chúc Tết Cục Thi hành án dân sự tỉnh``, ``đến thăm, động viên cán bộ Chi cục``, a
delegation a body receives, ``đến thăm Trường A và tuyên truyền pháp luật cho học sinh``). The
people whose naming as the ones visited makes a visit one of care are in
``data/gazetteers/visit_care_words.tsv``.
"""

from __future__ import annotations

import re

from justicekg.extract.gazetteers import alternation, column, derived, load_rows

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


@derived
def _care() -> re.Pattern[str]:
    """The people the sector looks after (``data/gazetteers/visit_care_words.tsv``)."""
    return re.compile(rf"(?<![\w])(?:{alternation('visit_care_words')})(?![\w])", re.IGNORECASE)


@derived
def _former() -> re.Pattern[str]:
    """``thăm, chúc Tết nguyên Giám đốc Sở A``, ``nguyên Thứ trưởng B``: a former leader visited
    (``nguyên`` before a title of ``data/gazetteers/titles.tsv``; not ``Sở Tài nguyên Môi
    trường``, ``Tết nguyên Đán``)."""
    return re.compile(rf"(?<![\w])nguyên\s+(?:Phó\s+)?(?:{alternation('titles', 'title')})(?![\w])")


#: the most text between the visit verb and the people visited: the visit's other verbs and
#: gifts, a person's name ("đến thăm, chúc Tết và tặng quà gia đình ông A, thương binh")
_REACH = 60
#: a stop or a bracket between the visit verb and the care word: another clause
_STOP = re.compile(r"[.;:!?()]")


@derived
def _honorifics() -> frozenset[str]:
    return frozenset(h.lower() for h in column("honorifics", "honorific") if h)


@derived
def _occasion_words() -> frozenset[str]:
    """The capitals of an occasion after ``Tết`` or ``Xuân``: ``Tết Nguyên đán``, ``Xuân Giáp
    Thìn`` (the lunar year's stem and branch, ``data/gazetteers/name_particles.tsv``)."""
    return frozenset(
        {"Nguyên", "Đán"}
        | {r["word"] for r in load_rows("name_particles") if r["role"] in ("stem", "branch")}
    )


def _no_body_named(gap: str) -> bool:
    """No word of ``gap`` is written with a capital (a body visited: ``Trung tâm …``, ``Trường
    …``) but the occasion (``Tết``, ``Tết Nguyên đán``, ``Xuân Giáp Thìn``, ``Trung thu``) and
    the name of a person after an honorific (``ông Mai Trọng Bưởi,``: a person visited)."""
    honorifics, occasion_words = _honorifics(), _occasion_words()
    raw = gap.split()
    words = [w.strip(",") for w in raw]
    low = [w.lower() for w in words]
    run = ""  # "name" after an honorific, "occasion" after "Tết" / "Xuân"
    for i, w in enumerate(words):
        honorific = (
            low[i] in honorifics
            or " ".join(low[i : i + 2]) in honorifics  # "Đồng chí"
            or " ".join(low[max(0, i - 1) : i + 1]) in honorifics
        )
        occasion = w in ("Tết", "Xuân") or (w == "Trung" and low[i + 1 : i + 2] == ["thu"])
        if (
            w[:1].isupper()
            and not (honorific or occasion)
            and not (run == "name" or (run == "occasion" and w in occasion_words))
        ):
            return False
        if honorific:
            run = "name"
        elif occasion:
            run = "occasion"
        elif not w[:1].isupper():
            run = ""
        if raw[i].endswith(","):
            run = ""  # "ông A, Trung tâm …": the name ends at its comma
    return True


def _visited(sentence: str) -> bool:
    """The people the sector looks after, or a former leader, are the object of a visit verb:
    within a few words after it, with no other clause nor body named between them."""
    for v in _VISIT.finditer(sentence):
        for c in (*_care().finditer(sentence, v.end()), *_former().finditer(sentence, v.end())):
            gap = sentence[v.end() : c.start()]
            if len(gap) <= _REACH and _STOP.search(gap) is None and _no_body_named(gap):
                return True
    return False


def care_visit(sentence: str) -> bool:
    """True when ``sentence`` reports a visit of care: a visit verb whose object is the people
    the sector looks after (``hộ nghèo``, ``gia đình chính sách``, a former leader), and no
    working session, reception or check. Gifts or encouragement alone do not make one: a visit
    to a body hands them to its staff (``đến thăm, chúc Tết và tặng quà cán bộ Chi cục``), a
    meeting; nor do those people named as the topic or audience of a visit to a body (``đến thăm
    Trung tâm … và nghe báo cáo về trợ giúp pháp lý cho người khuyết tật``), a meeting too.

    >>> care_visit("Ngày 2/2, Sở đã đến thăm, chúc Tết và tặng quà các hộ nghèo tại xã A.")
    True
    >>> care_visit("Ngày 2/2, Giám đốc Sở đến thăm và làm việc với Chi cục, tặng quà cho đơn vị.")
    False
    >>> care_visit("Đoàn đến thăm Sở Tư pháp tỉnh bạn và tặng quà lưu niệm.")
    False
    >>> care_visit("Ngày 2/2, Thứ trưởng đến thăm, động viên và tặng quà cán bộ Chi cục A.")
    False
    >>> care_visit("Ngày 2/2, đoàn đến thăm Trường A và tuyên truyền pháp luật cho học sinh.")
    False
    """
    if _VISIT.search(sentence) is None or _WORK.search(sentence) is not None:
        return False
    return _visited(_SOUVENIR.sub(lambda m: " " * len(m[0]), sentence))
