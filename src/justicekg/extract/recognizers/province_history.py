"""Provinces of 1976-2008 that no longer exist (``Nghĩa Bình``, ``Quảng Nam - Đà Nẵng``), read
as provinces under the names written (data/gazetteers/org_historical_provinces.tsv).

A two-syllable name (``Minh Hải``, ``Cửu Long``, ``Hải Hưng``) is also a given name, a river or a
region, so it counts only after ``tỉnh`` (``các tỉnh``) or next to another province in a list
(``Minh Hải, Kiên Giang``); a longer name (``Hà Nam Ninh``) or one joining two provinces with a
dash counts wherever it is capitalized.
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.lexicon import lexicon, trie_alt

__all__ = ["historical_provinces"]

_LIST_GAP = r"[ \t]*(?:,|;|và)[ \t]*(?:và[ \t]+)?"
_AFTER_LEVEL = re.compile(r"(?:tỉnh|Tỉnh)[ \t]+$")
#: a mountain range, river or region of the same name ("dãy Hoàng Liên Sơn", "sông Cửu Long")
_NOT_PLACE = re.compile(r"(?:dãy|núi|sông|vùng|miền|đồng bằng|ĐBSCL)[ \t]+$", re.IGNORECASE)


@cache
def _names_re() -> re.Pattern[str]:
    forms = {
        n.replace(" - ", dash)
        for n in gz.column("org_historical_provinces")
        for dash in (" - ", "-", " – ", "–")
    }
    # one character trie: a long alternation is tried name by name at every position
    # (led by the names' first letters, the look-behind after them: see trie_alt)
    return re.compile("(?:" + trie_alt(forms, not_after=r"[\w]") + r")(?![\w])")


def _province_next_to(text: str, start: int, end: int) -> bool:
    """A province (modern or historical) is listed right before or after ``start:end``."""
    lex = lexicon()
    after = re.compile(_LIST_GAP).match(text, end)
    if after is not None:
        pos = after.end()
        if lex.province_re.match(text, pos) or _names_re().match(text, pos):
            return True
    before = re.search(
        rf"(?:{lex.province_re.pattern}){_LIST_GAP}$", text[max(0, start - 40) : start]
    )
    return before is not None


def historical_provinces(text: str) -> list[tuple[int, int, str]]:
    """Every earlier-era province named in ``text``: (start, end, name as written)."""
    out: list[tuple[int, int, str]] = []
    for m in _names_re().finditer(text):
        written = m.group(0)
        if _NOT_PLACE.search(text, max(0, m.start() - 12), m.start()):
            continue
        long = len(written.split()) >= 3
        if not long and not (
            _AFTER_LEVEL.search(text, max(0, m.start() - 12), m.start())
            or _province_next_to(text, m.start(), m.end())
        ):
            continue
        out.append((m.start(), m.end(), written))
    return out
