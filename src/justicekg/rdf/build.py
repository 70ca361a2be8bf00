"""Extraction report → the triples of the article's named graph, with PROV-O and evidence.

One article gives one named graph, ``<base>graph/<article-id>`` (:func:`graph_iri`), holding
what the article states: every entity typed with its class and all superclasses (SHACL runs
without inference), ``rdfs:label`` in ``@vi``; positions (``org:Membership``), participations,
award decisions, each with a ``jkg:Evidence`` node (sentence text and character offsets into
``schema:text`` of the article); the article itself (``schema:NewsArticle``); and PROV-O: the
graph ``prov:wasDerivedFrom`` the article and ``prov:wasGeneratedBy`` an extraction activity that
records the extractor's version and ``prov:generatedAtTime``.

The mapping uses no blank nodes and every IRI comes from :mod:`justicekg.rdf.mint`, so it is a
pure function of the report (and ``generated_at``): the same reports in any order give
isomorphic — in fact equal — datasets. Provinces and districts resolve to the reference units
valid on the article's date (:mod:`justicekg.reference`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TypeVar, cast
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from justicekg.config import Settings
from justicekg.errors import MappingError
from justicekg.identity import public_source
from justicekg.model import (
    AWARD_STATUSES,
    AwardDecision,
    ExtractionReport,
    Organization,
    Person,
    Position,
)
from justicekg.model import (
    Evidence as EvidenceSpan,
)
from justicekg.namespaces import DCTERMS as _DCTERMS
from justicekg.namespaces import FOAF as _FOAF
from justicekg.namespaces import JKG as _JKG
from justicekg.namespaces import ORG as _ORG
from justicekg.namespaces import PROV as _PROV
from justicekg.namespaces import RDF as _RDF
from justicekg.namespaces import RDFS as _RDFS
from justicekg.namespaces import SDO as _SDO
from justicekg.namespaces import SKOS as _SKOS
from justicekg.namespaces import TIME as _TIME
from justicekg.namespaces import XSD as _XSD
from justicekg.namespaces import bind_prefixes, type_closure
from justicekg.rdf.awards import achievement_year, is_giver
from justicekg.rdf.mint import (
    NATIONAL_KINDS,
    compose,
    event_iri,
    fold,
    graph_iri,
    iri_slug,
    mint_iri,
    name_key,
    person_context,
    slug,
)
from justicekg.rdf.tenure import Bound, Tenure, new_post_titles, read_tenure
from justicekg.reference import (
    ORG_KIND_CLASSES,
    AdminUnit,
    canonical_award,
    current_province,
    district_period_day,
    find_district,
    find_province,
    unit_changes,
)

T = TypeVar("T")


class _Terms:
    """A namespace whose terms are looked up once: rdflib's namespace ``__getattr__`` made
    ≈550 000 calls per 1 000 articles (4 % of an ingest), one per term used."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


def _cached(namespace: T) -> T:
    return cast(T, _Terms(namespace))


DCTERMS = _cached(_DCTERMS)
FOAF = _cached(_FOAF)
JKG = _cached(_JKG)
ORG = _cached(_ORG)
PROV = _cached(_PROV)
RDF = _cached(_RDF)
RDFS = _cached(_RDFS)
SDO = _cached(_SDO)
SKOS = _cached(_SKOS)
TIME = _cached(_TIME)
XSD = _cached(_XSD)

__all__ = ["build_dataset", "build_graph", "build_triples", "graph_iri", "typed_date"]

EVENT_KIND_CONCEPTS: dict[str, URIRef] = {
    "conference": JKG.eventConference,
    "ceremony": JKG.eventCeremony,
    "meeting": JKG.eventMeeting,
    "training": JKG.eventTraining,
    "inspection": JKG.eventInspection,
    "signing": JKG.eventSigning,
    "other": JKG.eventOther,
}
STATUS_CONCEPTS: dict[str, URIRef] = {
    "nominated": JKG.statusNominated,
    "conferred": JKG.statusConferred,
    "registered": JKG.statusRegistered,
}
LEVEL_CONCEPTS: dict[str, URIRef] = {
    "national": JKG.levelNational,
    "provincial": JKG.levelProvincial,
    "district": JKG.levelDistrict,
    "commune": JKG.levelCommune,
}
LEVEL_CLASSES: dict[str, URIRef] = {
    "provincial": JKG.ProvincialLevelOrganization,
    "district": JKG.DistrictLevelOrganization,
}
assert set(STATUS_CONCEPTS) == set(AWARD_STATUSES)

_DATE_FORMS: tuple[tuple[re.Pattern[str], URIRef], ...] = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear),
)


@lru_cache(maxsize=1 << 12)
def typed_date(value: str) -> Literal:
    """An ISO date, year-month or year as a typed literal; anything else as a plain string.

    A plain string is what the SHACL shapes report as a malformed date.

    >>> typed_date("2017-11-27").datatype == XSD.date
    True
    >>> typed_date("2017").datatype == XSD.gYear
    True
    >>> typed_date("27/11/2017").datatype is None
    True
    """
    value = value.strip()
    for pattern, datatype in _DATE_FORMS:
        if pattern.fullmatch(value):
            try:
                if datatype == XSD.date:
                    date.fromisoformat(value)
                elif datatype == XSD.gYearMonth and not 1 <= int(value[5:]) <= 12:
                    break
            except ValueError:
                break
            return Literal(value, datatype=datatype)
    return Literal(value)


_TIME_EXACT: dict[URIRef | None, URIRef] = {
    XSD.date: TIME.inXSDDate,
    XSD.gYearMonth: TIME.inXSDgYearMonth,
    XSD.gYear: TIME.inXSDgYear,
}


@lru_cache(maxsize=1 << 14)
def _integer(value: int) -> Literal:
    """An ``xsd:integer`` literal (offsets recur; rdflib's ``Literal()`` is slow)."""
    return Literal(value, datatype=XSD.integer)


def left_posts(positions: list[Position]) -> set[int]:
    """The indexes of the positions a person leaves in an appointment sentence.

    Positions that share a sentence and a start day are one appointment: the ones whose title
    follows a *new-post* cue (``giữ chức vụ Giám đốc``) begin that day, the others end then. When
    no cue tells them apart, none is taken as left.
    """
    groups: dict[tuple[int, int, str], list[int]] = {}
    for n, pos in enumerate(positions):
        if pos.start and pos.evidence is not None:
            key = (pos.evidence.start, pos.evidence.end, pos.start)
            groups.setdefault(key, []).append(n)
    left: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        sentence = positions[members[0]].evidence
        assert sentence is not None
        new = new_post_titles(sentence.text, [positions[n].title for n in members])
        if new and any(positions[n].title not in new for n in members):
            left.update(n for n in members if positions[n].title not in new)
    return left


_LABEL = RDFS.label

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")

_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"

_UNIT_WORD = re.compile(
    r"(?<!\w)(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|tỉnh|thành phố|huyện|quận|thị xã|"
    r"xã|phường|thị trấn)(?!\w)"
)
_UNIT_LEVEL = {
    "tỉnh ủy": "provincial",
    "tỉnh": "provincial",
    "huyện ủy": "district",
    "quận ủy": "district",
    "thị ủy": "district",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
}


def org_level(org: Organization, on: str | None = None) -> str | None:
    """The administrative level of an organization, from its kind, district and name.

    The first unit word of the name decides (``Phòng Tư pháp huyện X`` → district), ``thành
    phố`` / ``Thành ủy`` being provincial only before a province's name.

    >>> org_level(Organization("Sở Tư pháp tỉnh Nghệ An", "provincial-department"))
    'provincial'
    >>> org_level(Organization("Phòng Tư pháp thành phố Vinh"))
    'district'
    >>> org_level(Organization("Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"))
    'provincial'
    """
    if org.kind in NATIONAL_KINDS:
        return "national"
    if org.kind in ("provincial-department", "provincial-enforcement"):
        return "provincial"
    if org.kind == "district-enforcement" or org.district:
        return "district"
    if org.kind == "emulation-group":
        return None
    text = org.name.lower().replace("xã hội", "x hội")
    # Plural mentions (``Khối … các tỉnh``, ``Phòng Tư pháp các huyện``) name no unit.
    match = next(
        (m for m in _UNIT_WORD.finditer(text) if not text[: m.start()].endswith("các ")), None
    )
    if not match:
        return None
    word = match.group(1)
    if word in ("thành phố", "thành ủy"):
        rest = org.name[match.end() :].strip()
        return "provincial" if rest and find_province(rest, on) else "district"
    return _UNIT_LEVEL[word]


_PROVINCE_WORD = re.compile(r"(?<!\w)([Tt]ỉnh ủy|[Tt]hành ủy|[Tt]ỉnh|[Tt]hành phố)\s+(\w)")


def province_in_name(name: str, on: str | None = None) -> tuple[str | None, bool]:
    """The province an organization's name places it in, after ``tỉnh`` / ``thành phố``.

    Returns the province's name (None when the name names none that existed on ``on``) and
    whether the name places the body in some other ``tỉnh`` (a province outside Vietnam);
    an unknown ``thành phố`` may be a district-level city.

    >>> province_in_name("Phòng Công chứng số 1 tỉnh Hà Nam")
    ('Hà Nam', False)
    >>> province_in_name("Sở Tư pháp tỉnh Phông Sa Lỳ")
    (None, True)
    >>> province_in_name("Phòng Tư pháp thành phố Vinh")
    (None, False)
    """
    elsewhere = False
    for match in _PROVINCE_WORD.finditer(name):
        if not match.group(2).isupper():
            continue
        words = name[match.start(2) :].split()
        for size in range(min(5, len(words)), 0, -1):
            unit = find_province(" ".join(words[:size]), on)
            if unit is not None:
                return unit.name, False
        elsewhere = elsewhere or match.group(1).lower().startswith("tỉnh")
    return None, elsewhere


@dataclass(slots=True)
class _Builder:
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
                    _earliest(known.evidence, person.evidence),
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
            self.add(ev, JKG.startOffset, _integer(span.start))
            self.add(ev, JKG.endOffset, _integer(span.end))
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

    def person_iri(self, name: str) -> URIRef:
        key = name_key(name)
        if key in self.person_iris:
            return self.person_iris[key]
        person = self.persons.get(key)
        context = None
        if person is not None:
            rows = []
            for pos in person.positions:
                org = self.orgs.get(name_key(pos.organization)) if pos.organization else None
                rows.append(
                    (
                        pos.organization,
                        self.lineage_province(org.province) if org else None,
                        org.kind if org else None,
                    )
                )
            context = person_context(rows)
        parts = (name, context) if context else (name,)
        node = mint_iri("person", *parts, settings=self.settings)
        self.person_iris[key] = node
        self.typed(node, JKG.Person)
        self.label(node, person.name if person else name, FOAF.name)
        return node

    def title(self, text: str) -> URIRef:
        from justicekg.rdf.title_labels import preferred_title

        title = mint_iri("title", text, settings=self.settings)
        self.typed(title, JKG.Title)
        preferred = preferred_title(text)
        self.label(title, preferred, SKOS.prefLabel)
        if preferred != text:
            self.add(title, SKOS.altLabel, Literal(text, lang="vi"))
        self.add(title, SKOS.inScheme, JKG.TitleScheme)
        return title

    def add_person(self, person: Person) -> None:
        node = self.person_iri(person.name)
        self.evidence(node, person.evidence)
        left = left_posts(person.positions)
        for n, pos in enumerate(person.positions):
            tenure = read_tenure(
                pos.title, on=self.on, start=pos.start, end=pos.end, left=n in left
            )
            # A former post is the post itself (ended); an acting one keeps its title as written.
            title = self.title(pos.title if not tenure.kind == "former" else tenure.post_title)
            org = self.org(pos.organization) if pos.organization else None
            parts = [iri_slug(node), iri_slug(title)] + ([iri_slug(org)] if org else [])
            membership = mint_iri("position", compose(*parts), settings=self.settings, raw=True)
            self.typed(membership, JKG.Position)
            self.add(membership, ORG.member, node)
            self.add(node, ORG.hasMembership, membership)
            self.add(membership, ORG.role, title)
            if org is not None:
                self.add(membership, ORG.organization, org)
                self.add_post(membership, node, tenure.post_title, org)
            if tenure.acting:
                self.add(membership, JKG.acting, Literal(True))
            if tenure.attested and self.on:
                self.add(membership, JKG.attestedOn, typed_date(self.on[:10]))
            if tenure.begin.exact:
                self.add(membership, SDO.startDate, typed_date(tenure.begin.exact))
            if tenure.end.exact:
                self.add(membership, SDO.endDate, typed_date(tenure.end.exact))
            self.add_interval(membership, tenure, pos.evidence)
            self.evidence(membership, pos.evidence)

    def add_post(self, membership: URIRef, person: URIRef, title: str, org: URIRef) -> None:
        role = self.title(title)
        post = mint_iri(
            "post", compose(iri_slug(role), iri_slug(org)), settings=self.settings, raw=True
        )
        self.typed(post, JKG.Post)
        org_name = self.labels.get(org, "")
        self.label(post, f"{title} – {org_name}" if org_name else title)
        self.add(post, ORG.role, role)
        self.add(post, ORG.postIn, org)
        self.add(org, ORG.hasPost, post)
        self.add(person, ORG.holds, post)
        self.add(post, ORG.heldBy, person)
        self.add(membership, JKG.post, post)

    def add_interval(
        self, membership: URIRef, tenure: Tenure, evidence: EvidenceSpan | None
    ) -> None:
        """``org:memberDuring``: one interval per position; each article adds its own
        beginning and end instants (with the bounds it states and its evidence)."""
        interval = mint_iri("interval", iri_slug(membership), settings=self.settings, raw=True)
        self.add(interval, RDF.type, TIME.Interval)
        self.add(interval, RDF.type, TIME.TemporalEntity)
        self.add(membership, ORG.memberDuring, interval)
        for side, bound, prop in (
            ("begin", tenure.begin, TIME.hasBeginning),
            ("end", tenure.end, TIME.hasEnd),
        ):
            if bound == Bound():
                continue
            slug_ = compose(iri_slug(membership), self.article_slug, side)
            instant = mint_iri("instant", slug_, settings=self.settings, raw=True)
            self.add(instant, RDF.type, TIME.Instant)
            self.add(instant, RDF.type, TIME.TemporalEntity)
            self.add(interval, prop, instant)
            if bound.exact:
                exact = typed_date(bound.exact)
                self.add(instant, _TIME_EXACT.get(exact.datatype, TIME.inXSDDate), exact)
            if bound.not_before:
                self.add(instant, JKG.notBefore, Literal(bound.not_before, datatype=XSD.date))
            if bound.not_after:
                self.add(instant, JKG.notAfter, Literal(bound.not_after, datatype=XSD.date))
            self.add(instant, PROV.wasDerivedFrom, self.article)
            self.evidence(instant, evidence)

    def add_events(self) -> list[URIRef]:
        nodes = []
        for event in self.report.events:
            province = self.canonical_province(event.province)
            place = province or event.organizer or event.name
            node = event_iri(
                event.kind,
                event.date,
                place,
                name=event.name,
                organizer=event.organizer,
                article=self.report.article.id,
                text=event.evidence.text if event.evidence else None,
                settings=self.settings,
            )
            nodes.append(node)
            self.typed(node, JKG.Event)
            self.add(node, JKG.eventKind, EVENT_KIND_CONCEPTS.get(event.kind, JKG.eventOther))
            self.label(node, event.name or f"{event.kind} {event.date or ''}".strip())
            if event.date:
                self.add(node, SDO.startDate, typed_date(event.date))
            if event.location:
                self.add(node, SDO.location, Literal(event.location, lang="vi"))
            if event.province:
                self.add(node, JKG.province, self.province(event.province))
            if event.organizer:
                self.add(node, SDO.organizer, self.org(event.organizer))
            self.evidence(node, event.evidence)
            by_key = {name_key(k): v for k, v in event.participant_evidence.items()}
            for name in event.participants:
                person = self.person_iri(name)
                self.add(node, SDO.attendee, person)
                part = mint_iri(
                    "participation",
                    compose(iri_slug(person), iri_slug(node)),
                    settings=self.settings,
                    raw=True,
                )
                self.typed(part, JKG.Participation)
                self.add(part, JKG.participant, person)
                self.add(part, JKG.atEvent, node)
                self.evidence(part, by_key.get(name_key(name)))
        return nodes

    def add_awards(self, events: list[URIRef]) -> None:
        for decision in self.report.awards:
            name = canonical_award(decision.award)
            award = mint_iri("award", name, settings=self.settings)
            self.typed(award, JKG.AwardType)
            self.label(award, name, SKOS.prefLabel)
            self.add(award, SKOS.inScheme, JKG.AwardTypeScheme)
            if decision.recipient_kind == "person":
                recipient = self.person_iri(decision.recipient)
            else:
                recipient = self.org(decision.recipient)
            status = STATUS_CONCEPTS.get(decision.status)
            sentence = decision.evidence.text if decision.evidence else ""
            # The year of the achievement, never the ceremony's (None when not stated).
            year = (
                achievement_year(sentence, decision.year, self.award_context(decision))
                if sentence
                else decision.year
            )
            parts = [iri_slug(award), iri_slug(recipient), fold(decision.status) or "unknown"]
            parts.append(str(year) if year else "undated")
            node = mint_iri("decision", compose(*parts), settings=self.settings, raw=True)
            self.typed(node, JKG.AwardDecision)
            self.label(node, f"{name} – {decision.recipient}")
            self.add(node, JKG.award, award)
            self.add(node, JKG.recipient, recipient)
            # An unknown status is written as a plain literal: the shapes report it.
            self.add(node, JKG.awardStatus, status or Literal(decision.status))
            if year:
                self.add(node, JKG.year, Literal(int(year), datatype=XSD.integer))
            if decision.conferrer:
                self.add(node, JKG.conferrer, self.org(decision.conferrer))
            if is_giver(decision.recipient, sentence):
                # ``được X tặng``: X gives. Said as the conferrer, the shapes leave it out.
                self.add(node, JKG.conferrer, recipient)
            day = None
            if decision.event is not None:
                if not 0 <= decision.event < len(events):
                    raise MappingError(
                        f"award decision refers to event #{decision.event}, "
                        f"but the report has {len(events)} event(s)",
                        where=self.report.article.id,
                    )
                self.add(node, JKG.decidedAt, events[decision.event])
                day = self.report.events[decision.event].date
            day = day if day and len(day) == 10 else (self.on[:10] if self.on else None)
            if day and typed_date(day).datatype == XSD.date:
                self.add(node, JKG.decisionDate, typed_date(day))
            self.evidence(node, decision.evidence)

    def award_context(self, decision: AwardDecision) -> list[str]:
        """Other sentences about a decision's award: its event's name and sentence, and the
        article's sentences that name the award (where a year of achievement may be stated)."""
        found: list[str] = []
        if decision.event is not None and 0 <= decision.event < len(self.report.events):
            event = self.report.events[decision.event]
            found += [t for t in (event.name, event.evidence and event.evidence.text) if t]
        award = name_key(decision.award)
        for sentence in _SENTENCE_END.split(self.report.article.text):
            if award and award in name_key(sentence):
                found.append(sentence)
        return found

    def add_article(self) -> None:
        art = self.report.article
        node = self.typed(self.article, JKG.Article)
        self.add(node, DCTERMS.identifier, Literal(art.id))
        if art.title:
            self.label(node, art.title, SDO.headline)
        else:
            self.label(node, art.id)
        if art.url:
            # Percent-encode what an IRI may not hold (spaces, quotes, brackets).
            url = URIRef(quote(art.url.strip(), safe=_URL_SAFE))
            self.add(node, SDO.url, url)
            self.add(node, PROV.hadPrimarySource, url)
        if art.published:
            self.add(node, SDO.datePublished, typed_date(art.published))
        if art.publisher:
            self.add(node, SDO.publisher, self.org(art.publisher))
        if art.author:
            self.add(node, SDO.author, self.person_iri(art.author))
        if art.text:
            self.add(node, SDO.text, Literal(art.text, lang="vi"))
        source = public_source(art.source)
        if source:
            # Never a path of the ingesting machine: relative to the ingest root, or a name.
            self.add(node, DCTERMS.source, Literal(source))

    def add_provenance(self) -> None:
        graph = self.iri
        activity = mint_iri("activity", self.article_slug, settings=self.settings, raw=True)
        stamp = Literal(self.generated_at.isoformat(), datatype=XSD.dateTime)
        self.add(graph, RDF.type, PROV.Entity)
        self.add(graph, PROV.wasDerivedFrom, self.article)
        self.add(graph, PROV.wasGeneratedBy, activity)
        self.add(graph, PROV.generatedAtTime, stamp)
        self.typed(activity, JKG.ExtractionActivity)
        self.add(activity, PROV.used, self.article)
        self.add(activity, PROV.endedAtTime, stamp)
        extractor = self.report.extractor or "justicekg"
        self.add(activity, JKG.extractorVersion, Literal(extractor))
        agent = mint_iri("agent", extractor.split()[0], settings=self.settings)
        self.add(agent, RDF.type, PROV.SoftwareAgent)
        self.add(agent, RDF.type, PROV.Agent)
        self.add(agent, RDFS.label, Literal(extractor.split()[0]))
        self.add(activity, PROV.wasAssociatedWith, agent)

    def build(self) -> list[tuple[Node, Node, Node]]:
        for org in self.orgs.values():
            self.add_org(org)
        for person in self.persons.values():
            self.add_person(person)
        for name in self.report.provinces:
            self.province(name)
        for name in self.report.districts:
            province = self.district_province(name)
            if province or find_district(name, None, self.on) is not None:
                self.district(name, province)
        events = self.add_events()
        self.add_awards(events)
        self.add_article()
        self.add_provenance()
        return list(self.added)


def _earliest(a: EvidenceSpan | None, b: EvidenceSpan | None) -> EvidenceSpan | None:
    if a is None or b is None:
        return a or b
    return min(a, b, key=lambda e: (e.start, e.end))


def build_graph(
    report: ExtractionReport,
    settings: Settings,
    *,
    generated_at: datetime | None = None,
) -> Graph:
    """The named graph of one article: what it states, with evidence and provenance.

    Args:
        report: the extraction report of the article.
        settings: gives the base IRI.
        generated_at: the ``prov:generatedAtTime`` to record (now, in UTC, when None); fix it
            to get byte-identical graphs.

    Returns:
        A graph whose identifier is :func:`graph_iri` of the article.

    Raises:
        MappingError: the report is inconsistent (an award refers to a missing event).

    >>> from justicekg.model import Article
    >>> g = build_graph(ExtractionReport(Article(id="a1")), Settings())
    >>> str(g.identifier)
    'https://w3id.org/justicekg/graph/a1'
    """
    iri, triples = build_triples(report, settings, generated_at=generated_at)
    graph = bind_prefixes(Graph(identifier=iri))
    add = graph.add
    for triple in triples:
        add(triple)
    return graph


def build_triples(
    report: ExtractionReport,
    settings: Settings,
    *,
    generated_at: datetime | None = None,
) -> tuple[URIRef, list[tuple[Node, Node, Node]]]:
    """The named graph of one article as its IRI and a list of rdflib triples.

    The same triples as :func:`build_graph`, without filling an rdflib ``Graph`` (ingest
    validates and stores plain triples).

    Raises:
        MappingError: the report is inconsistent (an award refers to a missing event).

    >>> from justicekg.model import Article
    >>> iri, triples = build_triples(ExtractionReport(Article(id="a1")), Settings())
    >>> str(iri), len(triples) > 5
    ('https://w3id.org/justicekg/graph/a1', True)
    """
    if not report.article.id:
        raise MappingError("the report's article has no id")
    when = generated_at or datetime.now(UTC).replace(microsecond=0)
    builder = _Builder(report, settings, when)
    return builder.iri, builder.build()


def build_dataset(
    reports: Iterable[ExtractionReport],
    settings: Settings,
    *,
    generated_at: datetime | None = None,
    reference: Graph | None = None,
) -> Dataset:
    """A dataset with one named graph per report (and the reference graph when given).

    Raises:
        MappingError: a report cannot be mapped, or two reports share an article id.
    """
    dataset = Dataset()
    bind_prefixes(dataset)
    when = generated_at or datetime.now(UTC).replace(microsecond=0)
    seen: set[str] = set()
    graphs = [build_graph(r, settings, generated_at=when) for r in reports]
    if reference is not None:
        graphs.append(reference)
    for graph in graphs:
        iri = str(graph.identifier)
        if iri in seen:
            raise MappingError("two reports map to the same named graph", where=iri)
        seen.add(iri)
        target = dataset.graph(URIRef(iri))
        for triple in graph:
            target.add(triple)
    return dataset
