"""Units of the Supreme People's Procuracy and Court written with their parent: ``Cục Điều
tra VKSND tối cao``, ``Viện Phúc thẩm 2 Viện kiểm sát nhân dân tối cao``, ``Vụ Pháp chế và
Quản lý khoa học TAND tối cao``. The domain need not be in the gazetteer: the parent right
after it closes the name, and the unit is named with it (as the conventions name a central
body's sub-unit).
"""

from __future__ import annotations

import re

from justicekg.extract.alternation import words_not_after
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import UPPER

_PARENTS = {
    "vksnd": "Viện kiểm sát nhân dân tối cao",
    "viện ksnd": "Viện kiểm sát nhân dân tối cao",
    "viện kiểm sát nhân dân": "Viện kiểm sát nhân dân tối cao",
    "vksndtc": "Viện kiểm sát nhân dân tối cao",
    "tand": "Tòa án nhân dân tối cao",
    "tòa án nhân dân": "Tòa án nhân dân tối cao",
    "toà án nhân dân": "Tòa án nhân dân tối cao",
    "tandtc": "Tòa án nhân dân tối cao",
}
#: a word that starts another unit or a place: the domain stops before it
_STOP = (
    r"(?:Vụ|Cục|Viện|Văn phòng|Ban|Phòng|Bộ|Sở|Tổng cục|Công an|Ủy ban|Tòa án|tỉnh|thành phố|"
    r"huyện|VKSND|TAND)(?![\w])"
)
_SUPREME_UNIT = re.compile(
    rf"(?P<head>{words_not_after(['Vụ', 'Cục', 'Viện'])})[ \t]+"
    # the domain: a capital or a number first (not the procuracy's own "Viện Kiểm sát")
    rf"(?P<domain>(?!Kiểm[ \t]+sát|KSND)[{UPPER}\d][\w]*"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]*[-–][ \t]*|[ \t]+)(?!{_STOP})[\w]+){{0,9}}?)"
    r"[ \t]*(?:[-–][ \t]*|thuộc[ \t]+)?"
    r"(?P<parent>(?:VKSND|Viện KSND|Viện [Kk]iểm sát [Nn]hân dân|TAND|To[àa] án [Nn]hân dân)"
    r"[ \t]+[Tt]ối[ \t]+[Cc]ao|VKSNDTC|TANDTC)(?![\w])"
)
_SUPREME_WORDS = re.compile(r"[ \t]+[Tt]ối[ \t]+[Cc]ao$")


def supreme_named_units(doc: Doc) -> list[Span]:
    """Each ``<Vụ|Cục|Viện> <domain> <VKSND|TAND> tối cao`` of the page, named in full."""
    out: list[Span] = []
    for m in _SUPREME_UNIT.finditer(doc.text):
        parent = _SUPREME_WORDS.sub("", " ".join(m.group("parent").split())).lower()
        full = _PARENTS.get(parent)
        if full is None:
            continue
        domain = " ".join(m.group("domain").split())
        if domain.split()[-1] in ("và", "với", "của", "cùng"):
            continue  # "Vụ X Bộ Tư pháp và VKSND tối cao": two bodies, not one unit
        kind = "procuracy" if "kiểm sát" in full else "court"
        out.append(
            Span(
                m.start(),
                m.end(),
                "org",
                f"{m.group('head')} {domain} {full}",
                "supreme-unit",
                {"kind": kind, "parent": full},
            )
        )
    return out
