"""Elliptical lists of organizations: one head or one place shared by several bodies.

- ``HĐND, UBND tỉnh X`` / ``Đảng ủy, UBND xã Y`` / ``Tỉnh ủy X, HĐND, UBND``: a bare body in a
  list takes the place of its neighbour (→ ``Hội đồng nhân dân tỉnh X`` …).
- ``các sở, ngành: Nội vụ, Xây dựng`` and ``Sở Nội vụ, Xây dựng``: one ``Sở`` per
  listed domain, of the article's province (bare when the page names none).
- ``Cục THADS các tỉnh, thành phố: A, B`` / ``3 Sở Tư pháp (gồm A, B, C cũ)``: one body per
  listed province.
- ``Trung tâm Phục vụ hành chính công của 04 xã (A, B, C, D)``: one body per listed commune.

Generic plurals without names (``các sở, ban, ngành``) still yield nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from justicekg.extract.alternation import words_not_after
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import SP, SYL, domain_key, lexicon

__all__ = [
    "elliptical_bodies",
    "listed_communes",
    "listed_departments",
    "listed_provinces",
    "provinces_after_a_body",
]

#: bodies named by a head that needs a place, as written → (canonical head, kind, levels)
_BARE: dict[str, tuple[str, str, str]] = {
    "HĐND": ("Hội đồng nhân dân", "peoples-council", "any"),
    "Hội đồng nhân dân": ("Hội đồng nhân dân", "peoples-council", "any"),
    "UBND": ("Ủy ban nhân dân", "peoples-committee", "any"),
    "Ủy ban nhân dân": ("Ủy ban nhân dân", "peoples-committee", "any"),
    "UB MTTQ": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "any"),
    "UBMTTQ": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "any"),
    "UBMTTQ Việt Nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "any"),
    "Ủy ban MTTQ": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "any"),
    "Ủy ban MTTQ Việt Nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "any"),
    "Ủy ban Mặt trận Tổ quốc Việt Nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "other", "any"),
    "TAND": ("Tòa án nhân dân", "court", "any"),
    "Tòa án nhân dân": ("Tòa án nhân dân", "court", "any"),
    "VKSND": ("Viện kiểm sát nhân dân", "procuracy", "any"),
    "Viện KSND": ("Viện kiểm sát nhân dân", "procuracy", "any"),
    "Viện kiểm sát nhân dân": ("Viện kiểm sát nhân dân", "procuracy", "any"),
    "Công an": ("Công an", "police", "any"),
    # the district members of a "khối nội chính" ("Công an, Chi cục THADS, VKSND … huyện X")
    "Chi cục THADS": ("Chi cục Thi hành án dân sự", "district-enforcement", "local"),
    "Chi cục Thi hành án dân sự": ("Chi cục Thi hành án dân sự", "district-enforcement", "local"),
    "Chi cục thi hành án dân sự": ("Chi cục Thi hành án dân sự", "district-enforcement", "local"),
    "Ban CHQS": ("Ban Chỉ huy Quân sự", "other", "local"),
    "Ban Chỉ huy Quân sự": ("Ban Chỉ huy Quân sự", "other", "local"),
    "Ban chỉ huy quân sự": ("Ban Chỉ huy Quân sự", "other", "local"),
    "Đoàn Luật sư": ("Đoàn Luật sư", "other", "province"),
    "Hội Luật gia": ("Hội Luật gia", "other", "province"),
    # provincial offices of central agencies, named bare before a listed neighbour's place
    "Kho bạc Nhà nước": ("Kho bạc Nhà nước", "other", "province"),
    "Kho bạc nhà nước": ("Kho bạc Nhà nước", "other", "province"),
    "Bảo hiểm xã hội": ("Bảo hiểm xã hội", "other", "province"),
    "Bộ Chỉ huy Quân sự": ("Bộ Chỉ huy Quân sự", "other", "province"),
    "Bộ chỉ huy quân sự": ("Bộ Chỉ huy Quân sự", "other", "province"),
    # a party committee below the province: "Đảng ủy, UBND xã X" (a province's is its Tỉnh ủy)
    "Đảng ủy": ("Đảng ủy", "party-committee", "local"),
}
_CANON_HEADS = sorted({v[0] for v in _BARE.values()}, key=len, reverse=True)
_BARE_RE = re.compile(
    r"(?:" + words_not_after(sorted(_BARE, key=len, reverse=True)) + r")"
    r"(?=[ \t]*(?:,|-|–|và(?![\w]))|[ \t]*$)",
    re.MULTILINE,
)
_SEP_AFTER = re.compile(r"[ \t]*(?:,|-|–|và(?![\w]))[ \t]*")
_SEP_BEFORE = re.compile(r"[ \t]*(?:,|-|–|và)[ \t]*$")
_PLACE_SUFFIX = re.compile(
    r"^ (?P<kind>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|Quận|khu vực)(?: .+)?$"
)
_PARTY = re.compile(r"^(?P<head>Tỉnh ủy|Thành ủy)(?P<prov> .+)?$")


def _suffix(span: Span) -> tuple[str, str] | None:
    """The place part of a neighbour's name and its level: ``Ủy ban nhân dân tỉnh X`` →
    (`` tỉnh X``, province); ``Tỉnh ủy X`` → (`` tỉnh X``, province)."""
    pm = _PARTY.match(span.name)
    if pm is not None:
        kind = "tỉnh" if pm.group("head") == "Tỉnh ủy" else "thành phố"
        return f" {kind}{pm.group('prov') or ''}", "province"
    for head in _CANON_HEADS:
        if span.name.startswith(head + " "):
            rest = span.name[len(head) :]
            m = _PLACE_SUFFIX.match(rest)
            if m is None:
                return None
            level = "province" if m.group("kind") in ("tỉnh", "thành phố") else "local"
            return rest, level
    # any other body written with its place: "Công an - VKSND - Cục THADS tỉnh X"
    tail = _PLACED_TAIL.search(span.name)
    if tail is None or span.data.get("parent"):
        return None
    district = span.data.get("district")
    if district and tail.group(0).endswith(f" {district}"):
        return tail.group(0), "local"
    province = span.data.get("province")
    if (
        province
        and tail.group("kind") in ("tỉnh", "thành phố")
        and tail.group(0).endswith(f" {province}")
    ):
        return tail.group(0), "province"
    return None


#: the place a body's name ends with
_PLACED_TAIL = re.compile(r" (?P<kind>tỉnh|thành phố|huyện|quận|thị xã|Quận) [A-ZĐ0-9][^,;()]*$")


def elliptical_bodies(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Bare bodies in a list that share a neighbour's place: ``HĐND, UBND tỉnh X``."""
    text = doc.text
    known = list(spans)
    bare = [
        m
        for m in _BARE_RE.finditer(text)
        if not any(s.start <= m.start() < s.end for s in known if s.label == "org")
    ]
    out: list[Span] = []
    for _ in range(4):  # a chain resolves one neighbour per pass
        added = False
        for m in bare:
            if any(o.start == m.start() for o in out):
                continue
            head, kind, levels = _BARE[m.group(0)]
            sep = _SEP_AFTER.match(text, m.end())
            nxt = [s for s in [*known, *out] if sep is not None and s.start == sep.end()]
            before = _SEP_BEFORE.search(text, max(0, m.start() - 6), m.start())
            prev = [s for s in [*known, *out] if before is not None and s.end == before.start()]
            for cand in [*nxt, *prev]:
                got = _suffix(cand) if cand.label == "org" else None
                if got is None:
                    continue
                suffix, level = got
                if levels != "any" and levels != level:
                    continue
                data = {k: cand.data.get(k) for k in ("province", "district")}
                out.append(
                    Span(
                        m.start(),
                        m.end(),
                        "org",
                        head + suffix,
                        "elliptical",
                        {"kind": kind, **data},
                    )
                )
                added = True
                break
        if not added:
            break
    return out


_SEP = re.compile(r"[ \t]*(?:,|;|và(?![\w]))[ \t]*(?:và[ \t]+)?")
_DEPT_LIST = re.compile(
    r"(?<=các |Các )[Ss]ở(?:[ \t]*,\s*(?:ban|ngành|cơ quan|đơn vị))*"
    r"[ \t]*(?::|gồm:?|như:?)[ \t]*"
)


#: provincial bodies other than departments that a list of departments may name bare
_OTHER_ITEMS = {
    "Công an": ("Công an", "police"),
    "Thanh tra": ("Thanh tra", "other"),
    "Tòa án nhân dân": ("Tòa án nhân dân", "court"),
    "TAND": ("Tòa án nhân dân", "court"),
    "Viện kiểm sát nhân dân": ("Viện kiểm sát nhân dân", "procuracy"),
    "Viện Kiểm sát nhân dân": ("Viện kiểm sát nhân dân", "procuracy"),
    "VKSND": ("Viện kiểm sát nhân dân", "procuracy"),
    "Bộ Chỉ huy Quân sự": ("Bộ Chỉ huy Quân sự", "other"),
}
_OTHER_ITEM = re.compile(
    r"(?P<h>"
    + "|".join(re.escape(k) for k in sorted(_OTHER_ITEMS, key=len, reverse=True))
    # (its bare level word may follow: "…: Tài chính, Công an tỉnh, Nội vụ")
    + r")(?:[ \t]+tỉnh(?![\w]))?(?=[ \t]*(?:,|;|và(?![\w])|\.|$))"
)
_PLACES_AFTER = re.compile(r"[ \t]*(?:của[ \t]+)?(?:các|hai|ba|\d{1,2})?[ \t]*(?:tỉnh|thành phố)")
#: "các sở Nội vụ, Xây dựng": a plural head before two or more domains, no colon
_DEPT_LIST_BARE = re.compile(r"(?<=các |Các )sở[ \t]+(?=[A-ZĐ])")


def listed_departments(
    doc: Doc, spans: Sequence[Span], suffix_of: Callable[[int], str]
) -> list[Span]:
    """``các sở, ngành: Nội vụ, Xây dựng`` and ``Sở Nội vụ, Xây dựng``: one ``Sở`` per
    domain the list names; ``suffix_of(pos)`` is the place a bare ``Sở`` there takes."""
    text = doc.text
    dre = lexicon().domain_re.get("Sở")
    if dre is None:
        return []
    out: list[Span] = []
    starts = [m.end() for m in _DEPT_LIST.finditer(text)]
    bare = {m.end() for m in _DEPT_LIST_BARE.finditer(text)}  # kept with two domains or more
    starts += sorted(bare)
    for s in spans:
        if s.label == "org" and s.rule == "grammar" and s.name.startswith("Sở "):
            sep = _SEP.match(text, s.end)
            if sep is not None and text[s.end : sep.end()].strip() in (",", "và", ";"):
                starts.append(sep.end())  # a shared head: the first item is already a span
    canon = lexicon().domain_canon
    for pos in starts:
        first, start_pos = len(out), pos
        while True:
            dm = dre.match(text, pos)
            other = _OTHER_ITEM.match(text, pos) if dm is None else None
            if other is not None:
                # "các sở, ngành: Tư pháp, Công an, Tài chính": a provincial body that is no
                # department stands in the list with its own name
                head = _OTHER_ITEMS[" ".join(other.group("h").split())]
                out.append(
                    Span(
                        other.start("h"),
                        other.end("h"),
                        "org",
                        f"{head[0]}{suffix_of(other.start('h'))}",
                        "list",
                        {"kind": head[1]},
                    )
                )
                sep = _SEP.match(text, other.end())
                if sep is None or sep.end() == other.end():
                    break
                pos = sep.end()
                continue
            if dm is None or not dm.group(0).strip()[:1].isupper():
                break
            after = text[dm.end() : dm.end() + 1]
            if after and (after.isalnum() or after == "-"):
                break
            written = dm.group(0).strip()
            domain = canon.get(("Sở", domain_key(written)), written)
            start = dm.start() + len(dm.group(0)) - len(dm.group(0).lstrip())
            out.append(
                Span(
                    start,
                    dm.end(),
                    "org",
                    f"Sở {domain}{suffix_of(start)}",
                    "list",
                    {"kind": "provincial-department"},
                )
            )
            sep = _SEP.match(text, dm.end())
            if sep is None or sep.end() == dm.end():
                break
            pos = sep.end()
        if start_pos in bare and (
            len(out) - first < 2 or _PLACES_AFTER.match(text, out[-1].end if out else pos)
        ):
            # "các sở Tư pháp": one domain after a plural, no list; "các sở Tư pháp, Tài chính
            # các tỉnh A, B": the departments of the places listed next, read elsewhere
            del out[first:]
    return out


_COUNT_BEFORE = re.compile(r"(?<![\w])(?:các|\d{1,2})[ \t]+$")
#: provincial bodies a list of provinces may follow: written form → (name, kind)
_LISTED_UNITS = {
    "Sở Tư pháp": ("Sở Tư pháp", "provincial-department"),
    "Cục Thi hành án dân sự": ("Cục Thi hành án dân sự", "provincial-enforcement"),
    "Cục THADS": ("Cục Thi hành án dân sự", "provincial-enforcement"),
    "Tòa án nhân dân": ("Tòa án nhân dân", "court"),
    "TAND": ("Tòa án nhân dân", "court"),
    "Viện kiểm sát nhân dân": ("Viện kiểm sát nhân dân", "procuracy"),
    "Viện Kiểm sát nhân dân": ("Viện kiểm sát nhân dân", "procuracy"),
    "VKSND": ("Viện kiểm sát nhân dân", "procuracy"),
    "Hội Luật gia": ("Hội Luật gia", "other"),
    "Đoàn Luật sư": ("Đoàn Luật sư", "other"),
    "Đoàn đại biểu Quốc hội": ("Đoàn đại biểu Quốc hội", "other"),
    "Đoàn ĐBQH": ("Đoàn đại biểu Quốc hội", "other"),
}
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(_LISTED_UNITS, key=len, reverse=True))
_PROVINCE_LIST = re.compile(
    rf"(?<![\w])(?:(?P<unit0>{_UNIT_ALT})[ \t]*(?:,|và)[ \t]*)?"
    rf"(?P<unit>{_UNIT_ALT})"
    r"(?P<plural>[ \t]+(?:của[ \t]+)?(?:các|\d{1,2}|hai|ba|bốn|năm|sáu)[ \t]+(?:tỉnh|địa phương)"
    r"(?:[ \t]*,[ \t]*(?:thành phố|TP\.?))?)?"
    # "… các tỉnh, thành phố Khu vực Đồng bằng Bắc bộ gồm: A, B": a region before the list
    # ("… các tỉnh Tây Bắc gồm A, B": a region's own name, capitalized, before it)
    r"(?P<region>[ \t]+(?:(?:(?:thuộc|trong)[ \t]+)?(?:[Kk]hu vực|[Cc]ụm|[Kk]hối|vùng|miền)"
    r"[^:()\n.;]{0,60}?"
    r"|[A-ZĐ][^:()\n.;,]{0,40}?)"
    r"(?=[ \t]*(?:\(|:|gồm)))?"
    r"[ \t]*(?P<open>\([ \t]*(?:gồm|là)?:?|:|gồm:?)?[ \t]*"
)
_ITEM_PREFIX = re.compile(r"(?:tỉnh|thành phố|TP\.?|Tp\.?)[ \t]*")
_FORMER = re.compile(r"[ \t]+(?:cũ|trước đây)(?![\w])")


def listed_provinces(doc: Doc) -> list[Span]:
    """``Cục THADS các tỉnh, thành phố: A, B`` → one body per listed province."""
    lex = lexicon()
    text = doc.text
    out: list[Span] = []
    for m in _PROVINCE_LIST.finditer(text):
        counted = _COUNT_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
        if not (counted or m.group("plural")) or not (m.group("open") or m.group("plural")):
            continue
        if m.group("region") and not (m.group("plural") and m.group("open")):
            continue
        units = [_LISTED_UNITS[u] for u in (m.group("unit0"), m.group("unit")) if u]
        pos = m.end()
        while True:
            pm = lex.province_re.match(text, pos)
            pre = _ITEM_PREFIX.match(text, pos) if pm is None else None
            if pre is not None:
                pm = lex.province_re.match(text, pre.end())
            rec = lex.province(pm.group(0)) if pm else None
            if pm is None or rec is None:
                break
            end = pm.end()
            former = _FORMER.match(text, end)
            for unit, kind in units:
                out.append(
                    Span(
                        pos,
                        end,
                        "org",
                        f"{unit} {rec.kind} {rec.name}",
                        "list",
                        {"kind": kind, "province": rec.name},
                    )
                )
            end = former.end() if former else end
            sep = _SEP.match(text, end)
            if sep is None or sep.end() == end:
                break
            pos = sep.end()
    return out


_COMMUNE_LIST = re.compile(
    r"(?P<unit>T(?<![\w][\s\S])rung tâm [Pp]hục vụ hành chính công|Ủ(?<![\w][\s\S])y ban nhân dân"
    r"|U(?<![\w][\s\S])BND|H(?<![\w][\s\S])ội đồng nhân dân|H(?<![\w][\s\S])ĐND"
    r"|C(?<![\w][\s\S])ông an|Đ(?<![\w][\s\S])ảng ủy)[ \t]+(?:của[ \t]+)?(?:các|\d{1,2})[ \t]+"
    r"(?P<kind>xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)[ \t]*(?:\(|:|gồm:?)?[ \t]*"
)
_COMMUNE = re.compile(rf"{SYL}(?:{SP}{SYL}){{0,2}}")
_UNIT_CANON = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "Trung tâm phục vụ hành chính công": "Trung tâm Phục vụ hành chính công",
}
_UNIT_KIND = {
    "Ủy ban nhân dân": "peoples-committee",
    "Hội đồng nhân dân": "peoples-council",
    "Công an": "police",
    "Đảng ủy": "party-committee",
}


#: a three-syllable run with a middle name (Văn, Thị): a person, not a commune
_PERSON_LIKE = re.compile(rf"{SYL}{SP}(?:Văn|Thị){SP}{SYL}")


def listed_communes(doc: Doc) -> list[Span]:
    """``Trung tâm Phục vụ hành chính công của 03 xã (A, B, C)``, ``UBND các xã A, B`` → one
    body per listed commune (or district)."""
    text = doc.text
    out: list[Span] = []
    for m in _COMMUNE_LIST.finditer(text):
        unit = _UNIT_CANON.get(m.group("unit"), m.group("unit"))
        kind = m.group("kind")
        items: list[Span] = []
        pos = m.end()
        while True:
            cm = _COMMUNE.match(text, pos)
            if cm is None or _PERSON_LIKE.fullmatch(cm.group(0)):
                break  # "Chủ tịch UBND các xã: Lê Văn A, Trần Thị B": people, not communes
            items.append(
                Span(
                    cm.start(),
                    cm.end(),
                    "org",
                    f"{unit} {kind} {cm.group(0)}",
                    "list",
                    {
                        "kind": _UNIT_KIND.get(unit, "other"),
                        "province": doc.meta.get("main_province"),
                    },
                )
            )
            sep = _SEP.match(text, cm.end())
            if sep is None or sep.end() == cm.end():
                break
            pos = sep.end()
        if len(items) >= 2:
            out.extend(items)
    return out


_PROVINCE_TAIL = re.compile(r" (?P<kind>tỉnh|thành phố) (?P<prov>.+)$")


def provinces_after_a_body(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``Cục THADS tỉnh Bắc Ninh, Hà Nam và Hải Dương``: bare province names listed after a
    provincial body named with ``tỉnh``/``thành phố`` name the same body of those provinces."""
    lex = lexicon()
    text = doc.text
    out: list[Span] = []
    for s in spans:
        if s.label != "org" or s.rule != "grammar":
            continue
        tail = _PROVINCE_TAIL.search(s.name)
        if tail is None or lex.province(tail.group("prov")) is None:
            continue
        head = s.name[: tail.start()]
        pos = s.end
        while True:
            sep = _SEP.match(text, pos)
            if sep is None or sep.end() == pos:
                break
            pm = lex.province_re.match(text, sep.end())
            rec = lex.province(pm.group(0)) if pm else None
            if (
                pm is None
                or rec is None
                or re.match(r"[ \t]+[A-ZĐ]", text[pm.end() : pm.end() + 2])
            ):
                break
            out.append(
                Span(
                    pm.start(),
                    pm.end(),
                    "org",
                    f"{head} {rec.kind} {rec.name}",
                    "list",
                    {**s.data, "province": rec.name},
                )
            )
            pos = pm.end()
    return out


_HIGH_LIST = re.compile(
    r"(?P<head>V(?<![\w][\s\S])(?:iện kiểm sát nhân dân|iện [Kk]iểm sát [Nn]hân dân|KSND)"
    r"|T(?<![\w][\s\S])(?:òa án nhân dân|òa án [Nn]hân dân|AND))[ \t]+cấp cao"
    r"[ \t]+(?P<nums>\d(?:[ \t]*(?:,|và)[ \t]*\d)*)(?![\w])"
)


def listed_high_courts(doc: Doc) -> list[Span]:
    """``VKSND cấp cao 1, 2, 3``: the numbered high procuracies and courts, one per number."""
    out: list[Span] = []
    for m in _HIGH_LIST.finditer(doc.text):
        head = m.group("head")
        court = head.startswith(("Tòa", "TAND"))
        name = "Tòa án nhân dân" if court else "Viện kiểm sát nhân dân"
        for n in re.finditer(r"\d", m.group("nums")):
            at = m.start("nums") + n.start()
            out.append(
                Span(
                    m.start() if n.start() == 0 else at,
                    at + 1,
                    "org",
                    f"{name} cấp cao {n.group(0)}",
                    "list",
                    {"kind": "court" if court else "procuracy"},
                )
            )
    return out
