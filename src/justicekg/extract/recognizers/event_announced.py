"""Pages that announce: when the only day the page gives an activity is one ahead (``dự kiến
kỳ họp diễn ra trong 1 ngày (10/9)``, ``Ngày 20/9 tới, Sở sẽ tổ chức Hội thi …``, dropped as
announced by :mod:`.events`) and no day of an activity held, the page's other sentences about
it (``Hội thi có 12 đội tham gia``, a headline ``Ngày 10/9 khai mạc kỳ họp …``) describe the
activity announced, not one reported undated — unless they say it was done (``đã``, ``vừa``,
``mới đây``).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.event_signals import FUTURE

#: a sentence that says something was done or has just happened
_DONE = re.compile(r"(?<![\w])(?:đã|vừa|mới đây|hôm qua|vừa qua|thành công)(?![\w])", re.IGNORECASE)


def announcing(doc: Doc) -> bool:
    """True when the page announced an activity (a day ahead) and dated none as held."""
    return bool(doc.meta.get("announced")) and not doc.by_label("event")


def not_reported(doc: Doc, body_start: int, body_end: int) -> set[int]:
    """On an announcing page (:func:`announcing`), the starts of the sentences that do not say
    anything was done: no undated event is read there. Empty on any other page."""
    if not announcing(doc):
        return set()
    text = doc.text
    return {
        s.start
        for s in doc.sentences
        if body_start <= s.start < body_end and not _DONE.search(text, s.start, s.end)
    }


def headline_done(doc: Doc, line: str) -> bool:
    """False for the headline of an announcing page that does not say its activity was done
    (``Ngày 10/9 khai mạc kỳ họp thứ 12``); True otherwise."""
    return not announcing(doc) or _DONE.search(line) is not None


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
