"""The core of the article-graph mapping (:mod:`justicekg.rdf.build`): the triples stated so
far, each once and in order; typed nodes with their superclasses, labels and evidence nodes;
provinces and districts resolved to the reference units valid on the article's date; and the
article's organizations with their level and province."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from rdflib import Literal, URIRef
from rdflib.term import Node

from justicekg.config import Settings
from justicekg.model import (
    Evidence as EvidenceSpan,
)
from justicekg.model import (
    ExtractionReport,
    Organization,
    Person,
)
from justicekg.namespaces import type_closure
from justicekg.rdf.levels import org_level, province_in_name
from justicekg.rdf.mint import (
    NATIONAL_KINDS,
    compose,
    graph_iri,
    mint_iri,
    name_key,
    slug,
)
from justicekg.rdf.terms import (
    JKG,
    LEVEL_CLASSES,
    LEVEL_CONCEPTS,
    ORG,
    PROV,
    RDF,
    RDFS,
    integer,
)
from justicekg.reference import (
    ORG_KIND_CLASSES,
    AdminUnit,
    current_province,
    district_period_day,
    find_district,
    find_province,
    unit_changes,
)

_LABEL = RDFS.label


@dataclass(slots=True)
class BuilderCore:
    """What every part of an article graph needs: the triples stated so far (each once), typed
    nodes, labels and evidence, and the places and organizations of the article."""

    report: ExtractionReport
    settings: Settings
    generated_at: datetime
    iri: URIRef = field(init=False)
    on: str | None = field(init=False)
    article: URIRef = field(init=False)
    article_slug: str = field(init=False)
    orgs: dict[str, Organization] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    person_iris: dict[str, URIRef] = field(default_factory=dict)
    #: The graph's triples, in the order stated (a dict: each once).
    added: dict[tuple[Node, Node, Node], None] = field(default_factory=dict)
    #: The first label stated of each node.
    labels: dict[Node, str] = field(default_factory=dict)
    #: (node, class) already typed, and evidence nodes already described, by span
    types: set[tuple[Node, Node]] = field(default_factory=set)
    spans: dict[tuple[int, int, str], URIRef] = field(default_factory=dict)

    def __post_init__(self) -> None:
        art = self.report.article
        self.iri = URIRef(graph_iri(art.id, self.settings))
        dates = sorted(e.date for e in self.report.events if e.date)
        self.on = art.published or (dates[-1] if dates else None)
        self.article_slug = slug(art.id)
        self.article = mint_iri("article", self.article_slug, settings=self.settings, raw=True)
        # Duplicates merge deterministically: the most specific kind wins (order-independent).
        for org in sorted(self.report.organizations, key=lambda o: (o.kind == "other", o.kind)):
            self.orgs.setdefault(name_key(org.name), org)
        for person in self.report.persons:
            key = name_key(person.name)
            if key in self.persons:
                known = self.persons[key]
                self.persons[key] = Person(
                    known.name,
                    known.positions + person.positions,
                    earliest(known.evidence, person.evidence),
                )
            else:
                self.persons[key] = person

    # -- helpers --------------------------------------------------------------------------

    def add(self, s: Node, p: Node, o: Node) -> None:
        # The mapping states many triples more than once (types, labels, shared entities).
        # Plain tuples in a dict: an rdflib Graph's Memory store cost a third of the mapping.
        self.added[(s, p, o)] = None
        if p == _LABEL and s not in self.labels:
            self.labels[s] = str(o)

    def typed(self, node: URIRef, cls: URIRef) -> URIRef:
        key = (node, cls)
        if key not in self.types:
            self.types.add(key)
            rdf_type = RDF.type
            for c in type_closure(cls):
                self.add(node, rdf_type, c)
        return node

    def label(self, node: URIRef, text: str, *props: URIRef) -> None:
        literal = Literal(text, lang="vi")
        for prop in (RDFS.label, *props):
            self.add(node, prop, literal)

    def evidence(self, node: URIRef, span: EvidenceSpan | None) -> None:
        if span is None:
            return
        # One evidence node per sentence span, however many facts cite it.
        key = (span.start, span.end, span.text)
        ev = self.spans.get(key)
        if ev is None:
            ev = mint_iri(
                "evidence",
                compose(self.article_slug, f"{span.start}-{span.end}"),
                settings=self.settings,
                raw=True,
            )
            self.spans[key] = ev
            self.typed(ev, JKG.Evidence)
            self.add(ev, JKG.quote, Literal(span.text, lang="vi"))
            self.add(ev, JKG.startOffset, integer(span.start))
            self.add(ev, JKG.endOffset, integer(span.end))
            self.add(ev, JKG.inArticle, self.article)
            self.add(ev, PROV.wasDerivedFrom, self.article)
        self.add(node, JKG.evidence, ev)

    def province(self, name: str, on: str | None = None) -> URIRef:
        """The province ``name`` as it was on ``on`` (default: the article's day)."""
        unit = find_province(name, on or self.on)
        if unit is not None:
            node = unit.iri(self.settings)
            self.typed(node, JKG.Province)
            self.label(node, unit.name)
            return node
        node = mint_iri("province", name, settings=self.settings)
        self.typed(node, JKG.Province)
        self.label(node, name)
        return node

    def district(self, name: str, province: str | None) -> URIRef:
        unit = find_district(name, province, self.on)
        if unit is not None:
            node = unit.iri(self.settings)
            self.typed(node, JKG.District)
            self.label(node, unit.name)
            if unit.province:
                # the province of the district's own period, as the reference graph says
                # (Đông Hà named after 2025-07-01 is still in the Quảng Trị of before)
                on = district_period_day(unit)
                self.add(node, JKG.province, self.province(unit.province, on))
            return node
        parts = (name, province) if province else (name,)
        node = mint_iri("district", *parts, settings=self.settings)
        self.typed(node, JKG.District)
        self.label(node, name)
        if province:
            self.add(node, JKG.province, self.province(province))
        return node

    def district_province(self, name: str) -> str | None:
        """The province of a district the report lists bare: from an organization in it,
        else the article's only province (None when neither tells)."""
        for org in self.orgs.values():
            if org.district and name_key(org.district) == name_key(name) and org.province:
                return org.province
        provinces = {name_key(p): p for p in self.report.provinces}
        return next(iter(provinces.values())) if len(provinces) == 1 else None

    def lineage_province(self, name: str | None) -> str | None:
        """The province a person's context names: the one their province (as of the article's
        day) became, through the mergers and renames since (Yên Bái → Lào Cai), so that an
        official keeps one IRI across a merger (identity rule 1)."""
        if not name:
            return None
        unit = find_province(name, self.on)
        return current_province(unit).name if unit else name

    def canonical_province(self, name: str | None) -> str | None:
        if not name:
            return None
        unit = find_province(name, self.on)
        return unit.name if unit else name

    # -- entities -------------------------------------------------------------------------

    def org_unit(self, name: str) -> AdminUnit | None:
        """The province (as of the article's day) an organization is in, if any."""
        listed = self.orgs.get(name_key(name))
        province = listed.province if listed is not None and listed.province else None
        if province is None:
            province = province_in_name(name, self.on)[0]
        return find_province(province, self.on) if province else None

    def org_node(self, name: str) -> URIRef:
        """Identity rule 2: an organization is its full name and, in a province that absorbed
        others in 2025 and kept its name, that province's period (the Sở Tư pháp of the merged
        Lào Cai is not the Sở Tư pháp of the Lào Cai before)."""
        unit = self.org_unit(name)
        if unit is not None and len(unit.slug_parts) > 1 and unit.valid_from:
            return mint_iri("org", name, unit.valid_from[:4], settings=self.settings)
        return mint_iri("org", name, settings=self.settings)

    def org(self, name: str) -> URIRef:
        """The IRI of an organization named anywhere; typed here when the report lists it."""
        node = self.org_node(name)
        if name_key(name) not in self.orgs:
            # Referenced but not listed (the closure rule broken): still a typed organization.
            self.typed(node, JKG.Organization)
            self.label(node, name)
        return node

    def add_org(self, org: Organization) -> None:
        node = self.org_node(org.name)
        unit = self.org_unit(org.name)
        if unit is not None and org.kind not in NATIONAL_KINDS:
            # The body ends with its province's change and results from the one that made it.
            ended, began = unit_changes(unit, self.settings)
            if ended is not None:
                self.add(node, ORG.changedBy, ended)
            if began is not None:
                self.add(node, ORG.resultedFrom, began)
        cls, concept = ORG_KIND_CLASSES.get(org.kind, (JKG.Organization, None))
        self.typed(node, cls)
        self.label(node, org.name)
        if concept is not None:
            self.add(node, ORG.classification, concept)
        level = org_level(org, self.on)
        province = org.province
        foreign = False
        if level in LEVEL_CLASSES and not province:
            province, foreign = self.inferred_province(org)
        if level:
            self.add(node, JKG.level, LEVEL_CONCEPTS[level])
            # A body of a province outside Vietnam (``Sở Tư pháp tỉnh Phông Sa Lỳ``) keeps its
            # level but is no jkg:ProvincialLevelOrganization, which must name a jkg:Province.
            if level in LEVEL_CLASSES and not foreign:
                self.typed(node, LEVEL_CLASSES[level])
        if province:
            self.add(node, JKG.province, self.province(province))
        if org.district:
            self.add(node, JKG.district, self.district(org.district, province))
        if org.parent and name_key(org.parent) != name_key(org.name):
            self.add(node, ORG.subOrganizationOf, self.org(org.parent))
        self.evidence(node, org.evidence)

    def inferred_province(self, org: Organization) -> tuple[str | None, bool]:
        """The province of a provincial or district body the report gives none for.

        From its parents (``Văn phòng Sở Tư pháp tỉnh Bến Tre`` → ``Sở Tư pháp tỉnh Bến
        Tre``), else, for a body of kind ``other`` (an office, a unit, a numbered notary
        office: recognized by rules that do not resolve its place), from its district or its
        own name (``Phòng Công chứng số 1 tỉnh Hà Nam``). A body of a typed kind (a Sở, a
        People's Committee, a court …) without its province is left to the shapes: that is
        the extractor's error they catch. Returns the province's name (or None) and whether
        the name places the body in a ``tỉnh`` that is not Vietnamese (``tỉnh Phông Sa Lỳ``).
        """
        seen: set[str] = set()
        parent = org.parent
        while parent and name_key(parent) not in seen:
            seen.add(name_key(parent))
            known = self.orgs.get(name_key(parent))
            if known is None:
                break
            if known.province:
                return known.province, False
            parent = known.parent
        if org.kind != "other":
            return None, False
        if org.district:
            unit = find_district(org.district, None, self.on)
            if unit is not None and unit.province:
                return unit.province, False
        province, elsewhere = province_in_name(org.name, self.on)
        return province, elsewhere and org_level(org, self.on) == "provincial"


def earliest(a: EvidenceSpan | None, b: EvidenceSpan | None) -> EvidenceSpan | None:
    if a is None or b is None:
        return a or b
    return min(a, b, key=lambda e: (e.start, e.end))
