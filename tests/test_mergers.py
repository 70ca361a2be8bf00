"""The 2025 mergers (issue 11): one unit per administrative identity and period, GSO codes
valid for their period only, mergers and renames as change events; officials and posts across
a merger. Articles: ``tests/data/mergers/`` (invented, see its README)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from invented_stores import ingest_invented, select

from justicekg.cli import main
from justicekg.config import Settings
from justicekg.namespaces import DCTERMS, JKG, RDFS
from justicekg.reference import find_province, reference_graph
from justicekg.web.examples import examples


@pytest.mark.parametrize(
    "name,before,after",
    [("Quảng Trị", "45", "44"), ("Lào Cai", "10", "15"), ("Bắc Ninh", "27", "24")],
)
def test_a_province_that_absorbed_others_is_two_units(name: str, before: str, after: str) -> None:
    old, new = find_province(name, "2021-01-01"), find_province(name, "2026-01-01")
    assert old is not None and new is not None and old != new
    assert (old.gso_code, old.valid_to) == (before, "2025-07-01")
    assert (new.gso_code, new.valid_from, new.valid_to) == (after, "2025-07-01", None)
    graph = reference_graph(Settings())
    old_iri, new_iri = old.iri(), new.iri()
    assert list(graph.objects(old_iri, JKG.gsoCode)) == [graph.value(old_iri, JKG.gsoCode)]
    change = graph.value(old_iri, JKG.changedBy)
    assert change is not None and graph.value(new_iri, JKG.resultedFrom) == change
    assert str(graph.value(change, DCTERMS.date)) == "2025-07-01"
    assert graph.value(old_iri, JKG.succeededBy) == new_iri


def test_a_province_not_merged_stays_one_unit() -> None:
    assert find_province("Cao Bằng", "2021-01-01") == find_province("Cao Bằng", "2026-01-01")


def test_rename_and_merger_are_told_apart() -> None:
    graph = reference_graph(Settings())
    labels = {
        str(label)
        for change in graph.subjects(DCTERMS.date, None)
        for label in graph.objects(change, RDFS.label)
        if getattr(label, "language", None) == "vi"
    }
    assert "Đổi tên Thừa Thiên Huế thành Huế (2025-01-01)" in labels
    assert "Hợp nhất Lào Cai, Yên Bái thành Lào Cai (2025-07-01)" in labels
    assert "Sáp nhập Hà Tây vào Hà Nội (2008-08-01)" in labels


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_invented(tmp_path_factory, "mergers")


_select = select


def _holders(store_dir: Path, *args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(
        main, ["holders", *args, "--format", "json", "--store", str(store_dir)]
    )
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.output)["holders"]
    return rows


def test_an_official_keeps_one_iri_across_the_merger(store_dir: Path) -> None:
    rows = _select(
        store_dir,
        """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?person ?orgName WHERE { ?m org:member ?person ;
  org:organization/rdfs:label ?orgName . ?person foaf:name "Hà Văn Sơn"@vi }""",
    )
    assert {o for _, o in rows} == {"Sở Tư pháp tỉnh Yên Bái", "Sở Tư pháp tỉnh Lào Cai"}
    assert len({p for p, _ in rows}) == 1


def test_a_body_of_a_merged_province_has_no_holders_after_it(store_dir: Path) -> None:
    before = _holders(store_dir, "Sở Tư pháp tỉnh Yên Bái", "--at", "2024-01-01")
    assert [(r["name"], r["title"]) for r in before] == [("Hà Văn Sơn", "Giám đốc")]
    assert _holders(store_dir, "so tu phap tinh yen bai", "--at", "2026-01-01") == []
    query = next(e.query for e in examples("x") if e.key == "holders_on_day")
    query = query.replace('"Sở Tư pháp tỉnh Hà Tĩnh"@vi', '"Sở Tư pháp tỉnh Yên Bái"@vi')
    assert _select(store_dir, query) == []  # 2021-01-01: not yet appointed
    in_2024 = query.replace('"2021-01-01"^^xsd:date', '"2024-01-01"^^xsd:date')
    assert [r[0] for r in _select(store_dir, in_2024)] == ["Hà Văn Sơn"]
    in_2026 = query.replace('"2021-01-01"^^xsd:date', '"2026-01-01"^^xsd:date')
    assert _select(store_dir, in_2026) == []


def test_a_body_of_an_absorbing_province_is_one_node_per_period(store_dir: Path) -> None:
    rows = _select(
        store_dir,
        """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?o ?ended ?began WHERE { ?o rdfs:label "Sở Tư pháp tỉnh Lào Cai"@vi .
  OPTIONAL { ?o org:changedBy/dcterms:date ?ended }
  OPTIONAL { ?o org:resultedFrom/dcterms:date ?began } }
ORDER BY ?o""",
    )
    periods = {(ended, began): iri for iri, ended, began in rows}
    assert set(periods) == {
        ("2025-07-01", ""),  # the Sở of the Lào Cai before the merger
        ("", "2025-07-01"),  # the Sở of the merged Lào Cai
    }
    before, after = periods[("2025-07-01", "")], periods[("", "2025-07-01")]
    assert after.split("/")[-1].startswith("so-tu-phap-tinh-lao-cai--2025-")
    # Its director in 2021 is not carried into the merged province's Sở.
    in_2021 = _holders(store_dir, "so tu phap tinh lao cai", "--title", "Giám đốc")
    assert {(r["name"], r["organization"] == before) for r in in_2021} == {
        ("Lương Thị Mai", True),
        ("Lương Thị Mai", False),
    }
    assert all(r["interval"]["begin_not_after"] != "2021-06-01" or r["organization"] == before
               for r in in_2021)  # fmt: skip
    assert [
        r["name"] for r in _holders(store_dir, "so tu phap tinh lao cai", "--at", "2023-01-01")
    ] == []
    on_2026 = _holders(store_dir, "Sở Tư pháp tỉnh Lào Cai", "--at", "2026-03-02")
    assert {(r["name"], r["title"]) for r in on_2026} == {
        ("Lương Thị Mai", "Giám đốc"),
        ("Hà Văn Sơn", "Phó Giám đốc"),
    }


def test_an_article_places_a_body_in_the_province_of_its_day(store_dir: Path) -> None:
    query = """PREFIX jkg: <https://w3id.org/justicekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?code WHERE { GRAPH <https://w3id.org/justicekg/graph/GRAPH> {
  ?o rdfs:label "Sở Tư pháp tỉnh Lào Cai"@vi ; jkg:province ?p } ?p jkg:gsoCode ?code }"""
    assert _select(store_dir, query.replace("GRAPH>", "laocai-2021>")) == [("10",)]
    assert _select(store_dir, query.replace("GRAPH>", "laocai-2026>")) == [("15",)]


@pytest.mark.parametrize(
    "name,expected",
    [
        (
            "Quảng Trị",
            ("Quảng Trị", "45", "Hợp nhất Quảng Bình, Quảng Trị thành Quảng Trị (2025-07-01)",
             "2025-07-01", "Quảng Trị", "44"),
        ),
        (
            "Yên Bái",
            ("Yên Bái", "15", "Hợp nhất Lào Cai, Yên Bái thành Lào Cai (2025-07-01)",
             "2025-07-01", "Lào Cai", "15"),
        ),
    ],
)  # fmt: skip
def test_what_became_of_a_province_in_2025(
    store_dir: Path, name: str, expected: tuple[str, ...]
) -> None:
    query = next(e.query for e in examples("x") if e.key == "province_2025")
    rows = _select(store_dir, query.replace('"Quảng Trị"@vi', f'"{name}"@vi'))
    assert rows == [expected]
