"""Organs of one party committee listed before it, the committee written once at the end:
``Ban Chấp hành, Ban Thường vụ Tỉnh ủy X`` names ``Ban Chấp hành Tỉnh ủy X`` too, ``Văn
phòng, Ban Tổ chức Tỉnh ủy X`` names ``Văn phòng Tỉnh ủy X``. The last organ is read with its
committee by the grammar; each organ before it, joined by a comma or ``và``, takes the same
committee.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import list_sep

__all__ = ["organs_of_a_listed_committee"]

#: the organs of a party committee (as written, capitalized; data/gazetteers/party_organs.tsv)
_ORGANS = gz.column("party_organs", "word")
_ORGAN = "|".join(re.escape(o) for o in _ORGANS)
#: a committee named after one of its organs ("Ban Thường vụ Tỉnh ủy X")
_ORGAN_OF_COMMITTEE = re.compile(
    rf"^(?:{_ORGAN}) (?P<committee>(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy(?: .+)?)$"
)
#: organs listed right before it, each followed by a comma or "và"
_LISTED_BEFORE = re.compile(rf"(?<![\w])(?P<organs>(?:(?:{_ORGAN}){list_sep(semicolon=False)})+)$")
_ONE = re.compile(rf"(?:{_ORGAN})(?![\w])")


def organs_of_a_listed_committee(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Each organ listed before an organ named with its party committee, named with it."""
    text = doc.text
    names = {s.name for s in spans if s.label == "org"}
    out: list[Span] = []
    for s in spans:
        named = _ORGAN_OF_COMMITTEE.match(s.name) if s.label == "org" else None
        if named is None:
            continue
        before = _LISTED_BEFORE.search(text, max(0, s.start - 120), s.start)
        if before is None:
            continue
        committee = named.group("committee")
        for organ in _ONE.finditer(text, before.start("organs"), before.end("organs")):
            name = f"{organ.group(0)} {committee}"
            if name in names:
                continue
            names.add(name)
            data = {"kind": "party-committee", "province": s.data.get("province")}
            data["parent"] = committee
            out.append(Span(organ.start(), organ.end(), "org", name, "organ-list", data))
    return out
