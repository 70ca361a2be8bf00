"""A folded label index for search and autocomplete (rebuilt after each write).

In memory (:class:`LabelIndex`) for a store without a folder; for an on-disk store, the same
index in one SQLite file shared by every server process (:mod:`justicekg.web.search_disk`),
read the same way and ranked by the same code (:class:`SearchIndex`).

Labels are folded (lowercase, no diacritics, đ → d, one tone convention) once; a query is
folded the same way and, when it holds abbreviations (``THADS``), also expanded. No
``CONTAINS(LCASE())`` scans of the store per keystroke, and no scan of every label either:
the index keeps the folded labels sorted, and every **word-start suffix** of every label
(``"le anh tuan"``, ``"anh tuan"``, ``"tuan"``) sorted, as packed integers. A query reads

1. the labels that start with it (a range of the sorted labels: exact match first),
2. the labels holding it as a phrase from a word start (a range of the suffixes), and
3. only when 1 and 2 found nothing, the labels holding each of its words (``"le tuan"``):
   the labels in the range of the word with the smallest range (a whole word, except the
   last word of the query, which may be still being typed), checked for the other words.

Each range is read for at most :data:`SCAN_CAP` positions, so a query costs the same at any
number of labels. A query matching more labels than that (one common syllable, ``"nguyen"``)
is ranked within the first :data:`SCAN_CAP` of each range (in folded-label order), not over
all its matches: its first hits are still exact and prefix matches, but not necessarily the
shortest of all. A word found only inside another word (``"anh"`` in ``"thanh"``) matches
only as one of several words of a query.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from justicekg.catalogue import sort_key
from justicekg.text.normalize import expand_abbreviations, search_key

LABELS_QUERY = """
SELECT ?s ?p ?label WHERE {
  VALUES ?p { <http://www.w3.org/2000/01/rdf-schema#label>
              <http://www.w3.org/2004/02/skos/core#prefLabel>
              <http://www.w3.org/2004/02/skos/core#altLabel>
              <http://xmlns.com/foaf/0.1/name> <https://schema.org/name>
              <https://schema.org/headline> }
  ?s ?p ?label FILTER(isLiteral(?label))
}
"""

#: Positions of one range read per query and phase (see the module docstring).
SCAN_CAP = 2000
#: A word-start suffix is packed as ``entry << OFFSET_BITS | offset`` (offsets beyond are cut).
OFFSET_BITS = 12

#: Kinds offered by search and browse (others, like evidence or position, are parts of facts).
SEARCH_KINDS = ("person", "org", "province", "district", "event", "award", "title", "article")


def fold(text: str) -> str:
    """Lowercase, strip diacritics (đ → d), squeeze spaces: :func:`search_key`, the one rule
    ``analyze`` resolves names by too.

    >>> fold("  Lê Anh  TUẤN, Thanh Hoá ")
    'le anh tuan thanh hoa'
    """
    return search_key(text)


def query_variants(q: str) -> list[str]:
    """The folded query, plus its abbreviation-expanded form when that differs.

    >>> query_variants("thads")[-1]
    'thi hanh an dan su'
    """
    variants = [fold(q)]
    expanded = fold(
        expand_abbreviations(" ".join(w.upper() if len(w) <= 6 else w for w in q.split()))
    )
    if expanded and expanded not in variants:
        variants.append(expanded)
    return [v for v in variants if v]


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    iri: str
    label: str
    kind: str


class SearchIndex(ABC):
    """What search reads: :attr:`parts` (``entities``, ``articles``), each giving candidates
    for a query from bounded ranges (in memory: :class:`Ranges`; on disk:
    :class:`~justicekg.web.search_disk.DiskRanges`). The ranking is this class's, one for both.
    """

    parts: Mapping[str, Candidates]

    def search(self, q: str, *, kind: str | None = None, limit: int = 20) -> list[Entry]:
        """Entities whose folded label contains every word of the (folded/expanded) query,
        read from bounded ranges of the index (see the module docstring); article headlines
        only when the other entities give fewer than ``limit`` hits (or ``kind="article"``),
        words scattered over a label only when no label holds the query as it was typed.

        Ranked: whole label equal, then label prefix, then word prefix, then substring;
        shorter labels first. One hit per entity.
        """
        scored: dict[str, tuple[tuple[int, int, str], Entry]] = {}
        parts = ["entities", "articles"]
        if kind:
            parts = ["articles"] if kind == "article" else ["entities"]
        variants = query_variants(q)
        for scattered in (False, True):
            if scattered and scored:
                break
            for name in parts:
                if name == "articles" and len(scored) >= limit and not kind:
                    break
                for variant in variants:
                    words = variant.split()
                    found = self.parts[name].candidates(variant, words, scattered=scattered)
                    for key, e in found:
                        if kind and e.kind != kind:
                            continue
                        score = _score(key, variant, words)
                        if score is not None and (e.iri not in scored or score < scored[e.iri][0]):
                            scored[e.iri] = (score, e)
        ranked = sorted(scored.values(), key=lambda item: item[0])
        return [entry for _score, entry in ranked[:limit]]

    @abstractmethod
    def label(self, iri: str) -> str | None:
        """The display label of an entity (None: not in the index)."""

    @abstractmethod
    def browse(
        self, kind: str, *, after: str | None = None, limit: int = 50
    ) -> tuple[list[Entry], str | None]:
        """A page of one kind in Vietnamese label order; ``after`` is the IRI of the last row
        shown (a cursor that stays valid while the list grows). Returns the page and the
        cursor of the next one (None: this is the last)."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Entities per kind."""


class Candidates(Protocol):
    def candidates(
        self, variant: str, words: list[str], *, scattered: bool
    ) -> list[tuple[str, Entry]]: ...


class LabelIndex(SearchIndex):
    """Entities under ``<base>id/`` with their labels, folded and sorted (in memory)."""

    def __init__(self, entries: list[Entry]) -> None:
        best: dict[str, Entry] = {}
        for e in entries:  # the first label given (Vietnamese first) is the display label
            best.setdefault(e.iri, e)
        self.entries = sorted(entries, key=lambda e: (e.key, e.iri))
        # Headlines (long, one per article) in ranges of their own: they are read only when
        # the other entities give fewer hits than asked for, or when articles are asked for.
        self.parts: dict[str, Ranges] = {
            name: Ranges([e for e in self.entries if part_of(e.kind) == n], best)
            for n, name in enumerate(PARTS)
        }
        self.primary = best
        self.by_kind: dict[str, list[Entry]] = {}
        # Lists read in Vietnamese alphabetical order (Đ after D), not in code-point order.
        for e in sorted(best.values(), key=lambda e: (sort_key(e.label), e.iri)):
            self.by_kind.setdefault(e.kind, []).append(e)
        self.position = {e.iri: i for rows in self.by_kind.values() for i, e in enumerate(rows)}

    @classmethod
    def build(cls, store: Any, base: str) -> LabelIndex:
        ranked = sorted(ranked_entries(store, base), key=lambda item: (item[0], item[1].iri))
        # The display label comes first: one form per entity whatever the order of the store.
        return cls([e for _rank, e in ranked])

    def label(self, iri: str) -> str | None:
        entry = self.primary.get(iri)
        return entry.label if entry else None

    def browse(
        self, kind: str, *, after: str | None = None, limit: int = 50
    ) -> tuple[list[Entry], str | None]:
        rows = self.by_kind.get(kind, [])
        start = 0
        if after:
            at = self.position.get(after)
            if at is not None and at < len(rows) and rows[at].iri == after:
                start = at + 1
        page = rows[start : start + limit]
        cursor = page[-1].iri if len(page) == limit and start + limit < len(rows) else None
        return page, cursor

    def counts(self) -> dict[str, int]:
        return {kind: len(rows) for kind, rows in self.by_kind.items()}


Rank = tuple[int, int, int, str]


def ranked_entries(store: Any, base: str) -> Iterator[tuple[Rank, Entry]]:
    """Every label of every searchable entity under ``<base>id/``, with its
    :func:`display_rank`, in the store's order (streamed)."""
    prefix = base + "id/"
    for row in store.query(LABELS_QUERY):
        iri = row["s"].value
        if not iri.startswith(prefix):
            continue
        kind = iri[len(prefix) :].partition("/")[0]
        if kind not in SEARCH_KINDS:
            continue
        label = row["label"].value
        lang = getattr(row["label"], "language", None) or ""
        rank = display_rank(row["p"].value, label, lang)
        yield rank, Entry(fold(label), iri, label, kind)


def _score(key: str, variant: str, words: list[str]) -> tuple[int, int, str] | None:
    """The rank of a folded label for a query variant (None: not every word is in it)."""
    if not all(w in key for w in words):
        return None
    if key == variant:
        rank = 0
    elif key.startswith(variant):
        rank = 1
    elif all(f" {w}" in f" {key}" for w in words):  # each word at a word start
        rank = 2
    else:
        rank = 3
    return (rank, len(key), key)


class Ranges:
    """Entries sorted by folded label, and their word-start suffixes sorted (packed)."""

    def __init__(self, entries: list[Entry], primary: Mapping[str, Entry]) -> None:
        self.entries = entries  # sorted by (key, iri)
        self.primary = primary  # the display entry of each IRI
        self.keys = [e.key for e in entries]
        self.suffixes = _word_starts(self.keys)

    def candidates(
        self, variant: str, words: list[str], *, scattered: bool
    ) -> list[tuple[str, Entry]]:
        """Entries to score: label prefix and phrase from a word start; or (``scattered``)
        the labels holding the query's rarest word (a whole word, or for the last word, typed
        last, a word start). Each range at most :data:`SCAN_CAP` long."""
        if not scattered:
            found = self._prefixed(variant) + self._containing(variant)
        elif len(words) > 1:
            last = len(words) - 1
            ranges = [self._suffix_range(w, whole=n < last) for n, w in enumerate(words)]
            found = self._owners(*min(ranges, key=lambda r: r[1] - r[0]))
        else:
            found = []
        return [(self.entries[at].key, self.primary[self.entries[at].iri]) for at in found]

    def _prefixed(self, text: str) -> list[int]:
        start = bisect_left(self.keys, text)
        end = bisect_left(self.keys, text + AFTER_ALL, lo=start)
        return list(range(start, min(end, start + SCAN_CAP)))

    def _suffix_range(self, text: str, *, whole: bool = False) -> tuple[int, int]:
        """The range of word-start suffixes beginning with ``text`` (as a whole word when
        ``whole``: followed by a space or the end)."""
        suffixes, keys, mask = self.suffixes, self.keys, (1 << OFFSET_BITS) - 1

        def suffix(packed: int) -> str:
            return keys[packed >> OFFSET_BITS][packed & mask :]

        start = bisect_left(suffixes, text, key=suffix)
        end = bisect_left(suffixes, text + ("!" if whole else AFTER_ALL), lo=start, key=suffix)
        return start, end

    def _containing(self, text: str) -> list[int]:
        return self._owners(*self._suffix_range(text))

    def _owners(self, start: int, end: int) -> list[int]:
        return [self.suffixes[i] >> OFFSET_BITS for i in range(start, min(end, start + SCAN_CAP))]


#: Sorts after any folded text that starts with a given prefix.
AFTER_ALL = "\U0010ffff"
#: The parts of an index, read apart: entities, then article headlines (:func:`part_of`).
PARTS = ("entities", "articles")


def part_of(kind: str) -> int:
    """The part (index into :data:`PARTS`) that labels of ``kind`` go in."""
    return 1 if kind == "article" else 0


def _word_starts(keys: list[str]) -> array[int]:
    """Every word start of every key, packed (``index << OFFSET_BITS | offset``), sorted by
    the text from there on.

    >>> keys = ["le anh", "anh"]
    >>> [keys[p >> OFFSET_BITS][p & 4095 :] for p in _word_starts(keys)]
    ['anh', 'anh', 'le anh']
    """
    limit = (1 << OFFSET_BITS) - 1
    packed = [
        at << OFFSET_BITS | start for at, key in enumerate(keys) for start in word_starts(key)
    ]
    packed.sort(key=lambda p: keys[p >> OFFSET_BITS][p & limit :])
    return array("q", packed)


def word_starts(key: str) -> list[int]:
    """Where the words of a folded label start (those a packed suffix can point at).

    >>> word_starts("le anh tuan")
    [0, 3, 7]
    """
    limit = (1 << OFFSET_BITS) - 1
    return [m.start() for m in re.finditer(r"\S+", key) if m.start() <= limit]


#: Which label an entity is shown by: the preferred one, then the plain label, then a name.
_PREDICATE_RANK = {
    "http://www.w3.org/2004/02/skos/core#prefLabel": 0,
    "http://www.w3.org/2000/01/rdf-schema#label": 1,
    "http://xmlns.com/foaf/0.1/name": 2,
    "https://schema.org/name": 2,
    "https://schema.org/headline": 3,
    "http://www.w3.org/2004/02/skos/core#altLabel": 4,
}


def display_rank(predicate: str, label: str, lang: str) -> tuple[int, int, int, str]:
    """Sort key of a label as the entity's display form: Vietnamese (or untagged) first, then
    ``skos:prefLabel`` before ``rdfs:label`` before names and alternative labels, then the
    form with the fewest capitals after the first letter (``Trưởng phòng``, not ``Trưởng
    Phòng``, when both are given), then the text itself, so one entity has one form.

    >>> sorted(["Trưởng Phòng", "Trưởng phòng"], key=lambda x: display_rank("", x, "vi"))[0]
    'Trưởng phòng'
    """
    capitals = sum(1 for ch in label[1:] if ch.isupper())
    return (0 if lang in ("", "vi") else 1, _PREDICATE_RANK.get(predicate, 5), capitals, label)
