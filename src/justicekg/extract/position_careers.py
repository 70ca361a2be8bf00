"""Career histories: the cue that opens a list of the posts a person held.

``ông A từng giữ các chức vụ: Phó Chánh Văn phòng Bộ Tư pháp, Thứ trưởng Bộ Tư pháp, Chủ
tịch UBND tỉnh X``, ``bà B đã kinh qua các chức vụ Phó Giám đốc Sở …``, ``ông C từng là
Chánh án …``, ``đã trải qua nhiều cương vị công tác: …``: after the cue the chain of titles
reads as after an apposition, each post with its own body (the convention lists every post
held). The cue is a regular-expression alternative for the linker's appointment cue. A
copula after the name introduces the post held the same way (``ông A là Phó Giám đốc Sở …``,
``bà B, hiện là …``), and a birth year written between the name and a cue does not hide it
(``ông A, sinh năm 1970, từng giữ các chức vụ: …``).
"""

from __future__ import annotations

import re

__all__ = [
    "BIRTH_ASIDE",
    "CAREER_CUE",
    "CAREER_ITEM_SEP",
    "CAREER_LIST",
    "COPULA",
    "COPULA_NOT_POSTS",
    "names_the_subject",
]

#: "từng giữ các chức vụ:", "đã kinh qua nhiều cương vị công tác như", "từng là"
CAREER_CUE = (
    r"(?:đã\s+)?(?:từng\s+)?(?:giữ|kinh qua|trải qua|đảm nhiệm|đảm nhận|là)\s+"
    r"(?:(?:các|nhiều|những)\s+)?(?:chức vụ|chức danh|cương vị|vị trí)"
    r"(?:\s+(?:quan trọng|lãnh đạo|công tác|chủ chốt))*(?:\s+(?:như|gồm))?\s*:?\s*"
    r"|(?:đã\s+)?từng\s+(?:là|giữ chức|làm)\s+"
)

#: a copula between a name and the post the person holds: "ông A là Phó Giám đốc Sở …",
#: "bà B, hiện là Trưởng phòng …", "ông C hiện đang là Chánh án …", "ông D nay là …", "bà E,
#: vốn là Chủ tịch …"
COPULA = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:hiện[ \t]+nay|hiện[ \t]+đang|hiện|nay|đang|vốn)[ \t]+)?là[ \t]+"
)
#: generic staff words written in lower case after a copula: a status, not a post ("bà A là
#: cán bộ hưu trí", "ông B là đảng viên")
COPULA_NOT_POSTS = frozenset(
    ("cán bộ", "công chức", "viên chức", "nhân viên", "đảng viên", "hội viên", "đoàn viên")
)
#: a preposition before a name (its honorific between): the name is not the subject of a
#: copula after it ("Người trao quyết định cho ông A là Giám đốc Sở", "Người đại diện của ông
#: B là Trưởng phòng …": the Giám đốc, the Trưởng phòng is someone else)
_OBJECT_OF = re.compile(
    r"(?<![\w])(?:cho|của|với|về|tới|đến|từ|bởi)[ \t]+"
    r"(?:(?:ông|bà|anh|chị|đồng chí|đ/c|Ông|Bà|Đồng chí)[ \t]+)?$"
)


def names_the_subject(text: str, start: int) -> bool:
    """False when the name at ``start`` follows a preposition (``cho ông A``, ``của bà B``).

    >>> t = "Người trao quyết định cho ông Lê Văn A là Giám đốc Sở."
    >>> names_the_subject(t, t.index("Lê")), names_the_subject("Ông Lê Văn A là …", 4)
    (False, True)
    """
    return _OBJECT_OF.search(text, max(0, start - 24), start) is None


#: the birth year or age written between a name and the cue of the posts held: "ông A,
#: sinh năm 1970, từng giữ các chức vụ: …", "bà B (sinh năm 1975) được bổ nhiệm …"
BIRTH_ASIDE = re.compile(
    r"[ \t]*(?:,[ \t]*(?:sinh năm|SN|năm sinh)[ \t]*\d{4}[ \t]*,?"
    r"|\([ \t]*(?:sinh năm|SN|năm sinh)[ \t]*\d{4}[ \t]*\)[ \t]*,?)"
)
#: the cue that opens a list of posts ("từng giữ các chức vụ:"), after which a semicolon
#: separates the posts held instead of ending the apposition
CAREER_LIST = re.compile(r"(?:chức vụ|chức danh|cương vị|vị trí)[^:]{0,40}:")
CAREER_ITEM_SEP = re.compile(r"[ \t]*;[ \t]*")
