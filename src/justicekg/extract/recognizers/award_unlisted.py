"""Award recipients the organization list does not know, named as written.

After ``cho``/``gồm`` or in a list item, a recipient that opens with the head of a body
(``Ban Quản lý rừng phòng hộ huyện A``, ``Ban An ninh quận 2``, ``Phòng PC45``, ``Nhân dân
và cán bộ xã B``) is a body
even where no organization rule recognized it: its name runs to the next comma, semicolon,
parenthesis or ``và`` and ends in a proper name or a number (``Ban Tổ chức cuộc thi`` is a
role, not a named body).
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Span
from justicekg.extract.gazetteers import column

#: the head words a body's name opens with ("Hội" only as an association, never "Hội nghị";
#: "Nhân dân và cán bộ xã A"): data/gazetteers/award_body_heads.tsv
_BODY_HEAD = re.compile(rf"(?:{'|'.join(column('award_body_heads', 'word'))})(?![\w])")
#: what ends a recipient's name inside a list of them
_SPLIT = re.compile(r"[,;:()\n]|(?<![Nn]hân dân)\s(?:và|cùng)\s")
#: what starts the reason or the verb after a name
_TAIL = re.compile(
    r"\s(?:đã|được|vì|do|có|đạt|về|trong|tại|nhằm|đối với|năm\s+\d)(?![\w])", re.IGNORECASE
)
_ITEM_MARK = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[./)]|[a-zđ][./)]|\(\d{1,2}\))?[ \t]*")
#: a name ends in a proper name or a number ("… huyện Bắc Trà My", "… quận 2", "PC45")
_NAMED_END = re.compile(r"(?:[A-ZĐ]\w*|\d+)$")
#: a last word that is a head itself ("Văn phòng Sở", "Phòng Tổ chức Cục"): a short
#: reference to a body named elsewhere, not a name of its own
_HEAD_END = re.compile(
    r"(?<![\w])(?:Sở|Cục|Chi cục|Tổng cục|Bộ|Ban|Phòng|Viện|Tòa|Hội|Đảng|Ủy ban|UBND|Trung tâm|"
    r"Văn phòng|Huyện|Tỉnh|Thành phố|Nhà nước|Chính phủ)$"
)
_MAX_LEN = 90


def unlisted_bodies(text: str, start: int, end: int, known: list[Span]) -> list[Span]:
    """Bodies named as written in ``text[start:end]`` (a list of recipients) where no span of
    ``known`` (organizations, persons, titles) falls inside the part that names them.

    >>> t = "cho Ban Quản lý rừng phòng hộ huyện Bắc Trà My, Ban Tổ chức cuộc thi và ông A"
    >>> [s.name for s in unlisted_bodies(t, 4, len(t), [])]
    ['Ban Quản lý rừng phòng hộ huyện Bắc Trà My']
    >>> unlisted_bodies("cho Văn phòng Sở", 4, 16, [])
    []
    """
    out: list[Span] = []
    pos = start
    while pos < end:
        cut = _SPLIT.search(text, pos, end)
        part_end = cut.start() if cut is not None else end
        lead = _ITEM_MARK.match(text, pos, part_end)
        p0 = lead.end() if lead is not None else pos
        head = _BODY_HEAD.match(text, p0, part_end)
        if head is not None:
            tail = _TAIL.search(text, head.end(), part_end)
            p1 = tail.start() if tail is not None else part_end
            name = text[p0:p1].rstrip(" \t.")
            p1 = p0 + len(name)
            if (
                len(name) <= _MAX_LEN
                and len(name.split()) >= 2
                and _NAMED_END.search(name)
                and not _HEAD_END.search(name)
                and not any(k.start < p1 and p0 < k.end for k in known)
            ):
                out.append(Span(p0, p1, "org", name, "unit-as-written"))
        pos = part_end + (len(cut.group(0)) if cut is not None else 0)
    return out
