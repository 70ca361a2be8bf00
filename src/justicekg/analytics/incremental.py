"""Refresh the network scores after an ingest without recomputing them all.

A full recompute (:func:`~justicekg.analytics.scores.recompute_scores`) reads every
participation in the store and runs betweenness and Louvain over the whole co-participation
graph: minutes at 100 000 articles. After an ingest of k articles, :func:`refresh_scores`
instead updates only the **persons those articles name** (the touched nodes), reading only
their neighbourhoods:

============  ================================================================================
measure       after an incremental refresh
============  ================================================================================
degree        touched persons: **exact** (their co-attendees counted now, over the persons
              now in the graph). Others keep their value, which is exact up to one factor
              common to all of them, ``(n_then − 1) / (n_now − 1)`` ≥ 1 / (1 + growth):
              their order among themselves is exact.
betweenness   **approximate**: carried over for persons already scored; a new person gets 0
              until the next full recompute.
eigenvector   **approximate**: as betweenness.
community     **approximate**: persons already scored keep theirs; a new person joins the
              community most of its co-attendees (weighted by shared events) belong to, or a
              new one of its own.
provinces,    **approximate**: carried over (the two small projections are recomputed with
orgs          the rest at the next full recompute).
============  ================================================================================

A full recompute runs instead when the store has grown by more than ``max_growth`` (10 %)
of the article graphs the last full recompute covered, so the drift stays bounded; the
analytics graph records that count (``dcterms:extent``) and when the full recompute ran
(``dcterms:created``); ``prov:generatedAtTime`` is the time of the last refresh of either
kind, the version the web caches key on.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from justicekg.analytics import scores as sc
from justicekg.config import Settings
from justicekg.store.base import Store

#: A full recompute runs once the store holds this share more article graphs than it did at
#: the last full recompute.
MAX_GROWTH = 0.10

SDO = "https://schema.org/"
DCTERMS = sc.DCTERMS
XSD = sc.XSD
#: Graphs that are not articles.
_NOT_ARTICLES = ("reference", "analytics")


def article_graph_count(store: Store, settings: Settings) -> int:
    """Named graphs holding articles (every graph but the reference and analytics ones)."""
    skip = {f"{settings.base_iri}graph/{name}" for name in _NOT_ARTICLES}
    return sum(1 for g in store.graph_names() if g not in skip)


def full_state(store: Store, settings: Settings) -> tuple[str, int] | None:
    """(when, article graphs covered) of the last full recompute; None if there was none."""
    iri = sc.analytics_graph_iri(settings)
    query = (
        f"SELECT ?c ?n WHERE {{ GRAPH <{iri}> {{ <{iri}> <{DCTERMS}created> ?c ; "
        f"<{DCTERMS}extent> ?n }} }} LIMIT 1"
    )
    for row in store.query(query):
        return str(row["c"].value), int(row["n"].value)
    return None


def recompute_all(store: Store, settings: Settings, *, seed: int = 0) -> None:
    """A full recompute that also records what it covered (see :func:`full_state`), in the
    same transaction as the scores."""
    covered = article_graph_count(store, settings)
    now = _now()
    triples = sc.score_triples(sc.compute_scores(store, seed=seed), settings, now=now)
    node = ox.NamedNode(sc.analytics_graph_iri(settings))
    triples += [
        ox.Triple(node, ox.NamedNode(f"{DCTERMS}created"), _datetime(now)),
        ox.Triple(
            node,
            ox.NamedNode(f"{DCTERMS}extent"),
            ox.Literal(str(covered), datatype=ox.NamedNode(f"{XSD}integer")),
        ),
    ]
    store.replace_graphs({sc.analytics_graph_iri(settings): triples})
    sc.forget_cached(store)


def refresh_scores(
    store: Store,
    settings: Settings,
    graphs: Iterable[str],
    *,
    seed: int = 0,
    max_growth: float = MAX_GROWTH,
) -> str:
    """Bring the scores up to date after ``graphs`` were stored; say how.

    Returns:
        ``"full"`` (no scores yet, or the store grew by more than ``max_growth`` since the
        last full recompute), ``"incremental"``, or ``"none"`` (no graph was stored).
    """
    graphs = list(graphs)
    if not graphs:
        return "none"
    state = full_state(store, settings)
    if state is None or article_graph_count(store, settings) > (1 + max_growth) * max(state[1], 1):
        recompute_all(store, settings, seed=seed)
        return "full"
    _update_persons(store, settings, graphs)
    return "incremental"


def _update_persons(store: Store, settings: Settings, graphs: list[str]) -> None:
    iri = sc.analytics_graph_iri(settings)
    touched = sorted(_touched_persons(store, graphs))
    neighbours = _neighbours(store, touched)
    n = _persons_with_participations(store)
    known = _stored_scores(store, iri, set(touched))
    # Communities of the co-attendees of new persons (the only ones that need a vote).
    around = {q for p in touched if p not in known for q in neighbours[p]} - set(known)
    known.update(_stored_scores(store, iri, around))
    max_community = _max_community(store, iri)
    rows: dict[str, dict[str, Any]] = {}
    stale: list[ox.Triple] = []
    for p in touched:
        old = known.get(p, {})
        stale += old.get("_stored", [])
        row: dict[str, Any] = {
            "degree": len(neighbours[p]) / (n - 1) if n > 1 else 0.0,
            "betweenness": old.get("betweenness", 0.0),
            "eigenvector": old.get("eigenvector", 0.0),
        }
        community = old.get("community")
        if community is None:
            votes: Counter[int] = Counter()
            for q, weight in neighbours[p].items():
                c = known.get(q, {}).get("community")
                if c is None:
                    c = rows.get(q, {}).get("community")
                if c is not None:
                    votes[c] += weight
            if votes:
                community = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            elif neighbours[p]:  # a new group among themselves: the first one names it
                max_community += 1
                community = max_community
        if community is not None:
            row["community"] = community
        rows[p] = row
    _write(store, settings, rows, stale)


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in iris)


def _touched_persons(store: Store, graphs: list[str]) -> set[str]:
    query = (
        f"SELECT DISTINCT ?p WHERE {{ VALUES ?g {{ {_values(graphs)} }} "
        f"GRAPH ?g {{ ?e <{SDO}attendee> ?p }} }}"
    )
    return {row["p"].value for row in store.query(query)}


def _neighbours(store: Store, persons: list[str]) -> dict[str, dict[str, int]]:
    """Person → co-attendee → shared events, over the whole store."""
    out: dict[str, dict[str, int]] = {p: {} for p in persons}
    for start in range(0, len(persons), 200):
        chunk = persons[start : start + 200]
        query = f"""SELECT ?p ?q (COUNT(DISTINCT ?e) AS ?w) WHERE {{
  VALUES ?p {{ {_values(chunk)} }} ?e <{SDO}attendee> ?p . ?e <{SDO}attendee> ?q .
  FILTER(?q != ?p) }} GROUP BY ?p ?q"""
        for row in store.query(query):
            out[row["p"].value][row["q"].value] = int(row["w"].value)
    return out


def _persons_with_participations(store: Store) -> int:
    query = f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?e <{SDO}attendee> ?p }}"
    for row in store.query(query):
        return int(row["n"].value)
    return 0


def _stored_scores(store: Store, iri: str, nodes: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = defaultdict(dict)
    names = {v: k for k, v in sc.SCORE_PROPERTIES.items()}
    ordered = sorted(nodes)
    for start in range(0, len(ordered), 500):
        query = (
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {_values(ordered[start : start + 500])} }} "
            f"GRAPH <{iri}> {{ ?s ?p ?o }} }}"
        )
        for row in store.query(query):
            name = names.get(row["p"].value)
            if name is not None:  # kept as stored, to delete exactly these triples
                out[row["s"].value].setdefault("_stored", []).append(
                    ox.Triple(row["s"], row["p"], row["o"])
                )
            if name == "community":
                out[row["s"].value][name] = int(row["o"].value)
            elif name is not None:
                out[row["s"].value][name] = float(row["o"].value)
    return out


def _max_community(store: Store, iri: str) -> int:
    query = (
        f"SELECT (MAX(?c) AS ?m) WHERE {{ GRAPH <{iri}> "
        f"{{ ?s <{sc.SCORE_PROPERTIES['community']}> ?c }} }}"
    )
    for row in store.query(query):
        if row["m"] is not None:
            return int(row["m"].value)
    return -1


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _datetime(when: dt.datetime) -> ox.Literal:
    return ox.Literal(
        when.isoformat().replace("+00:00", "Z"), datatype=ox.NamedNode(f"{XSD}dateTime")
    )


def _insert(iri: str, triples: list[ox.Triple]) -> str:
    lines = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    return f"INSERT DATA {{ GRAPH <{iri}> {{\n{lines}\n}}\n{lines}\n}}"


def _write(
    store: Store, settings: Settings, rows: dict[str, dict[str, Any]], stale: list[ox.Triple]
) -> None:
    """Replace the touched nodes' scores (``stale``: their stored score triples) and the
    version stamp, in one transaction.

    Score triples live only in the analytics graph, so removing them from the merged
    default graph too is right (no article graph states them).
    """
    iri = sc.analytics_graph_iri(settings)
    node = ox.NamedNode(iri)
    generated = ox.NamedNode(f"{sc.PROV}generatedAtTime")
    double = ox.NamedNode(f"{XSD}double")
    integer = ox.NamedNode(f"{XSD}integer")
    props = {k: ox.NamedNode(v) for k, v in sc.SCORE_PROPERTIES.items()}
    triples = [ox.Triple(node, generated, _datetime(_now()))]
    for person, row in rows.items():
        subject = ox.NamedNode(person)
        for measure in ("degree", "betweenness", "eigenvector"):
            value = ox.Literal(f"{row[measure]:.6g}", datatype=double)
            triples.append(ox.Triple(subject, props[measure], value))
        if "community" in row:
            value = ox.Literal(str(row["community"]), datatype=integer)
            triples.append(ox.Triple(subject, props["community"], value))
    update = (
        f"DELETE {{ GRAPH <{iri}> {{ <{iri}> {generated} ?t }} <{iri}> {generated} ?t }} "
        f"WHERE {{ GRAPH <{iri}> {{ <{iri}> {generated} ?t }} }} ;\n"
    )
    if stale:
        lines = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in stale)
        update += f"DELETE DATA {{ GRAPH <{iri}> {{\n{lines}\n}}\n{lines}\n}} ;\n"
    store.update(update + _insert(iri, triples))
    sc.forget_cached(store)
