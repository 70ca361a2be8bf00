"""Bodies written right after a title that no other rule reads: ``Chủ tịch Hội X Việt Nam``,
``Hiệu trưởng Trường Đại học X``, ``Trưởng Khoa X Trường Y``, ``Giám thị Trại giam X``,
``Phó Trưởng ban Ban X Ủy ban Y``, ``Trưởng phòng X TANDTC`` (the title ending with the head).

The body starts with a head noun of ``data/gazetteers/title_after_heads.tsv`` (written small
too, when a capitalized word follows it) and runs on over its capitalized continuation: words
written capitalized (a roman numeral too), a dash between two capitalized words, and words
written small between them or up to a stop. It stops before a person's name, a title, a date,
punctuation, a number and a word of ``title_after_stops.tsv`` (a function word, a verb); a
plural or level word there (``các``, ``cấp``) makes the mention generic, a bare level word at
the end leaves it to :mod:`justicekg.extract.position_units` (the page's body of that level), and
a long run of small words gives no body. A body the organization recognizers read inside the
run is the unit's parent, kept in the name as they name it (``Phòng X TANDTC`` → ``Phòng X Tòa
án nhân dân tối cao``); an office's seat after ``tại`` is kept (``Văn phòng X tại Y``). A unit
of another body or a body with branches at every level (``Phòng``, ``Ban``, ``Hội``) is read
only with its parent or place written (``Việt Nam``, ``Trung ương`` count), a faculty else with
the page's only school; party organs are left to the party rules. Written after a title, the
body is that title's organization. The level words, parents' words, schools and titles' first
words the rule reads are ``title_after_words.tsv``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import UPPER
from justicekg.extract.recognizers.org_heads import kind_of_name
from justicekg.text.normalize import fold

__all__ = ["bodies_after_titles"]

#: the most words a body's name (its parent not counted) is read over
_MAX_WORDS = 12
#: the most words written small in a row inside a name
_MAX_SMALL = 4
_WORD = re.compile(r"[ \t]+(?P<w>[^\s,;:.()\[\]\"“”!?]+)(?P<p>[,;:.()\[\]\"“”!?]?)")
_DASHES = frozenset("- – —".split())


@gz.derived
def _heads() -> re.Pattern[str]:
    heads = sorted(gz.column("title_after_heads", "head"), key=len, reverse=True)
    alts = "|".join(re.escape(h[:1].lower()) + re.escape(h[1:]) for h in heads)
    caps = "|".join(re.escape(h) for h in heads)
    return re.compile(rf"[ \t]+(?P<head>(?P<cap>{caps})|{alts})(?![\w])")


@gz.derived
def _stops() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Stop words (one word, two words), the words of a generic mention, and the words that
    make a common noun of the head written before them."""
    rows = gz.load_rows("title_after_stops")
    words = [r["word"] for r in rows if r["generic"] != "first"]
    return (
        frozenset(w for w in words if " " not in w),
        frozenset(w for w in words if " " in w),
        frozenset(r["word"] for r in rows if r["generic"] == "yes"),
        frozenset(r["word"] for r in rows if r["generic"] == "first"),
    )


@gz.derived
def _shared() -> frozenset[str]:
    """The heads a title may end with, its body's name written next (lower case)."""
    return frozenset(r["head"].lower() for r in gz.load_rows("title_after_heads") if r["shared"])


@gz.derived
def _seats() -> frozenset[str]:
    """The heads of an office or branch named with its seat (lower case)."""
    return frozenset(r["head"].lower() for r in gz.load_rows("title_after_heads") if r["seat"])


@gz.derived
def _capital_heads() -> frozenset[str]:
    """The heads and the words that name a parent body inside a unit's name ("Khoa X Đại học
    Y", "Ban X Trung ương")."""
    return frozenset(gz.column("title_after_heads", "head")) | _words("parent") | _words("school")


@gz.derived
def _roles() -> dict[str, frozenset[str]]:
    """The words of ``title_after_words.tsv``, by role."""
    out: dict[str, set[str]] = {}
    for r in gz.load_rows("title_after_words"):
        out.setdefault(r["role"], set()).add(r["word"])
    return {role: frozenset(words) for role, words in out.items()}


def _words(role: str) -> frozenset[str]:
    """The words of one role (``level``, ``parent``, ``school``, ``school_unit``,
    ``title_first``)."""
    return _roles().get(role, frozenset())


@gz.derived
def _school() -> re.Pattern[str]:
    """A school: the parent a faculty's name takes from the page when the text leaves it out."""
    return re.compile(rf"(?:{gz.alternation('title_after_words', role='school')})(?![\w])")


#: "tại" and an office's seat: a level word, then capitalized words
_SEAT = re.compile(
    rf"[ \t]+tại[ \t]+(?:(?:tỉnh|thành phố)[ \t]+)?[{UPPER}][\w-]*(?:[ \t]+[{UPPER}][\w-]*){{0,3}}"
    r"(?![\w])"
)


@gz.derived
def _units() -> frozenset[str]:
    """The heads of a unit of another body or of a body with branches at every level, read only
    with its parent or place (lower case)."""
    return frozenset(r["head"].lower() for r in gz.load_rows("title_after_heads") if r["placed"])


@gz.derived
def _title_after() -> re.Pattern[str]:
    """A title's first word after a dash, which ends the name ("Khoa X - Trưởng đoàn")."""
    return re.compile(rf"(?:{gz.alternation('title_after_words', role='title_first')})[ \t]")


_LAST_WORD = re.compile(r"(\w+)$")


def _capitalized(word: str) -> bool:
    return word[:1] in UPPER  # a roman numeral too ("Tổng cục IX")


def _is_stop(text: str, start: int, word: str) -> bool:
    one, two, _, _ = _stops()
    if word in one:
        return True
    nxt = _WORD.match(text, start + len(word))
    return nxt is not None and f"{word} {nxt.group('w')}" in two


def _body_end(
    doc: Doc, start: int, starts: dict[str, dict[int, Span]], small_first: bool
) -> tuple[int, str, bool] | None:
    """The end and the name of the body whose head ends at ``start`` and whether the name
    holds a parent or a place, else None; its first word may be written small if
    ``small_first`` and a capitalized word follows it."""
    text = doc.text
    pos = start
    read = start  # the end of the last word read
    parent: Span | None = None
    small = 0  # words written small since the last capitalized word
    count = 0
    capitals = 0
    while count < _MAX_WORDS:
        m = _WORD.match(text, pos)
        if m is None:
            break
        w, at = m.group("w"), m.start("w")
        if at in starts["org"] and capitals:
            parent = starts["org"][at]
            break
        if at in starts["title"] and capitals and _names_word(text, starts["title"][at]):
            pass  # "Khoa Đào tạo Luật sư trình bày", "Hội thi Hòa giải viên giỏi": a name word
        elif at in starts["person"] or at in starts["title"] or at in starts["date"]:
            break
        if not count and not _capitalized(w):
            nxt = _WORD.match(text, m.end())
            if nxt is not None and not _capitalized(nxt.group("w")) and not nxt.group("p"):
                nxt = _WORD.match(text, nxt.end())  # "Trung tâm trọng tài Quốc tế": two words
            if (
                not small_first
                or m.group("p")
                or w in _stops()[3]
                or _is_stop(text, at, w)
                or nxt is None
                or not _capitalized(nxt.group("w"))
                or any(nxt.start("w") in starts[k] for k in ("person", "title", "org", "date"))
            ):
                return None  # "Hội nghị", "phòng họp": a word written small, no body's name
        if w in _DASHES:
            nxt = _WORD.match(text, m.end())
            if (
                nxt is None
                or not _capitalized(nxt.group("w"))
                or _title_after().match(text, nxt.start("w"))
                or any(nxt.start("w") in starts[k] for k in ("person", "title", "org"))
            ):
                break
            pos = m.end()
            continue
        if _capitalized(w):
            capitals += 1
            small = 0
            read = m.end("w")
        elif w in _stops()[2]:
            return None  # "Cục X các tỉnh", "Phòng X cấp huyện": a generic mention
        elif w[:1].isdigit() or _is_stop(text, at, w):
            break
        elif small >= _MAX_SMALL:
            return None  # a long run written small: a name the rule cannot bound
        else:
            small += 1
            read = m.end("w")
        count += 1
        pos = m.end()
        if m.group("p"):
            break
    else:
        return None  # a name longer than the rule reads
    if not capitals:
        return None
    words = text[start:read].split()
    while words and (words[-1] in _DASHES or words[-1] == "và"):
        words.pop()
    if words and words[-1] in _words("level"):
        return None  # "Hội Nông dân tỉnh": the page's body of that level, read by position_units
    if not words:
        return None
    name = " ".join(words)
    if parent is not None:
        return parent.end, f"{name} {parent.name}", True
    end = start
    for w in words:
        end = text.index(w, end) + len(w)
    return end, name, _placed(words)


#: what follows a title that is a word of a body's name: a word written small, no punctuation
_SMALL_NEXT = re.compile(r"[ \t]+[^\W\d_]")


def _names_word(text: str, title: Span) -> bool:
    """Whether the title inside a body's name is one of its words (``Khoa Đào tạo Luật sư trình
    bày``, ``Ban Tổ chức Hội thi Hòa giải viên giỏi``): a word written small follows it, not a
    name, a body or the next title (``Khoa X Chánh Văn phòng Y``)."""
    nxt = _SMALL_NEXT.match(text, title.end)
    return nxt is not None and not _capitalized(nxt.group(0).lstrip())


@gz.derived
def _event_nouns() -> dict[str, bool]:
    """An event's noun (``Hội nghị``, ``Hội thi``; lower case) and whether it names a board even
    with no name after it (a contest's: ``board_event_nouns.tsv``, shared with title_boards)."""
    return {r["word"].lower(): r["generic"] == "yes" for r in gz.load_rows("board_event_nouns")}


def _placed(words: list[str]) -> bool:
    """Whether a unit's name (after its head) holds a place or a parent: a level word before
    a name, a head of a body after the first word, ``Trung ương`` or ``Việt Nam``; an event's
    noun (``Ban Tổ chức Hội nghị``) is no parent, and places the board only with the event's
    name after it or a contest's noun (as title_boards reads ``Trưởng Ban tổ chức Hội thi``)."""
    if any(w in _words("level") for w in words[:-1]):
        return True
    heads, events = _capital_heads(), _event_nouns()
    pairs = list(pairwise([*words[1:], ""]))
    for i, (w, n) in enumerate(pairs):
        event = events.get(f"{w} {n}".lower())
        if event is not None:
            if event or i + 1 < len(pairs) - 1:
                return True  # "Ban Tổ chức Hội thi", "Ban Tổ chức Hội nghị Tổng kết X"
            continue
        if w in heads or f"{w} {n}" in heads:
            return True
    return False


def _school_of_page(orgs: list[Span]) -> Span | None:
    """The page's only school (``Trường …``, ``Học viện …``, ``Đại học …``), else None."""
    schools = {o.name: o for o in orgs if _school().match(o.name)}
    return next(iter(schools.values())) if len(schools) == 1 else None


def bodies_after_titles(doc: Doc) -> None:
    """Adds the body written right after a title, when no organization is read there."""
    text = doc.text
    orgs = doc.by_label("org")
    starts: dict[str, dict[int, Span]] = {
        label: {s.start: s for s in doc.by_label(label)}
        for label in ("org", "person", "title", "date")
    }
    for t in doc.by_label("title"):
        m = _heads().match(text, t.end)
        if m is not None:
            head_at, head, after = m.start("head"), m.group("head"), m.end()
        else:
            # "Trưởng phòng Thi đua - Khen thưởng X": the title ends with the body's head
            last = _LAST_WORD.search(text, t.start, t.end)
            if last is None or last.start() == t.start or last.group(1).lower() not in _shared():
                continue
            head_at, head, after = last.start(), last.group(1), t.end
        if head_at in starts["org"] or any(o.start < head_at < o.end for o in orgs):
            continue  # a body read there already (or the title inside one)
        person = starts["person"].get(head_at)
        if person is not None:
            if person.name.split()[0] in gz.surnames():
                continue  # a person's name after the title
        read = _body_end(doc, after, starts, head[:1].isupper() and after != t.end)
        if read is None:
            continue
        end, tail, placed = read
        if head.lower() in _seats() and (seat := _SEAT.match(text, end)) is not None:
            # "Văn phòng X tại Y", "Phân hiệu X tại tỉnh Y": the seat kept, as written
            tail, end, placed = f"{tail} {' '.join(seat.group(0).split())}", seat.end(), True
        if head.lower() in _units() and not placed:
            school = _school_of_page(orgs) if head.lower() in _words("school_unit") else None
            if school is None:
                continue  # "Phòng Nghiệp vụ": a unit of a body the text leaves to context
            tail = f"{tail} {school.name}"  # "Khoa X": a faculty of the page's only school
        if any(fold(w) == "dang" for w in tail.split()):
            continue  # "Bí thư Ban Cán sự Đảng": a party organ, read by the party rules
        name = f"{head[:1].upper()}{head[1:]} {tail}"
        if any(o.name.startswith(name + " ") for o in orgs):
            continue  # "Trưởng phòng Tư pháp,": the page names the body in full elsewhere
        if person is not None:
            doc.spans = [x for x in doc.spans if x is not person]
            starts["person"].pop(head_at, None)
        span = Span(head_at, end, "org", name, "title-body", {"kind": kind_of_name(name)})
        doc.add(span)
        starts["org"][head_at] = span
        orgs = doc.by_label("org")
