"""History a page recalls: how old a page with no date line is at least.

A page with no date line is no older than the latest whole day it writes (a document's day, a
later milestone). A day that lies many years before that floor is history the page recalls
("Ngày 26-7-1960, … ký Lệnh công bố …" on a page that goes on to 1976 and later), not an
activity it reports; :mod:`.events` drops it as it drops a day that long before a date line.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc
from justicekg.extract.recognizers.event_signals import is_day

_WORD = re.compile(r"[^\W\d_]{2,}")
#: words a sentence needs besides its day to count as text rather than a date line
_WORDS = 5


def latest_day(doc: Doc) -> str | None:
    """The latest whole day with a year (``YYYY-MM-DD``) a sentence of the page writes.

    A bare date line (``Thứ sáu, 16/04/2021`` over a 2015 report: the day a site shows, not the
    report's) does not count: the day must stand in a sentence with words of its own.
    """
    days = []
    for d in doc.by_label("date"):
        if not is_day(d.name) or d.name[:1] == "-":
            continue
        sent = doc.sentence_of(d.start)
        line_start = doc.text.rfind("\n", sent.start, d.start) + 1 or sent.start
        line_end = doc.text.find("\n", d.end, sent.end)
        rest = (
            doc.text[line_start : d.start]
            + doc.text[d.end : sent.end if line_end < 0 else line_end]
        )
        if len(_WORD.findall(rest)) >= _WORDS:
            days.append(d.name)
    return max(days) if days else None
