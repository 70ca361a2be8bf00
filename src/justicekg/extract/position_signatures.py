"""The author who signs with a post: a byline whose name a title follows.

A byline names the page's author, who holds no position by it (``Thu Hà``, ``Lê Văn A (Chi
cục THADS huyện X)``). When the signature goes on with a post, the post is the author's as
the conventions read any apposition: ``Lê Văn A - Phó Trưởng phòng Hành chính tư pháp``,
``Lê Văn A (Thư ký nghiệp vụ)``, or the name alone on its line and the post opening the next
one (``Lê Văn A`` / ``Phó Giám đốc Sở Tư pháp tỉnh X``). A unit without a title, a photo
credit, a title in lower case on the next line (prose that goes on), a next line that is a
sentence of its own (``Giám đốc Sở Tư pháp chủ trì hội nghị.``) and a signature in capitals
(``PTP Tân Hồng``: a unit as well as a post) give nothing.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span

#: what may stand before the name on its line: a bullet, an honorific, a degree
LINE_OPEN = re.compile(
    r"(?:^|\n)[ \t]*(?:[-+•][ \t]*)?"
    r"(?:(?:đồng chí|Đồng chí|ông|Ông|bà|Bà|Đ/c|đ/c)[ \t]+)?"
    r"(?:(?:ThS|TS|PGS\.?[ \t]*TS|GS\.?[ \t]*TS|NCS|LS|Ths|Luật sư)\.?[ \t]+){0,2}$"
)
#: the signature goes on: a dash or a bracket on the name's line, or the next line
_ON_LINE = re.compile(r"[ \t]*(?:[-–—][ \t]*|\([ \t]*)")
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*")


def signed_post_at(doc: Doc, p: Span, title_at: dict[int, Span]) -> int | None:
    """Where the post of the byline ``p`` opens, when the signature gives one.

    >>> from justicekg.extract.pipeline import extract
    >>> t = "Sở Tư pháp tỉnh Nam Định họp.\\nKhổng Văn Tiệp - Phó Chánh Văn phòng Sở\\n"
    >>> r = extract(t, article_id="t", published="2021-05-10")
    >>> [(q.title, q.organization) for p in r.persons for q in p.positions]
    [('Phó Chánh Văn phòng', 'Văn phòng Sở Tư pháp tỉnh Nam Định')]
    """
    text = doc.text
    if LINE_OPEN.search(text, max(0, p.start - 40), p.start) is None:
        return None  # the name opens its line (after a bullet, an honorific, a degree)
    on = _ON_LINE.match(text, p.end)
    if on is not None and _written_out(text, title_at.get(on.end())):
        return on.end()
    nl = _NEXT_LINE.match(text, p.end)
    if nl is not None and on is None and _written_out(text, title_at.get(nl.end())):
        if not text[nl.end()].isupper() or _prose_line(doc, title_at[nl.end()]):
            return None
        return nl.end()
    return None


def _prose_line(doc: Doc, title: Span) -> bool:
    """Whether the line ``title`` opens is a sentence that goes on past the post (``Giám đốc
    Sở Tư pháp chủ trì hội nghị.``): a stop closes it and a lower-case word follows the title
    and the bodies written right after it. A signature's post line holds the post alone."""
    text = doc.text
    eol = text.find("\n", title.end)
    eol = len(text) if eol < 0 else eol
    line = text[title.start : eol].rstrip()
    if not line.endswith((".", "!", "?")):
        return False
    end = title.end
    for o in sorted(doc.by_label("org"), key=lambda o: o.start):
        if end <= o.start <= end + 2 and o.end <= eol:
            end = o.end
    return any(w[:1].islower() for w in text[end:eol].split())


def _written_out(text: str, title: Span | None) -> bool:
    """Whether ``title`` is written in words: a signature's capitals (``PTP Tân Hồng``, ``NCS``)
    may name a unit as well as a post."""
    return title is not None and any(c.islower() for c in text[title.start : title.end])
