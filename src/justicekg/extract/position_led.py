"""The body a person is said to lead with ``do … làm``: ``<Body> … do ông X làm <Title>``.

Vietnamese pages name a council, committee or board first and its head after it: ``Ủy ban
Kiểm tra Tỉnh ủy X nhiệm kỳ mới có 11 thành viên, do ông A làm Chủ nhiệm``, ``Hội đồng phối hợp
… tỉnh X do bà B, Phó Chủ tịch UBND tỉnh làm Chủ tịch``. The title after ``làm`` is the head of
the body named earlier in the sentence, when its kind fits the title
(``title_led_bodies.tsv``: ``Chủ nhiệm`` of an ``Ủy ban`` or ``Câu lạc bộ``, ``Chủ tịch`` of a
``Hội đồng``, ``Hội``, ``Ủy ban`` or ``Liên đoàn``, ``Trưởng ban`` of a ``Ban``), not the default
body of the title's head noun.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span

__all__ = ["body_led_by"]

#: "do ông A làm", "do bà B, Phó Chủ tịch UBND tỉnh làm": the clause before the title
_NAMED_AFTER = re.compile(r"[ \t]+[A-ZĐ]")
_LED = re.compile(r"(?<![\w])do[ \t]+(?P<who>[^.;\n]{2,90}?)[ \t]+làm[ \t]+$")
#: how far before a title ``do … làm`` is looked for (the pattern spans ~100 characters)
_WINDOW = 160


@gz.derived
def _heads() -> dict[str, tuple[str, ...]]:
    """Title (lower-cased) → the heads of the bodies it leads."""
    return {
        r["title"].lower(): tuple(h for h in r["heads"].split("|") if h)
        for r in gz.load_rows("title_led_bodies")
    }


def body_led_by(doc: Doc, title: Span, orgs: list[Span]) -> str | None:
    """The body named earlier in the sentence that ``title`` heads after ``do … làm``."""
    heads = _heads().get(title.name.lower())
    if not heads or _NAMED_AFTER.match(doc.text, title.end):
        return None  # "làm Chủ tịch Hội đồng chấm thi": the title names its own body
    sent = doc.sentence_of(title.start)
    # the clause is at most ~100 characters long: look back that far, not from the sentence
    # start (which is quadratic on a long one-sentence page)
    m = _LED.search(doc.text, max(sent.start, title.start - _WINDOW), title.start)
    if m is None or not any(p.start >= m.start("who") for p in doc.by_label("person")):
        return None
    before = [
        o for o in orgs if sent.start <= o.start and o.end <= m.start() and o.name.startswith(heads)
    ]
    return before[-1].name if before else None
