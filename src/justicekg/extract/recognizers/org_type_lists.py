"""Elliptical lists of body TYPES that share a list of places: each type × each place.

The grammar (types from ``data/gazetteers/org_list_types.tsv``)::

    LIST    := ["các"] TYPE (SEP (TYPE | CLASS))* LEVEL PLACES
    LEVEL   := ["của"] ("các" | N) LEVELS [REGION] [":" | "gồm" | "(" | "là"]   (plural)
             | ("tỉnh" | "thành phố") with two places or more                     (singular)
    LEVELS  := "tỉnh" [", thành phố"] | "địa phương" | "huyện" [", thị xã" …] | "xã" | "phường" …
    PLACES  := PLACE (SEP ["và"] PLACE)*      SEP := "," | ";" | "và" | "-"

- ``Công an, Tòa án nhân dân, Sở Tư pháp các tỉnh: A, B và C`` → ``Công an tỉnh A`` …
- ``Sở Tư pháp, Công an của 3 tỉnh (A, B, C)``, ``VKSND, TAND các huyện: X, Y``
- ``Sở Tư pháp, Công an tỉnh A và B`` → the two types of both provinces.

A CLASS (``Cơ quan thi hành án dân sự``: Cục and Chi cục alike) keeps the list going but yields
nothing. Provinces are checked against the gazetteer, districts too; communes are taken when
two or more are listed and none looks like a person's name. Generic plurals without names
(``Công an, Tòa án các tỉnh đã …``) yield nothing, and the bare types they name are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import (
    LOWER,
    SP,
    SYL,
    _trie_branches,
    domain_key,
    lexicon,
    trie_alt,
)
from justicekg.extract.recognizers.org_places import historical_province_at

__all__ = ["TypeList", "type_lists"]


@dataclass(frozen=True, slots=True)
class _Type:
    name: str
    kind: str
    levels: frozenset[str]


@dataclass(slots=True)
class TypeList:
    """One list found: the range its types cover, the bodies it names and the type tokens
    whose own spans give way (those expanded, or all of a generic plural's)."""

    start: int
    end: int
    bodies: list[Span]
    drop: list[tuple[int, int]]


def _cased(written: str) -> set[str]:
    """``written`` with each word's first letter in either case (``Tòa án``, ``tòa Án`` …)."""
    forms = [""]
    for i, word in enumerate(written.split(" ")):
        heads = {word[:1].upper(), word[:1].lower()}
        sep = " " if i else ""
        forms = [f + sep + h + word[1:] for f in forms for h in sorted(heads)]
    return set(forms)


@cache
def _types() -> tuple[dict[str, _Type], re.Pattern[str]]:
    table: dict[str, _Type] = {}
    for row in gz.load_rows("org_list_types"):
        table[row["written"].casefold()] = _Type(
            row["name"], row["kind"], frozenset(row["levels"].split("|"))
        )
    # one character trie for all forms: a long alternation is tried form by form everywhere
    # (led by the forms' first letters, see trie_alt)
    pattern = re.compile(r"(?:" + trie_alt(_forms(), not_after=r"[\w]") + r")(?![\w])")
    return table, pattern


@cache
def _forms() -> set[str]:
    return {f for r in gz.load_rows("org_list_types") for f in _cased(r["written"])}


@cache
def _start_re() -> re.Pattern[str]:
    """Where a list may start: a listed type or a department (``Sở Nội vụ``).

    One alternation whose every alternative starts with a letter (the types' trie, one
    alternative per first letter, then ``Sở``), so that a search looks for those letters:
    the matches of ``(?<![\\w])(?:types)(?![\\w])|(?<![\\w])[Ss]ở(?=[ \\t])``.
    """
    types = [rf"{b}(?![\w])" for b in _trie_branches(_forms(), not_after=r"[\w]")]
    dept = [rf"{s}(?<![\w][\s\S])ở(?=[ \t])" for s in "Ss"]
    return re.compile("|".join(types + dept))


#: a generic class of bodies that may stand in the list without naming a body
_CLASS = re.compile(
    r"(?<![\w])[Cc]ơ[ \t]+quan[ \t]+(?:[Tt]hi[ \t]+hành[ \t]+án(?:[ \t]+dân[ \t]+sự)?|THADS)"
    r"(?![\w])"
)
_SEP = re.compile(r"[ \t]*(?:,|;|-|–|và(?![\w]))[ \t]*(?:và[ \t]+)?")
#: between two types, their leaders or representatives may be named ("Tỉnh ủy, UBND và lãnh
#: đạo Sở Tư pháp … các tỉnh: A, B"); such a word starts a new list unless places follow
_TYPE_SEP = re.compile(
    r"[ \t]*(?:,|;|-|–|và(?![\w]))[ \t]*(?:và[ \t]+)?(?P<lead>(?:[Ll]ãnh đạo|[Đđ]ại diện)[ \t]+)?"
)
_LEVEL_WORD = (
    r"(?:tỉnh|thành phố|thành|TP\.?|địa phương|huyện|quận|thị xã|xã|phường|thị trấn"
    r"|thị(?![\w]))"
)
_PLURAL = re.compile(
    r"[ \t]+(?:của[ \t]+)?(?:(?:các|\d{1,2}|hai|ba|bốn|năm)[ \t]+"
    rf"(?P<levels>{_LEVEL_WORD}(?:[ \t]*[,/][ \t]*{_LEVEL_WORD}){{0,3}})"
    r"|cấp[ \t]+(?P<tier>tỉnh|huyện|xã)(?=[ \t]*(?:\(|:|gồm|là|như)))"
    r"(?P<region>[ \t]+(?:thuộc[ \t]+)?(?:[Kk]hu vực|[Cc]ụm|[Kk]hối|vùng|miền)[^:()\n.;]{0,60}?"
    r"(?=[ \t]*(?:\(|:|gồm)))?"
    # a clause that says which ones, then the list after "(bao) gồm:" ("… 13 tỉnh, thành phố
    # thực hiện thí điểm bao gồm: A, B")
    rf"(?P<clause>[ \t]+[{LOWER}][^:()\n.;]{{0,80}}?(?=[ \t]*,?[ \t]*(?:bao[ \t]+)?gồm[ \t]*:))?"
    r"[ \t]*,?[ \t]*(?:\([ \t]*(?:gồm|là)?:?|:|(?:bao[ \t]+)?gồm:?|là:?|như:)?[ \t]*"
)
_SINGULAR = re.compile(
    r"[ \t]+(?P<levels>tỉnh[ \t]*/[ \t]*(?:thành phố|thành|TP)|tỉnh|thành phố|huyện|quận|thị xã"
    r"|xã|phường|thị trấn)[ \t]+(?=[A-ZĐ\d])"
)
_ITEM_PREFIX = re.compile(
    r"(?:các[ \t]+)?"
    r"(?P<word>tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)[ \t]+"
)
_CAPITAL_PREFIX = re.compile(r"(?P<word>Tỉnh|Thành phố)[ \t]+")
_NAME = re.compile(rf"{SYL}(?:{SP}(?:{SYL}|\d+))?(?:{SP}(?:{SYL}|\d+))?|\d{{1,2}}(?![\w])")
_PERSON_LIKE = re.compile(rf"{SYL}{SP}(?:Văn|Thị){SP}{SYL}")
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,30}\)")
_BARE_TOWN = re.compile(r"(?:[Tt]hị [Xx]ã|[Tt]hành [Pp]hố)(?![\w])(?=[ \t]*(?:,|;|và))")
_FORMER = re.compile(r"[ \t]+(?:cũ|trước đây)(?![\w])")
_LEVEL_OF = {
    "tỉnh": "province",
    "thành phố": "province",
    "thành": "province",
    "TP": "province",
    "TP.": "province",
    "địa phương": "province",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "thị": "district",
}


@dataclass(frozen=True, slots=True)
class _Place:
    start: int
    end: int
    suffix: str  # " tỉnh A", " huyện X", " xã Y"
    level: str
    province: str | None
    district: str | None


def _province_at(text: str, pos: int) -> tuple[int, _Place] | None:
    lex = lexicon()
    # (a list item may begin with a capital: "…, Vĩnh Long, Thành phố Hồ Chí Minh")
    pre = _ITEM_PREFIX.match(text, pos) or _CAPITAL_PREFIX.match(text, pos)
    at = (
        pre.end()
        if pre is not None and pre.group("word").lower() in ("tỉnh", "thành phố", "tp", "tp.")
        else pos
    )
    old = historical_province_at(text, at)  # "Nghĩa Bình", "Quảng Nam - Đà Nẵng" (1976-1997)
    if old is not None and (at != pos or pre is None):
        return old[1], _Place(pos, old[1], f" tỉnh {old[0]}", "province", old[0], None)
    pm = lex.province_re.match(text, at)
    rec = lex.province(pm.group(0)) if pm else None
    if pm is None or rec is None:
        return None
    if (
        at != pos
        and pre is not None
        and pre.group("word").lower() != "tỉnh"
        and rec.kind != "thành phố"
    ):
        return None  # "thành phố Quảng Ngãi": the provincial city, not the province
    end = pm.end()
    former = _FORMER.match(text, end)
    place = _Place(pos, end, f" {rec.kind} {rec.name}", "province", rec.name, None)
    return (former.end() if former else end), place


def _local_at(
    text: str, pos: int, level: str, word: str | None, main: str | None
) -> tuple[int, _Place] | None:
    pre = _ITEM_PREFIX.match(text, pos)
    at, kind = pos, word or ""
    if pre is not None:
        pw = pre.group("word")
        if _LEVEL_OF.get(pw) != level and not (level == "district" and pw == "thành phố"):
            return None
        at, kind = pre.end(), pre.group("word")
    nm = _NAME.match(text, at)
    if nm is None or _PERSON_LIKE.fullmatch(nm.group(0)):
        return None
    name = nm.group(0)
    province = main
    if level == "district":
        # the longest run of syllables that is a known district
        words = name.split()
        lex = lexicon()
        while words:
            recs = lex.districts(" ".join(words))
            if recs:
                break
            words.pop()
        if not words:
            return None
        name = " ".join(words)
        rec = next((r for r in recs if r.province == main), recs[0])
        kind = kind if pre is not None or word else rec.kind
        province = rec.province
        end = at + len(name)
        return end, _Place(pos, end, f" {kind} {name}", level, province, name)
    end = nm.end()
    return end, _Place(pos, end, f" {kind} {name}", level, province, None)


#: a party committee is named by its place without the level word ("Tỉnh ủy A", "Huyện ủy X")
_COMMITTEES = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy"}
_COMMITTEES["thị xã"] = "Thị ủy"


def _named(typ: _Type, place: _Place) -> str:
    """The name of body ``typ`` of ``place``."""
    if typ.name == "{committee}":
        word, _, bare = place.suffix.strip().partition(" ")
        if word == "thành" or word == "thị":  # "thành phố X", "thị xã X"
            word2, _, bare = bare.partition(" ")
            word = f"{word} {word2}"
        return f"{_COMMITTEES.get(word, 'Tỉnh ủy')} {bare}"
    return typ.name + place.suffix


def _places(doc: Doc, pos: int, levels: str, min_communes: int = 2) -> list[_Place]:
    text = doc.text
    words = [w.strip() for w in levels.split(",")]
    level = _LEVEL_OF.get(words[0], "province")
    if any(_LEVEL_OF.get(w) != level for w in words):
        return []  # "các huyện, xã": no one level for the listed places
    main = doc.meta.get("main_province")
    out: list[_Place] = []
    while True:
        if level == "province":
            got = _province_at(text, pos)
        else:
            # one level word names every place's level; several leave it to the gazetteer
            got = _local_at(text, pos, level, words[0] if len(words) == 1 else None, main)
        if got is None and out and level == "district":
            # "Hòa Thành, Thị Xã, Châu Thành": the provincial town named by its level word
            # alone is skipped, the list goes on
            bare = _BARE_TOWN.match(text, pos)
            sep = _SEP.match(text, bare.end()) if bare is not None else None
            if bare is not None and sep is not None and sep.end() > bare.end():
                pos = sep.end()
                continue
        if got is None:
            break
        end, place = got
        out.append(place)
        aside = _ASIDE.match(text, end)  # "Hà Nam (2 vụ), Nam Định (3 vụ)"
        end = aside.end() if aside else end
        sep = _SEP.match(text, end)
        if sep is None or sep.end() == end:
            break
        pos = sep.end()
    if level == "commune" and len(out) < min_communes:
        return []
    return out


_SO = re.compile(r"[Ss]ở(?=[ \t])")


def _department(text: str, pos: int) -> tuple[int, _Type] | None:
    """``Sở Nội vụ`` (any department of the domain gazetteer): its end and type."""
    if _SO.match(text, pos) is None:
        return None
    lex = lexicon()
    dre = lex.domain_re.get("Sở")
    dm = dre.match(text, pos + 2) if dre is not None else None
    if dm is None or not dm.group(0).strip()[:1].isupper():
        return None
    written = dm.group(0).strip()
    domain = lex.domain_canon.get(("Sở", domain_key(written)), written)
    return dm.end(), _Type(f"Sở {domain}", "provincial-department", frozenset({"province"}))


def _type_run(text: str, pos: int) -> tuple[int, list[tuple[int, int, _Type]], int] | None:
    """The list of types starting at ``pos``: its end, each type's range and where the types
    after the last leaders' word (``và lãnh đạo …``) start (``pos`` when there is none)."""
    table, pattern = _types()
    found: list[tuple[int, int, _Type]] = []
    end = pos
    restart = pos
    while True:
        m = pattern.match(text, pos)
        dept = _department(text, pos) if m is None else None
        if m is not None:
            found.append((m.start(), m.end(), table[re.sub(r"[ \t]+", " ", m.group(0)).casefold()]))
            end = m.end()
        elif dept is not None:
            found.append((pos, dept[0], dept[1]))
            end = dept[0]
        else:
            c = _CLASS.match(text, pos)
            if c is None:
                break
            end = c.end()
        sep = _TYPE_SEP.match(text, end)
        if sep is None or sep.end() == end:
            break
        pos = sep.end()
        if sep.group("lead"):
            restart = pos
    return (end, found, restart) if found else None


#: the place levels a plural's level word names ("các huyện": districts; "địa phương": any)
_LEVELS_OF_WORD = {
    "tỉnh": {"province"},
    "thành phố": {"province", "district"},
    "thành": {"province", "district"},
    "tp": {"province", "district"},
    "tp.": {"province", "district"},
    "huyện": {"district"},
    "quận": {"district"},
    "thị xã": {"district"},
    "thị": {"district"},
    "xã": {"commune"},
    "phường": {"commune"},
    "thị trấn": {"commune"},
}


def _plural_levels(words: str) -> frozenset[str] | None:
    """The place levels of a plural's level words (``các phường, xã``), None when one of them
    names no level of its own (``địa phương``)."""
    out: set[str] = set()
    for w in re.split(r"[ \t]*[,/][ \t]*", words.strip()):
        levels = _LEVELS_OF_WORD.get(" ".join(w.split()).lower())
        if levels is None:
            return None
        out |= levels
    return frozenset(out)


def type_lists(doc: Doc, known: Sequence[Span] = ()) -> list[TypeList]:
    """Every elliptical list of body types with the places they share. A type written inside
    a longer body of ``known`` (``Ban Thường vụ Tỉnh ủy``) is no list item."""
    inner = [(s.start, s.end) for s in known if s.label == "org"]
    text = doc.text
    start_re = _start_re()
    out: list[TypeList] = []
    pos = 0
    while True:
        m = start_re.search(text, pos)
        if m is None:
            break
        run = _type_run(text, m.start())
        if run is None:
            pos = m.end()
            continue
        end, found, restart = run
        pos = max(end, m.end())
        plural = _PLURAL.match(text, end)
        if plural is not None:
            levels = plural.group("levels") or plural.group("tier")
            places = _places(doc, plural.end(), levels.replace("/", ","))
            if plural.group("tier") and not places:
                continue  # "Tòa án nhân dân cấp tỉnh": a tier, no list
        else:
            # "Sở Tư pháp, Công an tỉnh A và B", "Đảng ủy, HĐND, UBND phường X": the place
            # written once after the last type
            single = _SINGULAR.match(text, end)
            if single is None:
                continue
            word = single.group("levels")
            if "/" in word:  # "tỉnh/thành phố A, B": the places follow the two level words
                places = _places(doc, single.end(), "tỉnh")
            else:
                places = _places(doc, single.start("levels"), word, min_communes=1)
            if not places and word == "thành phố":  # a provincial city
                places = _places(doc, single.start("levels"), "huyện")
            if len(found) < 2 and len(places) < 2:
                continue
        if plural is None and not places:
            continue
        if plural is None or not places:
            # "Sở Nội vụ và lãnh đạo Phòng Tư pháp 10 huyện": the types before the leaders'
            # word are bodies of their own; a generic plural covers only those after it
            found = [f for f in found if f[0] >= restart]
        if plural is None and any(p.level == "commune" for p in places):
            places = places[:1]  # "UBND xã A, B" may go on with anything capitalized
        found = [f for f in found if not any(a < f[0] < b for a, b in inner)]
        if not found or (plural is None and len(found) < 2 and len(places) < 2):
            continue
        bodies = [
            Span(
                t_start,
                t_end,
                "org",
                _named(typ, place),
                "type-list",
                {"kind": typ.kind, "province": place.province, "district": place.district},
            )
            for t_start, t_end, typ in found
            for place in places
            if place.level in typ.levels
        ]
        expanded = {(b.start, b.end) for b in bodies}
        covered = _plural_levels(plural.group("levels") or plural.group("tier")) if plural else None
        drop = [
            (a, b)
            for a, b, typ in found
            if (a, b) in expanded
            # a generic plural covers the types of its levels: "Sở Tư pháp, UBND các xã" leaves
            # the department (no commune has one) a body of its own
            or (not places and (covered is None or typ.levels & covered))
        ]
        out.append(TypeList(m.start(), end, bodies, drop))
    return out
