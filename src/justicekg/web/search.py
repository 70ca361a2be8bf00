"""An in-memory folded label index for search and autocomplete (rebuilt after each write).

Labels are folded (lowercase, no diacritics, đ → d, one tone convention) once; a query is
folded the same way and, when it holds abbreviations (``THADS``), also expanded. No
``CONTAINS(LCASE())`` scans of the store per keystroke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

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


class LabelIndex:
    """Entities under ``<base>id/`` with their labels, folded and sorted."""

    def __init__(self, entries: list[Entry]) -> None:
        best: dict[str, Entry] = {}
        for e in entries:  # the first label given (Vietnamese first) is the display label
            best.setdefault(e.iri, e)
        self.entries = sorted(entries, key=lambda e: (e.key, e.iri))
        self.primary = best
        self.by_kind: dict[str, list[Entry]] = {}
        # Lists read in Vietnamese alphabetical order (Đ after D), not in code-point order.
        for e in sorted(best.values(), key=lambda e: (sort_key(e.label), e.iri)):
            self.by_kind.setdefault(e.kind, []).append(e)
        self.position = {e.iri: i for rows in self.by_kind.values() for i, e in enumerate(rows)}

    @classmethod
    def build(cls, store: Any, base: str) -> LabelIndex:
        entries: list[Entry] = []
        ranked: list[tuple[tuple[int, int, int, str], Entry]] = []
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
            ranked.append((rank, Entry(fold(label), iri, label, kind)))
        # The display label comes first: one form per entity whatever the order of the store.
        entries = [e for _rank, e in sorted(ranked, key=lambda item: (item[0], item[1].iri))]
        return cls(entries)

    def label(self, iri: str) -> str | None:
        entry = self.primary.get(iri)
        return entry.label if entry else None

    def search(self, q: str, *, kind: str | None = None, limit: int = 20) -> list[Entry]:
        """Entities whose folded label contains every word of the (folded/expanded) query.

        Ranked: whole label equal, then label prefix, then word prefix, then substring;
        shorter labels first. One hit per entity.
        """
        scored: dict[str, tuple[tuple[int, int, str], Entry]] = {}
        for variant in query_variants(q):
            words = variant.split()
            for e in self.entries:
                if kind and e.kind != kind:
                    continue
                if not all(w in e.key for w in words):
                    continue
                if e.key == variant:
                    rank = 0
                elif e.key.startswith(variant):
                    rank = 1
                elif all(re.search(r"\b" + re.escape(w), e.key) for w in words):
                    rank = 2
                else:
                    rank = 3
                score = (rank, len(e.key), e.key)
                if e.iri not in scored or score < scored[e.iri][0]:
                    scored[e.iri] = (score, self.primary.get(e.iri, e))
        ranked = sorted(scored.values(), key=lambda item: item[0])
        return [entry for _score, entry in ranked[:limit]]

    def browse(
        self, kind: str, *, after: str | None = None, limit: int = 50
    ) -> tuple[list[Entry], str | None]:
        """A page of one kind in Vietnamese label order; ``after`` is the IRI of the last row
        shown (a cursor that stays valid while the list grows)."""
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
