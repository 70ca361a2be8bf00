"""Pages that announce: when the only day the page gives an activity is one ahead (``dự kiến
kỳ họp diễn ra trong 1 ngày (10/9)``, ``Ngày 20/9 tới, Sở sẽ tổ chức Hội thi …``, dropped as
announced by :mod:`.events`) and no day of an activity held, the page's other sentences about
it (``Hội thi có 12 đội tham gia``, a headline ``Ngày 10/9 khai mạc kỳ họp …``) describe the
activity announced, not one reported undated — unless they say it was done (``đã``, ``vừa``,
``mới đây``), or name only another activity than the one announced (``Sở tổ chức Hội nghị tập
huấn …`` beside ``Dự kiến, Hội thi … sẽ diễn ra vào ngày 20/9/2024``): that one the page reports
held, with no day (the kit: an event is reported even when its date cannot be completed).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.event_signals import FUTURE

#: a sentence that says something was done or has just happened
_DONE = re.compile(r"(?<![\w])(?:đã|vừa|mới đây|hôm qua|vừa qua|thành công)(?![\w])", re.IGNORECASE)
#: the noun that names an activity ("Hội thi", "kỳ họp", "lớp tập huấn"): what the announcement
#: and a sentence about the same activity share
_ACTIVITY_NOUN = re.compile(
    r"(?<![\w])(?:hội nghị|hội thảo|tọa đàm|đại hội|diễn đàn|hội thi|hội thao|hội diễn|"
    r"liên hoan|kỳ họp|lễ|(?:buổi|cuộc|phiên|lớp|chuyến)\s+[^\W\d_]+)(?![\w])",
    re.IGNORECASE,
)


def announcing(doc: Doc) -> bool:
    """True when the page announced an activity (a day ahead) and dated none as held."""
    return bool(doc.meta.get("announced")) and not doc.by_label("event")


def not_reported(doc: Doc, body_start: int, body_end: int) -> set[int]:
    """On an announcing page (:func:`announcing`), the starts of the sentences that neither say
    anything was done nor name only another activity than the one announced: no undated event
    is read there. Empty on any other page."""
    if not announcing(doc):
        return set()
    text = doc.text
    ahead = _announced_nouns(doc)
    return {
        s.start
        for s in doc.sentences
        if body_start <= s.start < body_end
        and not _DONE.search(text, s.start, s.end)
        and not _another_activity(text[s.start : s.end], ahead)
    }


def headline_done(doc: Doc, line: str) -> bool:
    """False for the headline of an announcing page that neither says its activity was done
    (``Ngày 10/9 khai mạc kỳ họp thứ 12``) nor names only another activity than the one
    announced; True otherwise."""
    return (
        not announcing(doc)
        or _DONE.search(line) is not None
        or _another_activity(line, _announced_nouns(doc))
    )


def _nouns(text: str) -> set[str]:
    return {" ".join(m[0].lower().split()) for m in _ACTIVITY_NOUN.finditer(text)}


def _announced_nouns(doc: Doc) -> set[str]:
    """The activity nouns of the sentences that announce a day ahead."""
    return {
        n
        for start in doc.meta.get("announced", ())
        for n in _nouns(doc.text[start : doc.sentence_of(start).end])
    }


def _another_activity(sentence: str, ahead: set[str]) -> bool:
    """``sentence`` names an activity, and none the announcement names (``ahead``; when that
    names none, no sentence can be told apart from it).

    >>> _another_activity("Sở tổ chức Hội nghị tập huấn hộ tịch.", {"hội thi"})
    True
    >>> _another_activity("Hội thi có 12 đội tham gia.", {"hội thi"})
    False
    >>> _another_activity("Ông A, Giám đốc Sở chủ trì.", {"hội thi"})
    False
    """
    named = _nouns(sentence)
    return bool(ahead) and bool(named) and not (named & ahead)


def ahead_elsewhere(doc: Doc, day: Span, published: str | None) -> bool:
    """True when ``day`` was written without a year (``ngày 10/9 khai mạc kỳ họp``) and the page
    writes the same day and month elsewhere with a year that puts it after the page's date
    (``vào ngày 10/9/2024``): the day announced, not a day of the year before.

    After the page's date at the precision the page gives it: on a page dated by its month only
    (``2024-09``) a day of that month is ahead only where its sentence says so (``sẽ khai mạc
    vào ngày 20/9/2024``), not a day the page reports held in its month; and the page's own
    stamp (the headline's ``09/09/2024 15:32``, a date line) is the day it was written, never a
    day ahead."""
    if not published or not day.data.get("inferred") or len(day.name) != 10:
        return False
    return any(
        e.name[4:] == day.name[4:]
        and not e.data.get("inferred")
        and not doc.covered(e.start, e.end, ("dateline",))
        and _after(doc, e, published)
        for e in doc.by_label("date")
        if e is not day and len(e.name) == 10
    )


def _after(doc: Doc, e: Span, published: str) -> bool:
    """``e`` is after the page's date ``published`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``):
    past its month or year, or within it in a sentence that says it is ahead."""
    if e.name[: len(published)] > published:
        return True
    if len(published) == 10 or not e.name.startswith(published):
        return False
    sent = doc.sentence_of(e.start)
    return FUTURE.search(doc.text, sent.start, sent.end) is not None
