"""Asides between a name and the post its holder is elected or appointed to.

Election and appointment reports describe each person before the post: degrees, memberships
and a retirement status, then the verb and the post (``bà A, cử nhân luật, hội viên Hội Luật
gia Việt Nam, giữ chức Chủ tịch Hội``; ``ông B, Thạc sĩ Luật, được bầu giữ chức Phó Chủ tịch
Hội``). The asides are read past, in either case, so that the verb after them introduces the
person's post as it does right after the name. An aside is only skipped when a verb and a
title follow it (the caller checks), so a sentence that goes on otherwise is left alone.
"""

from __future__ import annotations

import re

from justicekg.extract.lexicon import UPPER

__all__ = ["past_descriptions", "retired_at"]

#: a degree, in either case, with its field: "cử nhân luật", "Thạc sĩ Luật kinh tế", "TS."
_DEGREE = re.compile(
    r"(?i:(?:phó[ \t]+)?giáo sư|tiến sĩ|tiến sỹ|thạc sĩ|thạc sỹ|cử nhân|kỹ sư|bác sĩ)"
    r"(?:[ \t]+(?i:ngành[ \t]+|chuyên ngành[ \t]+)?(?i:luật học|luật kinh tế|luật|kinh tế"
    r"|hành chính công|quản lý công|chính trị))?"
    r"[ \t]*,[ \t]*"
)
#: a membership: "hội viên Hội Luật gia Việt Nam", "đảng viên"; its body is a capitalized run
_MEMBER = re.compile(
    rf"(?i:hội viên|đảng viên)(?:[ \t]+[{UPPER}][\w]*(?:[ \t]+[\wĐđ]+){{0,6}})?[ \t]*,[ \t]*"
)
#: a retirement or age status: "cán bộ hưu trí (xã X)", "sinh năm 1970", "52 tuổi"; a comma
#: or the verb ("… hưu trí thị trấn X giữ chức …") closes it
_STATUS = re.compile(
    r"(?:(?i:cán bộ hưu trí|hưu trí)(?:[ \t]+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh"
    rf"|thành phố)[ \t]+[{UPPER}][^,;.()\n]{{0,30}}?)?"
    r"|(?i:sinh năm)[ \t]+\d{4}|\d{2}[ \t]+tuổi)"
    r"(?:[ \t]*,[ \t]*|(?=[ \t]+(?:được[ \t]+)?(?:bầu|giữ chức|làm)(?![\w])))"
)
_OPEN = re.compile(r"[ \t]*,[ \t]*")


def past_descriptions(text: str, pos: int) -> int | None:
    """The end of the asides that open at ``pos`` (right after a name and its comma), or None
    when none does."""
    at = pos
    for _ in range(4):
        m = _DEGREE.match(text, at) or _MEMBER.match(text, at) or _STATUS.match(text, at)
        if m is None:
            break
        at = m.end()
    return at if at > pos else None


_RETIRED = re.compile(r"(?i:cán bộ hưu trí|hưu trí)(?![\w])")


def retired_at(text: str, pos: int) -> bool:
    """A retirement status (``cán bộ hưu trí``) at ``pos``: a description, no post."""
    return _RETIRED.match(text, pos) is not None
