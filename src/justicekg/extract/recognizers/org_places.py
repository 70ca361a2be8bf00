"""Places after an organization's head: ``tỉnh X``, ``huyện Y``, ``TP.HCM``, a place word
written without its name (``UBND tỉnh``), foreign provinces (``tỉnh Attapeu``).

``place_at(doc, pos)`` reads the place written at ``pos``; ``_implicit_place`` resolves a
bare place word: the article's province when its kind agrees (a ``tỉnh`` body is never a
centrally-run city's), else the district of that kind the page named last, else bare.
Whether a place written after ``tỉnh`` is abroad is read by :mod:`.foreign_places`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import SP, SYL, UPPER, lexicon
from justicekg.extract.recognizers.foreign_places import (
    abroad_context,
    abroad_nearby,
    foreign_run,
    is_foreign_place,
    is_foreign_spelling,
)
from justicekg.extract.recognizers.org_capitals import capital_abroad, hyphenated
from justicekg.extract.recognizers.org_congress_ordinals import ORDINAL_BEFORE_PLACE
from justicekg.extract.recognizers.place_context import (
    district_without_its_word,
    only_commune,
    two_at_once,
)
from justicekg.extract.recognizers.place_prefixes import gazetteer_prefix as _gazetteer_prefix
from justicekg.extract.recognizers.place_prefixes import longer_city as _longer_city

_NAME = rf"{SYL}(?:{SP}{SYL}){{0,3}}"
_PLACE = re.compile(
    r"\s*,?\s*(?P<kind>tỉnh|thành phố|Thành phố(?=[ \t]+[A-ZĐ])|TP\.?\s?|Tp\.?\s?|T\.P\.?\s?|"
    r"huyện|quận|Quận(?![ \t]+(?:[uủUỦ]y|[uU]ỷ)(?![\w]))|"  # not "Quận ủy"
    r"Q\.\s?(?=[A-ZĐ\d])|H\.\s?(?=[A-ZĐ])|thị xã|TX\.?\s?(?=[A-ZĐ])|"
    r"Huyện(?=[ \t]+[A-ZĐ])|Thị xã(?=[ \t]+[A-ZĐ])|Tỉnh(?=[ \t]+[A-ZĐ])|"
    # "Phòng Tư pháp Huyện;", "Hội Luật gia Huyện cùng …": the page's own, capitalized bare
    # (not "Tỉnh ủy", "Tỉnh đoàn", "Huyện đội", "Tỉnh hội": bodies of their own)
    r"(?:Huyện|Thị xã|Tỉnh)(?=[ \t]*(?:[,;.)\n]|[-–][ \t]|$)|[ \t]+[a-zđ])"
    r"(?![ \t]+(?:[uủUỦ]y|[uU]ỷ|đoàn|đội|hội)(?![\w]))|"
    r"Xã(?=[ \t]+[A-ZĐ])|Thị trấn(?=[ \t]+[A-ZĐ])|Phường(?=[ \t]+[A-ZĐ\d])|"
    r"thị trấn|xã|"
    r"phường|đặc khu)"
    rf"(?:[ \t]*(?P<name>{_NAME}|\d{{1,2}}))?(?![\w])"
)
#: the number that ends a commune's name ("xã Xuân Quang 1"), not a date or a count after it
_COMMUNE_NUMBER = re.compile(
    r"[ \t]+(\d{1,2})(?![\w/.,:-]*\d)(?![\w%])"
    r"(?![ \t]+(?:năm|lần|tháng|ngày|tuần|người|hộ|vụ|việc|hồ sơ|đơn|cá nhân|tập thể|thôn|ấp"
    r"|bản|tổ|xã|phường|đợt|cuộc|buổi|lượt|đồng|triệu|tỷ|ha|m)(?![\w]))"
)
_BARE_PROVINCE = re.compile(rf"{SP}(?P<name>{_NAME})")

#: a place word and the space after it
PLACE_WORDS = re.compile(r"(?<![\w])(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+")
#: a city's prefix glued to its name ("TP.HCM", "TP.Hồ Chí Minh") or, after a space, to an
#: all-capital alias ("TP HCM")
_GLUED_CITY = re.compile(r"[ \t]*,?[ \t]*(?=T[Pp]\.?(?:[A-ZĐ]|[ \t]+[A-ZĐ]{2,5}(?![\w])))")


@dataclass(slots=True)
class Place:
    level: str  # province | district | commune | implicit
    kind: str  # tỉnh, thành phố, huyện …
    name: str | None
    province: str | None
    end: int
    #: an implicit place whose kind word is written (``UBND tỉnh``): a bare body keeps it
    written: bool = False


_LINK_POINT = re.compile(
    r"(?<![\w])điểm cầu[ \t]+(?:(?:của|tại)[ \t]+)?(?:(?:tỉnh|thành phố|TP\.?)[ \t]*)?"
    rf"(?P<name>{SYL}(?:[ \t]+{SYL}){{0,3}})",
    re.IGNORECASE,
)


def _local_province(doc: Doc, pos: int) -> str | None:
    """The province a bare provincial body belongs to: in an online conference, the one of
    the connection point the sentence names before it (``Tại điểm cầu tỉnh X có ông A, Giám
    đốc Sở Tư pháp``), else the article's main province."""
    sent = doc.sentence_of(pos)
    found = None
    for m in _LINK_POINT.finditer(doc.text, sent.start, pos):
        words = m.group("name").split()
        for k in range(len(words), 0, -1):
            rec = lexicon().province(" ".join(words[:k]))
            if rec is not None:
                found = rec.name
                break
    return found or doc.meta.get("main_province")


_DISTRICT_MENTION = re.compile(
    r"(?<![\w])(?P<kind>huyện|quận|thị xã|thành phố|Huyện|Quận|Thị xã|Thành phố|HUYỆN|QUẬN|"
    rf"THỊ XÃ|THÀNH PHỐ)[ \t]+(?P<name>[{UPPER}][\w'’]*(?:[ \t]+[{UPPER}][\w'’]*){{0,3}}"
    r"|(?<=[qQ]uận[ \t])\d{1,2}(?![\w]))"  # "Quận 1": an urban district by its number
)


def named_districts(doc: Doc) -> list[tuple[int, str, str, str]]:
    """The district-level places the page names, in order: ``(offset, kind, name, province)``
    (upper-case headers count: ``THÀNH PHỐ LẠNG SƠN``)."""
    cached = doc.meta.get("named_districts")
    if isinstance(cached, list):
        return cached
    lex = lexicon()
    out: list[tuple[int, str, str, str]] = []
    for m in _DISTRICT_MENTION.finditer(doc.text):
        kind = m.group("kind").lower()
        words = m.group("name").split()
        for k in range(len(words), 0, -1):
            key = " ".join(words[:k])
            key = f"Quận {key}" if key.isdigit() else key
            cands = [d for d in lex.districts(key) if d.kind == kind]
            if cands:
                main = doc.meta.get("main_province")
                best = [d for d in cands if d.province == main] or cands
                if len({d.province for d in best}) == 1:
                    out.append((m.start(), kind, best[0].name, best[0].province))
                break
    doc.meta["named_districts"] = out
    return out


def _implicit_place(doc: Doc, kind: str, end: int) -> Place | None:
    """A place word written without its name (``UBND tỉnh``, ``UBND thành phố``, ``Phòng Tư
    pháp huyện``): the article's province when its kind agrees (a ``tỉnh`` body is never a
    centrally-run city's); else the district of that kind named last before it (or the only
    one the page names); else, when the page names none, the place word stays bare."""
    main = doc.meta.get("main_province")
    rec = lexicon().province(main) if main else None
    if kind in ("tỉnh", "thành phố") and rec is not None and rec.kind == kind:
        other = _other_province_nearby(doc, end, str(main))
        if other is not None:
            # "Trung tâm TGPL tỉnh phối hợp với Phòng Tư pháp huyện X" on a page about another
            # province: the district's province when the page names it, else the body stays bare
            known = any(p.name == other for p in doc.by_label("province"))
            return Place("implicit", kind, None, other if known else None, end, written=True)
        return Place("implicit", kind, None, main, end, written=True)
    named = [d for d in named_districts(doc) if d[1] == kind]
    before = [d for d in named if d[0] < end]
    if len(before) > 1 and two_at_once(doc, before):
        # "UBND huyện A và UBND huyện B … Phòng Tư pháp huyện": either district fits
        return Place("district", kind, None, main, end)
    if before or len({d[2] for d in named}) == 1:
        _, _, dname, prov = (before or named)[-1]
        # the province is a fact of the page only when the page names it
        named_prov = prov if any(p.name == prov for p in doc.by_label("province")) else None
        return Place("district", kind, dname, named_prov, end)
    if named:
        return None  # several named later: a mention ahead of its name
    if kind in ("tỉnh", "thành phố"):
        return Place("implicit", kind, None, None, end, written=True)
    bare = district_without_its_word(doc, kind, end)
    if bare is not None:
        named_prov = bare[1] if any(p.name == bare[1] for p in doc.by_label("province")) else None
        return Place("district", kind, bare[0], named_prov, end)
    return Place("district", kind, None, main, end)


def _other_province_nearby(doc: Doc, pos: int, main: str) -> str | None:
    """The one province other than ``main`` whose districts the paragraph at ``pos`` names,
    when it names none of ``main``'s and not ``main`` itself."""
    text = doc.text
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    provs = {d[3] for d in named_districts(doc) if lo <= d[0] < hi}
    if len(provs) != 1 or main in provs or main in text[lo:hi]:
        return None
    other = provs.pop()
    lex = lexicon()
    a, b = lex.province(main), lex.province(other)
    if other in main or (a and a.successor == other) or (b and b.successor == main):
        return None  # "thành phố Huế" of Thừa Thiên Huế: the same province, renamed
    return other


def _person_follows(name: str) -> bool:
    """A person's name (a surname and more syllables), not a place, follows a place word."""
    words = name.split()
    return len(words) >= 2 and words[0] in gz.surnames() and not lexicon().districts(name)


def _bare_dept_suffix(doc: Doc, pos: int) -> str:
    """The place a ``Sở`` written without one takes (the article's province, else none)."""
    return place_suffix(Place("implicit", "tỉnh", None, _local_province(doc, pos), pos))


@cache
def _historical_re() -> re.Pattern[str]:
    names = sorted(gz.column("org_historical_provinces"), key=len, reverse=True)
    alts = "|".join(re.escape(n).replace(r"\ \-\ ", r"[ \t]*[-–][ \t]*") for n in names)
    return re.compile(rf"[ \t]*(?P<name>{alts})(?![\w])")


def historical_province_at(text: str, pos: int) -> tuple[str, int] | None:
    """A province of an earlier era written at ``pos`` (``Hà Nam Ninh``): (name, end)."""
    m = _historical_re().match(text, pos)
    if m is None:
        return None
    name = re.sub(r"[ \t]*[-–][ \t]*", " - ", m.group("name"))
    return name, m.end()


def place_at(doc: Doc, pos: int) -> Place | None:
    """The place written at ``pos``, after a body's head (``tỉnh X``, a bare ``tỉnh``), or None."""
    lex = lexicon()
    text = doc.text
    glued = _GLUED_CITY.match(text, pos)
    if glued is not None:
        # "TP.HCM", "TP.Hồ Chí Minh": a city alias written with its prefix
        pm = lex.province_re.match(text, glued.end())
        rec = lex.province(pm.group(0)) if pm else None
        if pm is not None and rec is not None and rec.kind == "thành phố":
            return Place("province", rec.kind, rec.name, rec.name, pm.end())
    if (capital := capital_abroad(text, pos)) is not None:  # "Sở Tư pháp Thủ đô Viêng-Chăn"
        return Place("foreign", "Thủ đô", capital[0], None, capital[1])
    ordinal = ORDINAL_BEFORE_PLACE.match(text, pos)  # "Hội Luật gia lần thứ IV tỉnh X"
    m = _PLACE.match(text, pos if ordinal is None else ordinal.end())
    if m:
        kind = m.group("kind").strip().rstrip(".")
        kind = {
            "TP": "thành phố",
            "Tp": "thành phố",
            "T.P": "thành phố",
            "Quận": "quận",
            "Q": "quận",  # "TAND Q.3", "Chi cục THADS Q. Bình Thạnh"
            "H": "huyện",  # "UBND H. Mỹ Đức"
            "TX": "thị xã",
        }.get(kind, kind).lower()
        name = m.group("name")
        if kind == "tỉnh" and name:
            old = historical_province_at(text, m.start("name"))
            if old is not None:
                # "tỉnh Hà Nam Ninh": a province of an earlier era, kept as written
                return Place("province", "tỉnh", old[0], None, old[1])
        if kind in ("tỉnh", "thành phố"):
            rec = lex.province(name) if name else None
            # a city of the gazetteer's whose name extends a province's ("thành phố Điện Biên
            # Phủ" is no "tỉnh Điện Biên"): read as a district below
            city = _longer_city(text, m.start("name"), kind) if rec is None and name else False
            if rec is None and name and not city:
                # a name with a dash the word run stops at: "tỉnh Bà Rịa - Vũng Tàu"
                full = lex.province_re.match(text, m.start("name"))
                rec = lex.province(full.group(0)) if full else None
                if rec is not None and full is not None:
                    return Place("province", rec.kind, rec.name, rec.name, full.end())
            if rec is None and name and not city:
                # longest province prefix of the captured words
                words = name.split()
                for k in range(len(words) - 1, 0, -1):
                    rec = lex.province(" ".join(words[:k]))
                    if rec:
                        end = m.start("name") + len(" ".join(words[:k]))
                        return Place("province", rec.kind, rec.name, rec.name, end)
            date = doc.published or doc.meta.get("dateline") or ""
            if rec is not None and rec.valid_from and date and date < rec.valid_from:
                # a city that became a province later (Huế, 2025): a district-level city then
                pred = [p for p in lex.province_by_key.values() if p.successor == rec.name]
                prov = pred[0].name if pred else doc.meta.get("main_province")
                return Place("district", "thành phố", rec.name, prov, m.end())
            if rec is not None and (kind == "tỉnh" or rec.kind == "thành phố"):
                return Place("province", rec.kind, rec.name, rec.name, m.end())
            if name is None:
                if kind == "tỉnh" or kind == "thành phố":
                    return _implicit_place(doc, kind, m.end())
                return None
            seen_abroad: set[str] = doc.meta.setdefault("_foreign_places", set())
            if (
                kind == "tỉnh"
                and (is_foreign_place(name) or hyphenated(text, m.start("name"), name))
                and not doc.covered(m.start("name"), m.end(), ("province",))
                and (
                    _trim_name(foreign_run(text, m.start("name"), name), 0, [])[0] in seen_abroad
                    or abroad_context(doc, m.start(), foreign_run(text, m.start("name"), name))
                    or abroad_nearby(doc, m.start())
                )
            ):
                # "Sở Tư pháp tỉnh Attapeu": a province abroad, not a person and not ours;
                # transliterated names keep their hyphens ("tỉnh Chăm-pa-sắc"); once abroad,
                # the same name is abroad throughout the page
                run = foreign_run(text, m.start("name"), name)
                fname, fend = _trim_name(run, m.start("name"), [])
                seen_abroad.add(fname)
                return Place("foreign", kind, fname, None, fend)
            if kind == "tỉnh":
                # "TAND tỉnh Bế Văn Khánh": the province is implicit, a name follows
                end = m.start("name")
                while end > 0 and text[end - 1] in " \t":
                    end -= 1
                return _implicit_place(doc, kind, end)
            if kind == "thành phố" and _person_follows(name):
                # "UBND thành phố Nguyễn Văn A": the city is implicit, a name follows
                end = m.start("name")
                while end > 0 and text[end - 1] in " \t":
                    end -= 1
                return _implicit_place(doc, kind, end)
            kind = "thành phố"
        if name is None:
            if kind in ("huyện", "quận", "thị xã") and m.group("kind").lower() == kind:
                return _implicit_place(doc, kind, m.end())
            if kind in ("xã", "phường", "thị trấn") and m.group("kind") == kind:
                commune = only_commune(doc.text, kind)
                if commune is None:
                    return None
                return Place("commune", kind, commune, doc.meta.get("main_province"), m.end())
            return None
        if kind in ("huyện", "quận", "thị xã", "thành phố"):
            if name.isdigit():
                if kind != "quận":
                    return None
                name, end = f"Quận {name}", m.end("name")
                cands = lex.districts(name)
            else:
                known = _gazetteer_prefix(text, m.start("name"))
                if known is not None:
                    name, end = known
                    cands = lex.districts(name)
                elif kind != "thành phố" and len(name.split()) >= 3 and _person_follows(name):
                    # "Chủ tịch UBND huyện Trần Văn Nam": no district the gazetteer knows, a
                    # person's name follows the bare place word
                    end = m.start("name")
                    while end > 0 and text[end - 1] in " \t":
                        end -= 1
                    return _implicit_place(doc, kind, end)
                else:
                    cands = lex.districts(name)
                    name, end = _trim_name(name, m.start("name"), cands)
            prov = cands[0].province if len(cands) == 1 else doc.meta.get("main_province")
            if len(cands) > 1 and doc.meta.get("main_province") in {c.province for c in cands}:
                prov = doc.meta.get("main_province")
            after = _PLACE.match(text, end)
            if after and after.group("kind") == "tỉnh" and after.group("name"):
                rec = lex.province(after.group("name"))
                if rec:
                    prov = rec.name
            return Place("district", kind, name, prov, end)
        name, end = _trim_name(name, m.start("name"), [])
        num = _COMMUNE_NUMBER.match(text, end) if end == m.end("name") else None
        if num is not None:
            # "xã Xuân Quang 1", "xã Tân Phú 2": communes told apart by a number
            name, end = f"{name} {num.group(1)}", num.end()
        return Place("commune", kind, name, doc.meta.get("main_province"), end)
    m = _BARE_PROVINCE.match(text, pos)
    if m:
        words = m.group("name").split()
        for k in range(len(words), 0, -1):
            cand = " ".join(words[:k])
            rec = lex.province(cand)
            if rec:
                return Place("province", rec.kind, rec.name, rec.name, m.start("name") + len(cand))
        known = _gazetteer_prefix(text, m.start("name"))
        if known is not None and _BARE_DISTRICT_END.match(text, known[1]):
            # "Phòng Tư pháp Thạch Hà": a district the gazetteer knows, its place word omitted
            main = doc.meta.get("main_province")
            date = str(doc.published or doc.meta.get("dateline") or "")
            cands = [
                c
                for c in lex.districts(known[0])
                if len(lex.districts(known[0])) == 1 or c.province == main
            ]
            # the unit in force at the page's date; undated, the long-standing one
            cands.sort(
                key=lambda c: (
                    not ((c.valid_from or "") <= date < (c.valid_to or "9999"))
                    if date
                    else c.valid_from is not None
                )
            )
            if cands:
                pick = cands[0]
                named = named_districts(doc)
                if all(n[0] != m.start("name") for n in named):
                    named.append((m.start("name"), pick.kind, pick.name, pick.province))
                    named.sort()
                return Place("district", pick.kind, pick.name, pick.province, known[1])
        first = foreign_run(text, m.start("name"), words[0]).split()[0]
        # "Sở Tư pháp tỉnh Xaynhabuly … Về phía Sở Tư pháp XayNhabuly": a name already abroad
        # on the page (in any case) is that province again, written as first met
        seen = {n.lower(): n for n in doc.meta.get("_foreign_places", ())}
        token = _WORD.match(text, m.start("name"))
        if (
            token is not None
            and token.group(0).lower() in seen
            and _BARE_DISTRICT_END.match(text, token.end())
        ):
            return Place("foreign", "tỉnh", seen[token.group(0).lower()], None, token.end())
        if (
            is_foreign_place(first)
            and first not in _NOT_PLACE_WORDS
            and _BARE_DISTRICT_END.match(text, m.start("name") + len(first))
            # "Văn phòng Jica tại Việt Nam": a body abroad with its office here, no place
            and not _SEATED_AT.match(text, m.start("name") + len(first))
            and not lex.province(first)
            and not doc.covered(m.start("name"), m.start("name") + 1, ("province",))
            and (
                is_foreign_spelling(first)
                # a Vietnamese-spelled word then a lower-case one is a sentence-cased compound
                # ("Văn phòng Liên đoàn", "Ban Tổ chức Chương trình"), not a place abroad
                or (
                    abroad_nearby(doc, m.start())
                    and _PUNCT_END.match(text, m.start("name") + len(first))
                )
            )
        ):
            # "Giám đốc Sở Tư pháp Sêkong" in a page about a Lao delegation: a province
            # abroad written without its place word
            return Place("foreign", "tỉnh", first, None, m.start("name") + len(first))
    return None


_WORD = re.compile(r"[\w'’]+")

#: a bare district name ends at punctuation or a lower-case word (not a longer capitalized run)
_PUNCT_END = re.compile(r"[ \t]*(?:[,.;:)\n]|$)")
_SEATED_AT = re.compile(r"[ \t]+tại[ \t]+Việt[ \t]+Nam(?![\w])")
_BARE_DISTRICT_END = re.compile(r"[ \t]*(?:[,.;:)\n]|$)|[ \t]+[a-zđà-ỹ]")


#: capitalized words that begin a body or a title, never a place abroad ("Văn phòng Sở")
_NOT_PLACE_WORDS = frozenset(
    "Sở Cục Bộ Vụ Phòng Ban Văn Thanh Trung Tổng Chi Ủy Hội Đoàn Công Tòa Viện Đảng Tỉnh "
    "Huyện Thành Nhà Nước Chính Quốc Phó Trưởng Giám Chủ Bí Thứ Tối Cấp Cao Nhân Dân Khu "
    "Quân Ngành".split()
)


def _trim_name(name: str, start: int, cands: Sequence[object]) -> tuple[str, int]:
    # keep at most 3 syllables; a district name is rarely longer
    words = name.split()
    if len(words) >= 4 and words[3] in gz.surnames():
        # "xã Phan Đình Phùng Lê Văn A": a three-syllable place, then the name
        words = words[:3]
    elif len(words) >= 4 and words[2] in gz.surnames():
        # "UBND phường Ngô Mây Sùng A Tếnh": a person's name (surname and at least one more
        # syllable) follows a two-syllable place name
        words = words[:2]
    if len(words) > 3:
        words = words[:3]
    out = " ".join(words)
    return out, start + len(out)


def place_suffix(place: Place) -> str:
    """The words a body's name takes for ``place`` (``" tỉnh X"``; a bare ``tỉnh`` written out)."""
    if place.level == "implicit":
        if not place.province:
            # the page never names its province: the body stays as written ("Sở Tư pháp",
            # "Ủy ban nhân dân tỉnh")
            return f" {place.kind}" if place.written else ""
        rec = lexicon().province(place.province)
        kind = rec.kind if rec else "tỉnh"
        return f" {kind} {place.province}"
    if place.level == "province":
        return f" {place.kind} {place.name}"
    if place.name and place.name.startswith("Quận "):
        return f" {place.name}"
    if place.name is None:
        return f" {place.kind}"
    return f" {place.kind} {place.name}"


def placed_span(start: int, name: str, kind: str, place: Place) -> Span | None:
    """The span of a body ``name`` of ``kind`` at ``start`` with the place written after it."""
    full = name + place_suffix(place)
    info: dict[str, object] = {"kind": kind, "province": place.province}
    if place.level == "foreign":
        info["kind"] = "other"
        info["foreign"] = True
        info["foreign_place"] = place.name
    if place.level in ("district", "commune"):
        info["district"] = place.name
        if kind == "provincial-department":
            return None
        if name.startswith("Phòng"):
            info["parent"] = f"Ủy ban nhân dân {place.kind} {place.name}"
    return Span(start, place.end, "org", full, "grammar", info)
