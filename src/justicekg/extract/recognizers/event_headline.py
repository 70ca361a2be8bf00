"""An activity a capitalized headline names (``LỄ KỶ NIỆM 30 NĂM NGÀY THÀNH LẬP SỞ``) when the
body reports none of its own but someone taking part: the excerpt's first line states the event,
undated."""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import lexicon
from justicekg.extract.recognizers.event_announced import headline_done
from justicekg.extract.recognizers.event_kinds import classify, without_non_cues
from justicekg.extract.recognizers.event_same_day import is_specific
from justicekg.extract.recognizers.event_signals import CITES_DOC, FUTURE, has_activity, issues

__all__ = ["headline_event"]

#: a section label of a site's menu: a head noun standing alone before a separator or the end
_CATEGORY = re.compile(
    r"(?<![\w])(?:hội nghị|hội thảo|tọa đàm|lễ|tập huấn|sự kiện|hoạt động)\s*(?:[,/|–-]|$)",
    re.IGNORECASE,
)


def headline_event(doc: Doc, body_start: int, body_end: int) -> Span | None:
    """The activity a capitalized headline names (``LỄ KỶ NIỆM 30 NĂM NGÀY THÀNH LẬP SỞ``), taken
    for page furniture, when the body reports no activity of its own but someone taking part
    (``Tham dự có ông …``): the excerpt's first line states the event, undated."""
    lines = doc.meta.get("header_lines") or []
    if not lines:
        return None
    text = doc.text
    start, end = lines[-1]
    line = text[start:end].strip()
    if len(line.split()) < 5 or "|" in line or FUTURE.search(line) or issues(line):
        return None
    if not headline_done(doc, line):  # "Ngày 10/9 khai mạc kỳ họp …" over an announcement
        return None
    if _CATEGORY.search(line):
        return None  # "TIN HOẠT ĐỘNG - HỘI NGHỊ, HỘI THẢO": a site's section, no activity
    if CITES_DOC.match(line) or not any(
        c.search(without_non_cues(line)) for c, _, p in lexicon().event_cues if p < 12
    ):
        return None
    kind = classify(line)
    if kind == "other" and not is_specific(line):
        return None
    if not any(
        has_activity(text[s.start : s.end])
        for s in doc.sentences
        if body_start <= s.start < body_end
    ):
        return None
    return doc.add(Span(start, end, "event", "", "headline", {"kind": kind, "date_start": start}))
