"""Projections of the knowledge graph into networkx graphs, each defined once, here.

A projection reads the store's merged default graph with one or a few SPARQL SELECTs and
returns a networkx graph whose **nodes are entity IRIs** (strings) carrying ``label`` and
``kind`` (``person``, ``organization``, ``event``, ``province``, ``award``) and whose edges
carry ``weight`` and, where the facts have dates, ``start``/``end`` (ISO strings, used by
:func:`~justicekg.analytics.measures.ego` to see the network as it stood on a date).

======================  ==================================================================
name                    what it is
======================  ==================================================================
``participation``       bipartite person–event: a person attended an event (jkg:Participation)
``coparticipation``     person–person, weight = number of events both attended (date range)
``hierarchy``           directed organization → parent (org:subOrganizationOf)
``awards``              bipartite organization–award decision (jkg:recipient)
``provinces``           province–province, through shared events and emulation groups
``entity``              every typed link at once (participation, position, hierarchy,
                        location, organizer): the graph paths and ego networks walk
======================  ==================================================================

Every projection is registered in :data:`PROJECTIONS`, so the CLI, the API and the benchmark
name them the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import networkx as nx

from justicekg.analytics.reads import ALL_TIME as ALL_TIME
from justicekg.analytics.reads import JKG as JKG
from justicekg.analytics.reads import KINDS as KINDS
from justicekg.analytics.reads import ORG as ORG
from justicekg.analytics.reads import PREFIXES as PREFIXES
from justicekg.analytics.reads import SDO as SDO
from justicekg.analytics.reads import Window as Window
from justicekg.analytics.reads import entity_labels as entity_labels
from justicekg.analytics.reads import events as events
from justicekg.analytics.reads import notation as notation
from justicekg.analytics.reads import participations as participations
from justicekg.analytics.reads import select as _select
from justicekg.analytics.reads import values_block as _values
from justicekg.store.base import Store


@dataclass(frozen=True, slots=True)
class Projection:
    """A named projection: its one-line description and the function that builds it."""

    name: str
    doc: str
    build: Callable[[Store, Window], nx.Graph]


def _add_node(graph: nx.Graph, iri: str, labels: dict[str, tuple[str, str]], **attrs: Any) -> None:
    if iri not in graph:
        label, kind = labels.get(iri, (iri.rsplit("/", 1)[-1], attrs.pop("kind", "other")))
        attrs.pop("kind", None)
        graph.add_node(iri, label=label, kind=kind, **attrs)
    elif attrs:
        attrs.pop("kind", None)
        graph.nodes[iri].update(attrs)


# -- the projections -----------------------------------------------------------------------


def participation_graph(store: Store, window: Window = ALL_TIME) -> nx.Graph:
    """Bipartite person–event graph (``bipartite`` attribute 0 for persons, 1 for events).

    Events carry ``date``, ``start`` (= date) and ``event_kind``; edges carry ``start``.
    Only events whose date lies in ``window`` are kept (all when the window is open).
    """
    labels = entity_labels(store, kinds=("person", "event"))
    evs = events(store)
    graph = nx.Graph(name="participation")
    for p, e in participations(store):
        info = evs.get(e, {})
        date = info.get("date")
        if not window.contains(date):
            continue
        _add_node(graph, p, labels, kind="person", bipartite=0)
        _add_node(
            graph,
            e,
            labels,
            kind="event",
            bipartite=1,
            date=date,
            start=date,
            event_kind=info.get("kind"),
            province=info.get("province"),
        )
        graph.add_edge(p, e, weight=1, start=date, relation="participant")
    return graph


def coparticipation_from_pairs(
    pairs: Iterator[tuple[str, str]] | list[tuple[str, str]],
    event_dates: dict[str, str | None],
    window: Window = ALL_TIME,
) -> nx.Graph:
    """Person–person graph from (person, event) pairs: one edge per pair of co-attendees.

    Edge attributes: ``weight`` (shared events) and ``start`` (the first shared event's
    date). The shared events themselves are not kept on the edges (millions of lists at
    scale); :func:`justicekg.analytics.paths.shared_events` fetches them for one pair.
    Used by :func:`coparticipation_graph` and by the benchmark on pairs from reports.

    >>> g = coparticipation_from_pairs([("a", "e1"), ("b", "e1"), ("b", "e2"), ("a", "e2")],
    ...                                {"e1": "2017", "e2": "2018"})
    >>> g.edges["a", "b"]["weight"], g.edges["a", "b"]["start"]
    (2, '2017')
    """
    attendees: dict[str, set[str]] = defaultdict(set)
    for p, e in pairs:
        if window.contains(event_dates.get(e)):
            attendees[e].add(p)
    graph = nx.Graph(name="coparticipation")
    ordered = sorted(attendees, key=lambda e: (event_dates.get(e) or "9999", e))
    for e in ordered:
        people = sorted(attendees[e])
        graph.add_nodes_from(people)
        date = event_dates.get(e)
        for a, b in combinations(people, 2):
            data = graph.get_edge_data(a, b)
            if data is None:
                graph.add_edge(a, b, weight=1, start=date)
            else:
                data["weight"] += 1
    return graph


def coparticipation_graph(store: Store, window: Window = ALL_TIME) -> nx.Graph:
    """Person–person co-participation, weighted by the number of shared events in ``window``.

    Persons who attended events in the window but shared none stay as isolated nodes.
    """
    labels = entity_labels(store, kinds=("person",))
    evs = events(store)
    graph = coparticipation_from_pairs(
        list(participations(store)), {e: i["date"] for e, i in evs.items()}, window
    )
    for node in graph:
        label, kind = labels.get(node, (node, "person"))
        graph.nodes[node].update(label=label, kind=kind)
    return graph


def hierarchy_graph(store: Store, window: Window = ALL_TIME) -> nx.DiGraph:
    """Directed organization → parent graph (org:subOrganizationOf, or the inverse
    org:hasSubOrganization). Organizations carry ``org_kind`` and ``province`` when known.
    ``window`` is ignored: the hierarchy has no dates in the graph."""
    labels = entity_labels(store, kinds=("organization",))
    query = """
SELECT DISTINCT ?child ?parent WHERE {
  { ?child org:subOrganizationOf ?parent } UNION { ?parent org:hasSubOrganization ?child }
}"""
    graph = nx.DiGraph(name="hierarchy")
    for child, parent in _select(store, query):
        if child and parent:
            _add_node(graph, child, labels, kind="organization")
            _add_node(graph, parent, labels, kind="organization")
            graph.add_edge(child, parent, weight=1, relation="subOrganizationOf")
    for org, kind, province in _select(
        store,
        """SELECT ?o (SAMPLE(?k) AS ?kind) (SAMPLE(?p) AS ?province) WHERE {
  ?o a jkg:Organization . OPTIONAL { ?o org:classification ?k }
  OPTIONAL { ?o jkg:province ?p } } GROUP BY ?o""",
    ):
        if org in graph:
            graph.nodes[org].update(org_kind=notation(kind), province=province)
    return graph


def award_decisions(store: Store) -> Iterator[dict[str, Any]]:
    """Every award decision as ``{decision, recipient, award, status, year, province}``.

    ``province`` is the recipient's own jkg:province (organizations) when known.
    """
    query = """
SELECT ?d ?recipient ?awardLabel ?status ?year ?province WHERE {
  ?d a jkg:AwardDecision ; jkg:recipient ?recipient .
  OPTIONAL { ?d jkg:award ?award OPTIONAL { ?award skos:prefLabel|rdfs:label ?awardLabel } }
  OPTIONAL { ?d jkg:awardStatus ?status }
  OPTIONAL { ?d jkg:year ?year }
  OPTIONAL { ?recipient jkg:province ?province }
}"""
    seen: set[str] = set()
    for d, recipient, award, status, year, province in _select(store, query):
        if d is None or d in seen:
            continue
        seen.add(d)
        yield {
            "decision": d,
            "recipient": recipient,
            "award": award,
            "status": notation(status),
            "year": int(year[:4]) if year and year[:4].isdigit() else None,
            "province": province,
        }


def awards_graph(store: Store, window: Window = ALL_TIME) -> nx.Graph:
    """Bipartite recipient–award-decision graph; decisions carry award, status and year.

    ``window`` filters decisions by year.
    """
    labels = entity_labels(store, kinds=("organization", "person", "award"))
    graph = nx.Graph(name="awards")
    for row in award_decisions(store):
        year = str(row["year"]) if row["year"] else None
        if not window.contains(year):
            continue
        _add_node(graph, row["recipient"], labels, kind="organization", bipartite=0)
        _add_node(
            graph,
            row["decision"],
            labels,
            kind="award",
            bipartite=1,
            award=row["award"],
            status=row["status"],
            year=row["year"],
            start=year,
        )
        graph.add_edge(
            row["recipient"], row["decision"], weight=1, start=year, relation="recipient"
        )
    return graph


def emulation_group_provinces(store: Store) -> Iterator[tuple[str, str]]:
    """(emulation group, province) links.

    The ontology has no direct "member of an emulation group" property, so a province counts
    as a member of a group when the group organizes an event held in the province, when an
    organization of the province is org:memberOf / org:subOrganizationOf the group, or when
    the group itself carries jkg:province.
    """
    query = """
SELECT DISTINCT ?g ?prov WHERE {
  ?g a jkg:EmulationGroup .
  { ?e schema:organizer ?g ; jkg:province ?prov }
  UNION { ?o org:memberOf|org:subOrganizationOf ?g . ?o jkg:province ?prov }
  UNION { ?g org:hasMember ?o . ?o jkg:province ?prov }
  UNION { ?g jkg:province ?prov }
}"""
    for g, prov in _select(store, query):
        if g and prov:
            yield g, prov


def event_provinces(store: Store) -> Iterator[tuple[str, str]]:
    """(event, province) for the event's own province and the provinces of the organizations
    its participants held positions in.

    Three flat SELECTs joined here: on a big store this is several times faster than one
    SPARQL join through participations, positions and organizations.
    """
    seen: set[tuple[str, str]] = set()
    for e, prov in _select(store, "SELECT ?e ?p WHERE { ?e a jkg:Event ; jkg:province ?p }"):
        if e and prov and (e, prov) not in seen:
            seen.add((e, prov))
            yield e, prov
    org_province: dict[str, set[str]] = defaultdict(set)
    for o, prov in _select(store, "SELECT ?o ?p WHERE { ?o a jkg:Organization ; jkg:province ?p }"):
        if o and prov:
            org_province[o].add(prov)
    person_provinces: dict[str, set[str]] = defaultdict(set)
    for p, o in _select(
        store, "SELECT DISTINCT ?m ?o WHERE { ?pos org:member ?m ; org:organization ?o }"
    ):
        if p and o in org_province:
            person_provinces[p] |= org_province[o]
    for p, e in participations(store):
        for prov in person_provinces.get(p, ()):
            if (e, prov) not in seen:
                seen.add((e, prov))
                yield e, prov


def provinces_graph(store: Store, window: Window = ALL_TIME) -> nx.Graph:
    """Province–province graph through shared events and emulation groups.

    Two provinces are linked when one event involves both (held in one, attended by
    officials of the other's organizations) — ``events`` counts those — or when they belong
    to the same emulation group (see :func:`emulation_group_provinces`) — ``groups`` lists
    them. ``weight`` = events + groups. ``window`` filters the events by date.
    """
    labels = entity_labels(store, kinds=("province",))
    evs = events(store)
    graph = nx.Graph(name="provinces")
    for iri, (_label, kind) in labels.items():
        if kind == "province":
            _add_node(graph, iri, labels)
    by_event: dict[str, set[str]] = defaultdict(set)
    for e, prov in event_provinces(store):
        if window.contains(evs.get(e, {}).get("date")):
            by_event[e].add(prov)
    for provs in by_event.values():
        for a, b in combinations(sorted(provs), 2):
            _link_provinces(graph, a, b, labels)
            graph.edges[a, b]["events"] += 1
            graph.edges[a, b]["weight"] += 1
    by_group: dict[str, set[str]] = defaultdict(set)
    for g, prov in emulation_group_provinces(store):
        by_group[g].add(prov)
    for g, provs in by_group.items():
        for a, b in combinations(sorted(provs), 2):
            _link_provinces(graph, a, b, labels)
            graph.edges[a, b]["groups"].append(g)
            graph.edges[a, b]["weight"] += 1
    return graph


def _link_provinces(graph: nx.Graph, a: str, b: str, labels: dict[str, tuple[str, str]]) -> None:
    _add_node(graph, a, labels, kind="province")
    _add_node(graph, b, labels, kind="province")
    if not graph.has_edge(a, b):
        graph.add_edge(a, b, weight=0, events=0, groups=[])


def entity_graph(store: Store, window: Window = ALL_TIME, *, focus: str | None = None) -> nx.Graph:
    """Every typed link between persons, organizations, events and provinces.

    Edges carry ``relation`` — ``participant`` (person–event), ``position`` (person–
    organization, with ``title``), ``subOrganizationOf`` (organization–parent), ``province``
    (organization or event–province), ``organizer`` (event–organization) — ``subject`` (the
    end the fact is about: the person, the child organization, the located thing, the event)
    and ``start``/``end`` dates where the facts have them. This is the graph that
    :mod:`~justicekg.analytics.paths` walks and whose ego networks the pages draw.

    Args:
        store: the store.
        window: keep only events dated in the window.
        focus: build only the edges touching this IRI (its neighbourhood, for pictures):
            the same queries, each bound on one end, so it stays cheap on a big store.
    """
    graph = nx.Graph(name="entity")

    def ends(*names: str) -> list[str]:
        # Without a focus, one unconstrained run; with one, a run per end it can occupy.
        return [""] if focus is None else [_values(n, [focus]) for n in names]

    def link(a: str, b: str, **attrs: Any) -> None:
        # ``a`` is the subject of the fact (person, child, located thing, event), kept as
        # ``subject`` since the graph itself is undirected.
        for n in (a, b):
            if n not in graph:
                graph.add_node(n)
        if not graph.has_edge(a, b):
            graph.add_edge(a, b, weight=1, subject=a, **attrs)

    evs: dict[str, dict[str, Any]] = {}
    event_wheres = ends("e")
    if focus is not None:  # (the province and organizer are optional in the events query)
        event_wheres += [
            _values("x", [focus]) + "?e jkg:province ?x .\n",
            _values("x", [focus]) + "?e schema:organizer ?x .\n",
        ]
    for where in event_wheres:
        evs.update(events(store, where))
    pairs: set[tuple[str, str]] = set()
    for where in ends("p", "e"):
        pairs.update(participations(store, where))
    if focus is not None:  # the events the focus attended, with their dates
        missing = sorted({e for _p, e in pairs} - set(evs))
        for i in range(0, len(missing), 400):
            evs.update(events(store, _values("e", missing[i : i + 400])))
    for e, info in evs.items():
        if not window.contains(info["date"]):
            continue
        graph.add_node(e, date=info["date"], start=info["date"], event_kind=info["kind"])
        if info["province"] and focus in (None, e, info["province"]):
            link(e, info["province"], relation="province", start=info["date"])
        if info["organizer"] and focus in (None, e, info["organizer"]):
            link(e, info["organizer"], relation="organizer", start=info["date"])
    for p, e in sorted(pairs):
        if e in graph:
            link(p, e, relation="participant", start=graph.nodes[e].get("date"))
    for where in ends("p", "o"):
        query = (
            "SELECT ?p ?o (SAMPLE(?t) AS ?title) (MIN(STR(?s)) AS ?start) "
            "(MAX(STR(?end)) AS ?until) (MIN(STR(?att)) AS ?first) WHERE {\n"
            + where
            + """  ?pos org:member ?p ; org:organization ?o .
  OPTIONAL { ?pos org:role ?r . ?r skos:prefLabel|rdfs:label ?t }
  OPTIONAL { ?pos schema:startDate ?s }
  OPTIONAL { ?pos schema:endDate ?end }
  OPTIONAL { ?pos jkg:attestedOn ?att }
} GROUP BY ?p ?o"""
        )
        for pp, oo, title, start, until, first in _select(store, query):
            if pp and oo:
                link(pp, oo, relation="position", title=title, start=start or first, end=until)
    for where in ends("c", "p"):
        query = "SELECT DISTINCT ?c ?p WHERE {\n" + where + "?c org:subOrganizationOf ?p }"
        for child, parent in _select(store, query):
            if child and parent:
                link(child, parent, relation="subOrganizationOf")
    for where in ends("o", "p"):
        query = (
            "SELECT DISTINCT ?o ?p WHERE {\n" + where + "?o a jkg:Organization ; jkg:province ?p }"
        )
        for org, prov in _select(store, query):
            if org and prov:
                link(org, prov, relation="province")
    labels = entity_labels(store, None if focus is None else list(graph))
    for node, data in graph.nodes(data=True):
        label, kind = labels.get(node, (node.rsplit("/", 1)[-1], "other"))
        data.update(label=label, kind=kind)
    return graph


PROJECTIONS: dict[str, Projection] = {
    p.name: p
    for p in (
        Projection("participation", "bipartite person–event participation", participation_graph),
        Projection(
            "coparticipation", "person–person, weighted by shared events", coparticipation_graph
        ),
        Projection("hierarchy", "organization → parent (org:subOrganizationOf)", hierarchy_graph),
        Projection("awards", "organization–award decision", awards_graph),
        Projection(
            "provinces",
            "province–province via shared events and emulation groups",
            provinces_graph,
        ),
        Projection("entity", "all typed links, for paths and ego networks", entity_graph),
    )
}


def project(store: Store, name: str, *, window: Window = ALL_TIME) -> nx.Graph:
    """Build projection ``name`` from the store.

    Raises:
        KeyError: an unknown projection name.
    """
    return PROJECTIONS[name].build(store, window)
