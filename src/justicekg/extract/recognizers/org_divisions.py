"""A provincial procuracy's numbered divisions written without it: ``các Phòng 1, Phòng 7``,
``lãnh đạo Phòng 3``, ``VKSND tỉnh (Phòng 3)`` on a page whose one provincial procuracy is the
parent (``Phòng 3 Viện kiểm sát nhân dân tỉnh X``); and the procuracy a numbered division is
named with, listed too (``Phòng 7 - VKSND tỉnh X`` names both).

Numbered divisions (``Phòng 1`` … ``Phòng 15``) are a procuracy's: a court's and a department's
divisions have names, a police force's have codes. A page that names no provincial procuracy,
or more than one, or whose procuracy is not its host (``org_host_units.page_hosts``: two
mentions to one), or a department's page, gives no parent, and the bare division nothing. A
count (``Phòng 2, 12 công chức``) and a room (``tại Phòng 1, tầng 2 và Phòng 6``) are none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import list_sep
from justicekg.extract.recognizers.org_host_units import page_hosts

__all__ = ["committees_of_offices", "divisions_of_the_procuracy"]

#: a numbered division named with its procuracy
_NAMED_DIVISION = re.compile(r"^Phòng \d{1,2} (?P<parent>Viện kiểm sát nhân dân .+)$")
#: a division and its number, capitalized (a small "phòng" only after a title's "Trưởng")
_DIVISION = re.compile(
    r"(?:(?<![\w])Phòng|(?<=[Tt]rưởng )phòng)[ \t]+(?P<n>\d{1,2})(?![\w.,/]\d|\w)"
)
#: more numbers of the same list ("Phòng 7, 9 và 10", "Phòng 1, 2 phối hợp"); a number then a
#: counted noun (data/gazetteers/count_nouns.tsv) is a count ("Phòng 2, 12 công chức", "3 đồng
#: chí"), not a division
_MORE = re.compile(
    list_sep(semicolon=False) + r"(?:Phòng[ \t]+)?(?P<n>\d{1,2})(?![\w.,/]\d|\w)"
    rf"(?![ \t]+(?:{'|'.join(gz.column('count_nouns', 'word'))})(?![\w]))"
)
#: what a division's own parent would start with (the grammar reads those)
_PARENT_NEXT = re.compile(
    r"[ \t]*[,\-–]?[ \t]*(?:Viện|VKS|Công an|Sở|Cục|Tòa|TAND|Bộ|Tổng cục|Trung tâm)(?![\w])"
)
#: a room or a floor, not a division ("phòng số 3", "Phòng 3 tầng 2", "Phòng 1, tầng 2")
_ROOM_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:tầng|lầu|nhà|khu|dãy)(?![\w])")
#: a place where something happens ("họp tại Phòng 3"): a room
_ROOM_BEFORE = re.compile(r"(?<![\w])(?:tại|ở|trong)[ \t]+$")
#: a room named earlier in the same clause ("tại Phòng 1, tầng 2 và Phòng 6"): rooms listed
_ROOM_IN_CLAUSE = re.compile(r"(?<![\w])(?:tại|ở|trong)[ \t]+(?:các[ \t]+)?[Pp]hòng[ \t]+\d")
#: a division's party cell or union ("Chi bộ Phòng 7, 9"): the cell is the body named
_ORGAN_BEFORE = re.compile(r"(?<![\w])(?:Chi bộ|Chi đoàn|Công đoàn|Tổ Công đoàn)[ \t]+$")


def _parent_of(child: Span, parent: str, rule: str, data: dict[str, Any]) -> Span:
    """The parent body a child's name carries, as a span on the child's last character (the
    child's name is its evidence)."""
    return Span(max(child.start, child.end - 1), child.end, "org", parent, rule, data)


def divisions_of_the_procuracy(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """The page's numbered divisions written bare, named with its one provincial procuracy,
    and the procuracy of each division named with one, where it is not listed yet."""
    orgs = [s for s in spans if s.label == "org"]
    names = {s.name for s in orgs}
    out: list[Span] = []
    for s in orgs:
        named = _NAMED_DIVISION.match(s.name)
        if named is not None and named.group("parent") not in names:
            parent = named.group("parent")
            names.add(parent)
            data = {"kind": "procuracy", "province": s.data.get("province")}
            out.append(_parent_of(s, parent, "division-parent", data))
    if doc.meta.get("main_dept"):
        return out  # a department's page: its "Phòng N" are rooms, not the procuracy's
    host = page_hosts(doc, orgs).get("Viện kiểm sát nhân dân")
    if host is None or ("Phòng" not in doc.text and "phòng" not in doc.text):
        return out
    parent = host.name
    province = host.data.get("province")
    text = doc.text
    for m in _DIVISION.finditer(text):
        if any(s.start <= m.start() < s.end for s in orgs):
            continue  # read already, with its parent
        before = text[max(0, m.start() - 14) : m.start()]
        if _ROOM_BEFORE.search(before) or _ORGAN_BEFORE.search(before):
            continue
        clause_start = max(text.rfind(c, 0, m.start()) for c in ".;:!?\n") + 1
        if _ROOM_IN_CLAUSE.search(text, clause_start, m.start()):
            continue  # listed with a room named before it in the clause
        numbers = [m]
        pos = m.end()
        while (more := _MORE.match(text, pos)) is not None:
            numbers.append(more)
            pos = more.end()
        if _PARENT_NEXT.match(text, pos) or _ROOM_AFTER.match(text, pos):
            continue  # its own parent follows (the grammar's), or a room of a building
        for number in numbers:
            name = f"Phòng {int(number.group('n'))} {parent}"
            if name in names:
                continue
            names.add(name)
            data = {"kind": "other", "province": province, "parent": parent}
            out.append(Span(number.start("n"), number.end("n"), "org", name, "division", data))
    return out


def committees_of_offices(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """The people's committee a district office is written with (``Phòng Tư pháp UBND huyện
    X`` is named ``Phòng Tư pháp huyện X``): the page names the committee too, so it is
    listed, unless it is already."""
    names = {s.name for s in spans if s.label == "org"}
    out: list[Span] = []
    for s in spans:
        parent = str(s.data.get("parent") or "") if s.label == "org" else ""
        if not parent.startswith("Ủy ban nhân dân ") or parent in names or parent in s.name:
            continue  # (an organ named with the committee: "Đảng ủy UBND tỉnh" names only it)
        written = doc.text[s.start : s.end]
        if "UBND" not in written and "Ủy ban nhân dân" not in written:
            continue
        names.add(parent)
        data = {"kind": "peoples-committee", "province": s.data.get("province")}
        data["district"] = s.data.get("district")
        out.append(_parent_of(s, parent, "office-parent", data))
    return out
