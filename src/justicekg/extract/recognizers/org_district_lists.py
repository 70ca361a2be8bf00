"""District bodies that share one list of districts: ``Tòa án nhân dân, Viện kiểm sát nhân dân
thị xã A và B``, ``Đại diện TAND, VKSND các huyện A, B`` → each body of each district.

The heads a list may name bare are those of :data:`.org_lists._BARE` that a district has
(plus ``Phòng Tư pháp``); a listed name counts only where the gazetteer knows a district of
that name (in the article's province when the page has one), so ``các huyện miền núi`` and
``thị xã A và Sở Tư pháp`` name no more districts than they say. A body written with a bare
level word right before a neighbour of that level and its place shares that place
(``lãnh đạo TAND tỉnh, Viện Kiểm sát nhân dân tỉnh Khánh Hòa``).
"""

from __future__ import annotations

import re

from justicekg.extract.alternation import words_not_after
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, UPPER, lexicon
from justicekg.extract.recognizers.org_lists import _BARE

__all__ = ["listed_district_bodies", "share_listed_place"]

#: the district heads: written form → (canonical head, kind)
_HEADS: dict[str, tuple[str, str]] = {
    k: (v[0], v[1]) for k, v in _BARE.items() if v[2] in ("any", "local")
} | {"Phòng Tư pháp": ("Phòng Tư pháp", "other")}
_HEAD_ALT = "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True))
_FIRST_HEAD_ALT = words_not_after(sorted(_HEADS, key=len, reverse=True))
_NAME = rf"[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{0,3}}"
#: a district level word as written ("TX." for thị xã)
_LEVEL = r"(?:huyện|quận|thị xã|TX\.?|Tx\.?)"
_LEVELS = {"TX": "thị xã", "Tx": "thị xã"}
_LIST = re.compile(
    # (the first head reads the look-behind after its first letter: a search looks for it)
    rf"(?P<heads>(?:{_FIRST_HEAD_ALT})(?:[ \t]*(?:,|và)[ \t]*(?:{_HEAD_ALT}))*)"
    rf"[ \t]+(?:các[ \t]+)?(?P<level>{_LEVEL})[ \t]*"
    rf"(?P<names>{_NAME}(?:[ \t]*(?:,|và|;)[ \t]*(?:(?:các[ \t]+)?{_LEVEL}[ \t]*)?{_NAME})+)"
)
_HEAD_SPLIT = re.compile(rf"{_HEAD_ALT}")
_NAME_SPLIT = re.compile(rf"(?:(?:các[ \t]+)?(?P<lv>{_LEVEL})[ \t]*)?(?P<n>{_NAME})")


def _level(written: str) -> str:
    """``TX.`` → ``thị xã``; a level word written out stays."""
    word = written.rstrip(".")
    return _LEVELS.get(word, word)


def _district(name: str, level: str, province: object) -> str | None:
    """The gazetteer's district ``name`` of ``level`` (in ``province`` if given), else None;
    a longer run is cut back to the longest known district at its start."""
    words = name.split()
    for k in range(len(words), 0, -1):
        cands = [d for d in lexicon().districts(" ".join(words[:k])) if d.kind == level]
        local = [d for d in cands if d.province == province]
        if local or len(cands) == 1:
            return (local or cands)[0].name
    return None


def listed_district_bodies(doc: Doc, found: list[Span]) -> list[Span]:
    """One span per body and listed district that ``found`` does not name yet."""
    text = doc.text
    province = doc.meta.get("main_province")
    names = {o.name for o in found if o.label == "org"}
    out: list[Span] = []
    for m in _LIST.finditer(text):
        heads = [_HEADS[h.group(0)] for h in _HEAD_SPLIT.finditer(m.group("heads"))]
        level = _level(m.group("level"))
        districts: list[tuple[str, str, int, int]] = []
        for nm in _NAME_SPLIT.finditer(m.group("names")):
            level = _level(nm.group("lv")) if nm.group("lv") else level
            got = _district(nm.group("n"), level, province)
            if got is None:
                break  # "thị xã A và Sở Tư pháp": the list has ended
            at = m.start("names") + nm.start("n")
            districts.append((level, got, at, at + len(got)))
        if len(districts) < 2 and len(heads) < 2:
            continue
        for level, got, start, end in districts:
            for head, kind in heads:
                name = f"{head} {level} {got}"
                if name in names or any(
                    o.label == "org" and o.start < end and start < o.end for o in found
                ):
                    continue
                names.add(name)
                data = {"kind": kind, "district": got, "province": province}
                out.append(Span(start, end, "org", name, "district-list", data))
    return out


#: what joins two bodies of one list
_JOIN = re.compile(r"[ \t]*(?:,|và|-|–)[ \t]*")
#: the place a listed neighbour's name ends with
_PLACED = re.compile(r" (?P<level>tỉnh|thành phố|huyện|quận|thị xã) (?P<name>[A-ZĐ].*)$")
_BARE_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã")


def share_listed_place(doc: Doc, found: list[Span]) -> None:
    """A body named with a bare level word right before a neighbour of that level named with
    its place takes the neighbour's place (``lãnh đạo TAND tỉnh, Viện Kiểm sát nhân dân tỉnh
    Khánh Hòa``), renamed in ``found``."""
    text = doc.text
    orgs = sorted((o for o in found if o.label == "org"), key=lambda o: o.start)
    by_start = {o.start: o for o in orgs}
    for o in orgs:
        level = next((lv for lv in _BARE_LEVELS if o.name.endswith(" " + lv)), None)
        join = _JOIN.match(text, o.end) if level else None
        nxt = by_start.get(join.end()) if join is not None else None
        place = _PLACED.search(nxt.name) if nxt is not None else None
        if place is None or place.group("level") != level or nxt is None:
            continue
        o.name = f"{o.name} {place.group('name')}"
        for key in ("province", "district"):
            if nxt.data.get(key):
                o.data[key] = nxt.data[key]
