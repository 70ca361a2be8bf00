"""An association or union written short after its officer's title, named in full elsewhere.

A page names an association, a union or a youth union in full once (``Hội Cựu chiến binh Bộ
Tư pháp tổ chức …``, ``Công đoàn cơ sở Chi cục X phối hợp …``) and its officers with the
body's first words only: ``ông A - Phó Chủ tịch Hội Cựu chiến binh - Phó Trưởng đoàn``, ``bà
B, Chủ tịch CĐCS cùng …``. The officer's body is the one body of the page whose name starts
with those words (the conventions resolve a shortened body from context); of several, the one
the title's sentence names before it, when it names one only. Words written so that the page
names no such body, or two the sentence does not tell apart, give nothing.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.text.normalize import fold

__all__ = ["body_named_in_full"]

#: the bodies read so: associations, unions and youth unions (their names' first words)
_HEADS = ("Hội ", "Công đoàn", "Đoàn Thanh niên", "Chi đoàn", "Chi hội", "Liên đoàn")
#: short forms a page writes for them
_SHORT = {fold("CĐCS"): fold("Công đoàn cơ sở"), fold("CCB"): fold("Cựu chiến binh")}
#: what closes the short name: punctuation, a dash, the line's end, or a word of the sentence
_CLOSE = re.compile(r"[ \t]*(?:[,;.:)(\n]|[-–][ \t]|$|(?:cùng|và|phát|chủ|đã|cho)(?![\w]))")
#: the words after a title, up to six
_WORDS = re.compile(r"[ \t]+([\w]+(?:[ \t]+[\w]+){0,5})")


def body_named_in_full(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """The one body of the page (an association or union) whose name starts with the words
    written after ``title`` up to a closing mark, when those words are not a name in full.

    >>> text = "Hội Cựu chiến binh Sở X họp. Ông A - Phó Chủ tịch Hội Cựu chiến binh - phát biểu."
    >>> org = Span(0, 23, "org", "Hội Cựu chiến binh Sở X", "test", {})
    >>> at = text.index("Phó Chủ tịch")
    >>> t = Span(at, at + len("Phó Chủ tịch"), "title", "Phó Chủ tịch", "test", {})
    >>> body_named_in_full(Doc(text), t, [org])
    'Hội Cựu chiến binh Sở X'
    """
    m = _WORDS.match(doc.text, title.end)
    if m is None:
        return None
    words = m.group(1).split()
    bodies = {o.name for o in orgs if o.name.startswith(_HEADS)}
    if not bodies:
        return None
    full = {fold(b) for b in bodies}
    for n in range(len(words), 0, -1):
        if _CLOSE.match(doc.text, _end_of_words(doc.text, m.start(1), n)) is None:
            continue
        short = " ".join(_SHORT.get(fold(w), fold(w)) for w in words[:n])
        if short in full:
            return None  # the name in full, read as it is
        if len(short.split()) < 2:
            return None  # one word names no body ("Chủ tịch Hội": the title's own reading)
        found = {b for b in bodies if fold(b).startswith(short + " ")}
        if len(found) == 1:
            return found.pop()
        if found:
            return _one_named_before_in_sentence(doc, title, [o for o in orgs if o.name in found])
    return None


def _one_named_before_in_sentence(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """Of several bodies so named, the one the sentence of ``title`` names before it
    (``đại diện Hội Cựu chiến binh Bộ X do …; ông A - Phó Chủ tịch Hội Cựu chiến binh``), when
    it names one only, else None."""
    start = max(doc.text.rfind(c, 0, title.start) for c in ".!?\n") + 1
    before = {o.name for o in orgs if start <= o.start and o.end <= title.start}
    return before.pop() if len(before) == 1 else None


def _end_of_words(text: str, start: int, n: int) -> int:
    """Where the ``n``-th word from ``start`` ends."""
    found = list(re.finditer(r"[\w]+", text[start:]))
    return start + found[n - 1].end() if len(found) >= n else len(text)
