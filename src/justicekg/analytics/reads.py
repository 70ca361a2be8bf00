"""What the projections read from the store: entity labels and kinds, events with their
date, kind, province and organizer, participations, and the date windows that filter them.

Every read is one flat SELECT over the merged default graph; values are plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from justicekg.store.base import Store

JKG = "https://w3id.org/justicekg/ontology#"
ORG = "http://www.w3.org/ns/org#"
SDO = "https://schema.org/"

PREFIXES = f"""PREFIX jkg: <{JKG}>
PREFIX org: <{ORG}>
PREFIX schema: <{SDO}>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

#: The ``kind`` attribute given to nodes of each class.
KINDS = {
    f"{JKG}Person": "person",
    f"{JKG}Organization": "organization",
    f"{JKG}Event": "event",
    f"{JKG}Province": "province",
    f"{JKG}AwardDecision": "award",
}


@dataclass(frozen=True, slots=True)
class Window:
    """An optional closed date range ``[start, end]`` of ISO dates (prefix-compared).

    >>> Window("2017", "2018").contains("2017-11-27"), Window(end="2016").contains("2017-01-01")
    (True, False)
    """

    start: str | None = None
    end: str | None = None

    def contains(self, date: str | None) -> bool:
        if self.start is None and self.end is None:
            return True
        if not date:
            return False
        if self.start and date[: len(self.start)] < self.start[: len(date)]:
            return False
        return not (self.end and date[: len(self.end)] > self.end[: len(date)])


ALL_TIME = Window()


def notation(concept: str | None) -> str | None:
    """The report's code of a kind/status concept, from its IRI (the ontology, which holds the
    ``skos:notation``, need not be loaded in the store).

    >>> notation(JKG + "kindProvincialDepartment"), notation(JKG + "eventConference")
    ('provincial-department', 'conference')
    >>> notation(JKG + "statusNominated"), notation(None)
    ('nominated', None)
    """
    if not concept:
        return None
    local = concept.rsplit("#", 1)[-1]
    for prefix in ("kind", "event", "status", "level"):
        if local.startswith(prefix) and local[len(prefix) : len(prefix) + 1].isupper():
            local = local[len(prefix) :]
            break
    return re.sub(r"(?<!^)(?=[A-Z])", "-", local).lower()


def value(term: Any) -> str | None:
    if term is None:
        return None
    return str(term.value)


def select(store: Store, query: str) -> Iterator[tuple[str | None, ...]]:
    """Run a SELECT, yield each solution as a tuple of plain strings (None when unbound)."""
    results = store.query(PREFIXES + query)
    names = [v.value for v in results.variables]
    for solution in results:
        yield tuple(value(solution[n]) for n in names)


# -- shared lookups ------------------------------------------------------------------------


def values_block(var: str, iris: Iterable[str]) -> str:
    """A ``VALUES`` block; each IRI is checked by pyoxigraph, so none can break out of it.

    Raises:
        ValueError: a value is not an absolute IRI.
    """
    return f"VALUES ?{var} {{ " + " ".join(str(ox.NamedNode(i)) for i in iris) + " }\n"


def entity_labels(
    store: Store, iris: Iterable[str] | None = None, *, kinds: Iterable[str] | None = None
) -> dict[str, tuple[str, str]]:
    """IRI → (label, kind) for every person, organization, event, province and award decision
    (or only for ``iris``, or only for entities of ``kinds``, e.g. ``["person"]``).

    The label is the ``@vi`` rdfs:label when there is one (else any label).
    """
    wanted_kinds = set(kinds) if kinds is not None else set(KINDS.values())
    types = " ".join(f"<{t}>" for t, k in KINDS.items() if k in wanted_kinds)
    if iris is not None:
        wanted = sorted(set(iris))
        out: dict[str, tuple[str, str]] = {}
        for i in range(0, len(wanted), 400):
            out.update(_entity_labels(store, values_block("s", wanted[i : i + 400]), types))
        return out
    return _entity_labels(store, "", types)


def _entity_labels(store: Store, where: str, types: str) -> dict[str, tuple[str, str]]:
    # One flat SELECT (no OPTIONAL, no GROUP BY): the @vi label is picked here, which is
    # several times faster on a big store than SAMPLE over optional groups. With a VALUES
    # block on ?s, the types are filtered here too: a second VALUES block on ?type makes
    # Oxigraph scan every typed entity first.
    type_filter = "" if where else f"VALUES ?type {{ {types} }}"
    query = f"""
SELECT ?s ?type ?label WHERE {{
  {where}
  {type_filter}
  ?s a ?type ; rdfs:label ?label .
}}"""
    wanted = set(types.replace("<", " ").replace(">", " ").split())
    out: dict[str, tuple[str, str]] = {}
    results = store.query(PREFIXES + query)
    for row in results:
        s, typ, label = row[0].value, row[1].value, row[2]
        if typ not in wanted:
            continue
        if s not in out or getattr(label, "language", None) == "vi":
            out[s] = (label.value, KINDS[typ])
    return out


def events(store: Store, where: str = "") -> dict[str, dict[str, Any]]:
    """Event IRI → ``{date, kind, province, organizer}`` (strings, None when unknown).

    ``where`` adds a constraint to the query (e.g. a ``VALUES`` block on ``?e``).
    """
    query = (
        "SELECT ?e ?date ?kind ?province ?organizer WHERE {\n"
        + where
        + """
  ?e a jkg:Event .
  OPTIONAL { ?e schema:startDate ?date }
  OPTIONAL { ?e jkg:eventKind ?kind }
  OPTIONAL { ?e jkg:province ?province }
  OPTIONAL { ?e schema:organizer ?organizer }
}"""
    )
    out: dict[str, dict[str, Any]] = {}
    for e, date, kind, province, organizer in select(store, query):
        assert e is not None
        row = out.setdefault(e, {"date": None, "kind": None, "province": None, "organizer": None})
        for key, val in (("date", date), ("kind", notation(kind)), ("province", province)):
            if val and not row[key]:
                row[key] = val
        if organizer and not row["organizer"]:
            row["organizer"] = organizer
    return out


def participations(store: Store, where: str = "") -> Iterator[tuple[str, str]]:
    """(person, event) for every participation.

    Read from the ``schema:attendee`` shortcut that the mapping writes next to every
    jkg:Participation node (the nodes, which carry the evidence, are read only to explain).
    """
    query = "SELECT DISTINCT ?p ?e WHERE {\n" + where + "?e schema:attendee ?p }"
    for p, e in select(store, query):
        if p and e:
            yield p, e
