"""Comparing stores: every quad but the ingest timestamps, the merged default graph against the
named graphs, and the kit's shared articles."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from justicekg.store.oxigraph import OxigraphStore

PROV = "http://www.w3.org/ns/prov#"
#: Predicates whose values are the time of an ingest (they differ between two ingests).
TIMES = {
    PROV + "generatedAtTime",
    PROV + "startedAtTime",
    PROV + "endedAtTime",
    "http://purl.org/dc/terms/created",
}
#: Triples as (subject, predicate, object) terms.
Triples = set[tuple[object, object, object]]
SHARED_ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "articles"


def snapshot(store: OxigraphStore) -> set[str]:
    """Every quad except the ingest timestamps, as text."""
    return {str(q) for q in store._store if q.predicate.value not in TIMES}


def merged_and_union(store: OxigraphStore) -> tuple[Triples, Triples]:
    """The triples of the merged default graph, and those of every named graph together (an
    ingest keeps the two equal)."""
    union: Triples = {
        (q.subject, q.predicate, q.object)
        for q in store._store.quads_for_pattern(None, None, None, None)
        if not isinstance(q.graph_name, ox.DefaultGraph)
    }
    merged: Triples = {
        (q.subject, q.predicate, q.object)
        for q in store._store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    }
    return merged, union
