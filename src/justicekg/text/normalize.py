"""Normalization of Vietnamese text: NFC, one tone-mark convention, white space, abbreviations.

The article text is normalized once, at the boundary (reading a file or entering
:func:`justicekg.extract.extract`); every character offset refers to the normalized text.
Tone-mark normalization (``Hoá`` → ``Hóa``) is length-preserving (``vi-textmatch``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from vi_textmatch.tone import normalize_tone as _vi_normalize_tone

__all__ = ["expand_abbreviations", "fold", "normalize", "normalize_name", "normalize_tone"]

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: a run of spaces to fold to one " ": only the runs that are not already that single space
#: (``[…]+`` replaced every space of the text by itself, at twice the cost)
_SPACES = re.compile(
    "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\f\v]{2,}"
    "|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000\f\v]"
)
_TRAIL = re.compile(" +\n")
_LEAD = re.compile("\n +")
#: (a literal prefix: the scan looks for "\n\n\n" instead of trying a repeat at every place)
_MANY_NL = re.compile("\n\n\n+")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def normalize_tone(text: str) -> str:
    """Rewrite ``oa``/``oe``/``uy`` open syllables to the new style; length-preserving.

    >>> normalize_tone("Thanh Hoá, Thuỷ, Hoàng, Quý")
    'Thanh Hóa, Thủy, Hoàng, Quý'
    """
    return _vi_normalize_tone(text)


def normalize(text: str) -> str:
    """NFC, new tone style, LF line ends, single spaces, at most one blank line.

    Args:
        text: any string (NFC or NFD, CRLF, stray spaces).

    Returns:
        The normalized text every extraction offset refers to.

    >>> normalize("Thanh Hoa\\u0301  \\r\\nngày 27/11")
    'Thanh Hóa\\nngày 27/11'
    >>> normalize("\\u00d0ồng Nai") == "Đồng Nai"
    True
    """
    text = unicodedata.normalize("NFC", text)
    # legacy encodings write the Icelandic eth (Ð, ð) for the Vietnamese Đ, đ (two replaces:
    # ``str.translate`` looks every character of a non-ASCII text up in a dict, 20x slower)
    text = text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\x85", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text)
    if " \n" in text:
        text = _TRAIL.sub("\n", text)
    text = _LEAD.sub("\n", text)
    text = _MANY_NL.sub("\n\n", text)
    return normalize_tone(text.strip())


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    from justicekg.extract.gazetteers import load_rows

    table = {r["abbr"]: r["expansion"] for r in load_rows("abbreviations")}
    words = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")
    return pattern, table


_TP = re.compile(r"(?<!\w)(?:TP|Tp)(?:\.\s*|\s+|(?=HCM(?!\w)))(?=\w)")


def expand_abbreviations(text: str) -> str:
    """Expand whole-word abbreviations (``UBND``, ``THADS``, ``TP.`` …) in a name.

    >>> expand_abbreviations("UBND TP.HCM")
    'Ủy ban nhân dân thành phố Hồ Chí Minh'
    >>> expand_abbreviations("Chi cục THADS huyện Tĩnh Gia")
    'Chi cục Thi hành án dân sự huyện Tĩnh Gia'
    """
    pattern, table = _abbreviations()
    text = _TP.sub("thành phố ", text)
    return pattern.sub(lambda m: table[m.group(1)], text)


_DASHES = re.compile(r"\s*[–—‒−]\s*|\s+-\s+")


def normalize_name(text: str) -> str:
    """A canonical display name: normalized, abbreviations expanded, dashes as `` - ``.

    >>> normalize_name("Vụ Thi đua – Khen thưởng")
    'Vụ Thi đua - Khen thưởng'
    """
    text = expand_abbreviations(normalize(text))
    text = _DASHES.sub(" - ", text)
    return " ".join(text.split())


_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A diacritic-free search key: lowercase, no marks, ``đ`` → ``d``, single spaces.

    >>> fold("  Sở Tư pháp  tỉnh Thanh Hoá ")
    'so tu phap tinh thanh hoa'
    >>> fold("Đắk Lắk")
    'dak lak'
    """
    text = unicodedata.normalize("NFD", text.translate(_FOLD_TABLE))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


_NON_WORD = re.compile(r"[^\w]+")


def search_key(text: str) -> str:
    """The key names are searched by (web search, ``analyze``): :func:`fold` with punctuation
    read as spaces, so ``le anh tuan`` finds ``Lê Anh Tuấn``.

    >>> search_key("  Lê Anh  TUẤN, Thanh Hoá ")
    'le anh tuan thanh hoa'
    """
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())
