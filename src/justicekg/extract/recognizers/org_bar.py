"""A province's bar association written without its place, and its boards.

- ``Ban Chủ nhiệm Đoàn Luật sư`` / ``Đoàn Luật sư`` with no place after it: the bar of the
  article's province (``Đoàn Luật sư tỉnh X``), bare when the page names no province (the
  conventions' rule for every provincial body);
- generic mentions yield nothing: ``các Đoàn Luật sư``, ``Đoàn Luật sư trên cả nước``, and the
  national federation (``Liên đoàn Luật sư Việt Nam``) is another body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from justicekg.extract.doc import Doc, Span

__all__ = ["bare_bar_associations"]

_BAR = re.compile(
    r"(?<![\w])(?P<board>(?:Ban Chủ nhiệm|Ban chủ nhiệm|Ban Chấp hành|Ban chấp hành|"
    r"Hội đồng Khen thưởng[ \t]*[-–][ \t]*Kỷ luật|Văn phòng)[ \t]+)?"
    r"Đoàn [Ll]uật sư(?![\w])"
)
#: a plural, a count or the federation before it
_GENERIC_BEFORE = re.compile(r"(?:các|những|mọi|\d+|Liên|liên)[ \t]+$")
#: a place or a name after it (read by the head grammar), or a generic scope
_AFTER = re.compile(r"[ \t]+(?:(?:tỉnh|thành phố|TP\.?|Tp\.?|trên|cả|toàn|các|của)(?![\w])|[A-ZĐ])")
_BOARD_CANON = {"ban chủ nhiệm": "Ban Chủ nhiệm", "ban chấp hành": "Ban Chấp hành"}


def bare_bar_associations(
    doc: Doc, spans: Sequence[Span], suffix_of: Callable[[int], str]
) -> list[Span]:
    """``Ban Chủ nhiệm Đoàn Luật sư`` with no place: the bar (and board) of the page's
    province; ``suffix_of(pos)`` is the place a bare provincial body there takes."""
    text = doc.text
    out: list[Span] = []
    for m in _BAR.finditer(text):
        if any(s.label == "org" and s.overlaps(Span(m.start(), m.end(), "", "")) for s in spans):
            continue
        if _GENERIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _AFTER.match(text, m.end()):
            continue
        suffix = suffix_of(m.start())
        bar = f"Đoàn Luật sư{suffix}"
        board = m.group("board")
        if board:  # a board is named with its bar, which it does not list on its own
            head = " ".join(board.split())
            bar = f"{_BOARD_CANON.get(head.lower(), head)} {bar}"
        out.append(Span(m.start(), m.end(), "org", bar, "bar", {"kind": "other"}))
    return out
