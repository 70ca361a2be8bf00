"""Every SHACL shape catches the mistake it was written for; a correct graph passes.

Fixtures live in ``tests/data/shapes/``: ``<ShapeName>.fail[-what].ttl`` must produce a result
from ``jkgsh:<ShapeName>``; ``valid.ttl`` (one node of every class) must produce no result at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from justicekg.validate import SHAPES_NS, ValidationReport, shapes_graph, validate

DATA = Path(__file__).parent / "data" / "shapes"
FAILING = sorted(DATA.glob("*.fail*.ttl"))


def _check(path: Path) -> ValidationReport:
    graph = Graph(identifier=URIRef("https://w3id.org/justicekg/graph/fixture"))
    graph.parse(path, format="turtle")
    return validate(graph)


def test_valid_fixture_has_no_result_at_all() -> None:
    report = _check(DATA / "valid.ttl")
    assert report.conforms, report.text
    assert report.results == []


@pytest.mark.parametrize("path", FAILING, ids=[p.stem for p in FAILING])
def test_failing_fixture_is_caught_by_its_shape(path: Path) -> None:
    expected = "jkgsh:" + path.name.split(".", 1)[0]
    report = _check(path)
    shapes = {r.shape for r in report.results}
    assert expected in shapes, report.text
    caught = [r for r in report.results if r.shape == expected]
    assert all(r.graph == "https://w3id.org/justicekg/graph/fixture" for r in caught)
    assert all(r.message for r in caught)
    assert not report.conforms, report.text


def test_every_node_shape_has_a_failing_fixture() -> None:
    shapes = shapes_graph()
    names = {
        str(s)[len(SHAPES_NS) :]
        for s in shapes.subjects(RDF.type, SH.NodeShape)
        if isinstance(s, URIRef)
    }
    covered = {p.name.split(".", 1)[0] for p in FAILING}
    assert names - covered == set()
    assert covered - names == set(), "a fixture names a shape that does not exist"


def test_shapes_are_reused_between_runs_without_leaking_results() -> None:
    first = _check(DATA / "PersonShape.fail-noname.ttl")
    second = _check(DATA / "valid.ttl")
    third = _check(DATA / "PersonShape.fail-noname.ttl")
    assert not first.conforms and second.conforms
    assert [r.to_dict() for r in first.results] == [r.to_dict() for r in third.results]
