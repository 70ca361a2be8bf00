"""Excerpts cut at a fixed length: the last word of the text may be cut short.

Real pages are often given as excerpts that stop in the middle of a word (``… bà Lê Thị
Than`` for ``Thanh``, ``… Hội Luật gia tỉnh Bình Thu`` for ``Bình Thuận``). A name that
ends at such a cut and that the page writes elsewhere with more letters after it is that
longer name cut short, not a name of its own.
"""

from __future__ import annotations

import re

__all__ = ["cut_short"]


def cut_short(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends the text in the middle of a word: the text stops
    right after it on a letter, and the same words go on with more letters elsewhere.

    >>> t = "Bà Lê Thị Thanh dự. Năm nay, bà Lê Thị Than"
    >>> cut_short(t, len(t) - 11, len(t)), cut_short(t, 3, 15)
    (True, False)
    >>> cut_short("Ông Lê Văn An phát biểu. Bài: Lê Văn An", 30, 39)
    False
    """
    if end != len(text.rstrip()) or not text[end - 1 : end].isalpha():
        return False
    return re.search(re.escape(text[start:end]) + r"[^\W\d_]", text) is not None
