"""Posts set apart from a name by a dash.

A caption writes a title and its body, a dash, then the name (``Phó Chủ tịch Hội đồng X -
Name trình bày …``); a list of officials writes each one's posts before a dash and the name
(``UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Nguyễn Văn A, Phó Bí thư Tỉnh ủy, Chủ tịch
UBND tỉnh – Trần Văn B``), or each name with its posts after a dash (``A – Giám đốc Sở X, B –
Phó Chánh án …``): the dash, not the nearness of a name, says whose posts they are.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span

__all__ = ["caption_title", "dash_left_chains", "dashed_in_turn"]

_DASH_BEFORE = re.compile(r"[ \t]+[-–][ \t]+$")


def caption_title(
    doc: Doc, p: Span, orgs: list[Span], title_end: dict[int, Span]
) -> tuple[Span, Span | None] | None:
    """``Phó Chủ tịch Hội đồng X - Name trình bày …``: a title and its body opening the sentence
    (or line), a dash, then the name."""
    text = doc.text
    dash = _DASH_BEFORE.search(text, max(0, p.start - 4), p.start)
    if dash is None:
        return None
    o = next((x for x in orgs if x.end == dash.start()), None)
    at = o.start if o else dash.start()
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    t = title_end.get(at)
    if t is None and o is not None:  # "Phó trưởng Ban Tổ chức Tỉnh ủy - X": the body opens in it
        t = next((x for x in doc.by_label("title") if x.start < o.start < x.end < o.end), None)
    if t is None:
        return None
    line_start = max(doc.sentence_of(t.start).start, text.rfind("\n", 0, t.start) + 1)
    if text[line_start : t.start].strip():
        return None
    return t, o


_DASH_TO_NAME = re.compile(r"[ \t]*[-–][ \t]*$")
_COMMA_BEFORE = re.compile(r"[ \t]*,[ \t]*$")
_WORD_BEFORE = re.compile(r"(^|\s)(\S+)[ \t]*$")
#: a lead-in phrase closed by a comma: its last word in lower case ("Phát biểu tại hội nghị,")
_PHRASE_BEFORE_COMMA = re.compile(r"(?<![\w])[^\W\d_A-ZĐ][\w]*$")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence (the text's or a line's start, or
    after a full stop)."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return before == "" or before[-1] in ".!?:;\n"


def _element_ending_at(
    text: str, pos: int, orgs: list[Span], titles: list[Span], title_end: dict[int, Span]
) -> tuple[Span, Span | None] | None:
    """The title (and the body it names) that ends at ``pos``."""
    o = next((x for x in orgs if x.end == pos), None)
    if o is None:
        t = title_end.get(pos)
        return (t, None) if t is not None else None
    ws = len(text[: o.start]) - len(text[: o.start].rstrip())
    t = title_end.get(o.start - ws)
    if t is None:  # "Trưởng Ban Nội chính Tỉnh ủy": the body opens inside the title
        t = next((x for x in titles if x.start < o.start <= x.end < o.end), None)
    if t is None:  # "Ủy viên Bộ Chính trị": the title ends with its body
        t = next((x for x in titles if x.start < o.start and x.end == o.end), None)
    return (t, o) if t is not None else None


def dash_left_chains(
    doc: Doc, persons: list[Span], orgs: list[Span], title_end: dict[int, Span]
) -> dict[int, list[tuple[Span, Span | None]]]:
    """``UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Nguyễn Văn A, Phó Bí thư Tỉnh ủy,
    Chủ tịch UBND tỉnh – Trần Văn B``: posts written before a dash and the name are that
    person's. Read for a name whose posts open the clause, then for each name of the same
    run (the posts after a name then belong to the next one)."""
    text = doc.text
    titles = doc.by_label("title")
    out: dict[int, list[tuple[Span, Span | None]]] = {}
    previous: Span | None = None
    for p in persons:
        dash = _DASH_TO_NAME.search(text, max(0, p.start - 4), p.start)
        chain: list[tuple[Span, Span | None]] = []
        pos = dash.start() if dash else -1
        opened_by = ""
        while dash is not None:
            el = _element_ending_at(text, pos, orgs, titles, title_end)
            if el is None:
                break
            chain.insert(0, el)
            comma = _COMMA_BEFORE.search(text, max(0, el[0].start - 4), el[0].start)
            if comma is None:
                # the posts open the clause ("… chủ trì. UVTW Đảng, …", "phỏng vấn Ủy viên …",
                # "Theo Chánh án …": one word opening the sentence before them)
                word = _WORD_BEFORE.search(text, max(0, el[0].start - 30), el[0].start)
                w = word.group(2) if word else ""
                opened = not w or w[-1] in ".:;(" or w[0].islower()
                opened = opened or (word is not None and _opens_sentence(text, word.start(2)))
                opened_by = "clause" if opened else ""
                break
            pos = comma.start()
            if previous is not None and previous.end == pos:
                opened_by = "person"  # "…, Chủ tịch HĐND tỉnh – A, Phó Bí thư … – B"
                break
            if _PHRASE_BEFORE_COMMA.search(text, max(0, pos - 30), pos) and not any(
                o.end == pos for o in orgs
            ):
                # "Phát biểu tại hội nghị, Giám đốc Sở X – A": a lead-in phrase, then the posts
                opened_by = "clause"
                break
        if chain and (
            opened_by == "clause"
            or (opened_by == "person" and previous is not None and previous.start in out)
        ):
            out[p.start] = chain
        previous = p
    return out


#: the dash that sets a name's posts after it: "A – Giám đốc Sở …"
_DASH_AFTER_NAME = re.compile(r"[ \t]*[-–—][ \t]*")


def dashed_in_turn(text: str, sep: str, nxt: Span | None, title_at: dict[int, Span]) -> bool:
    """``A – Giám đốc Sở X, B – Phó Chánh án …``: names that each set their own posts after a
    dash; the post between A and B is A's, not B's (``sep`` is what follows A, ``nxt`` B)."""
    if nxt is None or not any(c in sep for c in "-–—"):
        return False
    dash = _DASH_AFTER_NAME.match(text, nxt.end)
    return dash is not None and dash.end() in title_at
