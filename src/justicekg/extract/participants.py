"""Who an event's report names without placing them at it.

A person named in the text that reports an event is a participant unless the mention only
cites them (``lời dạy của Chủ tịch Hồ Chí Minh``), says they sent a letter (``Bộ trưởng … đã
có Thư chúc mừng``), remembers them (``cố Bộ trưởng …``, ``Lễ
truy điệu nguyên Chủ tịch nước …``) or names them as a party to the case being enforced or
judged (``Quyết định buộc ông A và bà B trả cho bà C …``, ``trong vụ bà D có trách nhiệm hoàn
trả …``): the parties of a judgment are its subject, not people at the meeting or the
enforcement the page reports.
"""

from __future__ import annotations

import re

__all__ = ["is_absent"]

#: a person named as the source of a teaching, an example or a work is cited, not present
_CITED = re.compile(
    r"(?<![\w])(?:(?:lời dạy|lời|gương|tư tưởng|di huấn|di chúc|mang tên)\s+(?:của\s+)?"
    r"(?:(?:Chủ tịch|Bác|cố|Cố|đồng chí|Đồng chí)\s+)?|của\s+(?:Chủ tịch|Bác)\s+"
    # a song's or poem's authors ("nhạc: A, lời: B"), someone mourned ("vĩnh biệt anh C")
    r"|(?:nhạc|lời|thơ|sáng tác)\s*:\s*|(?:vĩnh biệt|tiễn biệt|tưởng nhớ)\s+(?:\w+\s+)?)$"
)
#: "cố Bộ trưởng Tư pháp <Name>": the late holder of a post (a capitalized title follows)
_DECEASED = re.compile(r"(?<![\w])cố\s+(\w+)(?:\s+[^\s,.;:()]+){0,4}\s+$")
#: "Lễ truy điệu nguyên Chủ tịch nước <Name>", "viếng đồng chí <Name>": the person mourned
_MOURNED = re.compile(
    r"(?<![\w])(?:truy điệu|lễ tang|tang lễ|an táng|viếng|phúng viếng)\s+"
    r"(?:[^\s,.;:()]+\s+){0,5}$",
    re.IGNORECASE,
)
#: "Bộ trưởng A đã có Thư chúc mừng …", "ông B gửi lẵng hoa chúc mừng": sent, not there
_SENT_GREETINGS = re.compile(
    r"[^.;:]{0,60}?(?<![\w])(?:đã\s+)?(?:có|gửi)\s+(?:thư|điện|lẵng hoa|lãng hoa|hoa)"
    r"(?:\s+chúc mừng|\s+chia buồn)?(?![\w])",
    re.IGNORECASE,
)
#: a sentence about a case: a judgment's or enforcement's parties are named in it
_CASE = re.compile(
    r"(?<![\w])(?:buộc|người phải thi hành án|người được thi hành án|người phải THA|"
    r"người được THA|đương sự|bị cáo|bị đơn|nguyên đơn|hoàn trả|bồi thường|trả nợ|"
    r"có trách nhiệm trả|trong vụ|điều kiện thi hành án|điều kiện THA|kê biên)(?![\w])",
    re.IGNORECASE,
)
#: "Nguyên Chủ tịch nước … an nghỉ tại đất mẹ": the person has died
_DIED_AFTER = re.compile(r"\s*(?:đã\s+)?(?:an nghỉ|từ trần|qua đời|trút hơi thở)(?![\w])")
#: a bare honorific right before the name: a private party, not an official with a title
_PRIVATE = re.compile(r"(?<![\w])(?:ông|bà|anh|chị|hộ ông|hộ bà)\s+$")


def is_absent(text: str, start: int, sentence: tuple[int, int], *, official: bool = False) -> bool:
    """True when the mention of a person at ``start`` (in ``sentence``, offsets into ``text``)
    names someone who is not at the event the text reports; an ``official`` (a person the page
    gives a post) is never taken for a party to a case.

    >>> t = "Quyết định buộc ông Lê Văn Tám trả cho bà Phan Thị Chín số tiền 20 triệu đồng."
    >>> is_absent(t, t.index("Lê"), (0, len(t))), is_absent(t, t.index("Phan"), (0, len(t)))
    (True, True)
    >>> t = "Chấp hành viên Lê Văn Tám chủ trì buổi cưỡng chế, bà Phan Thị Chín dự."
    >>> is_absent(t, t.index("Lê"), (0, len(t))), is_absent(t, t.index("Phan"), (0, len(t)))
    (False, False)
    >>> t = "Ông Lê Văn Tám báo cáo việc người phải thi hành án khiếu nại."
    >>> is_absent(t, t.index("Lê"), (0, len(t)), official=True)
    False
    >>> t = "Tại Lễ công bố, Bộ trưởng Lưu Văn Tư đã có Thư chúc mừng Chương trình."
    >>> is_absent(t, t.index("Lưu"), (0, len(t)))
    True
    >>> t = "Lễ truy điệu nguyên Chủ tịch nước Hoàng Văn Mười được cử hành trọng thể."
    >>> is_absent(t, t.index("Hoàng"), (0, len(t)))
    True
    """
    before = text[max(0, start - 50) : start]
    if _CITED.search(before) or _MOURNED.search(before):
        return True  # "lời dạy của Chủ tịch …", "Lễ truy điệu nguyên Chủ tịch nước …"
    if _DIED_AFTER.match(text, _name_end(text, start)):
        return True  # "… Trần Văn A an nghỉ tại quê nhà": mourned, not present
    greeting = _SENT_GREETINGS.match(text, start, sentence[1])
    if greeting is not None and not re.search(r"(?<![\w])(?:và|cùng)(?![\w])", greeting.group(0)):
        return True  # "Bộ trưởng A đã có Thư chúc mừng": a letter sent, not present
    late = _DECEASED.search(before)
    if late is not None and late.group(1)[:1].isupper():
        return True  # "thắp hương tưởng nhớ cố Bộ trưởng …": remembered, not present
    s0, s1 = sentence
    return not official and bool(_PRIVATE.search(before[-12:]) and _CASE.search(text, s0, s1))


def _name_end(text: str, start: int) -> int:
    """The end of the capitalized words of the name at ``start``.

    >>> _name_end("ông Lê Văn Tám an nghỉ", 4)
    14
    """
    end = start
    for w in re.finditer(r"\S+", text[start : start + 60]):
        token = w.group(0)
        if not token[:1].isupper():
            break
        bare = token.rstrip(",.;:()")
        end = start + w.start() + len(bare)
        if bare != token:
            break
    return end
