"""Network scores written back as RDF, in their own named graph, and a cache keyed by it.

:func:`recompute_scores` runs after every ingest. It scores each kind of entity in the
projection where the measure means something:

* persons in ``coparticipation`` (who connects whom at events),
* provinces in ``provinces`` (shared events and emulation groups),
* organizations in ``hierarchy`` (taken as undirected),

and writes, for each scored entity, ``jkg:degreeCentrality``, ``jkg:betweennessCentrality``,
``jkg:eigenvectorCentrality`` (``xsd:double``) and ``jkg:community`` (``xsd:integer``, the
Louvain community within that projection) into ``<base>graph/analytics``, which also states
its own ``prov:generatedAtTime``. Because the store merges every named graph into the default
graph, a SPARQL user can simply ``ORDER BY DESC(?b)`` on ``?p jkg:betweennessCentrality ?b``.

That time stamp is the **version** of everything derived from the store: :func:`cached` keeps
computed values (projections, layouts, charts) until the stamp changes, so the web pages
never recompute between two ingests.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import networkx as nx
import pyoxigraph as ox

from justicekg.analytics import measures, projections
from justicekg.config import Settings
from justicekg.store.base import Store

T = TypeVar("T")

JKG = projections.JKG
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DCTERMS = "http://purl.org/dc/terms/"

#: Score properties (``jkg:`` IRIs) by measure name.
SCORE_PROPERTIES = {
    "degree": f"{JKG}degreeCentrality",
    "betweenness": f"{JKG}betweennessCentrality",
    "eigenvector": f"{JKG}eigenvectorCentrality",
    "community": f"{JKG}community",
}
#: Which projection scores which kind of entity.
SCORED_IN = {"person": "coparticipation", "province": "provinces", "organization": "hierarchy"}


def analytics_graph_iri(settings: Settings) -> str:
    """``<base>graph/analytics``.

    >>> analytics_graph_iri(Settings())
    'https://w3id.org/justicekg/graph/analytics'
    """
    return f"{settings.base_iri}graph/analytics"


def compute_scores(
    store: Store, *, seed: int = 0
) -> dict[str, tuple[nx.Graph, measures.Scores, list[list[str]]]]:
    """Projection name → (graph, scores, communities) for each projection of :data:`SCORED_IN`."""
    out = {}
    for kind, name in SCORED_IN.items():
        graph = projections.project(store, name)
        if graph.is_directed():
            graph = graph.to_undirected(as_view=False)
        graph = graph.subgraph([n for n, d in graph.nodes(data=True) if d.get("kind") == kind])
        sc = measures.scores(graph, seed=seed)
        comms = measures.communities(graph, seed=seed) if graph.number_of_edges() else []
        out[name] = (graph, sc, comms)
    return out


def recompute_scores(store: Store, settings: Settings, *, seed: int = 0) -> None:
    """Recompute every score and replace the analytics graph (one transaction).

    Args:
        store: the store to read and write.
        settings: gives the base IRI of the analytics graph.
        seed: seeds betweenness sampling and Louvain, so reruns give the same scores.
    """
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    triples = score_triples(compute_scores(store, seed=seed), settings, now=now)
    store.replace_graphs({analytics_graph_iri(settings): triples})
    forget_cached(store)


def score_triples(
    computed: dict[str, tuple[nx.Graph, measures.Scores, list[list[str]]]],
    settings: Settings,
    *,
    now: dt.datetime,
) -> list[ox.Triple]:
    """The RDF of computed scores, plus the analytics graph's own description."""
    graph_node = ox.NamedNode(analytics_graph_iri(settings))
    double = ox.NamedNode(f"{XSD}double")
    integer = ox.NamedNode(f"{XSD}integer")
    props = {k: ox.NamedNode(v) for k, v in SCORE_PROPERTIES.items()}
    triples = [
        ox.Triple(graph_node, ox.NamedNode(RDF_TYPE), ox.NamedNode(f"{PROV}Entity")),
        ox.Triple(
            graph_node,
            ox.NamedNode(f"{PROV}generatedAtTime"),
            ox.Literal(
                now.isoformat().replace("+00:00", "Z"), datatype=ox.NamedNode(f"{XSD}dateTime")
            ),
        ),
        ox.Triple(
            graph_node,
            ox.NamedNode(f"{DCTERMS}description"),
            ox.Literal(
                "Network scores: persons in the co-participation projection, provinces in the "
                "province projection, organizations in the hierarchy (justicekg.analytics).",
                language="en",
            ),
        ),
    ]
    for _name, (graph, sc, comms) in computed.items():
        community = {node: i for i, members in enumerate(comms) for node in members}
        for node in graph:
            subject = ox.NamedNode(node)
            for measure, value in sc.row(node).items():
                triples.append(
                    ox.Triple(subject, props[measure], ox.Literal(f"{value:.6g}", datatype=double))
                )
            if node in community:
                triples.append(
                    ox.Triple(
                        subject,
                        props["community"],
                        ox.Literal(str(community[node]), datatype=integer),
                    )
                )
    return triples


def analytics_version(store: Store, settings: Settings) -> str:
    """When the analytics graph was computed (``"none"`` before the first computation)."""
    query = (
        f"SELECT ?t WHERE {{ GRAPH <{analytics_graph_iri(settings)}> "
        f"{{ ?g <{PROV}generatedAtTime> ?t }} }} LIMIT 1"
    )
    for row in store.query(query):
        return str(row[0].value)
    return "none"


def read_scores(store: Store, settings: Settings, *, kind: str | None = None) -> list[dict]:
    """Stored scores as rows ``{node, degree, betweenness, eigenvector, community}``."""
    query = f"""SELECT ?s ?d ?b ?e ?c WHERE {{ GRAPH <{analytics_graph_iri(settings)}> {{
  ?s <{SCORE_PROPERTIES["degree"]}> ?d ; <{SCORE_PROPERTIES["betweenness"]}> ?b ;
     <{SCORE_PROPERTIES["eigenvector"]}> ?e .
  OPTIONAL {{ ?s <{SCORE_PROPERTIES["community"]}> ?c }} }}
  {"?s a <" + JKG + kind.capitalize() + "> ." if kind else ""} }}"""
    rows = []
    for r in store.query(query):
        rows.append(
            {
                "node": r["s"].value,
                "degree": float(r["d"].value),
                "betweenness": float(r["b"].value),
                "eigenvector": float(r["e"].value),
                "community": int(r["c"].value) if r["c"] is not None else None,
            }
        )
    return rows


# -- a cache of derived values, per store, valid until the analytics graph changes ---------

_CACHES: weakref.WeakKeyDictionary[Any, tuple[str, dict[str, Any]]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def forget_cached(store: Store) -> None:
    """Drop the values derived from ``store``'s analytics graph (it has just changed)."""
    _CACHES.pop(store, None)


def cached(
    store: Store,
    settings: Settings,
    key: str,
    build: Callable[[], T],
    *,
    version: str | None = None,
) -> T:
    """``build()`` once per store version (see :func:`analytics_version`), then from memory.

    Args:
        store: the store the value is derived from.
        settings: locates the analytics graph.
        key: the name of the value (e.g. ``"projection:entity"``).
        build: computes it.
        version: a version already known (saves one query).
    """
    version = version or analytics_version(store, settings)
    with _LOCK:
        entry = _CACHES.get(store)
        if entry is None or entry[0] != version:
            entry = (version, {})
            _CACHES[store] = entry
        if key in entry[1]:
            return entry[1][key]
    value = build()
    with _LOCK:
        entry[1][key] = value
    return value


def cached_projection(store: Store, settings: Settings, name: str) -> nx.Graph:
    """Projection ``name`` over all time, cached until the next recomputation."""
    return cached(store, settings, f"projection:{name}", lambda: projections.project(store, name))
