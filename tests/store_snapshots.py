"""Comparing stores: every quad but the ingest timestamps, and the kit's shared articles."""

from __future__ import annotations

from pathlib import Path

from justicekg.store.oxigraph import OxigraphStore

PROV = "http://www.w3.org/ns/prov#"
#: Predicates whose values are the time of an ingest (they differ between two ingests).
TIMES = {
    PROV + "generatedAtTime",
    PROV + "startedAtTime",
    PROV + "endedAtTime",
    "http://purl.org/dc/terms/created",
}
SHARED_ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "articles"


def snapshot(store: OxigraphStore) -> set[str]:
    """Every quad except the ingest timestamps, as text."""
    return {str(q) for q in store._store if q.predicate.value not in TIMES}
