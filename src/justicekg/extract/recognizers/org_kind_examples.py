"""Bodies named as examples of a kind of body, not as bodies of the page.

``các cơ quan bảo vệ pháp luật như Tòa án nhân dân, Công an…``,
``lãnh đạo các cơ quan tố tụng: Viện kiểm sát nhân dân, Công an``:
after a plural category of procedural or law-protection agencies (``các cơ quan`` and a word of
``org_kind_categories.tsv``) and ``như``, ``gồm`` or a colon, bare heads (a type of
``org_list_types.tsv`` as written, no place, ministry or proper name) name the kinds the
category holds, when every item of the list is bare; the conventions list no generic
mention, and the bodies read there with the article's province give way. A body after the
list stays (``…, cộng tác viên của Trung tâm … tỉnh A``); a list whose items write a
place shares it (``các cơ quan khối nội chính gồm: Công an, Viện kiểm sát và Chi cục … huyện
A``: the bodies of A, read by the list readers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, list_sep

__all__ = ["drop_kind_examples"]


@gz.derived
def _intro() -> re.Pattern[str]:
    """A plural category of procedural or law-protection agencies and what introduces its
    members (``các cơ quan tố tụng:``, ``các cơ quan bảo vệ pháp luật như``)."""
    cats = gz.alternation("org_kind_categories")
    return re.compile(
        rf"(?<![\w])các[ \t]+cơ[ \t]+quan[ \t]+(?:{cats})(?:[ \t]+[{LOWER}]+){{0,2}}?"
        r"[ \t]*(?:như|gồm:?|:)[ \t]*"
    )


@gz.derived
def _bare_types() -> frozenset[str]:
    """The body types written bare (``Công an``, ``Tòa án nhân dân``, ``VKSND``), casefolded."""
    return frozenset(w.casefold() for w in gz.column("org_list_types", "written"))


#: between two items of the list
_SEP = re.compile(list_sep(semicolon=False))


def _is_bare(written: str) -> bool:
    """The written item is a body type alone (``Công an``, ``Viện kiểm sát nhân dân``)."""
    return " ".join(written.split()).casefold() in _bare_types()


def drop_kind_examples(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``spans`` without the bodies that a category's list of examples names bare."""
    text = doc.text
    if "các cơ quan" not in text:
        return list(spans)
    orgs = sorted((s for s in spans if s.label == "org"), key=lambda s: s.start)
    drop: set[int] = set()
    for m in _intro().finditer(text):
        chain = [s for s in orgs if s.start == m.end()][:1]
        while chain:
            sep = _SEP.match(text, chain[-1].end)
            nxt = [s for s in orgs if sep is not None and s.start == sep.end() > chain[-1].end]
            if not nxt:
                break
            chain.append(nxt[0])
        if len(chain) < 2 or not all(_is_bare(text[s.start : s.end]) for s in chain):
            # one body, or a named or placed one among them ("Bộ Công an", "Báo …", "Chi cục
            # Thi hành án dân sự huyện A"): bodies of the page
            continue
        drop.update(id(s) for s in chain)
    return [s for s in spans if id(s) not in drop]
