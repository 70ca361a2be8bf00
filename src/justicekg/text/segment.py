"""Paragraphs and sentences with character offsets.

Sentences end at ``.``, ``!``, ``?`` or ``…`` followed by white space and an upper-case
letter (or a digit, quote or dash), and at every line end — except a hard line wrap inside
a sentence (a line without a stop, the next line going on in lower case). Abbreviations that
end in a dot (``TP.``, ``Tp.``, ``TS.``, ``ThS.``, ``PGS.``, ``Đ/c.``; ``v.v.`` only before a
lower-case word), dotted degrees
(``Th.S.``, ``PGS.TS.``, ``LS.``), place levels by their initial after a lower-case or all-capital
word (``UBND P. Tân Mai``, ``tại Q. Hoàng Mai``) and withheld-name initials (``Lê Văn T.``) do
not end a sentence; list items (``- 04 Sở Tư pháp: …``) on one line stay inside their sentence.
``unwrap`` turns the line breaks of a hard-wrapped page into spaces (same length).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

__all__ = ["Segment", "paragraphs", "sentences", "unwrap"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of text: ``text[start:end]``."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        """The segment's text."""
        return text[self.start : self.end]


_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:TP|Tp|tp|TS|Ts|ThS|Ths|PGS|GS|BS|KS|CN|NCS|Đ/c|đ/c|St|Mr|Ms|Dr|Q|P|H|X|TX|TT"
    r"|TSKH|LS|Ls|Nxb|NXB|Th\.S|Th\.s|T\.S|BS\.CKI+|CKI+)"
    r"|(?<![\w.])[A-ZĐÂĂÊÔƠƯ])\.$"
)
#: a ward, district, commune or town written by its initial (``UBND P. Tân Định``, ``tại Q. Bình
#: Thạnh``, ``Công an H. Củ Chi``): after a lower-case word, an all-capital abbreviation or a
#: bracket — a withheld name's initial follows a capitalized syllable (``Lê Văn T.``)
_PLACE_INITIAL = re.compile(r"(?:([^\W\d_]+)[ \t]+|[(,][ \t]*)(?:P|Q|H|X|TX|TT)\.$")
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
                if _is_place_initial(text[max(para.start, cut - 24) : cut]):
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


#: "bà T.", "đồng chí H.": a withheld name after an honorific
_HONORIFIC = frozenset("ông bà anh chị em cháu chí cô chú bé cụ".split())


def _is_place_initial(head: str) -> bool:
    """``… UBND P.``, ``tại Q.``, ``(H.``: a place level by its initial, no withheld name.

    >>> [_is_place_initial(h) for h in ("trụ sở UBND P.", "tại Q.", "Văn T.", "bà T.")]
    [True, True, False, False]
    """
    m = _PLACE_INITIAL.search(head)
    if m is None:
        return False
    word = m.group(1)
    if word is None:
        return True
    return (word[0].islower() and word.lower() not in _HONORIFIC) or (
        len(word) >= 2 and word.isupper()
    )


def _is_initial_end(head: str, nxt: str) -> bool:
    # "Lê Văn T. Ông ..." — a single capital initial followed by a capitalized word:
    # treat as a sentence end only for a bare initial (not TP./TS. and the like).
    return bool(re.search(r"(?<![\w.])[A-ZĐ]\.$", head)) and nxt.isupper()


_WRAP_STOP = '.!?…:;"”)|'
_WRAP_ITEM = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[./)]|[a-zđ][./)])[ \t]")
#: a line that goes on mid-phrase on the next: it ends in a letter or a comma, and the next
#: opens with a lower-case word (letters only, then a space or a stop: not "cms-date", "a.jpg")
_BROKEN_END = re.compile(r"[\w,]\n(?=[^\W\d_]+(?:[ \t,.;:]|$))", re.MULTILINE)
#: the shortest line taken to run on: a shorter one is a headline, a byline or a caption
_BROKEN_MIN = 30
#: a person's name broken after the honorific and its first syllables, its last ones and a
#: comma on the next line ("ông Trần Văn⏎Khởi, Phó Giám đốc …"): three or four syllables in all
_BROKEN_NAME = re.compile(
    r"(?<![\w])(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)[ \t]+(?P<head>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)\n"
    r"(?P<tail>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*,"
)


def _join_broken_phrases(text: str) -> str:
    """``text`` with each single line break inside a phrase made a space (same length): the
    line before is at least ``_BROKEN_MIN`` characters and does not stop, and the next line
    opens in lower case (``Viện kiểm sát nhân⏎dân tỉnh X``, ``Sở Tư⏎pháp``); and a person's name
    broken after its honorific (``ông Lý Văn⏎Bảo, …``). Any other break before a capital is left
    alone: a header line (``Sở Tư pháp⏎Thanh Hóa``) looks the same.

    >>> _join_broken_phrases("Ông Lý Văn Bảo, Phó Giám đốc Sở Tư\\npháp tỉnh Hà Giang phát biểu.")
    'Ông Lý Văn Bảo, Phó Giám đốc Sở Tư pháp tỉnh Hà Giang phát biểu.'
    >>> _join_broken_phrases("Dự có ông Lý Văn\\nBảo, Phó Giám đốc Sở Tư pháp.")
    'Dự có ông Lý Văn Bảo, Phó Giám đốc Sở Tư pháp.'
    >>> _join_broken_phrases("Tin: Lý Bảo\\nlogo")
    'Tin: Lý Bảo\\nlogo'
    """
    if "\n" not in text:
        return text
    breaks = []
    for m in _BROKEN_END.finditer(text):
        b = m.start() + 1
        a = text.rfind("\n", 0, b) + 1
        if text[b + 1].islower() and b - a >= _BROKEN_MIN and not _WRAP_ITEM.match(text, b + 1):
            breaks.append(b)
    for m in _BROKEN_NAME.finditer(text):
        words = [*m.group("head").split(), *m.group("tail").split()]
        if 3 <= len(words) <= 4 and all(w[0].isupper() for w in words):
            breaks.append(m.end("head"))
    if not breaks:
        return text
    chars = list(text)
    for b in breaks:
        chars[b] = " "
    return "".join(chars)


def unwrap(text: str) -> str:
    """``text`` with the line breaks of a hard-wrapped page made spaces (same length, so
    every offset stays valid).

    A page is hard-wrapped when at least three of its lines run on into the next line at a
    similar width (45 to 110 characters, no stop at the end), at least three (and a third) of
    them going on mid-phrase (the next line opens in lower case or with a number: a list of
    headlines opens each in capitals), and few lines are long (a page of one paragraph per line
    has long lines). Only such a run-on break is made a space: not one
    before a list item, after a stop or colon, or at a blank line; a line much shorter than the
    wrap width (a headline) stays on its own.

    >>> t = ("Từ năm 2015 đến nay, Tòa án nhân dân huyện Mỹ Lâm đã liên tục giữ vững\\n"
    ...      "danh hiệu tập thể lao động xuất sắc; đồng chí chánh án Nguyễn\\n"
    ...      "Văn An được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh và\\n"
    ...      "nhiều giấy khen của Ủy ban nhân dân huyện vì đã có thành tích trong\\n"
    ...      "công tác.")
    >>> unwrap(t).count("\\n"), len(unwrap(t)) == len(t)
    (0, True)
    >>> unwrap("Một dòng ngắn\\nDòng khác.")
    'Một dòng ngắn\\nDòng khác.'
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    runs = []
    for (a, b), (c, d) in pairwise(lines):
        line = text[a:b].rstrip()
        if (
            c == b + 1
            and 45 <= len(line) <= 110
            and line[-1] not in _WRAP_STOP
            and not _WRAP_ITEM.match(text, c, d)
        ):
            runs.append((len(line), b, text[c : c + 1].islower() or text[c : c + 1].isdigit()))
    going_on = sum(1 for *_, low in runs if low)
    if (
        going_on < 3
        or going_on * 3 < len(runs)
        or sum(1 for a, b in lines if b - a > 130) * 2 > len(runs)
    ):
        # no wrap: lists of headlines run on in capitals, not mid-phrase; a single phrase
        # broken mid-way is still joined
        return _join_broken_phrases(text)
    width = max(n for n, *_ in runs)
    chars = list(text)
    for n, b, _low in runs:
        if n >= 0.6 * width:
            chars[b] = " "
    return "".join(chars)
