"""Bodies the head grammar does not read: clubs, the cells of an emulation bloc, donor
projects.

``Câu lạc bộ Trợ giúp pháp lý xã X`` (a club, its name up to its place), ``Chi đoàn Khối nội
chính huyện X`` (a youth cell, union or party cell of a district's or province's bloc of
agencies), ``Dự án JICA`` (a donor project named by its acronym) and ``Dự án Tăng cường tiếp
cận công lý do … tài trợ`` (one named in full, its donor said). A draft law (``Dự án Luật``)
is not a project, nor a counted mention (``115 Câu lạc bộ``) one club.
"""

from __future__ import annotations

import re

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.lexicon import LOWER, UPPER
from justicekg.extract.recognizers.org_heads import COUNT_BEFORE
from justicekg.extract.recognizers.org_places import place_at, place_suffix

__all__ = ["civil_bodies"]

#: a club: "Câu lạc bộ" (or "CLB") and its capitalized name, up to a place or the end of the
#: clause
_CLUB = re.compile(rf"(?<![\w])(?:Câu lạc bộ|CLB)(?=[ \t]+[{UPPER}])")
_PLACE_WORD = re.compile(
    rf"[ \t]+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)"
    rf"(?:[ \t]+[{UPPER}][{LOWER}]*|[ \t]+\d{{1,2}}(?![\w]))+"
)
_NAME_WORD = re.compile(r"[ \t]+([\w]+)")
#: words that end a club's name: verbs and prepositions of the sentence
#: (data/gazetteers/club_name_stops.tsv)
_STOP = frozenset(gz.column("club_name_stops", "word"))
_LEVELS = frozenset("xã phường huyện quận tỉnh".split())
#: a donor project named by its acronym ("Dự án JICA", "Dự án EU JULE")
_PROJECT = re.compile(r"(?<![\w])Dự án(?P<a>(?:[ \t]+[A-ZĐ]{2,10}(?![\w]))+)")
#: the cell of a bloc of agencies and its place ("Chi đoàn Khối nội chính huyện X")
_BLOC_CELL = re.compile(
    r"(?<![\w])(?P<cell>Chi đoàn|Chi bộ|Công đoàn|Chi hội)[ \t]+(?P<bloc>[Kk]hối"
    r"(?:[ \t]+(?!(?:huyện|quận|thị xã|thành phố|tỉnh)(?![\w]))[\w]+){1,4})"
    rf"(?=[ \t]+(?:huyện|quận|thị xã|thành phố|tỉnh)[ \t]+[{UPPER}])"
)
#: a project named in full, then its acronym in brackets or its donor
_NAMED_PROJECT = re.compile(
    rf"(?<![\w])Dự án[ \t]+(?!(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư)(?![\w]))"
    rf"(?P<name>[{UPPER}][{LOWER}]*(?:[ \t]+[\w]+){{1,8}}?)"
    r"(?=[ \t]*\([A-Z]{2,10}\)|[ \t]+do[ \t][^.;\n]{2,60}?(?:tài trợ|viện trợ|hỗ trợ))"
)


def _clubs(text: str) -> list[Span]:
    """``Câu lạc bộ Trợ giúp pháp lý xã X``: a club, its name up to its place, or up to a verb
    or punctuation when it has none (at most eight words)."""
    out: list[Span] = []
    for m in _CLUB.finditer(text):
        if COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "115 Câu lạc bộ …", "các Câu lạc bộ …": many clubs, not one
        end, words = m.end(), list[str]()
        while len(words) < 8:
            place = _PLACE_WORD.match(text, end)
            if place is not None and words:
                words.append(" ".join(place.group(0).split()))
                end = place.end()
                break
            w = _NAME_WORD.match(text, end)
            if w is None or w.group(1) in _STOP or w.group(1) in _LEVELS:
                break  # a verb, a preposition, or a level word without its place
            words.append(w.group(1))
            end = w.end()
        if words and not any(c.isdigit() for c in words[0]):
            out.append(
                Span(
                    m.start(),
                    end,
                    "org",
                    f"Câu lạc bộ {' '.join(words)}",
                    "club",
                    {"kind": "other"},
                )
            )
    return out


def _projects(text: str) -> list[Span]:
    """``Dự án JICA``: a donor project named by its acronym (a draft law, ``Dự án Luật``, is
    not one)."""
    return [
        Span(
            m.start(),
            m.end(),
            "org",
            f"Dự án {' '.join(m.group('a').split())}",
            "project",
            {"kind": "other"},
        )
        for m in _PROJECT.finditer(text)
    ]


def _bloc_cells(doc: Doc) -> list[Span]:
    """``Chi đoàn Khối nội chính huyện X``: a cell of a bloc, named with the bloc's place."""
    out: list[Span] = []
    for m in _BLOC_CELL.finditer(doc.text):
        place = place_at(doc, m.end())
        if place is None or place.level not in ("district", "province"):
            continue
        bloc = " ".join(m.group("bloc").split())
        name = f"{m.group('cell')} {bloc[0].upper()}{bloc[1:]}{place_suffix(place)}"
        out.append(Span(m.start(), place.end, "org", name, "bloc-cell", {"kind": "other"}))
    return out


def _one_club_each(clubs: list[Span]) -> list[Span]:
    """``clubs`` with a name cut short (a headline's ``Câu lạc bộ A``) renamed as the one
    longer club whose name it starts (``Câu lạc bộ A B``) on the page."""
    names = {c.name for c in clubs}
    for c in clubs:
        longer = sorted(n for n in names if n.startswith(c.name + " "))
        if len(longer) == 1:
            c.name = longer[0]
    return clubs


def civil_bodies(doc: Doc) -> list[Span]:
    """The clubs, cells of blocs and projects of ``doc``."""
    text = doc.text
    out = _one_club_each(_clubs(text)) if "Câu lạc bộ" in text or "CLB" in text else []
    if "Khối" in text or "khối" in text:
        out.extend(_bloc_cells(doc))
    if "Dự án" in text:
        out.extend(_projects(text))
        out.extend(
            Span(
                m.start(),
                m.end("name"),
                "org",
                f"Dự án {m.group('name')}",
                "project",
                {"kind": "other"},
            )
            for m in _NAMED_PROJECT.finditer(text)
        )
    return out
