"""An association or union written short after its officer's title, named in full elsewhere.

A page names an association, a union or a youth union in full once (``Hội Cựu chiến binh Bộ
Tư pháp tổ chức …``, ``Công đoàn cơ sở Chi cục X phối hợp …``) and its officers with the
body's first words only: ``ông A - Phó Chủ tịch Hội Cựu chiến binh - Phó Trưởng đoàn``, ``bà
B, Chủ tịch CĐCS cùng …``. The officer's body is the one body of the page whose name starts
with those words (the conventions resolve a shortened body from context); of several, the one
the title's sentence names before it, when it names one only. Words written so that the page
names no such body, or two the sentence does not tell apart, give nothing. A body already held in
the same title by someone else on the page (``ông A, Phó Chủ tịch Hội Luật gia Việt Nam và ông
B, Phó Chủ tịch Hội Luật gia``) is not B's; nor is one of another level than the body of a
further title written after the short name (``Phó Chủ tịch Hội Luật gia – nguyên Thứ trưởng Bộ
Tư pháp``: the national association, which the page need not name; the level words are in
``data/gazetteers/body_level_words.tsv``).
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
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
        found -= _held_by_another(doc, title, orgs)
        if found and _further_title_of_another_level(doc, title, m.start(1), n, orgs, found):
            return None
        if len(found) == 1:
            return found.pop()
        if found:
            return _one_named_before_in_sentence(doc, title, [o for o in orgs if o.name in found])
    return None


def _held_by_another(doc: Doc, title: Span, orgs: list[Span]) -> set[str]:
    """The bodies written in full right after another title of the same name on the page
    (``ông A, Phó Chủ tịch Hội Luật gia Việt Nam``): held by that person, not by ``title``'s."""
    text = doc.text
    return {
        o.name
        for t in doc.by_label("title")
        if t.start != title.start and fold(t.name) == fold(title.name)
        for o in orgs
        if _written_after(text, t, o)
    }


def _written_after(text: str, title: Span, org: Span) -> bool:
    """``org`` written right after ``title`` (a space between at most)."""
    return title.end <= org.start <= title.end + 2 and not text[title.end : org.start].strip()


@gz.derived
def _level_words() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, level) of each row of ``data/gazetteers/body_level_words.tsv``."""
    return tuple(
        (
            re.compile(
                ("^" if r["start"] == "yes" else r"(?<![\w])")
                + re.escape(r["word"]).replace(r"\ ", r"\s+")
                + r"(?![\w])"
            ),
            r["level"],
        )
        for r in gz.load_rows("body_level_words")
    )


def _level(name: str, kind: object = None) -> str | None:
    """The level a body's name tells (the first level word found in it), else None.

    >>> _level("Hội Luật gia tỉnh Điện Biên"), _level("Bộ Tư pháp"), _level("Hội Luật gia")
    ('provincial', 'national', None)
    """
    if kind in ("ministry", "ministry-unit"):
        return "national"
    for pattern, level in _level_words():
        if pattern.search(name):
            return level
    return None


def _further_title_of_another_level(
    doc: Doc, title: Span, start: int, n: int, orgs: list[Span], found: set[str]
) -> bool:
    """True when the short name (``n`` words from ``start``) is followed, after a dash or a
    comma, by a further title whose body has a level none of ``found`` has (``Phó Chủ tịch Hội
    Luật gia – nguyên Thứ trưởng Bộ Tư pháp``)."""
    text = doc.text
    end = _end_of_words(text, start, n)
    nxt = next((t for t in doc.by_label("title") if end <= t.start <= end + 4), None)
    if nxt is None or not re.fullmatch(r"[ \t]*[,;–—-][ \t]*", text[end : nxt.start]):
        return False
    body = next((o for o in orgs if _written_after(text, nxt, o)), None)
    if body is None:
        return False
    other = _level(body.name, body.data.get("kind"))
    levels = {_level(b) for b in found}
    return other is not None and None not in levels and other not in levels


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
