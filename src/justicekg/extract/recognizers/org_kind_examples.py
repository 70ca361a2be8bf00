"""Bodies named as examples of a kind of body, not as bodies of the page.

``các cơ quan tư pháp như Công an, Viện kiểm sát nhân dân, Tòa án nhân dân, Sở Tư pháp…``,
``đại diện các cơ quan tiến hành tố tụng: Công an, Tòa án nhân dân, Viện kiểm sát nhân dân``:
after a plural category of agencies (``các cơ quan`` and lower-case words) and ``như``, ``gồm``
or a colon, bare heads name the kinds the category holds; the conventions list no generic
mention, and the bodies read there with the article's province give way. A body written with
its place (``Trung tâm … tỉnh A``) stays, and a list that names places (``… các tỉnh: A, B``,
``… huyện A``) is left to the list readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER

__all__ = ["drop_kind_examples"]

#: a plural category of agencies and what introduces its members
_INTRO = re.compile(
    rf"(?<![\w])các[ \t]+cơ[ \t]+quan(?:[ \t]+[{LOWER}]+){{0,5}}?[ \t]*(?:như|gồm:?|:)[ \t]*"
)
#: where the list ends: the sentence's end, a semicolon, an ellipsis, a bracket
_LIST_END = re.compile(r"[.;…()\n]")
#: a place written in the list: its bodies are those places', read elsewhere
_PLACE = re.compile(r"(?<![\w])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|TP\.?|các)(?![\w])")


def drop_kind_examples(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``spans`` without the bodies that a category's list of examples names bare."""
    text = doc.text
    if "các cơ quan" not in text:
        return list(spans)
    drop: set[int] = set()
    for m in _INTRO.finditer(text):
        end = _LIST_END.search(text, m.end())
        stop = end.start() if end is not None else len(text)
        bare = [
            i
            for i, s in enumerate(spans)
            if s.label == "org"
            and m.end() <= s.start < stop
            and _PLACE.search(text, s.start, s.end) is None
        ]
        inside = [(s.start, s.end) for s in spans if s.label == "org" and s.start < stop]
        if any(
            not any(a <= p.start() < b for a, b in inside)
            for p in _PLACE.finditer(text, m.end(), stop)
        ):
            # a place outside the bodies ("…, Tòa án nhân dân các tỉnh: A, B"): the list's
            continue
        if len(bare) >= 2 and min(spans[i].start for i in bare) == m.end():
            drop.update(bare)
    return [s for i, s in enumerate(spans) if i not in drop]
