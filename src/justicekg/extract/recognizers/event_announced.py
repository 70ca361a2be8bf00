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
    (``vào ngày 10/9/2024``): the day announced, not a day of the year before."""
    if not published or not day.data.get("inferred") or len(day.name) != 10:
        return False
    return any(
        e.name[4:] == day.name[4:] and e.name[:10] > published and not e.data.get("inferred")
        for e in doc.by_label("date")
        if e is not day and len(e.name) == 10
    )
