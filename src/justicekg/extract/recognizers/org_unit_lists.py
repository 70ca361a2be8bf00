"""District units listed after one plural head: one organization per listed place; numbered
units and communes listed after the first one's.

``các Chi cục THADS: huyện A, huyện B và thị xã C`` and ``Phòng Tư pháp các huyện A, B``
name a district enforcement office or justice division for each place in the list.
"""

from __future__ import annotations

import re

from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import SP, SYL, lexicon
from justicekg.extract.recognizers.org_enforcement import enforcement_parent

#: "các Chi cục THADS: huyện A, huyện B và thị xã C", "Chi cục THADS các huyện A, B":
#: one organization per listed place
_UNIT_LIST = re.compile(
    # (each form reads its look-behind after its first character, not at every position)
    r"(?:c(?<![\w][\s\S])ác|C(?<![\w][\s\S])ác|\d(?<![\w][\s\S])\d?)"
    r"[ \t]+(?P<head>Chi cục|Phòng)[ \t]+"
    r"(?P<dom>Thi hành án dân sự|THADS|Tư pháp)"
    r"(?:[ \t]+(?:các|của các)[ \t]+(?P<lkind>huyện|quận|thị xã|thành phố))?[ \t]*"
    r"(?:\((?:gồm|là)?[ \t]*|:[ \t]*|gồm:?[ \t]*|là[ \t]+)?"
    r"|(?P<head2>C(?<![\w][\s\S])hi cục|P(?<![\w][\s\S])hòng)[ \t]+"
    r"(?P<dom2>Thi hành án dân sự|THADS|Tư pháp)"
    r"[ \t]+(?:các|của các)[ \t]+(?P<lkind2>huyện|quận|thị xã|thành phố)[ \t]*:?[ \t]*"
)
_LIST_ITEM_PLACE = re.compile(
    r"(?:(?P<kind>huyện|quận|thị xã|thành phố|TP\.?)[ \t]+)?"
    rf"(?P<name>{SYL}(?:{SP}{SYL}){{0,2}}|\d{{1,2}})"
)
_LIST_SEP = re.compile(r"[ \t]*(?:,|;|và)[ \t]*(?:và[ \t]+)?")


def _unit_lists(doc: Doc) -> list[Span]:
    """District units named in a list after a plural head (one span per listed place)."""
    lex = lexicon()
    text = doc.text
    out: list[Span] = []
    for m in _UNIT_LIST.finditer(text):
        head = m.group("head") or m.group("head2")
        dom = m.group("dom") or m.group("dom2")
        domain = "Tư pháp" if dom == "Tư pháp" else "Thi hành án dân sự"
        if head == "Phòng" and domain != "Tư pháp":
            continue
        list_kind = m.group("lkind") or m.group("lkind2")
        pos = m.end()
        items: list[Span] = []
        while True:
            it = _LIST_ITEM_PLACE.match(text, pos)
            if it is None:
                break
            name = it.group("name")
            kind = (it.group("kind") or list_kind or "").rstrip(".")
            kind = "thành phố" if kind == "TP" else kind
            if name.isdigit():
                if kind != "quận":
                    break
                name = f"Quận {name}"
            cands = lex.districts(name)
            if not kind:
                if not cands:
                    break
                kind = cands[0].kind
            if not cands and not it.group("kind"):
                if list_kind is None:
                    break
            prov = cands[0].province if len(cands) == 1 else doc.meta.get("main_province")
            place = name if name.startswith("Quận ") else f"{kind} {name}"
            data: dict[str, object] = {"province": prov, "district": name}
            if head == "Chi cục":
                data.update(kind="district-enforcement", parent=enforcement_parent(prov))
            else:
                data.update(kind="other", parent=f"Ủy ban nhân dân {place}")
            items.append(
                Span(it.start(), it.end(), "org", f"{head} {domain} {place}", "list", data)
            )
            sep = _LIST_SEP.match(text, it.end())
            if sep is None or sep.end() == it.end():
                break
            pos = sep.end()
        if len(items) >= 1 and (m.group("head") is None or len(items) >= 1):
            out.extend(items)
    return out


#: more numbers after a numbered regional unit: "khu vực 1, 2 và 3", "khu vực 1, khu vực 2"
_MORE_NUMBERS = re.compile(
    r"[ \t]*(?:,|;|và(?![\w]))[ \t]*(?:và[ \t]+)?(?:(?:khu vực|Khu vực|số)[ \t]+|KV[ \t]*)?"
    r"(?P<n>\d{1,2})(?![\w/.,]\d)(?![\w])"
)
#: a numbered unit's name: "… khu vực 3", "Phòng Công chứng số 1" (and the province the page
#: gave it: "Phòng Công chứng số 1 tỉnh X")
_NUMBERED_NAME = re.compile(
    r"^(?P<head>.+ (?:khu vực|số)) (?P<n>\d{1,2})(?P<tail> (?:tỉnh|thành phố) [^,;]+)?$"
)
#: three or more numbers glued by commas ("khu vực 1,2,3"): a list, not a decimal number
_GLUED_NUMBERS = re.compile(r"(?:,\d{1,2}){2,}(?![\w,./])|(?:,\d{1,2})+(?=[ \t]*và[ \t]+\d)")
_GLUED_ONE = re.compile(r",(?P<n>\d{1,2})")


def numbered_siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """``Tòa án nhân dân khu vực 1, 2 và 3``, ``Phòng THADS khu vực 4, 5``, ``Phòng công chứng
    số 1 và số 2``: one numbered body per number listed after the first one's."""
    text = doc.text
    names = {s.name for s in spans if s.label == "org"}
    out: list[Span] = []
    for s in spans:
        named = _NUMBERED_NAME.match(s.name) if s.label == "org" else None
        if named is None or not text[s.start : s.end].rstrip().endswith(named.group("n")):
            continue
        data = {k: s.data.get(k) for k in ("kind", "province", "parent")}
        numbers: list[re.Match[str]] = []
        pos = s.end
        glued = _GLUED_NUMBERS.match(text, pos)
        if glued is not None:
            numbers += _GLUED_ONE.finditer(text, pos, glued.end())
            pos = glued.end()
        while (more := _MORE_NUMBERS.match(text, pos)) is not None:
            numbers.append(more)
            pos = more.end()
        for number in numbers:
            name = f"{named.group('head')} {number.group('n')}{named.group('tail') or ''}"
            if name not in names:
                names.add(name)
                start, end = number.span("n")
                out.append(Span(start, end, "org", name, "list", dict(data)))
    return out


#: more communes after a commune body, each with its level word: "UBND xã A, xã B và xã C"
_MORE_COMMUNES = re.compile(
    rf"[ \t]*(?:,|;|và(?![\w]))[ \t]*(?:và[ \t]+)?(?P<lv>xã|phường|thị trấn)[ \t]+"
    rf"(?P<n>{SYL}(?:{SP}{SYL}){{0,2}})"
)
_COMMUNE_NAME = re.compile(r"^(?P<head>.+) (?P<lv>xã|phường|thị trấn) (?P<n>[^,;]+)$")


def commune_siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """``Ủy ban nhân dân xã A, xã B và xã C``: the body of each commune listed right after the
    first one's, each written with its level word."""
    text = doc.text
    names = {s.name for s in spans if s.label == "org"}
    out: list[Span] = []
    for s in spans:
        named = _COMMUNE_NAME.match(s.name) if s.label == "org" else None
        if named is None or not text[s.start : s.end].rstrip().endswith(named.group("n")):
            continue
        pos = s.end
        while (more := _MORE_COMMUNES.match(text, pos)) is not None:
            pos = more.end()
            name = f"{named.group('head')} {more.group('lv')} {more.group('n')}"
            if name not in names:
                names.add(name)
                data = {k: s.data.get(k) for k in ("kind", "province")}
                out.append(Span(more.start("lv"), more.end(), "org", name, "list", data))
    return out
