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
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from justicekg.config import Settings
from justicekg.errors import MappingError
from justicekg.identity import public_source
from justicekg.model import (
    AwardDecision,
    ExtractionReport,
    Person,
)
from justicekg.model import (
    Evidence as EvidenceSpan,
)
from justicekg.namespaces import bind_prefixes
from justicekg.rdf.awards import achievement_year, is_giver
from justicekg.rdf.build_core import BuilderCore
from justicekg.rdf.mint import (
    compose,
    event_iri,
    fold,
    graph_iri,
    iri_slug,
    mint_iri,
    name_key,
    person_context,
)
from justicekg.rdf.tenure import Bound, Tenure, left_posts, read_tenure
from justicekg.rdf.terms import (
    DCTERMS,
    EVENT_KIND_CONCEPTS,
    FOAF,
    JKG,
    ORG,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    STATUS_CONCEPTS,
    TIME,
    TIME_EXACT,
    XSD,
    typed_date,
)
from justicekg.reference import (
    canonical_award,
    find_district,
)

__all__ = ["build_dataset", "build_graph", "build_triples", "graph_iri", "typed_date"]

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")

_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


@dataclass(slots=True)
class _Builder(BuilderCore):
    """The whole article graph: the core's places and organizations, then persons and their
    posts, events, award decisions, the article and the graph's provenance."""

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
                self.add(instant, TIME_EXACT.get(exact.datatype, TIME.inXSDDate), exact)
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
