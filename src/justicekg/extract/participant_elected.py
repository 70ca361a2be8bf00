"""People a meeting elects to a post: named as its result, not placed at it.

``Hội nghị đã bầu ông A làm Trưởng đoàn; ông B và bà C làm Phó Trưởng đoàn``, ``ông A, … và
bà B, … được bầu làm Trưởng, Phó đoàn Hội thẩm``, ``ông A trúng cử Chủ tịch``: the conventions
list as participants the people an article places at an event (attending, presiding, speaking,
receiving an award there), not those it names only as a nominee — nor, as the gold reads it,
only as the one elected. Someone elected who is also placed there by another mention
(``ông A phát biểu nhận nhiệm vụ``) is a participant through that mention, and so is everyone
elected by a body the page says attended in full (``25/25 vị Hội thẩm``: the one elected is
among them), or by the first session of a committee just elected at a congress (``Tại phiên
họp thứ nhất, Ban Chấp hành đã bầu bà A giữ chức Chủ tịch``: its members hold it).
"""

from __future__ import annotations

import re

from justicekg.extract.gazetteers import LazyPattern, column

__all__ = ["is_elected"]

#: the vote, before the person it names: "nhất trí bầu", "đã bầu bổ sung", "tín nhiệm bầu"
_VOTE_BEFORE = re.compile(
    r"(?<![\w])bầu(?:\s+bổ\s+sung|\s+ra|\s+cử)?(?![\w])"
    r"(?P<between>[^.!?\n]{0,220})$",
    re.IGNORECASE,
)
#: the post after the person (and the appositives and conjoined names that follow):
#: "… làm Trưởng đoàn", "… giữ chức Phó Chủ tịch", "… vào Ban Chấp hành"
_POST_AFTER = re.compile(
    r"[^.!?;\n]{0,110}?(?<![\w])(?:làm|giữ\s+(?:chức(?:\s+vụ)?|cương\s+vị)|giữ|vào|là)\s+"
    r"(?:(?-i:[A-ZĐ])|chức|ủy viên|phó|trưởng)",
    re.IGNORECASE,
)
#: "bầu Ban Chấp hành gồm các đồng chí: A, B", "bầu 3 đồng chí là: A, B, C": a list of those
#: elected
_LIST_INTRO = re.compile(r"(?:gồm|là)(?:\s+(?:các|\d+|những))?(?:\s+(?:ông|bà|đồng chí))?\s*:")
#: the person is elected, after the name and its appositives: "… được bầu làm …", "… trúng cử"
_ELECTED_AFTER = re.compile(
    r"(?P<between>[^.!?;\n]{0,130}?)(?<![\w])(?:(?:đã\s+)?được\s+(?:tín\s+nhiệm\s+|nhất\s+trí\s+)?"
    r"(?:bầu|bầu\s+bổ\s+sung)|(?:tái\s+)?(?:đắc\s+cử|trúng\s+cử)|tái\s+cử)(?![\w])",
    re.IGNORECASE,
)
#: what someone at the meeting does between their name and a vote they only report or greet
#: ("ông A phát biểu chúc mừng các đồng chí được bầu"); lower case only ("Ban Điều hành" is a
#: body, "điều hành" an act) (data/gazetteers/elected_acts.tsv)
_ACTS = LazyPattern(
    lambda: re.compile(rf"(?<![\w])(?:{'|'.join(column('elected_acts', 'word'))})(?![\w])")
)
#: others elected, named after the vote: "… chúc mừng các đồng chí được bầu"
_OTHERS = re.compile(
    r"(?<![\w])(?:các|những)\s+(?:đồng chí|ông|bà|vị)|người(?![\w])", re.IGNORECASE
)


#: "25/25 vị Hội thẩm", "có mặt 40/40 đại biểu": the whole body attended
_FULL_ATTENDANCE = re.compile(
    r"(?<![\d/])(\d{1,3})\s*/\s*\1(?![\d/])\s+(?:vị|đại biểu|hội thẩm|thành viên|đồng chí|ủy viên)",
    re.IGNORECASE,
)


#: "Tại phiên họp thứ nhất, Ban Chấp hành đã bầu …": the members just elected, in session
_FIRST_SESSION = re.compile(
    r"(?<![\w])(?:phiên họp|hội nghị|kỳ họp)\s+"
    r"(?:thứ nhất|đầu tiên|lần thứ nhất|lần thứ 1)(?![\w])",
    re.IGNORECASE,
)


#: "Năm Phó Chủ tịch Liên đoàn nhiệm kỳ III gồm các luật sư: A, B và C" after a vote: the
#: officers it elected, listed (a post, "gồm … :", then names only)
_OFFICERS = re.compile(
    r"(?<![\w])(?:Phó\s+)?(?:Chủ tịch|Trưởng|Bí thư|Ủy viên|Phó)(?![\w])[^.;:\n]{0,120}?"
    r"\sgồm(?:\s+(?:các|có))?(?:\s+(?:ông|bà|đồng chí|luật sư|vị|thành viên))?\s*:"
    r"[^.;:\n]{0,200}$",
    re.IGNORECASE,
)
#: how far before an officers' list its vote may be told
_VOTE_REACH = 400


def is_elected(text: str, start: int, name_end: int, sentence: tuple[int, int]) -> bool:
    """True when the person named at ``text[start:name_end]`` is named only as elected.

    >>> t = "Hội nghị đã bầu ông Lò Văn Tâm làm Trưởng đoàn; ông Hà Văn Bảy làm Phó Trưởng đoàn."
    >>> [is_elected(t, t.index(n), t.index(n) + len(n), (0, len(t))) for n in ("Lò", "Hà")]
    [True, True]
    >>> t = "Ông Lò Văn Tâm, Phó Chủ tịch UBMTTQ huyện được bầu làm Trưởng đoàn Hội thẩm."
    >>> is_elected(t, 4, 14, (0, len(t)))
    True
    >>> t = "Ông Lò Văn Tâm phát biểu chúc mừng các đồng chí được bầu vào Ban Chấp hành."
    >>> is_elected(t, 4, 14, (0, len(t)))
    False
    >>> t = "Dự có 25/25 vị Hội thẩm. Hội nghị đã bầu ông Lò Văn Tâm làm Trưởng đoàn."
    >>> is_elected(t, t.index("Lò"), t.index("Lò") + 10, (26, len(t)))
    False
    >>> t = "Sau khi được bầu, ông Lò Văn Tâm phát biểu nhận nhiệm vụ."
    >>> is_elected(t, t.index("Lò"), t.index("Lò") + 10, (0, len(t)))
    False
    """
    s0, s1 = sentence
    vote = _VOTE_BEFORE.search(text, s0, start)
    elected = (
        vote is not None
        and not _ACTS.search(vote.group("between"))
        and bool(_POST_AFTER.match(text, name_end, s1) or _LIST_INTRO.search(vote.group("between")))
    )
    if not elected and _OFFICERS.search(text, s0, start):
        # "… đã bầu ông A … Năm Phó Chủ tịch … gồm các luật sư: B, C": the officers elected
        elected = bool(re.search(r"(?<![\w])bầu(?![\w])", text[max(0, s0 - _VOTE_REACH) : s0]))
    if not elected:
        after = _ELECTED_AFTER.match(text, name_end, s1)
        elected = after is not None and not (
            _ACTS.search(after.group("between")) or _OTHERS.search(after.group("between"))
        )
    # the first session may be told just before: "… công bố kết quả hội nghị lần thứ nhất Ban
    # Chấp hành. Ông A được bầu làm Bí thư."
    first = _FIRST_SESSION.search(text, max(0, s0 - _VOTE_REACH), s1)
    return elected and not first and not _FULL_ATTENDANCE.search(text)
