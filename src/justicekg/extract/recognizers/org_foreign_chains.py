"""A foreign official's chain of posts names his state's bodies bare: ``ông Khamla X, Ủy viên
Trung ương Đảng, Phó Chủ tịch Quốc hội, Viện trưởng Viện Kiểm sát nhân dân tối cao Lào``.

When one body of a person's apposition chain carries a foreign country (``… Lào``), the bare
national bodies of the same chain (``Quốc hội``, ``Chính phủ``, ``Bộ Nội vụ``) are that
country's too (``Quốc hội Lào``, ``Bộ Nội vụ Lào``). A chain runs from ``ông``/``bà``/``đồng
chí`` and a name to the next such person or the end of the clause (``;``, ``:``, a line, a
sentence); a body written with ``Việt Nam`` stays Vietnamese.
Bodies outside any person's chain (``Chủ tịch nước tặng Huân chương cho …``) keep their names.
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span

__all__ = ["foreign_chain_bodies"]

_PERSON_CUE = re.compile(r"(?<![\w])(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Nn]gài)[ \t]+(?=[A-ZĐ])")
_CLAUSE_END = re.compile(r";|:|\n|\.(?=\s)")
_VIETNAM_AFTER = re.compile(r"[ \t]*(?:Việt Nam|VN)(?![\w])")
_BARE_NATIONAL = re.compile(
    r"^(?:Quốc hội|Chính phủ|Ủy ban Thường vụ Quốc hội|Văn phòng Chính phủ|Văn phòng Quốc hội|"
    r"Bộ (?!Chính trị)[A-ZĐ][^,;()]*)$"
)


@cache
def _country_re() -> re.Pattern[str]:
    names = sorted((r["country"] for r in gz.load_rows("countries")), key=len, reverse=True)
    return re.compile(r" (?P<country>" + "|".join(re.escape(n) for n in names) + r")$")


def _chain_of(text: str, pos: int) -> int | None:
    """Where the person chain holding ``pos`` starts (None: in no chain)."""
    lo = 0
    for m in _CLAUSE_END.finditer(text, max(0, pos - 400), pos):
        lo = m.end()
    cue = None
    for m in _PERSON_CUE.finditer(text, lo, pos):
        cue = m.start()
    return cue


def foreign_chain_bodies(doc: Doc, spans: list[Span]) -> None:
    """Give the bare national bodies of a foreign official's chain their country (in place)."""
    text = doc.text
    countries = _country_re()
    foreign: dict[int, str] = {}
    for s in spans:
        m = countries.search(s.name) if s.label == "org" else None
        if m is None or m.group("country") == "Việt Nam":
            continue
        chain = _chain_of(text, s.start)
        if chain is not None:
            foreign.setdefault(chain, m.group("country"))
    if not foreign:
        return
    for s in spans:
        if s.label != "org" or not _BARE_NATIONAL.match(s.name) or countries.search(s.name):
            continue
        if _VIETNAM_AFTER.match(text, s.end) or text[s.start : s.end].endswith("Việt Nam"):
            continue  # "Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào"
        chain = _chain_of(text, s.start)
        if chain is not None and chain in foreign:
            s.name = f"{s.name} {foreign[chain]}"
