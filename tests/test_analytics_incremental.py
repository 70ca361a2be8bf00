"""Incremental score refresh: touched persons exact, the rest carried over, full past 10 %."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_snapshots import merged_and_union

from justicekg.analytics import scores
from justicekg.analytics.incremental import full_state, recompute_all, refresh_scores
from justicekg.analytics.synthetic import generate_reports
from justicekg.config import Settings
from justicekg.model import ExtractionReport
from justicekg.pipeline import ingest_paths
from justicekg.rdf.build import build_graph, graph_iri
from justicekg.store.convert import triples_to_ox
from justicekg.store.oxigraph import OxigraphStore

REPORTS = list(generate_reports(64, seed=11, persons=120))


@pytest.fixture
def settings() -> Settings:
    return Settings(store="memory:")


def add(store: OxigraphStore, settings: Settings, reports: list[ExtractionReport]) -> list[str]:
    graphs = {
        graph_iri(r.article.id, settings): list(triples_to_ox(build_graph(r, settings)))
        for r in reports
    }
    store.replace_graphs(graphs)
    return list(graphs)


def stored(store: OxigraphStore, settings: Settings) -> dict[str, dict[str, float | None]]:
    return {row.pop("node"): row for row in scores.read_scores(store, settings)}


def persons_of(reports: list[ExtractionReport], settings: Settings) -> set[str]:
    graph_nodes: set[str] = set()
    for r in reports:
        g = build_graph(r, settings)
        graph_nodes |= {str(o) for o in g.objects(None, ox_attendee())}
    return graph_nodes


def ox_attendee():  # type: ignore[no-untyped-def]
    from rdflib import URIRef

    return URIRef("https://schema.org/attendee")


def test_touched_persons_get_exact_degrees_and_the_rest_is_carried_over(
    settings: Settings,
) -> None:
    store = OxigraphStore("memory:")
    add(store, settings, REPORTS[:60])
    recompute_all(store, settings)
    before = stored(store, settings)
    version = scores.analytics_version(store, settings)

    new = add(store, settings, REPORTS[60:62])
    assert refresh_scores(store, settings, new) == "incremental"
    after = stored(store, settings)
    touched = persons_of(REPORTS[60:62], settings)
    assert touched and touched <= set(after)
    full = scores.compute_scores(store)["coparticipation"][1]
    for person in touched:
        assert after[person]["degree"] == pytest.approx(full.degree[person], rel=1e-5)
    untouched = set(before) - touched
    assert untouched
    for node in untouched:
        assert after[node] == before[node]
    for person in touched - set(before):  # new persons join a neighbour's community
        assert after[person]["community"] is not None or full.degree[person] == 0
    assert scores.analytics_version(store, settings) != version
    # The merged default graph is still exactly the union of the named graphs.
    merged, union = merged_and_union(store)
    assert merged == union


def test_growth_past_the_bound_recomputes_everything(settings: Settings) -> None:
    store = OxigraphStore("memory:")
    add(store, settings, REPORTS[:40])
    assert refresh_scores(store, settings, ["x"]) == "full"  # no scores yet
    assert full_state(store, settings) is not None
    assert full_state(store, settings)[1] == 40  # type: ignore[index]
    new = add(store, settings, REPORTS[40:46])  # +15 %
    assert refresh_scores(store, settings, new) == "full"
    assert full_state(store, settings)[1] == 46  # type: ignore[index]
    full = scores.compute_scores(store)["coparticipation"][1]
    after = stored(store, settings)
    for person, value in full.degree.items():
        assert after[person]["degree"] == pytest.approx(value, rel=1e-5)
    assert refresh_scores(store, settings, []) == "none"


def test_ingest_refreshes_incrementally(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for r in REPORTS[:41]:
        (folder / f"{r.article.id}.json").write_text(
            json.dumps(r.to_dict(), ensure_ascii=False), encoding="utf-8"
        )
    store = OxigraphStore("memory:")
    ingest_paths(store, [folder], settings)
    state = full_state(store, settings)
    assert state is not None and state[1] == 41
    extra = tmp_path / "more"
    extra.mkdir()
    r = REPORTS[41]
    (extra / f"{r.article.id}.json").write_text(json.dumps(r.to_dict()), encoding="utf-8")
    version = scores.analytics_version(store, settings)
    summary = ingest_paths(store, [extra], settings)
    assert summary.articles == 1
    assert full_state(store, settings) == state  # no full recompute for one more article
    assert scores.analytics_version(store, settings) != version
