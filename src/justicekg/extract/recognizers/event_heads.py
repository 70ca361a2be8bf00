"""Head nouns that keep an activity's kind ``other`` by the conventions' head-noun rule
(``Đại hội`` and a bare ``tổng kết`` are ``other``; anything not a conference, ceremony, meeting,
signing, training or check is ``other``): a contest or congress held (``diễn ra Hội thi …``) whose
opening a later sentence names (``tại lễ khai mạc``), and a bare review at which an award is
received (``… tổng kết công tác năm 2024 và đón nhận Cờ thi đua``, no ``Lễ`` nor ``Hội nghị``
named), and a survey team's working session (``Đoàn khảo sát … đã có buổi làm việc với …``: a
``buổi làm việc``, a meeting; a survey is none of the conventions' checks, ``kiểm tra``, ``giám
sát``). Read by :mod:`.event_kinds`, :mod:`.event_undated` and :mod:`.events`.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz

#: "diễn ra Hội thi …", "tổ chức thành công Đại hội …": an activity held, named by a head noun
#: whose kind is "other" (data/gazetteers/other_event_heads.tsv; "buổi tuyên truyền" too)
_HELD_OTHER_HEAD = gz.LazyPattern(
    lambda: re.compile(
        r"(?<![\w])(?i:diễn ra|tổ chức|khai mạc)(?:\s+(?i:thành công|long trọng|xong))?"
        r"(?:\s+một)?\s+"
        rf"(?:{'|'.join(map(re.escape, gz.column('other_event_heads', 'word')))})(?![\w])"
    )
)


def held_other_head(sentence: str) -> bool:
    """True when the sentence reports an activity held under a head noun of kind ``other``
    (``Ngày 4/6, đã diễn ra Hội thi …``): the head noun decides, so a later ``tại lễ khai mạc``
    does not rename it.

    >>> held_other_head("Ngày 4/6, tại tỉnh A đã diễn ra Hội thi Hòa giải viên giỏi")
    True
    >>> held_other_head("Ngày 4/6, Sở tổ chức chương trình hưởng ứng Ngày Pháp luật")
    False
    >>> held_other_head("Ngày 4/6, Sở nghe báo cáo công tác chuẩn bị tổ chức Đại hội thi đua")
    False
    """
    return any(
        not _AHEAD.search(sentence, max(0, m.start() - 30), m.start())
        for m in _HELD_OTHER_HEAD.finditer(sentence)
    )


#: "chuẩn bị tổ chức Đại hội", "trước khi diễn ra Hội thi", "sẽ tổ chức": one still ahead
_AHEAD = re.compile(
    r"(?<![\w])(?:chuẩn bị|trước khi|sẽ|dự kiến|kế hoạch|để)(?:\s+\w+)?\s+$", re.IGNORECASE
)


#: "tổng kết công tác năm 2024": a review reported bare (not "Hội nghị tổng kết", "Lễ tổng kết")
_BARE_REVIEW = re.compile(r"(?<![\w])tổng kết(?![\w])", re.IGNORECASE)
#: "Hội nghị tổng kết", "Lễ tổng kết", "buổi tổng kết": a review named by its head noun
_HEADED = re.compile(r"(?<![\w])(?:nghị|lễ|buổi|cuộc|phiên)\s+$", re.IGNORECASE)
#: "đón nhận Cờ thi đua", "trao giải", "trao tặng Bằng khen": an award received or handed out
_AWARD = re.compile(
    r"(?<![\w])(?:đón nhận|nhận|trao(?:\s+tặng)?|tặng)\s+(?:(?:bằng|giấy)\s+khen|huân chương|"
    r"kỷ niệm chương|cờ(?:\s+thi đua)?|danh hiệu|giải)(?![\w])",
    re.IGNORECASE,
)
#: a ceremony or conference named: its head noun decides
_NAMED_HEAD = re.compile(r"(?<![\w])(?:lễ|hội nghị|hội thảo|tọa đàm)(?![\w])", re.IGNORECASE)


def bare_review_award(sentence: str) -> bool:
    """True when the sentence reports a bare review (``tổng kết`` with no ``Lễ``, ``Hội
    nghị`` named) at which an award is received or handed out: the review is the activity,
    ``other`` by the conventions, not a ceremony.

    >>> bare_review_award("Ngày 9-1, Tòa án tỉnh A tổng kết công tác và đón nhận Cờ thi đua")
    True
    >>> bare_review_award("Ngày 9-1, Tòa án tỉnh A tổ chức Lễ tổng kết và trao giải cuộc thi")
    False
    >>> bare_review_award("Ngày 9-1, Sở tổ chức Hội nghị tổng kết và đón nhận Cờ thi đua")
    False
    >>> bare_review_award("Ngày 9-1, ông A trao Bằng khen cho tập thể Phòng Tư pháp")
    False
    """
    return (
        any(
            not _HEADED.search(sentence, max(0, m.start() - 10), m.start())
            for m in _BARE_REVIEW.finditer(sentence)
        )
        and _AWARD.search(sentence) is not None
        and _NAMED_HEAD.search(sentence) is None
    )


#: "Đoàn khảo sát … (đã) (có buổi) làm việc (với) …": a survey team's working session
_SURVEY_SESSION = re.compile(
    r"(?<![\w])[Đđ]oàn khảo sát(?![\w])[^.;:]{0,500}?(?<![\w])(?:đã\s+)?(?:có\s+(?:buổi|cuộc)\s+)?"
    r"làm việc(?:\s+với)?(?![\w])"
)
#: a check of the conventions' own words, written lower case (not "Ủy ban Kiểm tra")
_CHECK_WORD = re.compile(r"(?<![\w])(?:kiểm tra|giám sát|thanh tra)(?![\w])")


def survey_session(sentence: str) -> bool:
    """True when the sentence reports a survey team's working session and names no check of
    the conventions (``kiểm tra``, ``giám sát``, ``thanh tra``): a meeting by its head noun.

    >>> survey_session("Sáng 3/4, Đoàn khảo sát của Ủy ban A đã có buổi làm việc với Sở Tư pháp")
    True
    >>> survey_session("Sáng 3/4, Đoàn khảo sát của Ủy ban A khảo sát tại Trại giam B")
    False
    >>> survey_session("Sáng 3/4, Đoàn khảo sát làm việc với Sở về kết quả kiểm tra văn bản")
    False
    """
    return _SURVEY_SESSION.search(sentence) is not None and not _CHECK_WORD.search(sentence)


#: "chuyến thăm", "chuyến công tác": a visit named as a trip (not "đến thăm và làm việc tại …",
#: the working sessions of a visit, meetings)
_VISIT = re.compile(r"(?<![\w])chuyến\s+(?:thăm|công tác)(?![\w])", re.IGNORECASE)


def visit_trip(sentence: str) -> bool:
    """True when the sentence reports a visit as a trip (``chuyến thăm và làm việc tại …``):
    held over several days (its caller asks), it is no one working session but ``other`` by the
    head-noun rule (a ``chuyến``, not a ``buổi làm việc``).

    >>> visit_trip("Đoàn bắt đầu chuyến thăm và làm việc tại nước B từ ngày 8-12/10/2024")
    True
    >>> visit_trip("Từ ngày 8-9/10/2024, Bộ trưởng làm việc với Sở Tư pháp tỉnh A")
    False
    >>> visit_trip("Từ ngày 8 đến 12/10/2024, Đoàn đã đến thăm và làm việc tại ba tỉnh")
    False
    """
    return _VISIT.search(sentence) is not None
