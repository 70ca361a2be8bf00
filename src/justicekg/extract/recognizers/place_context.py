"""Places a bare level word takes from its context, or does not.

A body written with its level word alone (``Phòng Tư pháp huyện``, ``UBND xã``, ``Chủ tịch UBND
phường``) is of the place of that level the text names: the one commune of that kind on the page
(``tại xã Hợp Thành``), the district its sentence names without the level word (``tại Bình
Chánh``, or in brackets after communes: ``xã A, B (Bình Chánh)``); not of either of two
districts named side by side in one sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from justicekg.extract.doc import Doc
from justicekg.extract.lexicon import UPPER, lexicon

_AT_PLACE = re.compile(
    rf"(?<![\w])(?:tại|ở|về)[ \t]+(?P<name>[{UPPER}][\w]*(?:[ \t]+[{UPPER}][\w]*){{0,2}})"
)
#: communes with their district in brackets: "xã A, B, C (Bình Chánh)"
_AFTER_COMMUNES = re.compile(
    rf"(?<![\w])(?:xã|phường|thị trấn)[ \t]+[{UPPER}][^()\n.;:]{{0,80}}?[ \t]*"
    rf"\((?P<name>[{UPPER}][\w]*(?:[ \t]+[{UPPER}][\w]*){{0,2}})\)"
)


def district_without_its_word(doc: Doc, kind: str, end: int) -> tuple[str, str] | None:
    """``tại Bình Chánh, … Chánh án TAND huyện``: (name, province) of the district of ``kind``
    the sentence at ``end`` names without its level word after ``tại``/``ở``/``về`` (the
    gazetteer's one district of that kind by that name), else None."""
    sent = doc.sentence_of(max(0, end - 1))
    main = doc.meta.get("main_province")
    found: set[tuple[str, str]] = set()
    for m in [
        *_AT_PLACE.finditer(doc.text, sent.start, sent.end),
        *_AFTER_COMMUNES.finditer(doc.text, sent.start, sent.end),
    ]:
        words = m.group("name").split()
        for k in range(len(words), 0, -1):
            cands = [d for d in lexicon().districts(" ".join(words[:k])) if d.kind == kind]
            if cands:
                best = [d for d in cands if d.province == main] or cands
                if len({d.province for d in best}) == 1:
                    found.add((best[0].name, best[0].province))
                break
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=32)
def local_places(text: str, kind: str) -> frozenset[str]:
    """The names of the communes (wards, townships) of ``kind`` the text names (not in a
    plural: ``các xã A, B``)."""
    pattern = rf"(?<![\w])(?<!các ){kind}[ \t]+([{UPPER}][\w]*(?:[ \t]+[{UPPER}\d][\w]*){{0,2}})"
    return frozenset(" ".join(m.group(1).split()) for m in re.finditer(pattern, text))


def only_commune(text: str, kind: str) -> str | None:
    """``UBND xã`` written bare: the one commune (ward, township) of that kind the page names
    (``tại xã Hợp Thành``), else None."""
    names = local_places(text, kind)
    return next(iter(names)) if len(names) == 1 else None


def two_at_once(doc: Doc, before: list[tuple[int, str, str, str]]) -> bool:
    """Whether the last district named before a bare mention shares its sentence with another
    district of the same kind named before it (``UBND huyện A và UBND huyện B``): either fits."""
    last = before[-1]
    sent = doc.sentence_of(last[0])
    return any(d[2] != last[2] and sent.start <= d[0] for d in before[:-1])
