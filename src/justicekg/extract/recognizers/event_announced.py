"""Pages that announce: when the only day the page gives an activity is one ahead (``dự kiến
kỳ họp diễn ra trong 1 ngày (10/9)``, ``Ngày 20/9 tới, Sở sẽ tổ chức Hội thi …``, dropped as
announced by :mod:`.events`) and no day of an activity held, the page's other sentences about
it (``Hội thi có 12 đội tham gia``, a headline ``Ngày 10/9 khai mạc kỳ họp …``) describe the
activity announced, not one reported undated — unless they say it was done (``đã``, ``vừa``,
``mới đây``). Which days are ahead (:func:`day_ahead`, :func:`announced_day`) is decided here
too; :mod:`.events` drops them and marks their sentences (:func:`mark_announced`).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.event_days import held_after_dateline
from justicekg.extract.recognizers.event_signals import FUTURE

#: a sentence that says something was done or has just happened (a plan's sentence that says
#: so reports it: "Theo kế hoạch, Hội thi đã diễn ra …")
_DONE = re.compile(r"(?<![\w])(?:đã|vừa|mới đây|hôm qua|vừa qua|thành công)(?![\w])", re.IGNORECASE)
#: "Hội nghị … sẽ chính thức diễn ra", "Hoạt động sẽ diễn ra … (7-8/10)": the sentence's first
#: held verb is only announced, so its day is no event reported as held
_HELD_FIRST = re.compile(r"(?<![\w])(?:tổ chức|diễn ra|khai mạc)(?![\w])", re.IGNORECASE)
_WILL_BEFORE = re.compile(
    r"(?<![\w])(?:sẽ|dự kiến|sắp)(?:\s+(?:chính thức|được|sẽ)){0,2}\s+$", re.IGNORECASE
)
_WILL_NEAR = re.compile(
    # ("dự kiến kỳ họp diễn ra trong 1 ngày (10-9-2019)": the day in parentheses too)
    r"(?<![\w])(?:sẽ|dự kiến|sắp(?!\s+(?:xếp|đặt))|lên kế hoạch)(?![\w])[^.;,()]{0,40}\(?\s*$",
    re.IGNORECASE,
)
#: "Lễ … sẽ được truyền hình trực tiếp trên kênh VTV1 … vào ngày 9/11": a broadcast announced
#: (the channels named between may run long)
_WILL_AIR = re.compile(
    r"(?<![\w])sẽ\s+(?:được\s+)?(?:truyền hình|phát sóng|phát thanh|tường thuật"
    r"|livestream)(?:\s+trực tiếp)?(?![\w])[^.;]{0,200}$",
    re.IGNORECASE,
)
#: "Ngày 20/6 tới đây, …", "ngày 20/6 tới": a day ahead of the report
_AHEAD_AFTER = re.compile(r"\s*(?:tới(?:\s+đây)?|sắp tới)(?![\w])", re.IGNORECASE)
#: "Dự kiến, Lễ … được tổ chức vào …", "Theo kế hoạch, Hội thi diễn ra …": a plan's sentence
_PLANNED_LEAD = re.compile(
    r"\W*(?:[Tt]heo\s+)?(?:[Dd]ự kiến|[Kk]ế hoạch|[Cc]hương trình dự kiến|[Ll]ịch(?:\s+công tác)?)"
    r"\s*,",
    re.IGNORECASE,
)
#: "… tổ chức họp báo giới thiệu Hội thi …": the later days the page gives are the ones announced
_BRIEFING = re.compile(r"(?<![\w])họp báo(?![\w])", re.IGNORECASE)


def mark_announced(doc: Doc, sentence_start: int) -> None:
    """Note that the sentence at ``sentence_start`` announces an activity (:func:`announcing`)."""
    doc.meta.setdefault("announced", set()).add(sentence_start)


def day_ahead(doc: Doc, day: Span, published: str | None) -> bool:
    """True when ``day`` is ahead of the page, so dates no event held: after the page's date
    ``published`` and not reported held in its sentence (a sentence that plans it, ``dự kiến
    … (18-9-2024)``, announces), or written elsewhere with a later year (:func:`ahead_elsewhere`,
    which announces)."""
    if published and day.name[:1] != "-" and day.name[: len(published)] > published:
        sent = doc.sentence_of(day.start)
        if not held_after_dateline(doc.text[sent.start : sent.end], day.name, published):
            if FUTURE.search(doc.text, sent.start, sent.end):
                mark_announced(doc, sent.start)
            return True
    if ahead_elsewhere(doc, day, published):
        # "Ngày 10/9 khai mạc kỳ họp …" over "… khai mạc vào ngày 10/9/2024" (ahead)
        mark_announced(doc, doc.sentence_of(day.start).start)
        return True
    return False


def announced_day(text: str, sentence_start: int, sentence_end: int, day: Span) -> bool:
    """True when the sentence gives ``day`` as the day of an activity to come: a plan's
    sentence that does not say it was done, ``sẽ``/``dự kiến`` shortly before the day, a
    broadcast announced, ``ngày 20/6 tới``, or a first held verb that is only announced.

    >>> t = "Dự kiến, Lễ tổng kết được tổ chức vào sáng 28/3."
    >>> announced_day(t, 0, len(t), Span(43, 47, "date", "2024-03-28"))
    True
    >>> t = "Sáng 28/3, Sở tổ chức Lễ tổng kết."
    >>> announced_day(t, 0, len(t), Span(5, 9, "date", "2024-03-28"))
    False
    >>> t = "Theo kế hoạch, Lễ tổng kết đã diễn ra thành công vào sáng 28/3."
    >>> announced_day(t, 0, len(t), Span(t.index("28/3"), len(t) - 1, "date", "2024-03-28"))
    False
    """
    stext = text[sentence_start:sentence_end]
    first_held = _HELD_FIRST.search(stext)
    return bool(
        # "Dự kiến, Lễ tổng kết được tổ chức vào sáng 28/3": a plan
        (_PLANNED_LEAD.match(stext) and not _DONE.search(stext))
        # "… 21 đơn vị còn lại sẽ thi vào chiều 12 và ngày 13/7": announced
        or _WILL_NEAR.search(text, max(sentence_start, day.start - 50), day.start)
        or _WILL_AIR.search(text, sentence_start, day.start)
        or _AHEAD_AFTER.match(text, day.end)
        # "… từ ngày 11 đến 13/10, Hội nghị … sẽ chính thức diễn ra"
        or (first_held is not None and _WILL_BEFORE.search(stext, 0, first_held.start()))
    )


def is_briefing(sentence: str) -> bool:
    """True when ``sentence`` reports a press briefing (``họp báo``): the later days its page
    gives are those of the activity it announced."""
    return _BRIEFING.search(sentence) is not None


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
