"""Boards named by their purpose after a head's title: ``Trưởng Ban Chỉ đạo <purpose>``,
``Trưởng Ban tổ chức <a named event>``.

A steering committee (``Ban Chỉ đạo``) or an event's organizing board (``Ban Tổ chức``) has no
name of its own: the text names it by what it steers or runs, written right after the board
word (``Trưởng Ban Chỉ đạo thực hiện Đề án X``, ``Trưởng Ban tổ chức Hội thi Y năm 2024``).
That board is the body of the head's title, not another steering committee the page names
elsewhere. An organizing board followed by a generic noun (``Trưởng ban tổ chức cuộc thi``) or by
nothing stays a title without a body, as before; so does a party committee's commission
(``Trưởng Ban Tổ chức Tỉnh ủy``), an organization already read there.

The purpose ends at a punctuation mark, a dash, a person's name or a verb of reporting
(``data/gazetteers/board_purpose_stops.tsv``); a quotation inside it is kept whole.
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import UPPER
from justicekg.text.normalize import fold

__all__ = ["event_board", "steering_boards"]

#: "Chỉ đạo <purpose>" right after a head's "Ban"
_STEERING = re.compile(r"[ \t]+[Cc]hỉ[ \t]+đạo[ \t]+(?=\S)")
#: "tổ chức <Event noun capitalized>": a named event's organizing board
_EVENT = re.compile(
    r"[ \t]+(?:Hội thi|Cuộc thi|Chương trình|Hội nghị|Hội thảo|Giải|Liên hoan|Ngày hội"
    r"|Tuần lễ|Đại hội|Lễ hội|Diễn đàn)(?![\w])"
)
#: a proper name's mark after the event's noun: a capital, a number, a quotation
_PROPER = re.compile(rf"[ \t](?:[{UPPER}]|\d|[“\"])")
#: where a purpose ends: punctuation, a spaced dash, an opening bracket, a line break
_END = re.compile(r"[,.;:!?()\[\]\n]|[ \t][-–—][ \t]")
#: words a purpose does not start with ("Trưởng Ban Chỉ đạo và các thành viên …")
_NOT_FIRST = frozenset(("và", "của", "cùng", "với", "các", "những", "đã", "đang", "sẽ", "là"))
#: plural markers: a generic mention of several boards, no one body
_PLURAL = frozenset(("các", "những"))
#: a comma then a few lower-case words and a quoted name: the purpose goes on to the name
_TO_QUOTE = re.compile(r",[ \t]+((?:[^\W\d_]+[ \t]+){1,4})“")
#: the longest purpose read (words)
_MAX_WORDS = 24


@cache
def _stops() -> re.Pattern[str]:
    """Words that end a purpose: the verb that follows the person's chain."""
    words = sorted(gz.column("board_purpose_stops", "word"), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(rf"[ \t]+(?:{alt})(?![\w])")


def _purpose_end(doc: Doc, start: int) -> int | None:
    """The end of a board's purpose written from ``start``, else None (none, or too long)."""
    text = doc.text
    limit = min(len(text), start + 240)
    end = limit
    pos = start
    quoted: list[tuple[int, int]] = []
    while pos < limit:
        if text[pos] == "“":  # a quoted name is kept whole, commas, titles and all
            close = text.find("”", pos, limit)
            quoted.append((pos, close if close > 0 else limit))
            pos = close + 1 if close > 0 else limit
            continue
        q = _TO_QUOTE.match(text, pos)
        if q is not None and q.group(1).islower():
            pos += 1  # "bình chọn, tôn vinh “X”": one programme's name
            continue
        m = _END.match(text, pos)
        if m is not None:
            end = pos
            break
        pos += 1
    stop = _stops().search(text, start - 1, end)  # (at once: "Trưởng Ban Chỉ đạo chủ trì")
    if stop is not None:
        end = stop.start()
    # the next name or title ends it ("… cải cách tư pháp làm Trưởng Đoàn", "… Lê Văn A")
    nxt = [
        x.start
        for x in doc.spans
        if x.label in ("person", "title")
        and start <= x.start < end
        and not any(a < x.start < b for a, b in quoted)
    ]
    end = len(text[: min([end, *nxt])].rstrip())
    words = text[start:end].split()
    if not words or len(words) > _MAX_WORDS or words[0].lower() in _NOT_FIRST:
        return None
    if any(w.lower() in _PLURAL for w in words):
        return None  # "Ban Chỉ đạo Thi hành án dân sự các huyện": boards of several places
    return end


def _province_in(doc: Doc, start: int, end: int) -> str | None:
    """The province written inside the span, if any."""
    return next(
        (p.name for p in doc.by_label("province") if start <= p.start and p.end <= end), None
    )


def _board(doc: Doc, start: int, end: int, name: str) -> Span:
    data = {"kind": "other", "province": _province_in(doc, start, end)}
    return doc.add(Span(start, end, "org", name, "title-board", data))


def event_board(doc: Doc, board_word: int, after: int) -> bool:
    """``Trưởng Ban tổ chức Hội thi X``: adds the organizing board of the named event whose
    name starts at ``after`` (the end of ``tổ chức``), its ``Ban`` at ``board_word``; whether
    it did."""
    event = _EVENT.match(doc.text, after)
    if event is None:
        return False
    start = after + len(doc.text[after:]) - len(doc.text[after:].lstrip(" \t"))
    end = _purpose_end(doc, start)
    if end is None or _PROPER.search(doc.text, event.end(), end) is None:
        return False  # "Trưởng ban tổ chức Hội thi phát biểu": the event named by its kind only
    # ("Ban Tổ chức" alone read as a party committee's commission: the event's board instead)
    doc.spans = [
        x for x in doc.spans if not (x.label == "org" and x.start == board_word and x.end < end)
    ]
    _board(doc, board_word, end, f"Ban Tổ chức {' '.join(doc.text[start:end].split())}")
    return True


def steering_boards(doc: Doc) -> None:
    """``Trưởng Ban Chỉ đạo thực hiện Đề án X``: the steering committee written after a head's
    ``Ban`` is an organization, when no organization is read there already."""
    text = doc.text
    orgs = doc.by_label("org")
    for t in doc.by_label("title"):
        if t.data.get("head") != "Ban" or not text[: t.end].endswith(("Ban", "ban")):
            continue
        board_word = t.end - 3
        if any(o.start <= board_word < o.end or o.start == t.end + 1 for o in orgs):
            continue
        m = _STEERING.match(text, t.end)
        if m is None:
            continue
        end = _purpose_end(doc, m.end())
        if end is None:
            continue
        key = fold(" ".join(["Ban", *text[t.end : end].split()]))
        if any(fold(o.name).startswith(key) for o in orgs):
            continue  # "Phó Trưởng Ban chỉ đạo cải cách tư pháp": the page's board, named in full
        _board(doc, board_word, end, " ".join(["Ban", *text[t.end : end].split()]))
