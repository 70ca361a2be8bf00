"""The reference graph: entities shared by every article, built from data files.

* provinces and districts (:mod:`justicekg.admin_units`) with their validity intervals
  ``[jkg:validFrom, jkg:validUntil)``, successor links and the administrative changes that
  ended them (:mod:`justicekg.admin_changes`);
* national bodies and award types (:mod:`justicekg.reference_data`);
* the SKOS concept schemes of the ontology (organization kinds, event kinds, award statuses,
  levels), so that every concept a fact links to is typed and labelled.

It lives in the named graph ``<base>graph/reference``. This module builds it, maps an
organization kind code to its class and concept (:data:`ORG_KIND_CLASSES`) and re-exports the
lookups callers use with it (an article keeps a unit as it was on its date:
:func:`resolve_province` picks the unit of that name valid on the article's date).

>>> from justicekg.config import Settings
>>> g = reference_graph(Settings())
>>> qb = resolve_province("Quảng Bình")
>>> str(g.value(qb, JKG.succeededBy)) == str(resolve_province("Quảng Trị"))
True
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Literal, URIRef

from justicekg.admin_changes import change_iri, changes, current_province, unit_changes
from justicekg.admin_units import (
    GAZETTEER_DIR,
    AdminUnit,
    admin_units,
    district_period_day,
    find_district,
    find_province,
    resolve_district,
    resolve_province,
    resolve_unit,
    successor,
)
from justicekg.config import DEFAULT_BASE_IRI, Settings
from justicekg.errors import OntologyError
from justicekg.namespaces import (
    DCTERMS,
    JKG,
    ORG,
    RDF,
    RDFS,
    SKOS,
    XSD,
    bind_prefixes,
    ontology_graph,
    type_closure,
)
from justicekg.rdf.mint import graph_iri, mint_iri, name_key
from justicekg.reference_data import (
    REFERENCE_DIR,
    award_conferrer,
    award_types,
    canonical_award,
    national_organizations,
    split_cell,
)

__all__ = [
    "ORG_KIND_CLASSES",
    "AdminUnit",
    "admin_units",
    "award_conferrer",
    "cached_reference_graph",
    "canonical_award",
    "change_iri",
    "current_province",
    "district_period_day",
    "find_district",
    "find_province",
    "national_organizations",
    "reference_graph",
    "resolve_district",
    "resolve_province",
    "resolve_unit",
    "unit_changes",
]

#: Organization kind code → (organization subclass, kind concept).
ORG_KIND_CLASSES: dict[str, tuple[URIRef, URIRef]] = {
    "ministry": (JKG.Ministry, JKG.kindMinistry),
    "general-department": (JKG.GeneralDepartment, JKG.kindGeneralDepartment),
    "ministry-unit": (JKG.MinistryUnit, JKG.kindMinistryUnit),
    "provincial-department": (JKG.ProvincialDepartment, JKG.kindProvincialDepartment),
    "provincial-enforcement": (JKG.ProvincialEnforcementAgency, JKG.kindProvincialEnforcement),
    "district-enforcement": (JKG.DistrictEnforcementAgency, JKG.kindDistrictEnforcement),
    "peoples-committee": (JKG.PeoplesCommittee, JKG.kindPeoplesCommittee),
    "peoples-council": (JKG.PeoplesCouncil, JKG.kindPeoplesCouncil),
    "party-committee": (JKG.PartyCommittee, JKG.kindPartyCommittee),
    "court": (JKG.Court, JKG.kindCourt),
    "procuracy": (JKG.Procuracy, JKG.kindProcuracy),
    "police": (JKG.PoliceAgency, JKG.kindPolice),
    "emulation-group": (JKG.EmulationGroup, JKG.kindEmulationGroup),
    "government": (JKG.GovernmentBody, JKG.kindGovernment),
    "other": (JKG.OtherOrganization, JKG.kindOther),
}


def _add_changes(graph: Graph, settings: Settings) -> None:
    """One jkg:AdministrativeChange per resulting unit and day: the units it ended
    (``jkg:changedBy``) and the unit it produced (``jkg:resultedFrom``)."""
    for (result, day), originals in changes().items():
        node = change_iri(result, day, settings)
        _add_typed(graph, node, JKG.AdministrativeChange)
        names = ", ".join(sorted(u.name for u in originals))
        continuing = result.valid_from != day  # Hà Tây into a Hà Nội that existed before
        if len(originals) == 1 and not continuing:
            vi, en = f"Đổi tên {names} thành {result.name}", f"{names} renamed {result.name}"
        elif continuing:
            vi, en = f"Sáp nhập {names} vào {result.name}", f"{names} merged into {result.name}"
        else:
            vi, en = f"Hợp nhất {names} thành {result.name}", f"{names} merged as {result.name}"
        graph.add((node, RDFS.label, Literal(f"{vi} ({day})", lang="vi")))
        graph.add((node, RDFS.label, Literal(f"{en} ({day})", lang="en")))
        graph.add((node, DCTERMS.date, Literal(day, datatype=XSD.date)))
        for unit in originals:
            graph.add((unit.iri(settings), JKG.changedBy, node))
        graph.add((result.iri(settings), JKG.resultedFrom, node))


def _add_typed(graph: Graph, node: URIRef, cls: URIRef) -> None:
    for c in type_closure(cls):
        graph.add((node, RDF.type, c))


@cache
def _reference_graph(base: str) -> Graph:
    settings = Settings(base_iri=base, store="memory:")
    graph = bind_prefixes(Graph(identifier=URIRef(graph_iri("reference", settings))))
    # The SKOS schemes and concepts of the ontology.
    onto = ontology_graph()
    for scheme in onto.subjects(RDF.type, SKOS.ConceptScheme):
        for triple in onto.triples((scheme, None, None)):
            graph.add(triple)
    for concept in onto.subjects(RDF.type, SKOS.Concept):
        for triple in onto.triples((concept, None, None)):
            graph.add(triple)
    # Provinces and districts.
    for unit in admin_units():
        node = unit.iri(settings)
        _add_typed(graph, node, JKG.Province if unit.level == "province" else JKG.District)
        graph.add((node, RDFS.label, Literal(unit.name, lang="vi")))
        graph.add((node, SKOS.prefLabel, Literal(unit.name, lang="vi")))
        for alias in unit.aliases:
            graph.add((node, SKOS.altLabel, Literal(alias, lang="vi")))
        graph.add((node, JKG.unitType, Literal(unit.unit_type, lang="vi")))
        if unit.gso_code:
            graph.add((node, JKG.gsoCode, Literal(unit.gso_code)))
        if unit.valid_from:
            graph.add((node, JKG.validFrom, Literal(unit.valid_from, datatype=XSD.date)))
        if unit.valid_to:
            graph.add((node, JKG.validUntil, Literal(unit.valid_to, datatype=XSD.date)))
        if unit.province:
            province = find_province(unit.province, district_period_day(unit))
            if province is None:
                raise OntologyError(
                    f"district {unit.name!r} names an unknown province {unit.province!r}",
                    where=str(GAZETTEER_DIR / "districts.tsv"),
                )
            graph.add((node, JKG.province, province.iri(settings)))
        after = successor(unit)
        if after is not None:
            graph.add((node, JKG.succeededBy, after.iri(settings)))
            graph.add((after.iri(settings), JKG.precededBy, node))
    _add_changes(graph, settings)
    # National organizations.
    names = {name_key(r["name"]) for r in national_organizations()}
    for row in national_organizations():
        node = mint_iri("org", row["name"], settings=settings)
        if row["kind"] not in ORG_KIND_CLASSES:
            raise OntologyError(
                f"unknown organization kind {row['kind']!r}",
                where=str(REFERENCE_DIR / "organizations.tsv"),
            )
        cls, concept = ORG_KIND_CLASSES[row["kind"]]
        _add_typed(graph, node, cls)
        graph.add((node, RDFS.label, Literal(row["name"], lang="vi")))
        graph.add((node, SKOS.prefLabel, Literal(row["name"], lang="vi")))
        for alias in split_cell(row["aliases"]):
            graph.add((node, SKOS.altLabel, Literal(alias, lang="vi")))
        graph.add((node, ORG.classification, concept))
        graph.add((node, JKG.level, JKG.levelNational))
        if row["parent"]:
            if name_key(row["parent"]) not in names:
                raise OntologyError(
                    f"parent {row['parent']!r} of {row['name']!r} is not in the file",
                    where=str(REFERENCE_DIR / "organizations.tsv"),
                )
            graph.add(
                (node, ORG.subOrganizationOf, mint_iri("org", row["parent"], settings=settings))
            )
    # Award types.
    for row in award_types():
        node = mint_iri("award", row["name"], settings=settings)
        _add_typed(graph, node, JKG.AwardType)
        graph.add((node, SKOS.inScheme, JKG.AwardTypeScheme))
        graph.add((node, RDFS.label, Literal(row["name"], lang="vi")))
        graph.add((node, SKOS.prefLabel, Literal(row["name"], lang="vi")))
        for alias in split_cell(row["aliases"]):
            graph.add((node, SKOS.altLabel, Literal(alias, lang="vi")))
        if row["conferrer"]:
            if name_key(row["conferrer"]) not in names:
                raise OntologyError(
                    f"conferrer {row['conferrer']!r} is not in organizations.tsv",
                    where=str(REFERENCE_DIR / "award_types.tsv"),
                )
            graph.add((node, JKG.conferrer, mint_iri("org", row["conferrer"], settings=settings)))
    return graph


def reference_graph(settings: Settings | None = None) -> Graph:
    """The reference graph under ``settings.base_iri``; its identifier is ``<base>graph/reference``.

    Built once per base IRI and cached: callers get a copy they may modify.

    Raises:
        OntologyError: a data file is missing or inconsistent.
    """
    cached = _reference_graph(settings.base_iri if settings else DEFAULT_BASE_IRI)
    graph = bind_prefixes(Graph(identifier=cached.identifier))
    for triple in cached:
        graph.add(triple)
    return graph


def cached_reference_graph(settings: Settings | None = None) -> Graph:
    """The shared cached reference graph (read-only: do not modify it)."""
    return _reference_graph(settings.base_iri if settings else DEFAULT_BASE_IRI)
