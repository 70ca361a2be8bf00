"""Names next to a recipient that only place it: they are no recipients themselves.

A body named in passing in a parenthesis (``Ban An ninh A (tiền thân của Công an B)``), the
body of a post the title list does not know (``liệt sĩ C, nguyên Trưởng ty Công an tỉnh D``)
a body whose members are counted (``Khối thi đua số 3 có 2 đơn vị được tặng …``) and the
agent of a passive verb (``A được Bộ Tư pháp xếp hạng …``).
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.lexicon import UPPER

#: "A có 3 đơn vị được tặng": a body whose members are counted, not itself the recipient
HAS_COUNT = re.compile(
    r"\s+(?:(?:cũng|đã|còn)\s+)?có\s+(?:\d{1,4}|một|hai|ba|bốn|năm)\s+"
    r"(?:tập thể|cá nhân|đơn vị|tổ chức|trường hợp|người|cán bộ|công chức|đồng chí)(?![\w])"
)
#: "A được B xếp hạng": the body after a passive "được" (or "bởi") acts, it receives nothing
AGENT = re.compile(r"(?<![\w])(?:được|bởi)\s+$")
#: a parenthesis that names a body in passing: its predecessor, successor or former name,
#: or the bodies it belongs to ("Trại giam A (thuộc Tổng cục B, Bộ C)")
_ASIDE = re.compile(
    r"\(\s*(?:tiền thân|nay là|nay thuộc|trước đây là|trước đây|trước là|sau này là|sau là|"
    r"nay đổi tên thành|nay|trực thuộc|thuộc)(?![\w])[^()]*$",
    re.IGNORECASE,
)
#: the bodies a unit belongs to, set off by commas after it: "Trại giam A, thuộc Tổng cục B,
#: Bộ C, tổ chức …" (each body of the chain a capitalized name, so "…, và Trại giam D" ends it)
_PARENT_CHAIN = re.compile(rf",\s*(?:trực\s+)?thuộc\s+(?:[{UPPER}][^,;:()\n]{{0,60}},\s*)*$")


def in_aside(text: str, pos: int) -> bool:
    """True when ``pos`` is inside a parenthesis that names a body in passing (``(tiền thân
    của Công an A)``, ``(nay là Cục B)``).

    >>> t = "cho Ban An ninh A (nay là Công an tỉnh B) và ông C"
    >>> in_aside(t, t.index("Công an")), in_aside(t, t.index("ông C"))
    (True, False)
    """
    return (
        _ASIDE.search(text, max(0, pos - 80), pos) is not None
        or _PARENT_CHAIN.search(text, max(0, pos - 140), pos) is not None
    )


#: a post the title list does not know, between a person and its body: ", nguyên Trưởng ty "
_POST_GAP = re.compile(r",\s+(?:nguyên\s+)?(?P<head>[A-ZĐ]\w*)(?P<rest>(?:\s+\w+){0,3})\s+")


def is_post_gap(gap: str) -> bool:
    """True when ``gap`` (between a person's name and a body) is a post written as one
    capitalized word and up to three lower-case ones (``, nguyên Trưởng ty ``).

    >>> is_post_gap(", nguyên Trưởng ty "), is_post_gap(", Trưởng ban Tuyên giáo ")
    (True, False)
    """
    m = _POST_GAP.fullmatch(gap)
    return m is not None and all(w[:1].islower() for w in m.group("rest").split())


#: the words a collective names its members with before its body: "Tập thể nữ cán bộ, công
#: chức, người lao động Tổng cục A"
_MEMBERS = (
    r"nữ|cán bộ|công chức|viên chức|người lao động|chiến sĩ|sĩ quan|hạ sĩ quan|đảng viên|"
    r"hội viên|đoàn viên|nhân viên|lãnh đạo|giáo viên|thẩm phán|kiểm sát viên|chấp hành viên|"
    r"thư ký|phụ nữ|và"
)
_COLLECTIVE = re.compile(
    rf"(?<![\w])[Tt]ập thể((?:\s*,|\s+(?:{_MEMBERS})(?![\w]))*\s+(?:{_MEMBERS}))\s+$"
)


def collective_name(text: str, start: int, body: str) -> str | None:
    """The recipient a collective names before the body at ``start`` (``Tập thể nữ cán bộ,
    công chức Sở A`` → ``Tập thể nữ cán bộ, công chức Sở A``), or None when the body is named
    alone (``tập thể Phòng B`` is the body itself).

    >>> t = "trao cho Tập thể nữ cán bộ, công chức Cục A"
    >>> collective_name(t, t.index("Cục"), "Cục A")
    'Tập thể nữ cán bộ, công chức Cục A'
    >>> collective_name("cho tập thể Phòng B", 12, "Phòng B") is None
    True
    """
    m = _COLLECTIVE.search(text, max(0, start - 80), start)
    if m is None or not m.group(1).strip(" ,"):
        return None
    words = " ".join(m.group(1).split()).replace(" ,", ",")
    return f"Tập thể {words} {body}"


#: after a person's name, what starts another recipient rather than her post and workplace
_NEXT_RECIPIENT = re.compile(r"\s*(?:;|(?<![\w])và(?![\w]))")


@cache
def _aside_words(reader: str) -> str:
    """The words of ``award_aside_words.tsv`` that ``reader`` reads, as one alternation
    (longest first)."""
    words = sorted(gz.read_by("award_aside_words", reader), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


gz.on_reload(_aside_words.cache_clear)


@gz.derived
def _lower_post() -> re.Pattern[str]:
    """A post written in lower case after a name: "ông A, cán bộ Đội B …", "bà C, chuyên
    viên …"."""
    return re.compile(rf"(?:{_aside_words('lower_post')})(?![\w])")


@gz.derived
def _subject_verb() -> re.Pattern[str]:
    """Where a subject's description ends: its verb ("ông A, Đội trưởng Đội B … được tặng";
    "ông C, Phó Chủ tịch UBND tỉnh chúc mừng Cục D …": what follows the speaker's verb is no
    post)."""
    return re.compile(rf"\s(?:{_aside_words('subject_verb')})(?![\w])")


def description_ends(
    text: str, persons: list[tuple[int, int]], end: int, *, subject: bool = False
) -> list[tuple[int, int]]:
    """The stretches (start, end) that describe a person in a list of recipients: from the
    comma after her name (``Đại úy A, Cán bộ Khoa B, Bệnh viện C, Bộ D; …``) to the next
    semicolon or ``và`` (for the subject of the award, ``subject``, to its verb at the latest);
    the bodies and titled names inside are her post and workplace.

    >>> t = "là bà A, Cán bộ Khoa B, Bệnh viện C và ông D"
    >>> [t[a:b] for a, b in description_ends(t, [(6, 7)], len(t))]
    [', Cán bộ Khoa B, Bệnh viện C']
    """
    out = []
    for _, p1 in persons:
        if text[p1 : p1 + 2] != ", " or not (
            text[p1 + 2 : p1 + 3].isupper() or _lower_post().match(text, p1 + 2)
        ):
            continue
        if any(q0 == p1 + 2 for q0, _ in persons):
            continue  # "A, B và C": the next name, not a description
        stop = _NEXT_RECIPIENT.search(text, p1, end)
        d1 = stop.start() if stop is not None else end
        verb = _subject_verb().search(text, p1, d1) if subject else None
        out.append((p1, verb.start() if verb is not None else d1))
    return out
