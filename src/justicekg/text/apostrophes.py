"""Apostrophes inside words: one character to match on, the page's own on output.

Names of the Central Highlands' peoples and places carry an apostrophe inside a word
(``K'Brơn``, ``H'Lan Niê``, ``R'Ê Bông``, ``Đắk R'Lấp``, ``Ea H'leo``, ``Cư M'gar``), typed as
the ASCII ``'`` or as a typographic ``’`` / ``‘`` / ``ʼ``. The recognizers read one form:
:func:`straighten` rewrites an apostrophe written between two letters to ``'`` — one
character for one, so every offset stays valid — and leaves quotation marks (an apostrophe
not between letters: ``‘Ngày Pháp luật’``) alone. :func:`written_forms` remembers how the page
wrote each such word (its first occurrence), and :func:`as_written` gives a name built from
the straightened text the page's apostrophes back.
"""

from __future__ import annotations

import re

__all__ = ["as_written", "straighten", "written_forms"]

#: a typographic apostrophe between two letters (digits aside: ``7h00’`` is no name)
_INNER = re.compile(r"(?<=[^\W\d_])[’‘ʼ](?=[^\W\d_])")
#: a word with apostrophes inside, in the straightened text
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)+")


def straighten(text: str) -> str:
    """``text`` with every apostrophe between two letters written ``'`` (same length).

    >>> straighten("Ông K’Brơn, huyện Đắk R‘Lấp, ‘Ngày Pháp luật’")
    "Ông K'Brơn, huyện Đắk R'Lấp, ‘Ngày Pháp luật’"
    """
    if "’" not in text and "‘" not in text and "ʼ" not in text:
        return text
    return _INNER.sub("'", text)


def written_forms(original: str, straight: str) -> dict[str, str]:
    """How ``original`` writes each word with an inner apostrophe, keyed by the word as
    :func:`straighten` wrote it, case folded: the first occurrence decides.

    >>> written_forms("R'Ô Lan … R’Ô Lan, M’gar", straighten("R'Ô Lan … R’Ô Lan, M’gar"))
    {"r'ô": "R'Ô", "m'gar": 'M’gar'}
    """
    forms: dict[str, str] = {}
    for m in _WORD.finditer(straight):
        forms.setdefault(m.group(0).casefold(), original[m.start() : m.end()])
    return forms


def as_written(name: str, forms: dict[str, str]) -> str:
    """``name`` with the apostrophes of each of its words as the page wrote that word (case
    as in ``name``: a name in capitals is title-cased before it gets here).

    >>> as_written("Viện kiểm sát nhân dân huyện Đắk R'Lấp", {"r'lấp": "R’Lấp"})
    'Viện kiểm sát nhân dân huyện Đắk R’Lấp'
    >>> as_written("H'Lan Niê", {"h'lan": "H'LAN"})
    "H'Lan Niê"
    """
    if "'" not in name:
        return name

    def respell(m: re.Match[str]) -> str:
        word = m.group(0)
        page = forms.get(word.casefold())
        if page is None or len(page) != len(word):
            return word
        return "".join(p if c == "'" else c for c, p in zip(word, page, strict=True))

    return _WORD.sub(respell, name)
