"""The reference graph: provinces and districts with their 2025 history, national bodies, awards."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from justicekg.config import Settings
from justicekg.namespaces import JKG, ORG, RDF, RDFS, SKOS, XSD
from justicekg.rdf.mint import graph_iri, mint_iri
from justicekg.reference import (
    admin_units,
    award_conferrer,
    reference_graph,
    resolve_district,
    resolve_province,
)


@pytest.fixture(scope="module")
def ref() -> Graph:
    return reference_graph(Settings())


def _count_valid(ref: Graph, cls: URIRef, day: str) -> int:
    rows = ref.query(
        """SELECT (COUNT(DISTINCT ?u) AS ?n) WHERE {
             ?u a ?cls .
             OPTIONAL { ?u jkg:validFrom ?from } OPTIONAL { ?u jkg:validUntil ?until }
             FILTER ((!BOUND(?from) || ?from <= ?day) && (!BOUND(?until) || ?day < ?until))
           }""",
        initNs={"jkg": JKG},
        initBindings={"cls": cls, "day": Literal(day, datatype=XSD.date)},
    )
    return int(next(iter(rows))[0])  # type: ignore[index]


def test_reference_graph_is_the_reference_named_graph(ref: Graph) -> None:
    assert str(ref.identifier) == graph_iri("reference")


def test_63_provinces_before_the_reform_and_34_after(ref: Graph) -> None:
    assert _count_valid(ref, JKG.Province, "2025-06-30") == 63
    assert _count_valid(ref, JKG.Province, "2025-07-01") == 34


def test_district_level_abolished_on_2025_07_01(ref: Graph) -> None:
    assert _count_valid(ref, JKG.District, "2025-06-30") > 600
    assert _count_valid(ref, JKG.District, "2025-07-01") == 0


def test_quang_binh_is_succeeded_by_quang_tri(ref: Graph) -> None:
    qb, qt = resolve_province("Quảng Bình"), resolve_province("Quảng Trị")
    assert qb is not None and qt is not None
    assert ref.value(qb, JKG.succeededBy) == qt
    assert (qt, JKG.precededBy, qb) in ref
    assert ref.value(qb, JKG.validUntil) == Literal("2025-07-01", datatype=XSD.date)


def test_thua_thien_hue_exists_with_its_validity(ref: Graph) -> None:
    tth = resolve_province("Thừa Thiên Huế", "2019-03-12")
    hue = resolve_province("Huế", "2025-03-01")
    assert tth is not None and hue is not None and tth != hue
    assert (tth, RDF.type, JKG.Province) in ref
    assert ref.value(tth, JKG.validUntil) == Literal("2025-01-01", datatype=XSD.date)
    assert ref.value(tth, JKG.succeededBy) == hue
    assert resolve_province("Thừa Thiên - Huế") == tth


def test_gso_code_is_data_not_identity(ref: Graph) -> None:
    qb, qt = resolve_province("Quảng Bình"), resolve_province("Quảng Trị")
    assert ref.value(qb, JKG.gsoCode) == ref.value(qt, JKG.gsoCode) == Literal("44")
    assert qb != qt
    assert "44" not in str(qb)


def test_every_unit_has_a_distinct_iri() -> None:
    iris = [u.iri() for u in admin_units()]
    assert len(iris) == len(set(iris))


def test_same_name_units_are_told_apart_by_validity(ref: Graph) -> None:
    old = resolve_district("Sa Pa", "Lào Cai", "2019-01-01")
    new = resolve_district("Sa Pa", "Lào Cai", "2022-12-29")
    assert old is not None and new is not None and old != new
    assert ref.value(old, JKG.succeededBy) == new
    assert ref.value(new, JKG.province) == resolve_province("Lào Cai", "2022-12-29")


def test_aliases_resolve(ref: Graph) -> None:
    hcm = resolve_province("Hồ Chí Minh")
    assert resolve_province("TP.HCM") == resolve_province("thành phố Hồ Chí Minh") == hcm
    assert (hcm, SKOS.altLabel, Literal("TP.HCM", lang="vi")) in ref


def test_ambiguous_district_without_province_is_not_guessed() -> None:
    assert resolve_district("Châu Thành") is None
    assert resolve_district("Châu Thành", "Tiền Giang") is not None


def test_national_bodies_and_award_types(ref: Graph) -> None:
    moj = mint_iri("org", "Bộ Tư pháp")
    gd = mint_iri("org", "Tổng cục Thi hành án dân sự")
    assert (moj, RDF.type, JKG.Ministry) in ref
    assert (moj, RDF.type, ORG.Organization) in ref
    assert (gd, ORG.subOrganizationOf, moj) in ref
    flag = mint_iri("award", "Cờ thi đua ngành Tư pháp")
    assert (flag, RDF.type, JKG.AwardType) in ref
    assert (flag, SKOS.inScheme, JKG.AwardTypeScheme) in ref
    assert ref.value(flag, JKG.conferrer) == moj
    assert award_conferrer("Cờ thi đua của Chính phủ") == "Chính phủ"


def test_concepts_are_in_the_reference(ref: Graph) -> None:
    assert (JKG.statusNominated, RDF.type, SKOS.Concept) in ref
    assert ref.value(JKG.kindMinistry, RDFS.label) is not None


def test_reference_graph_conforms_to_the_shapes(ref: Graph) -> None:
    from justicekg.validate import validate

    report = validate(ref, reference=Graph())
    assert report.conforms, report.text


def test_reference_graph_is_a_fresh_copy() -> None:
    a = reference_graph(Settings())
    a.remove((None, None, None))
    assert len(reference_graph(Settings())) > 1000
