"""Paragraphs and sentences with character offsets.

Sentences end at ``.``, ``!``, ``?`` or ``…`` followed by white space and an upper-case
letter (or a digit, quote or dash), and at every line end — except a hard line wrap inside
a sentence (a line without a stop, the next line going on in lower case). Abbreviations that
end in a dot (``TP.``, ``Tp.``, ``TS.``, ``ThS.``, ``PGS.``, ``Đ/c.``; ``v.v.`` only before a
lower-case word) and withheld-name
initials (``Lê Văn T.``) do not end a sentence; list items (``- 04 Sở Tư pháp: …``) on one
line stay inside their sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Segment", "paragraphs", "sentences"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of text: ``text[start:end]``."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        """The segment's text."""
        return text[self.start : self.end]


_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:TP|Tp|tp|TS|Ts|ThS|Ths|PGS|GS|BS|KS|CN|NCS|Đ/c|đ/c|St|Mr|Ms|Dr|Q|P|H|X|TX|TT)"
    r"|(?<![\w.])[A-ZĐÂĂÊÔƠƯ])\.$"
)
_BOUNDARY = re.compile(r"([.!?…]+[\"”’)]*)(\s+)(?=[\"“‘(\-–•*]?\s*[\wÀ-ỹ])")


def paragraphs(text: str) -> list[Segment]:
    """Non-empty lines of ``text`` (one paragraph per line), stripped.

    >>> [s.slice("A b.\\n\\n C") for s in paragraphs("A b.\\n\\n C")]
    ['A b.', 'C']
    """
    out = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Segment(start, end))
    return out


def sentences(text: str) -> list[Segment]:
    """Sentences of ``text`` with offsets.

    >>> t = "Ngày 12/3, tại TP. Đông Hà có TS. Lê Văn A. Ông Lê Văn T. không đến."
    >>> [s.slice(t) for s in sentences(t)]
    ['Ngày 12/3, tại TP. Đông Hà có TS. Lê Văn A.', 'Ông Lê Văn T. không đến.']
    """
    out: list[Segment] = []
    for para in paragraphs(text):
        start = para.start
        for m in _BOUNDARY.finditer(text, para.start, para.end):
            cut = m.end(1)
            head = text[max(para.start, cut - 8) : cut]
            nxt = text[m.end() : m.end() + 1]
            if _NO_BREAK_BEFORE.search(head):
                # an initial before a lower-case word or "(" is a withheld name, not an end
                if not (head.endswith(".") and nxt.isupper() and _is_initial_end(head, nxt)):
                    continue
            if not (nxt.isupper() or nxt.isdigit() or nxt in '"“‘(-–•*'):
                continue
            if cut > start:
                out.append(Segment(start, cut))
            start = m.end()
        if para.end > start:
            out.append(Segment(start, para.end))
    return _join_wrapped(text, out)


def _join_wrapped(text: str, segs: list[Segment]) -> list[Segment]:
    """Join a sentence cut by a hard line wrap: a line that ends without a stop, followed on
    the very next line by a lower-case word (``… luôn giữ`` / ``vững danh hiệu …``).

    >>> t = "Chi cục A luôn giữ\\nvững danh hiệu. Năm 2020 được tặng Huân\\nchương."
    >>> [s.slice(t) for s in sentences(t)]
    ['Chi cục A luôn giữ\\nvững danh hiệu.', 'Năm 2020 được tặng Huân\\nchương.']
    """
    out: list[Segment] = []
    for seg in segs:
        if out:
            prev = out[-1]
            gap = text[prev.end : seg.start]
            if (
                gap.count("\n") == 1
                and not gap.strip()
                and text[prev.end - 1 : prev.end] not in '.!?…:;"”)'
                and text[seg.start : seg.start + 1].islower()
            ):
                out[-1] = Segment(prev.start, seg.end)
                continue
        out.append(seg)
    return out


def _is_initial_end(head: str, nxt: str) -> bool:
    # "Lê Văn T. Ông ..." — a single capital initial followed by a capitalized word:
    # treat as a sentence end only for a bare initial (not TP./TS. and the like).
    return bool(re.search(r"(?<![\w.])[A-ZĐ]\.$", head)) and nxt.isupper()
