"""Foreign names the person patterns would cut or miss: a Lao name of four syllables or more
after a title (``Chánh án Khăm Phăn Si Vông Xay``; a surname inside it, ``… Phôm Ma Xay``, is
no name of its own) and a romanized family name after initials (``ông T. Ganbaatar``).
:mod:`.persons` asks these while it reads the page's names.
"""

from __future__ import annotations

import re
import unicodedata

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc
from justicekg.extract.lexicon import SP, SYL, lexicon
from justicekg.extract.recognizers.person_checks import (
    NOT_NAME,
    place_named_first,
    vn_name_start,
)

BODY_HEADWORD = re.compile(
    r"(?:Sở|Cục|Bộ|Vụ|Phòng|Ban|Tỉnh|Huyện|Thành|Chi|Tổng|Ủy|Hội|Văn|Thanh|Trung|Công|Tòa|Viện|"
    r"Đoàn|Khối|Cụm|Đại|Phó|Trưởng|Chủ|Giám|Các|Những|Tổ|Đảng|Đội|Trường)\s"
)

#: body headwords that are also family names ("ông Văn Ngọc An", "bà Đoàn Thị Hoa"): after an
#: honorific, a run of three capitalized syllables or more beginning with one is a name
FAMILY_HEADWORD = re.compile(rf"(?:Văn|Đoàn)(?:{SP}{SYL}){{2,}}(?![\w'])")


#: one more capitalized syllable (a foreign name longer than a Vietnamese one)
MORE_SYLLABLE = re.compile(rf"{SP}{SYL}(?![\w'])")


#: a romanized word of two vowel groups or more (no Vietnamese syllable has two): "Ganbaatar"
_ROMAN = r"(?=(?i:[a-z]*?[aeiouy]+[b-df-hj-np-tv-xz]+[aeiouy]))[A-Z][a-z]{3,}"


@gz.derived
def initialed() -> re.Pattern[str]:
    """``ông T. Ganbaatar``, ``bà A. V. Petrova``: after an honorific, initials then a romanized
    family name (Mongolian, Russian); ``ông John K. Smith``: a romanized given name, a middle
    initial and a family name; ``ông T.`` alone stays a withheld name."""
    return re.compile(
        rf"(?:{lexicon().honorific_lead}){SP}"
        rf"(?P<name>(?:[A-Z]\.[ \t]?){{1,2}}{_ROMAN}(?:{SP}{_ROMAN})?"
        rf"|{_ROMAN}{SP}[A-Z]\.{SP}[A-Z][a-z]{{2,}})(?![\w'.])"
    )


def long_foreign(doc: Doc, start: int, name: str) -> str:
    """A Lao name of four syllables or more after a title goes on while capitalized syllables
    follow that begin no title, body or place: ``Chánh án Khăm Phăn Si Vông Xay``; a name
    that begins like a Vietnamese one stays as found."""
    if name.count(" ") < 3 or vn_name_start().match(doc.text, start) is not None:
        return name
    lex = lexicon()
    for _ in range(2):
        at = start + len(name)
        more = MORE_SYLLABLE.match(doc.text, at)
        if more is None:
            break
        t = at + len(more.group(0)) - len(more.group(0).lstrip())
        if (
            lex.title_re.match(doc.text, t)
            or BODY_HEADWORD.match(doc.text, t)
            or more.group(0).strip() in NOT_NAME
            or doc.covered(t, t + 1, ("org", "province"))
        ):
            break
        name += more.group(0)
    return name


_RUN_BEFORE = re.compile(rf"(?:{SYL}[ \t]){{3,5}}$")
#: a title that ends with a place noun names a place next ("Trưởng thôn Yên Phú Lâm Văn Tư")
_PLACE_TITLE_END = re.compile(
    r"(?<![\w])(?:thôn|xóm|ấp|bản|buôn|làng|tổ|khu phố|xã|phường|thị trấn|huyện|tỉnh)[ \t]$"
)


def tail_of_long_name(doc: Doc, start: int, title_ends: set[int]) -> bool:
    """A surname (``Ma``) inside a long foreign name written right after a title: three or more
    capitalized syllables that begin no Vietnamese name, title, body or place come before it
    and follow the title (``Phó Chánh án Xổm Xạ Vẳn Phôm Ma Xay``)."""
    run = _RUN_BEFORE.search(doc.text, max(0, start - 60), start)
    if run is None:
        return False
    at = run.start()
    if at - 1 not in title_ends or vn_name_start().match(doc.text, at) is not None:
        return False
    words = run.group(0).split()
    if any(w in NOT_NAME for w in words) or BODY_HEADWORD.match(doc.text, at):
        return False
    if _PLACE_TITLE_END.search(doc.text, max(0, at - 12), at) or place_named_first(words):
        return False
    return not doc.covered(at, start, ("org", "province"))


def _bare(word: str) -> str:
    """A word without its tone and vowel marks, in lower case (``Diáz`` → ``diaz``)."""
    return "".join(
        c
        for c in unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
        if not unicodedata.combining(c)
    ).lower()


def single_word_repeat(name: str, fulls: set[str]) -> str | None:
    """The one full name on the page a one-word (hyphened) foreign name is the end of, its
    marks written alike or not (``Díaz-Ruiz`` or ``Diáz-Ruiz`` of ``Pedro Díaz-Ruiz``)."""
    if " " in name or "-" not in name:
        return None
    hits = {f for f in fulls if " " in f and _bare(f.rsplit(" ", 1)[1]) == _bare(name)}
    return hits.pop() if len(hits) == 1 else None
