"""Places abroad and the cues that a place is abroad: the country gazetteer (``Lào``,
``Campuchia``, their aliases), a transliterated run of words (``Chăm-pa-sắc``), spelling
Vietnamese does not have (``Attapeu``), and a sentence or title about a foreign delegation
(``nước bạn``, ``đoàn bạn``).

>>> country_name("CHDCND Lào")
'Lào'
>>> is_foreign_spelling("Attapeu"), is_foreign_spelling("Thanh Hóa")
(True, False)
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc
from justicekg.extract.lexicon import LOWER, SP, SYL, UPPER, lexicon

__all__ = [
    "abroad_context",
    "abroad_nearby",
    "country_any_re",
    "country_name",
    "country_re",
    "foreign_run",
    "is_foreign_place",
    "is_foreign_spelling",
]

_FOREIGN_RUN = re.compile(
    rf"{SYL}(?:-[{UPPER}{LOWER}][{LOWER}]*)*(?:{SP}{SYL}(?:-[{UPPER}{LOWER}][{LOWER}]*)*){{0,2}}"
)

#: letters, doubled consonants, clusters and hyphens Vietnamese spelling does not have
#: a Vietnamese vowel (any tone): one syllable has one run of them, so a word with two runs
#: split by consonants is spelt abroad ("Champasak", "Vientiane")
_VOWEL = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_NOT_VIETNAMESE = re.compile(
    r"[fjwz]|([bcdghklmnpqrstvx])\1|[bcdfgkpsv][lr]|\w-\w"
    rf"|[{_VOWEL}][bcdđghklmnpqrstvx]+[{_VOWEL}]"
)
_ABROAD = re.compile(r"(?<![\w])(?:nước bạn|quốc tế|đoàn bạn|phía bạn)(?![\w])", re.IGNORECASE)


@cache
def _countries() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in gz.load_rows("countries"):
        for n in (r["country"], *(a for a in r["aliases"].split("|") if a)):
            out[n] = r["country"]
    return out


@cache
def country_re() -> re.Pattern[str]:
    """A country written after a body (``Bộ Tư pháp nước Lào``): spaces, an optional ``nước``
    or ``của``, then the country as group ``c``."""
    names = "|".join(re.escape(n) for n in sorted(_countries(), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:nước[ \t]+|của[ \t]+)?(?P<c>{names})(?![\w])")


@cache
def country_any_re() -> re.Pattern[str]:
    """Any country the gazetteer knows, by its name or an alias, as a whole word."""
    names = "|".join(re.escape(n) for n in sorted(_countries(), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{names})(?![\w])")


def country_name(written: str) -> str:
    """The gazetteer's name of a country written by an alias (else as written)."""
    return _countries().get(written, written)


def foreign_run(text: str, start: int, name: str) -> str:
    """The run of up to three capitalized words at ``start``, hyphenated syllables kept whole
    (``Chăm-pa-sắc``); ``name`` when none is written there."""
    fm = _FOREIGN_RUN.match(text, start)
    return fm.group(0) if fm else name


def is_foreign_spelling(name: str) -> bool:
    """``name`` has letters, doubled consonants, clusters or hyphens Vietnamese spelling does
    not have (``Attapeu``, ``Chăm-pa-sắc``)."""
    return _NOT_VIETNAMESE.search(name.lower()) is not None


def abroad_nearby(doc: Doc, pos: int) -> bool:
    """The sentence at ``pos`` or the one before it names a country abroad."""
    sent = doc.sentence_of(pos)
    lo = doc.sentence_of(max(0, sent.start - 2)).start if sent.start > 1 else sent.start
    chunk = doc.text[lo : sent.end]
    return bool(_ABROAD.search(chunk) or country_any_re().search(chunk))


def abroad_context(doc: Doc, pos: int, name: str) -> bool:
    """The place name is not Vietnamese in spelling (``Attapeu``, ``Chăm-pa-sắc``), or the
    sentence around ``pos`` or the article's title names a country abroad or a foreign
    delegation (``nước bạn``, ``Lào``, ``Campuchia``)."""
    if is_foreign_spelling(name):
        return True
    sent = doc.sentence_of(pos)
    for chunk in (doc.text[sent.start : sent.end], doc.title or ""):
        if _ABROAD.search(chunk) or country_any_re().search(chunk):
            return True
    return False


def is_foreign_place(name: str) -> bool:
    """A capitalized run after ``tỉnh`` that names no Vietnamese province and is no person's
    name (no surname, no Ê Đê ``Y``/``H'``) is a province abroad (``tỉnh Attapeu``)."""
    first = name.split()[0]
    if first in gz.surnames() or first == "Y" or first.startswith("H'"):
        return False
    return not lexicon().districts(name)
