"""A foreign official's chain of posts: the country it names once and the bare national bodies
that are that country's.

A foreign official's chain of posts names his state's bodies bare and the country once, at its
end: ``ông Khamla X, Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội, Viện trưởng Viện Kiểm sát
nhân dân tối cao Lào``. The bare national bodies of that chain (``Quốc hội``, ``Chính phủ``,
``Bộ Nội vụ``) are that country's (``Quốc hội Lào``, ``Bộ Nội vụ Lào``). The bodies are in
``data/gazetteers/foreign_national_bodies.tsv``.

This module is the one reading of such chains; it has two readers, whose differences the
gazetteer's columns and :data:`READERS` state:

``orgs`` (:func:`foreign_chain_bodies`, run by the organization recognizer on its spans)
    A chain runs in the text from ``ông``/``bà``/``đồng chí`` and a name to the next such
    person or the end of the clause (``;``, ``:``, a line, a sentence); its country is the one
    its first foreign body ends with, written by the country's gazetteer name; a body written
    with ``Việt Nam`` stays Vietnamese. Bodies outside any person's chain (``Chủ tịch nước tặng
    Huân chương cho …``) keep their names.
``posts`` (:func:`chain_posts_bodies`, run by :mod:`justicekg.extract.position_foreign` on a
    person's posts) A chain is the posts read for one person; its country is the one its last
    post's body ends with, also by an alias (``nước Cộng hòa Dân chủ Nhân dân Lào``); body names
    are compared in any case.

>>> chain_posts_bodies(["Quốc hội", "Viện kiểm sát nhân dân tối cao Lào"])
['Quốc hội Lào', 'Viện kiểm sát nhân dân tối cao Lào']
>>> country_at_end("Bộ Tư pháp nước Cộng hòa Dân chủ Nhân dân Lào", aliases=True)
'Lào'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from justicekg.extract import gazetteers as gz
from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.foreign_places import country_name, country_re

__all__ = ["READERS", "chain_posts_bodies", "country_at_end", "foreign_chain_bodies", "is_national"]


@dataclass(frozen=True, slots=True)
class Reader:
    """How one reader writes the gazetteer's national bodies as a pattern."""

    ministry: str  # the pattern of a ministry row (``Bộ Nội vụ``; never ``Bộ Chính trị``)
    flags: re.RegexFlag


READERS = {
    "orgs": Reader(ministry=r"Bộ (?!Chính trị)[A-ZĐ][^,;()]*", flags=re.NOFLAG),
    "posts": Reader(ministry=r"Bộ (?!Chính trị)[^,;]+", flags=re.IGNORECASE),
}

_PERSON_CUE = re.compile(r"(?<![\w])(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Nn]gài)[ \t]+(?=[A-ZĐ])")
_CLAUSE_END = re.compile(r";|:|\n|\.(?=\s)")
_VIETNAM_AFTER = re.compile(r"[ \t]*(?:Việt Nam|VN)(?![\w])")


@cache
def _national(reader: str) -> re.Pattern[str]:
    """The national bodies ``reader`` reads, as one pattern to match a whole name."""
    how = READERS[reader]
    alts = [
        how.ministry if r["form"] == "ministry" else re.escape(r["body"])
        for r in gz.load_rows("foreign_national_bodies")
        if r[reader] == "yes"
    ]
    return re.compile("(?:" + "|".join(alts) + ")", how.flags)


gz.on_reload(_national.cache_clear)


def is_national(name: str, reader: str) -> bool:
    """``name`` is a national body that ``reader`` gives a foreign chain's country.

    >>> is_national("Bộ Nội vụ", "orgs"), is_national("Bộ Chính trị", "orgs")
    (True, False)
    >>> court = "Tòa án nhân dân tối cao"
    >>> is_national(court, "orgs"), is_national(court, "posts")
    (False, True)
    """
    return _national(reader).fullmatch(name) is not None


@gz.derived
def _country_names_re() -> re.Pattern[str]:
    names = sorted((r["country"] for r in gz.load_rows("countries")), key=len, reverse=True)
    return re.compile(r" (?P<country>" + "|".join(re.escape(n) for n in names) + r")$")


def country_at_end(name: str, *, aliases: bool) -> str | None:
    """The country a body's name ends with (``Viện … tối cao Lào`` → ``Lào``): with
    ``aliases``, also one written by an alias or after ``nước``/``của``, given by its
    gazetteer name; without, only the gazetteer's name after a space."""
    if not aliases:
        m = _country_names_re().search(name)
        return m.group("country") if m is not None else None
    for m in country_re().finditer(name):
        if m.end() == len(name):
            return country_name(m.group("c"))
    return None


def _chain_of(text: str, pos: int) -> int | None:
    """Where the person chain holding ``pos`` starts in the text (None: in no chain)."""
    lo = 0
    for m in _CLAUSE_END.finditer(text, max(0, pos - 400), pos):
        lo = m.end()
    cue = None
    for m in _PERSON_CUE.finditer(text, lo, pos):
        cue = m.start()
    return cue


def foreign_chain_bodies(doc: Doc, spans: list[Span]) -> None:
    """Give the bare national bodies of a foreign official's chain their country (in place):
    the ``orgs`` reader, on organization spans."""
    text = doc.text
    foreign: dict[int, str] = {}
    for s in spans:
        country = country_at_end(s.name, aliases=False) if s.label == "org" else None
        if country is None or country == "Việt Nam":
            continue
        chain = _chain_of(text, s.start)
        if chain is not None:
            foreign.setdefault(chain, country)
    if not foreign:
        return
    for s in spans:
        if (
            s.label != "org"
            or not is_national(s.name, "orgs")
            or country_at_end(s.name, aliases=False) is not None
        ):
            continue
        if _VIETNAM_AFTER.match(text, s.end) or text[s.start : s.end].endswith("Việt Nam"):
            continue  # "Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào"
        chain = _chain_of(text, s.start)
        if chain is not None and chain in foreign:
            s.name = f"{s.name} {foreign[chain]}"


def chain_posts_bodies(orgs: list[str | None]) -> list[str | None]:
    """The bodies of one person's posts, the bare national ones given the country the last
    post's body ends with: the ``posts`` reader."""
    country = country_at_end(orgs[-1] or "", aliases=True) if orgs else None
    if country is None:
        return list(orgs)
    return [
        f"{org} {country}"
        if org and is_national(org, "posts") and country_at_end(org, aliases=True) is None
        else org
        for org in orgs
    ]
