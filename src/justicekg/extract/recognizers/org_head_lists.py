"""Units of one head listed by their domains, the head written once: ``các Vụ: Pháp chế, Tổ chức
cán bộ``, ``các Cục: Con nuôi, Bổ trợ tư pháp``, ``các Phòng chuyên môn: Hành chính tư pháp,
Bổ trợ tư pháp`` (a department's divisions), ``Phòng Tư pháp, Nội vụ, Tài chính - Kế hoạch
huyện X`` (a district's offices, the place after the last one).

An item counts only where it is a domain the gazetteer lists for that head
(``org_domains.tsv``), written with a capital: a list goes on while items and separators do. A
ministry's departments are named without it (``Vụ Pháp chế``); a department's divisions with
the page's one department (``Phòng Bổ trợ tư pháp Sở Tư pháp tỉnh X``); a district's offices
with the place written after the list. The provincial enforcement ``Cục`` is no ministry's
department, and a district office with no place written names no one office.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LIST_SEP, domain_key, lexicon
from justicekg.extract.recognizers.org_places import place_at, place_suffix

__all__ = ["units_listed_by_domain"]

#: "các Vụ:", "các Cục gồm", "các phòng chuyên môn:", "Các Phòng, đơn vị:" (a colon needed)
_PLURAL_HEAD = re.compile(
    r"(?<![\w])[Cc]ác[ \t]+(?P<head>Vụ|Cục|[Pp]hòng)(?:[ \t]+(?:chuyên môn|nghiệp vụ))?"
    r"(?:[ \t]*,[ \t]*(?:đơn vị|ban|ngành|đơn vị trực thuộc))*[ \t]*(?::|gồm:?|như:?)[ \t]*"
)
_SEP = re.compile(LIST_SEP)
#: domains of a district's offices (a department's divisions have others), and a ministry's
#: departments of the provinces, not of the ministry (data/gazetteers/org_domain_levels.tsv)
_DISTRICT_DOMAINS = frozenset(
    r["domain"] for r in gz.load_rows("org_domain_levels") if r["level"] == "district"
)
_PROVINCIAL_DOMAINS = frozenset(
    r["domain"]
    for r in gz.load_rows("org_domain_levels")
    if r["level"] == "provincial" and r["head"] != "Trung tâm"
)
_HEADS = {"vụ": "Vụ", "cục": "Cục", "phòng": "Phòng"}


def _items(doc: Doc, head: str, pos: int) -> list[tuple[int, int, str]]:
    """(start, end, canonical domain) of each domain of ``head`` listed from ``pos`` on."""
    lex = lexicon()
    dre = lex.domain_re.get(head)
    if dre is None:
        return []
    text = doc.text
    out: list[tuple[int, int, str]] = []
    while True:
        dm = dre.match(text, pos)
        if dm is None:
            break
        written = dm.group(0).strip()
        start = dm.end() - len(written)
        if not written[:1].isupper() or text[dm.end() : dm.end() + 1] in ("-", "–"):
            break
        out.append((start, dm.end(), lex.domain_canon.get((head, domain_key(written)), written)))
        sep = _SEP.match(text, dm.end())
        if sep is None or sep.end() == dm.end():
            break
        pos = sep.end()
    return out


def _one_district(orgs: Sequence[Span]) -> str | None:
    """`` huyện X`` when the page's bodies name one district-level place, else None."""
    found = set()
    for s in orgs:
        district = s.data.get("district")
        m = re.search(rf" (huyện|quận|thị xã|thành phố) {re.escape(str(district))}$", s.name)
        if district and m is not None:
            found.add(m.group(0))
    return found.pop() if len(found) == 1 else None


def _name(doc: Doc, head: str, domain: str, place: str | None) -> str | None:
    """The name the conventions give a unit of ``head`` and ``domain`` listed on ``doc``."""
    if head == "Vụ":
        return f"Vụ {domain}"
    if head == "Cục":
        return None if domain in _PROVINCIAL_DOMAINS else f"Cục {domain}"
    if domain in _DISTRICT_DOMAINS:
        return f"Phòng {domain}{place}" if place else None
    dept = doc.meta.get("main_dept")
    return f"Phòng {domain} {dept}" if dept and not place else None


def units_listed_by_domain(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """The units a list names by their domains after one head (plural with a colon, or the
    first unit written in full with its head)."""
    text = doc.text
    orgs = [s for s in spans if s.label == "org"]
    names = {s.name for s in orgs}
    lists: list[tuple[str, int]] = [
        (_HEADS[m.group("head").lower()], m.end()) for m in _PLURAL_HEAD.finditer(text)
    ]
    for s in orgs:
        # "Phòng Tư pháp, Nội vụ … huyện X", "Phòng Tư pháp huyện X và Nội vụ": the first office
        # read, its head shared after a comma or "và" ("Phòng Tư pháp và Nội vụ huyện X" is read
        # whole by the grammar, one office, so no list starts inside it)
        head = s.name.split(" ", 1)[0]
        sep = _SEP.match(text, s.end) if head in ("Vụ", "Cục", "Phòng") else None
        if sep is not None and sep.end() > s.end:
            lists.append((head, sep.end()))
    out: list[Span] = []
    for head, pos in lists:
        items = _items(doc, head, pos)
        if not items:
            continue
        place_found = place_at(doc, items[-1][1]) if head == "Phòng" else None
        place = None
        if place_found is not None and place_found.level == "district" and place_found.name:
            place = place_suffix(place_found)
        elif head == "Phòng" and place_found is None:
            place = _one_district(orgs)  # "các phòng: …" on a page about one district
        for start, end, domain in items:
            if any(s.start <= start < s.end for s in orgs):
                continue
            name = _name(doc, head, domain, place)
            if name is None or name in names:
                continue
            names.add(name)
            kind = "ministry-unit" if head in ("Vụ", "Cục") else "other"
            out.append(Span(start, end, "org", name, "head-list", {"kind": kind}))
    return out
