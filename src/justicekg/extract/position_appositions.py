"""Where the posts written after a name begin, past what stands between name and title.

An apposition's first title may follow the name after a separator (``Lê Văn A, Phó Giám đốc Sở
…``) or a space alone (``ông A Chủ tịch UBND xã X``), a birth year or an aside in brackets
(``A (SN 1975), Chi cục trưởng …``), a classifier (``X – vị Bộ trưởng Tư pháp``), descriptions
that are no posts (``X, cử nhân luật, hội viên Hội Luật gia, Phó Chánh án …``), an appointment
verb or a career cue (``ông X được bổ nhiệm giữ chức …``, ``bà B đã kinh qua các chức vụ …``), a
copula (``ông A là Phó Giám đốc Sở …``), a party role the gazetteers lack, or a line break (a
caption: the name alone on its line, the title opening the next one). :func:`apposition_start`
finds that first title; :mod:`.relations` reads the chain of posts from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from justicekg.extract.doc import Span
from justicekg.extract.lexicon import LOWER, SYL
from justicekg.extract.position_appointments import APPOINT
from justicekg.extract.position_asides import past_descriptions, retired_at
from justicekg.extract.position_careers import (
    BIRTH_ASIDE,
    CAREER_LIST,
    COPULA,
    COPULA_NOT_POSTS,
    names_the_subject,
)
from justicekg.extract.position_clauses import opens_clause
from justicekg.extract.position_details import past_asides
from justicekg.extract.position_signatures import LINE_OPEN
from justicekg.extract.title_orgs import org_after_title

__all__ = ["AppositionStart", "apposition_start"]

_SEP_RIGHT = re.compile(r"\s*(?:,|\(|-|–|—|:)\s*")
#: "A (sinh năm 1988, Phó Chủ tịch UBND xã X)": the birth year (or age) opens the bracket
#: that goes on with the title
_BORN_OPEN = re.compile(
    r"[ \t]*\([ \t]*(?:(?:SN|sinh năm|Sinh năm|năm sinh|s\.n)[ \t]*\d{4}|\d{1,3}[ \t]+tuổi)"
    r"[ \t]*[,;][ \t]*"
)
_BORN = re.compile(
    # "A (SN 1975), Chi cục trưởng …", "A (bên phải) - Phó Giám đốc …": an aside in brackets
    rf"[ \t]*\((?:(?:SN|sinh năm|Sinh năm|s\.n)[ \t]*\d{{4}}|[{LOWER}][^()A-ZĐ\n]{{0,38}}"
    r"|\d{1,3}[ \t]+tuổi(?:[,;][^()\n]{0,60})?"  # "A (42 tuổi, ngụ phường X), Phó …"
    # "A (Út Mận), cán bộ …": the name the person is called by, a birth-order word first
    rf"|(?:Út|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Cả)[ \t]+{SYL})\)"
    r"(?=[ \t]*[,–-])"
)
_CLASSIFIER = re.compile(r"(?:vị|người)[ \t]+")

_SPACE_ONLY = re.compile(r"[ \t]+")
#: a name that ends its line (the next line opens with a title)
_NAME_LINE = re.compile(r"[ \t]*\n[ \t]*")
_PARTY_ROLE = re.compile(
    r"(?:Ủy viên|Bí thư|Phó Bí thư|Đại biểu|Thành viên)(?![\w])[^,;.()\n]{0,60},\s*"
)


@dataclass(frozen=True, slots=True)
class AppositionStart:
    """Where the posts after a name begin.

    Attributes:
        pos: where the first title starts (not a title's start when none follows; -1 when
            the title opens a clause of its own).
        sep: the separator right after the name (or its bracketed aside), if any.
        appointed: an appointment verb introduces the first title.
        career: a career cue introduces it: a semicolon goes on with the list of posts.
    """

    pos: int
    sep: re.Match[str] | None
    appointed: bool
    career: bool


def apposition_start(
    text: str,
    p: Span,
    title_at: dict[int, Span],
    orgs: list[Span],
    *,
    post_at: int | None,
    proposed: bool,
) -> AppositionStart:
    """Where the posts written after the name ``p`` begin (``title_at``: the titles by start;
    ``post_at``: where a signature's post opens; ``proposed``: the name is only proposed for a
    post, so an appointment verb introduces none)."""
    career = False
    appointed = False
    born = _BORN.match(text, p.end)  # "A (SN 1975), Chi cục trưởng …": the birth year aside
    sep = _SEP_RIGHT.match(text, born.end() if born else p.end)
    pos = sep.end() if sep else p.end
    opened = _BORN_OPEN.match(text, p.end)
    if opened is not None and opened.end() in title_at:
        pos = opened.end()
    if (
        sep is None
        and _NAME_LINE.match(text, p.end)
        and LINE_OPEN.search(text, max(0, p.start - 40), p.start)
    ):
        # a caption: "Đồng chí X" alone on its line, the title opening the next one
        nl = _NAME_LINE.match(text, p.end)
        at = nl.end() if nl else p.end
        if at in title_at and text[at : at + 1].isupper():
            pos = at
    elif sep is None and _SPACE_ONLY.match(text, p.end):
        # "ông A Chủ tịch UBND xã X": a capitalized title right after the name is A's, and
        # so is one in lower case that names its body ("bà B trưởng phòng Tư pháp huyện Y")
        gap = _SPACE_ONLY.match(text, p.end)
        at = gap.end() if gap else p.end
        if at in title_at and (
            text[at : at + 1].isupper() or org_after_title(text, title_at[at], orgs) is not None
        ):
            pos = at
    if sep is not None and pos not in title_at:
        # "X – vị Bộ trưởng Tư pháp đã có công …": the classifier before an apposed title
        who = _CLASSIFIER.match(text, pos)
        if who is not None and who.end() in title_at:
            pos = who.end()
        pos = past_asides(text, pos, title_at, orgs)  # "X, Thạc sỹ luật, Trưởng phòng …"
    if sep is not None and (described_end := past_descriptions(text, pos)) is not None:
        # "X, cử nhân luật, hội viên Hội Luật gia, Phó Chánh án …", "X, cán bộ hưu trí,
        # giữ chức Chủ tịch Hội": descriptions before the post are not posts
        a = APPOINT.match(text, described_end)
        if (
            described_end in title_at
            or (a is not None and a.end() in title_at)
            or retired_at(text, pos)
        ):
            pos = described_end
    if pos not in title_at:
        # "ông X được bổ nhiệm giữ chức Phó Cục trưởng Cục …"
        aside = BIRTH_ASIDE.match(text, p.end)  # "ông A, sinh năm 1970, từng giữ …"
        app0 = APPOINT.match(text, aside.end() if aside else p.end)
        described = past_descriptions(text, sep.end()) if sep is not None else None
        if described is not None and (app0 is None or app0.end() not in title_at):
            # "bà A, cử nhân luật, hội viên Hội Luật gia, giữ chức Chủ tịch Hội"
            app0 = APPOINT.match(text, described) or app0
        # "ông A (hiện) là Phó Giám đốc Sở …" (not "… cho ông A là Giám đốc Sở")
        cop = COPULA.match(text, p.end) if names_the_subject(text, p.start) else None
        if app0 is not None and app0.end() in title_at and not proposed:
            pos = app0.end()
            appointed = True
            career = CAREER_LIST.search(app0.group(0)) is not None
        elif cop is not None and cop.end() in title_at:
            if title_at[cop.end()].name.lower() not in COPULA_NOT_POSTS:
                pos = cop.end()
        elif sep is not None:
            # "X, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh": a party or
            # assembly role the gazetteer lacks does not hide the title after it
            role = _PARTY_ROLE.match(text, pos)
            if role is not None and role.end() in title_at:
                pos = role.end()
    pos = post_at if post_at is not None and pos not in title_at else pos  # signs, a post
    if pos in title_at and opens_clause(text, title_at[pos], orgs):
        pos = -1  # "Theo A, kiểm sát viên cao cấp là …": a clause of its own, no post
    return AppositionStart(pos, sep, appointed, career)
