"""Boards named by their purpose after a head's title: ``Trưởng Ban Chỉ đạo <purpose>``,
``Trưởng Ban tổ chức <a named event>``.

A steering committee (``Ban Chỉ đạo``) or an event's organizing board (``Ban Tổ chức``) has no
name of its own: the text names it by what it steers or runs, written right after the board
word (``Trưởng Ban Chỉ đạo thực hiện Đề án X``, ``Trưởng Ban tổ chức Hội thi Y năm 2024``).
That board is the body of the head's title, not another steering committee the page names
elsewhere. An organizing board followed by a contest's noun alone is that contest's board, named
by the noun as written (``Trưởng ban Tổ chức cuộc thi khẳng định`` → ``Trưởng ban`` + ``Ban Tổ
chức cuộc thi``: the head noun in both, as the conventions write ``Trưởng Ban`` + ``Ban …``); one
followed by another event's kind alone (``Hội nghị``) or by nothing stays a title without a
body, as before; so does a party committee's commission (``Trưởng Ban Tổ chức Tỉnh ủy``), an
organization already read there.

The purpose ends at a punctuation mark, a dash, a person's name, the next title (an event's
board is read once every title of the page is), ``và``/``cùng`` before an honorific (``và bà``)
or a verb of reporting (``data/gazetteers/board_purpose_stops.tsv``); a quotation inside it is
kept whole. A title right after the event's noun names the event (``Hội thi Hòa giải viên
giỏi``), it does not end it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import UPPER, lexicon
from justicekg.text.normalize import fold

__all__ = ["event_board", "steering_boards"]

#: "Chỉ đạo <purpose>" right after a head's "Ban"
_STEERING = re.compile(r"[ \t]+[Cc]hỉ[ \t]+đạo[ \t]+(?=\S)")


@gz.derived
def _event() -> re.Pattern[str]:
    """``tổ chức <Event noun>``: a named event's organizing board (data/gazetteers/
    board_event_nouns.tsv, in any case: ``giải Báo chí X``)."""
    nouns = "|".join(gz.column("board_event_nouns", "word"))
    return re.compile(rf"[ \t]+(?:{nouns})(?![\w])", re.IGNORECASE)


@gz.derived
def _generic() -> frozenset[str]:
    """A contest's noun (folded), the board's name with no name after it (``cuộc thi``)."""
    rows = gz.load_rows("board_event_nouns")
    return frozenset(fold(r["word"]) for r in rows if r["generic"] == "yes")


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
#: a quotation's opening mark and its closing one (typographic or straight)
_QUOTES = {"“": "”", '"': '"'}
#: the longest purpose read (words)
_MAX_WORDS = 24


def _alt(words: Iterable[str]) -> str:
    """The words as one alternation, the longest first, a space as any blanks."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered)


@cache
def _stops() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words that end a purpose (the verb that follows the person's chain), and the compounds
    that hold one of them and do not (``dự án``, ``trao đổi``, ``công nghệ thông tin``)."""
    rows = gz.load_rows("board_purpose_stops")
    keep = [c for r in rows for c in r["not_in"].split("|") if c]
    return (
        re.compile(rf"[ \t]+(?:{_alt(r['word'] for r in rows)})(?![\w])"),
        re.compile(rf"(?<![\w])(?:{_alt(keep)})(?![\w])"),
    )


def _stop(text: str, start: int, end: int) -> int | None:
    """Where the first stop word between ``start`` and ``end`` begins (its blank), if any; a
    word inside a compound that does not stop (``dự án``) is passed over."""
    stops, keep = _stops()
    kept = [(k.start(), k.end()) for k in keep.finditer(text, max(0, start - 24), end)]
    pos = start
    while (stop := stops.search(text, pos, end)) is not None:
        word = len(stop.group(0)) - len(stop.group(0).lstrip())
        if not any(a <= stop.start() + word < b for a, b in kept):
            return stop.start()
        pos = stop.start() + 1
    return None


@cache
def _next_person() -> re.Pattern[str]:
    """``và bà``, ``cùng ông``: the next person of a list, after a board's purpose."""
    return re.compile(rf"[ \t]+(?:và|cùng)[ \t]+(?:{lexicon().honorific_re})(?![\w])")


def _purpose_end(doc: Doc, start: int, subject: int = -1) -> int | None:
    """The end of a board's purpose written from ``start``, else None (none, or too long); a
    title at ``subject`` names the event (``Hội thi Hòa giải viên giỏi``) and does not end it."""
    text = doc.text
    limit = min(len(text), start + 240)
    end = limit
    pos = start
    quoted: list[tuple[int, int]] = []
    while pos < limit:
        if text[pos] in _QUOTES:  # a quoted name is kept whole, commas, titles and all
            close = text.find(_QUOTES[text[pos]], pos + 1, limit)
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
    stop = _stop(text, start - 1, end)  # (at once: "Trưởng Ban Chỉ đạo chủ trì")
    if stop is not None:
        end = stop
    person = _next_person().search(text, start - 1, end)  # "… năm 2024 và bà Lò Thị B"
    if person is not None:
        end = person.start()
    # the next name or title ends it ("… cải cách tư pháp làm Trưởng Đoàn", "… Lê Văn A")
    nxt = [
        x.start
        for x in doc.spans
        if x.label in ("person", "title")
        and start <= x.start < end
        and x.start != subject
        and not any(a < x.start < b for a, b in quoted)
    ]
    end = min([end, *nxt])
    while end > start and text[end - 1].isspace():
        end -= 1  # (no copy of the page's prefix: one per title)
    words = text[start:end].split()
    if not words or len(words) > _MAX_WORDS or words[0].lower() in _NOT_FIRST:
        return None
    if any(w.lower() in _PLURAL for w in words):
        return None  # "Ban Chỉ đạo Thi hành án dân sự các huyện": boards of several places
    return end


def _past_blanks(text: str, pos: int) -> int:
    """The first position from ``pos`` that is no space or tab (no copy of the text)."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _province_in(doc: Doc, start: int, end: int) -> str | None:
    """The province written inside the span, if any."""
    return next(
        (p.name for p in doc.by_label("province") if start <= p.start and p.end <= end), None
    )


def _board(doc: Doc, start: int, end: int, name: str) -> Span:
    data = {"kind": "other", "province": _province_in(doc, start, end)}
    return doc.add(Span(start, end, "org", name, "title-board", data))


def event_board(doc: Doc, board_word: int, after: int) -> bool:
    """``Trưởng Ban tổ chức Hội thi X``: adds the organizing (or judging: ``Ban Giám khảo``)
    board of the named event whose name starts at ``after`` (the end of ``tổ chức``), its
    ``Ban`` at ``board_word``; whether it did."""
    event = _event().match(doc.text, after)
    if event is None:
        return False
    start = _past_blanks(doc.text, after)
    subject = _past_blanks(doc.text, event.end())
    end = _purpose_end(doc, start, subject)
    if end is None:
        return False
    # (a title right after the noun names the contest, in any case: "Hội thi hòa giải viên giỏi")
    titled = any(x.label == "title" and x.start == subject < end for x in doc.spans)
    if _PROPER.search(doc.text, event.end(), end) is None and not titled:
        if fold(doc.text[start : event.end()]) not in _generic():
            return False  # "Trưởng ban tổ chức Hội nghị phát biểu": the event by its kind only
        # "Trưởng ban Tổ chức cuộc thi khẳng định": the contest's board, named by its noun
        end = event.end()
    # ("Ban Tổ chức" alone read as a party committee's commission: the event's board instead)
    doc.spans = [
        x for x in doc.spans if not (x.label == "org" and x.start == board_word and x.end < end)
    ]
    kind = " ".join(doc.text[board_word + len("Ban") : after].split())  # "tổ chức", "Giám khảo"
    board = f"Ban {kind[0].upper()}{kind[1:]}"
    _board(doc, board_word, end, f"{board} {' '.join(doc.text[start:end].split())}")
    return True


def steering_boards(doc: Doc) -> None:
    """``Trưởng Ban Chỉ đạo thực hiện Đề án X``: the steering committee written after a head's
    ``Ban`` is an organization, when no organization is read there already."""
    text = doc.text
    orgs = doc.by_label("org")
    for t in doc.by_label("title"):
        if t.data.get("head") != "Ban" or not text.endswith(("Ban", "ban"), 0, t.end):
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
            continue  # "Phó Trưởng Ban chỉ đạo X" of "Ban Chỉ đạo X tỉnh Y": the page's board
        _board(doc, board_word, end, " ".join(["Ban", *text[t.end : end].split()]))
