"""The mapping without an rdflib Graph gives the triples the Graph-based mapping gave.

``build_triples`` (what ingest runs) replaced filling an rdflib ``Graph`` triple by triple. Its
output, on every gold report of ``data/eval``, is compared with digests of the N-Triples the
``Graph``-based mapping made (``tests/data/build/gold_digests.json``, see
``tests/data/README.md``); and what a worker packs for the writer (N-Triples bytes) is exactly
those triples.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from justicekg.config import Settings
from justicekg.pipeline import Prepared, read_report
from justicekg.rdf.build import build_graph, build_triples
from justicekg.store.convert import triples_to_ox

ROOT = Path(__file__).resolve().parents[1]
DIGESTS = ROOT / "tests" / "data" / "build" / "gold_digests.json"
GOLD = sorted((ROOT / "data" / "eval").glob("*/gold/*.json"))
SETTINGS = Settings()
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def _digest(triples: list[tuple]) -> dict[str, object]:  # type: ignore[type-arg]
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    lines = sorted(set(graph.serialize(format="nt").splitlines()) - {""})
    return {"triples": len(lines), "sha256": hashlib.sha256("\n".join(lines).encode()).hexdigest()}


def test_gold_reports_map_to_the_triples_of_the_graph_based_mapping() -> None:
    found = {
        str(path.relative_to(ROOT)): _digest(
            build_triples(read_report(path), SETTINGS, generated_at=WHEN)[1]
        )
        for path in GOLD
    }
    if os.environ.get("JUSTICEKG_UPDATE_GOLDEN"):
        DIGESTS.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))
    assert len(found) >= 40
    assert found == expected


@pytest.mark.parametrize("path", GOLD[:8], ids=[p.stem for p in GOLD[:8]])
def test_build_graph_holds_exactly_build_triples(path: Path) -> None:
    report = read_report(path)
    iri, triples = build_triples(report, SETTINGS, generated_at=WHEN)
    graph = build_graph(report, SETTINGS, generated_at=WHEN)
    assert graph.identifier == iri
    assert len(triples) == len(set(triples)) == len(graph)
    assert set(graph) == set(triples)


def test_a_packed_graph_is_its_triples_as_n_triples() -> None:
    report = read_report(GOLD[0])
    iri, triples = build_triples(report, SETTINGS, generated_at=WHEN)
    item = Prepared("x", iri=str(iri), rdf=list(triples)).packed()
    assert item.ntriples is not None and item.rdf is None and item.size == len(triples)
    lines = item.ntriples.decode().splitlines()
    assert len(lines) == len(triples) and all(line.endswith(" .") for line in lines)
    parsed = [q.triple for q in ox.parse(item.ntriples, format=ox.RdfFormat.N_TRIPLES)]
    expected = set(triples_to_ox(triples))
    assert set(parsed) == expected and len(parsed) == len(expected)
    assert set(item.stored_triples()) == expected


def test_a_packed_graph_with_a_blank_node_keeps_pyoxigraph_triples() -> None:
    from rdflib import BNode, Literal, URIRef

    triples = [(URIRef("https://example.org/s"), URIRef("https://example.org/p"), BNode())]
    triples.append((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("a")))
    item = Prepared("x", iri="https://example.org/g", rdf=triples).packed()
    assert item.ntriples is None and item.triples is not None and len(item.triples) == 2
