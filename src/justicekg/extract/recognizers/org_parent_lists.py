"""Units listed before the parent they all belong to, when that parent keeps its units' names:
the supreme procuracy and court, and a foreign state's bodies::

    LIST := UNIT (SEP UNIT)* ["của" | "thuộc" | "trực thuộc"] PARENT

- ``Vụ Tổ chức cán bộ, Văn phòng, Phòng Hợp tác quốc tế của VKSND tối cao Lào`` → ``Vụ Tổ
  chức cán bộ Viện kiểm sát nhân dân tối cao Lào``, ``Văn phòng …``, ``Phòng Hợp tác quốc tế …``;
- ``Vụ 7, Vụ 14 và Văn phòng VKSND tối cao`` → each unit with its parent;
- ``Ban Dân vận, Ban Tuyên giáo Huyện ủy X`` (boards of a party committee or a people's council
  listed before it, each a ``Ban``) → each board with the committee;
- ``Phòng A, Phòng B Sở Tư pháp tỉnh X``, ``Văn phòng, Thanh tra Sở …`` (rooms of a
  department, an enforcement office, a court or a procuracy listed before it, ``Phòng Phổ
  biến, giáo dục pháp luật`` with its comma) → each room with the parent.

A ministry's own units are named without it (the conventions), so a Vietnamese ministry is no
PARENT here. A UNIT starts with a unit head and runs to the next separator, over no verb,
preposition or title word (``cho``, ``của``, ``trưởng`` …), eight words at most, and names
the unit (``Vụ 7``, ``Văn phòng``; ``vụ, phòng thuộc TAND tối cao`` names none).
"""

from __future__ import annotations

import re
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span

__all__ = ["units_of_listed_parent"]

#: heads that need a name after them ("vụ, phòng thuộc …" names no unit); an office does not
_HEADS = r"(?:[Vv]ụ|[Vv]iện|[Pp]hòng|[Cc]ục|[Bb]an|[Tt]rung tâm|[Hh]ọc viện|[Tt]rường)"
#: words that end a unit's name (data/gazetteers/org_parent_stops.tsv)
_STOP = f"(?:{'|'.join(gz.column('org_parent_stops', 'word'))})"
#: (a dot before a space ends the sentence, and the list: "… Vụ X. Về phía Bộ Y")
_WORD = rf"(?!{_STOP}(?![\w]))(?:[^\s,;:().]|\.(?=\S))+"
#: a room whose name has a comma inside ("Phòng Phổ biến, giáo dục pháp luật"): data/gazetteers/
#: org_domains.tsv
_COMMA_ROOMS = "|".join(
    re.escape(r["domain"]).replace(r"\ ", r"[ \t]+")
    for r in sorted(gz.load_rows("org_domains"), key=lambda r: -len(r["domain"]))
    if r["head"] == "Phòng" and "," in r["domain"]
)
_ITEM = (
    rf"(?<![\w])(?:[Pp]hòng[ \t]+(?:{_COMMA_ROOMS})(?![ \t]+[\w])"
    rf"|{_HEADS}(?:[ \t]+{_WORD}){{1,8}}|[Vv]ăn phòng(?:[ \t]+{_WORD}){{0,8}}|Thanh tra)"
    r"(?![\w])"
)
_SEP = r"[ \t]*(?:,|;|và(?![\w]))[ \t]*(?:và[ \t]+)?"
_LIST = re.compile(
    rf"(?P<items>{_ITEM}(?:{_SEP}{_ITEM})*)[ \t]*(?:(?:của|thuộc|trực thuộc)[ \t]+)?[ \t]*\Z"
)
_ONE = re.compile(rf"{_ITEM}")
_SUPREME = re.compile(r"^(?:Viện kiểm sát nhân dân|Tòa án nhân dân) tối cao(?: (?P<country>.+))?$")


@cache
def _country_end() -> re.Pattern[str]:
    names = sorted((r["country"] for r in gz.load_rows("countries")), key=len, reverse=True)
    return re.compile(r" (?:" + "|".join(re.escape(n) for n in names) + r")$")


_FOREIGN_HEADS = ("Bộ ", "Viện ", "Tòa án ", "Quốc hội ", "Văn phòng ")


def _keeps_units(name: str) -> bool:
    """A parent whose units are named with it: the supreme bodies, a foreign state's body."""
    if _SUPREME.match(name):
        return True
    return name.startswith(_FOREIGN_HEADS) and _country_end().search(name) is not None


#: a board of a party committee or a people's council: "Ban Tuyên giáo Huyện ủy X"
_BOARD = re.compile(
    r"^(?P<own>Ban [^,;]+?) (?P<parent>(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy"
    r"|Hội đồng nhân dân) .+)$"
)
#: a room, office or inspectorate of a department, an enforcement office or a court or
#: procuracy: "Phòng Hành chính tư pháp Sở Tư pháp tỉnh X", "Thanh tra Sở Tư pháp tỉnh X"
_ROOM = re.compile(
    r"^(?P<own>(?:Phòng|Văn phòng) [^,;]+?|Văn phòng|Thanh tra) "
    r"(?P<parent>(?:Sở|Cục Thi hành án dân sự|Viện kiểm sát nhân dân|Tòa án nhân dân|Công an) .+)$"
)
#: a listed board that names its own parent ("Ban Tổ chức Tỉnh ủy, Ban Dân vận Tỉnh ủy X")
_OWN_PARENT = re.compile(r"(?:ủy|Hội đồng|HĐND|nhân dân)(?![\w])")
_SPLIT = re.compile(r"(?: của)? (?=(?:Viện kiểm sát nhân dân|Tòa án nhân dân) tối cao|Bộ )")
_BEFORE_UNIT = re.compile(rf"(?P<items>{_ITEM}(?:{_SEP}{_ITEM})*){_SEP}\Z")


def _parent_of(span: Span) -> tuple[str, str] | None:
    """(unit, parent) of a span named with a parent that keeps its units' names: ("", parent)
    for the parent itself, ("Văn phòng", parent) for ``Văn phòng VKSND tối cao``."""
    if _keeps_units(span.name):
        return "", span.name
    if " tối cao" in span.name or " Bộ " in span.name:
        for m in _SPLIT.finditer(span.name):
            parent = span.name[m.end() :]
            if m.start() > 0 and _keeps_units(parent):
                return span.name[: m.start()], parent
        return None
    board = _BOARD.match(span.name) or _ROOM.match(span.name)
    if board is not None:
        return board.group("own"), board.group("parent")
    return None


def _shares_board_parent(item: str, parent: str) -> bool:
    """Whether the listed ``item`` is a board of ``parent``: a ``Ban`` naming no committee, or
    naming the committee by its bare head (``Ban Dân vận Huyện ủy, Ban Tuyên giáo Huyện ủy X``)."""
    return (
        item.startswith("Ban ")
        # "thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy X": the committee itself, no board
        and not item.startswith("Ban Chấp hành")
        and _OWN_PARENT.search(_bare_board(item, parent)) is None
    )


def _bare_board(item: str, parent: str) -> str:
    """``item`` without the parent's bare head written after it (``Ban Dân vận Huyện ủy``,
    ``Ban Pháp chế HĐND``)."""
    heads = (
        ("Hội đồng nhân dân", "HĐND")
        if parent.startswith("Hội đồng")
        else (parent.split()[0] + " " + parent.split()[1],)
    )
    for head in heads:
        item = item.removesuffix(" " + head)
    return item


def _is_room(item: str) -> bool:
    """Whether the listed ``item`` is a room, the office or the inspectorate of a body (``Phòng
    Hành chính tư pháp``, ``Văn phòng``, ``Thanh tra``), not a district's justice office
    (``Phòng Tư pháp``)."""
    words = " ".join(item.split())
    return words.lower() in ("văn phòng", "thanh tra") or (
        words.startswith("Phòng ") and words.lower() != "phòng tư pháp"
    )


def units_of_listed_parent(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with each listed unit named with its parent; the bare units give way."""
    text = doc.text
    added: list[Span] = []
    covered: list[tuple[int, int]] = []
    for p in spans:
        got = _parent_of(p) if p.label == "org" else None
        if got is None:
            continue
        own, parent = got
        local = own and not _keeps_units(parent)  # a board or a room of a local body
        if local and not re.search(
            rf"(?<![\w]){re.escape(parent.split()[0])}(?![\w])|HĐND|UBND|THADS|VKSND|TAND",
            text[p.start : p.end],
        ):
            continue  # the parent read from the page, not written: no list shares it
        lo = max(0, p.start - 300)
        m = (_BEFORE_UNIT if own else _LIST).search(text[lo : p.start])
        if m is None:
            continue
        items = list(_ONE.finditer(m.group("items")))
        if (
            local
            and own.startswith("Ban ")
            and not all(_shares_board_parent(it.group(0), parent) for it in items)
        ):
            continue  # only boards share a committee
        if (
            local
            and (own.startswith(("Phòng ", "Văn phòng ")) or own in ("Văn phòng", "Thanh tra"))
            and not all(_is_room(it.group(0)) for it in items)
        ):
            continue  # only rooms share a department
        linked = m.group(0)[len(m.group("items")) :].strip() not in ("", ",", ";", "và")
        if not own and len(items) < 2 and not linked:
            continue  # a unit right before its parent is read by the head grammar
        start = lo + m.start("items")
        for it in items:
            unit = " ".join(it.group(0).split())
            if local and own.startswith("Ban "):
                unit = _bare_board(unit, parent)
            unit = unit[:1].upper() + unit[1:]
            added.append(
                Span(
                    start + it.start(),
                    start + it.end(),
                    "org",
                    f"{unit} {parent}",
                    "parent-list",
                    {"kind": "other", "parent": parent},
                )
            )
        if own:
            p.name = f"{own} {parent}"  # "Phòng X của VKSND tối cao Lào": no "của"
        covered.append((start, p.start))
    if not added:
        return spans
    return [
        s for s in spans if not (s.label == "org" and any(a <= s.start < b for a, b in covered))
    ] + added
