"""The ontology, shapes and JSON-LD context parse, are documented, and agree with each other."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from justicekg import model
from justicekg.config import ONTOLOGY_DIR
from justicekg.namespaces import JKG, JKG_NS, TERMS_MODULE, generate_terms_module, ontology_graph
from justicekg.validate import shapes_graph

DECLARED = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    SKOS.ConceptScheme,
    SKOS.Concept,
)


def _terms(graph: Graph) -> list[URIRef]:
    found = {
        s
        for kind in DECLARED
        for s in graph.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(JKG_NS)
    }
    return sorted(found)


def test_ontology_parses_and_declares_the_core_classes() -> None:
    graph = ontology_graph()
    classes = set(graph.subjects(RDF.type, OWL.Class))
    for name in [
        "Person",
        "Organization",
        "Province",
        "District",
        "AdministrativeUnit",
        "Position",
        "Event",
        "Participation",
        "AwardType",
        "AwardDecision",
        "Article",
        "Evidence",
        "EmulationGroup",
        "ProvincialDepartment",
    ]:
        assert JKG[name] in classes


@pytest.mark.parametrize("term", _terms(ontology_graph()), ids=lambda t: str(t).rsplit("#")[-1])
def test_every_term_has_vi_and_en_labels_and_a_comment(term: URIRef) -> None:
    graph = ontology_graph()
    langs = {o.language for o in graph.objects(term, RDFS.label) if isinstance(o, Literal)}
    assert {"vi", "en"} <= langs
    assert any(str(c).strip() for c in graph.objects(term, RDFS.comment))


def test_one_organization_subclass_and_concept_per_kind() -> None:
    graph = ontology_graph()
    notations = {
        str(n): c
        for c in graph.subjects(SKOS.inScheme, JKG.OrganizationKindScheme)
        for n in graph.objects(c, SKOS.notation)
    }
    assert set(notations) == set(model.ORG_KINDS)
    for concept in notations.values():
        cls = graph.value(concept, JKG.kindClass)
        assert (cls, RDFS.subClassOf, None) in graph
        assert cls is not None and (cls, RDF.type, OWL.Class) in graph


@pytest.mark.parametrize(
    ("scheme", "codes"),
    [
        (JKG.EventKindScheme, model.EVENT_KINDS),
        (JKG.AwardStatusScheme, model.AWARD_STATUSES),
    ],
)
def test_closed_lists_match_the_report_model(scheme: URIRef, codes: tuple[str, ...]) -> None:
    graph = ontology_graph()
    found = {
        str(n)
        for c in graph.subjects(SKOS.inScheme, scheme)
        for n in graph.objects(c, SKOS.notation)
    }
    assert found == set(codes)


def _all_shapes(graph: Graph) -> set[object]:
    shapes: set[object] = set(graph.subjects(RDF.type, SH.NodeShape))
    shapes |= set(graph.objects(None, SH.property))
    shapes |= set(graph.objects(None, SH.sparql))
    return shapes


def test_every_shape_has_a_comment() -> None:
    graph = shapes_graph()
    missing = [s for s in _all_shapes(graph) if not any(graph.objects(s, RDFS.comment))]  # type: ignore[arg-type]
    assert missing == []


def test_shapes_only_use_jkg_terms_the_ontology_defines() -> None:
    shapes, onto = shapes_graph(), ontology_graph()
    defined = set(onto.subjects())
    used = {o for o in shapes.objects() if isinstance(o, URIRef) and str(o).startswith(JKG_NS)}
    used |= {
        p
        for p in shapes.objects(None, SH.path)
        if isinstance(p, URIRef) and str(p).startswith(JKG_NS)
    }
    assert used - defined == set()


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_context_parses_and_maps_to_defined_terms() -> None:
    context = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    onto = ontology_graph()
    for term, value in context.items():
        if term.startswith("@"):
            continue
        iri = value if isinstance(value, str) else value.get("@id", "")
        if iri.startswith("jkg:"):
            assert (JKG_NS + iri[4:]) in {str(s) for s in onto.subjects()}, term
    doc = {
        "@context": context,
        "id": "https://w3id.org/justicekg/id/province/quang-binh",
        "type": "Province",
        "label": {"vi": "Quảng Bình", "en": "Quang Binh province"},
        "validUntil": "2025-07-01",
        "succeededBy": "https://w3id.org/justicekg/id/province/quang-tri",
    }
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    node = URIRef(doc["id"])
    assert (node, RDF.type, JKG.Province) in g
    # Labels keep their language (a language map: an English label is not forced to @vi).
    assert set(g.objects(node, RDFS.label)) == {
        Literal("Quảng Bình", lang="vi"),
        Literal("Quang Binh province", lang="en"),
    }
    assert isinstance(g.value(node, JKG.succeededBy), URIRef)


def test_generated_terms_module_has_no_drift() -> None:
    assert generate_terms_module() == TERMS_MODULE.read_text(encoding="utf-8")


def test_closed_namespace_rejects_typos() -> None:
    with pytest.raises(AttributeError):
        _ = JKG.Persn


def test_no_two_terms_share_a_label() -> None:
    # jkg:Ministry (the class) and jkg:kindMinistry (the concept) were both "Bộ" (issue 11).
    from collections import defaultdict

    from rdflib.namespace import SKOS

    onto = ontology_graph()
    by_label: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for prop in (RDFS.label, SKOS.prefLabel):
        for s, o in onto.subject_objects(prop):
            by_label[(getattr(o, "language", None), str(o))].add(str(s))
    shared = {k: v for k, v in by_label.items() if len(v) > 1}
    assert shared == {}


def test_owl2_datatype_map_and_collaborations() -> None:
    from rdflib.namespace import ORG, XSD

    onto = ontology_graph()
    assert not list(onto.subjects(RDFS.range, XSD.date))  # outside the OWL 2 datatype map
    supers = set(onto.objects(JKG.EmulationGroup, RDFS.subClassOf))
    assert ORG.OrganizationalCollaboration in supers
    assert (JKG.Organization, RDFS.subClassOf, ORG.FormalOrganization) not in onto
    assert (JKG.ProvincialDepartment, RDFS.subClassOf, ORG.FormalOrganization) in onto
