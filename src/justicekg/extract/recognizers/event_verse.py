"""Lines of verse: a poem quoted on a page names activities ("Anh em ngồi lại hội đàm") that
were never held."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache


@lru_cache(maxsize=4)
def _line_table(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The lines of ``text`` stripped, and the offset each starts at (split once per text: every
    undated sentence asks :func:`in_verse`)."""
    raw = text.split("\n")
    offsets, pos = [], 0
    for ln in raw:
        offsets.append(pos)
        pos += len(ln) + 1
    return tuple(ln.strip() for ln in raw), tuple(offsets)


def in_verse(text: str, at: int) -> bool:
    """The line at ``at`` is a poem's: short, without a closing stop, and so are three of the
    two lines before and the two after it.

    >>> t = "Trăng lên đầu ngõ\\nGió về bên sông\\nAnh em ngồi lại hội đàm\\nLúa vàng\\nMùa xuân"
    >>> in_verse(t, t.index("Anh em")), in_verse("Sở tổ chức hội đàm với Đoàn", 0)
    (True, False)
    """
    lines, offsets = _line_table(text)
    i = max(0, bisect_left(offsets, at + 1) - 1)
    near = [ln for ln in lines[max(0, i - 6) : i] if ln][-2:]
    after = [ln for ln in lines[i + 1 : i + 7] if ln][:2]

    def short(ln: str) -> bool:
        return 2 <= len(ln.split()) <= 10 and ln[-1] not in ".!?:;…"

    # (the signature under the last lines may close with a stop)
    return short(lines[i]) and sum(map(short, [*near, *after])) >= 3
