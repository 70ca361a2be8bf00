"""District names at a point of the text, as the district gazetteer knows them.

:func:`gazetteer_prefix` is the longest run of words there that names a district (``Cư
M'gar``); :func:`longer_city` tells a city whose name extends its province's (``thành phố
Điện Biên Phủ`` in ``tỉnh Điện Biên``) from the province. Read by :mod:`.org_places`.
"""

from __future__ import annotations

import re

from justicekg.extract.lexicon import lexicon

__all__ = ["gazetteer_prefix", "longer_city"]

_TOKENS = re.compile(r"[\w'’]+(?:-[\w'’]+)*")


def longer_city(text: str, start: int, kind: str) -> bool:
    """Whether the words at ``start`` after ``thành phố`` are a city the district gazetteer
    knows whose name is longer than the province name it starts with (``Điện Biên Phủ``)."""
    if kind != "thành phố":
        return False
    known = gazetteer_prefix(text, start)
    if known is None or lexicon().province(known[0]):
        return False
    prov = lexicon().province_re.match(text, start)
    return prov is not None and len(prov.group(0)) < len(known[0])


def gazetteer_prefix(text: str, start: int) -> tuple[str, int] | None:
    """The longest run of up to 4 words at ``start`` that the district gazetteer knows
    (``Cư M'gar``, ``Ia H'Drai``)."""
    ends: list[int] = []
    pos = start
    for _ in range(4):
        m = _TOKENS.match(text, pos)
        if m is None:
            break
        ends.append(m.end())
        sp = re.match(r"[ \t]+", text[m.end() : m.end() + 3])
        if sp is None:
            break
        pos = m.end() + sp.end()
    for end in reversed(ends):
        cand = text[start:end]
        if cand[:1].isupper() and lexicon().districts(cand):
            return cand, end
    return None
