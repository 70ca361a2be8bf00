"""The board of a bare association a membership title names: ``Ủy viên Ban Thường vụ Hội``.

Association pages write a board membership with the association's head noun alone, then the
person's other post with the association in full: ``Ủy viên Ban Thường vụ Hội, Chánh Văn phòng
Hội Luật gia tỉnh X``, ``Ủy viên BCH Công đoàn – Phó Trưởng phòng … , Chủ tịch Công đoàn Sở
X``. The bare head noun names the association the chain names in full after it, so the
membership is of that association's board (``Ban Thường vụ Hội Luật gia tỉnh X``), not of the
province's party committee (the default for a standing-board member written without a body).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Span
from justicekg.text.normalize import fold

__all__ = ["board_of_bare_association"]

#: board memberships (folded titles)
_MEMBERS = frozenset({"uy vien ban thuong vu", "uy vien thuong vu", "uy vien ban chap hanh"})
#: an association's head noun written alone after the title, closed by punctuation or "kiêm"
_BARE = re.compile(
    r"[ \t]+(?P<word>Hội|Công đoàn|Đoàn Luật sư|Liên đoàn Luật sư)"
    r"(?=[ \t]*(?:[,;.:)]|[-–—]|kiêm(?![\w])|$))"
)


def board_of_bare_association(text: str, chain: list[tuple[Span, Span | None]]) -> None:
    """Give a board membership written with a bare association word the association that a
    later post of the same chain names in full."""
    for i, (t, o) in enumerate(chain):
        if o is not None or t.data.get("commune_org") or fold(t.name) not in _MEMBERS:
            continue
        m = _BARE.match(text, t.end)
        if m is None:
            continue
        word = m.group("word") + " "
        # "Chánh Văn phòng Hội X" may be read with its office: the association is the body
        later = [x.name.removeprefix("Văn phòng ") for _, x in chain[i + 1 :] if x is not None]
        body = next((x for x in later if x.startswith(word) and not x.startswith("Hội đồng")), None)
        if body is None:
            continue
        t.data["commune_org"] = body
        t.data["commune_org_kind"] = "other"
