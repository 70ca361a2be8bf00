"""GENERATED from ontology/justicekg.ttl by justicekg.namespaces.generate_terms_module().

Do not edit: run ``justicekg gen-namespace`` after changing the ontology.
"""

# ruff: noqa: N815  (RDF property names are lowerCamel)

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class JKG(DefinedNamespace):
    """The justicekg ontology namespace (closed: unknown terms raise)."""

    _fail = True
    _NS = Namespace("https://w3id.org/justicekg/ontology#")

    acting: URIRef  # acting
    AdministrativeChange: URIRef  # Administrative change
    AdministrativeUnit: URIRef  # Administrative unit
    Article: URIRef  # Article
    atEvent: URIRef  # at event
    attestedOn: URIRef  # attested on
    award: URIRef  # award
    AwardDecision: URIRef  # Award decision
    awardStatus: URIRef  # award status
    AwardStatusScheme: URIRef  # Award statuses
    AwardType: URIRef  # Award type
    AwardTypeScheme: URIRef  # Award types
    betweennessCentrality: URIRef  # betweenness centrality
    changedBy: URIRef  # changed by
    community: URIRef  # community
    conferrer: URIRef  # conferrer
    Court: URIRef  # Court
    decidedAt: URIRef  # decided at
    decisionDate: URIRef  # decision date
    degreeCentrality: URIRef  # degree centrality
    District: URIRef  # District
    district: URIRef  # district
    DistrictEnforcementAgency: URIRef  # District civil judgment enforcement agency
    DistrictLevelOrganization: URIRef  # District-level organization
    eigenvectorCentrality: URIRef  # eigenvector centrality
    EmulationGroup: URIRef  # Emulation group
    endOffset: URIRef  # end offset
    Event: URIRef  # Event
    eventCeremony: URIRef  # Ceremony
    eventConference: URIRef  # Conference
    eventInspection: URIRef  # Inspection
    eventKind: URIRef  # event kind
    EventKindScheme: URIRef  # Event kinds
    eventMeeting: URIRef  # Meeting
    eventOther: URIRef  # Other event
    eventSigning: URIRef  # Signing
    eventTraining: URIRef  # Training
    Evidence: URIRef  # Evidence
    evidence: URIRef  # evidence
    ExtractionActivity: URIRef  # Extraction activity
    extractorVersion: URIRef  # extractor version
    GeneralDepartment: URIRef  # General department
    GovernmentBody: URIRef  # Government body
    gsoCode: URIRef  # GSO code
    inArticle: URIRef  # in article
    kindClass: URIRef  # kind class
    kindCourt: URIRef  # Court (organization kind)
    kindDistrictEnforcement: URIRef  # District enforcement agency (organization kind)
    kindEmulationGroup: URIRef  # Emulation group (organization kind)
    kindGeneralDepartment: URIRef  # General department (organization kind)
    kindGovernment: URIRef  # Government (organization kind)
    kindMinistry: URIRef  # Ministry (organization kind)
    kindMinistryUnit: URIRef  # Ministry unit (organization kind)
    kindOther: URIRef  # Other (organization kind)
    kindPartyCommittee: URIRef  # Party committee (organization kind)
    kindPeoplesCommittee: URIRef  # People's Committee (organization kind)
    kindPeoplesCouncil: URIRef  # People's Council (organization kind)
    kindPolice: URIRef  # Police (organization kind)
    kindProcuracy: URIRef  # Procuracy (organization kind)
    kindProvincialDepartment: URIRef  # Provincial department (organization kind)
    kindProvincialEnforcement: URIRef  # Provincial enforcement agency (organization kind)
    leftOut: URIRef  # left out
    level: URIRef  # administrative level
    levelCommune: URIRef  # Commune level
    levelDistrict: URIRef  # District level
    levelNational: URIRef  # National level
    levelProvincial: URIRef  # Provincial level
    LevelScheme: URIRef  # Administrative levels
    Ministry: URIRef  # Ministry
    MinistryUnit: URIRef  # Ministry unit
    notAfter: URIRef  # not after
    notBefore: URIRef  # not before
    Organization: URIRef  # Organization
    OrganizationKindScheme: URIRef  # Organization kinds
    OtherOrganization: URIRef  # Other organization
    participant: URIRef  # participant
    Participation: URIRef  # Participation
    PartyCommittee: URIRef  # Party committee
    PeoplesCommittee: URIRef  # People's Committee
    PeoplesCouncil: URIRef  # People's Council
    Person: URIRef  # Person
    PoliceAgency: URIRef  # Police agency
    Position: URIRef  # Position
    Post: URIRef  # Post
    post: URIRef  # post
    precededBy: URIRef  # preceded by
    Procuracy: URIRef  # Procuracy
    Province: URIRef  # Province
    province: URIRef  # province
    ProvincialDepartment: URIRef  # Provincial department
    ProvincialEnforcementAgency: URIRef  # Provincial civil judgment enforcement agency
    ProvincialLevelOrganization: URIRef  # Provincial-level organization
    quote: URIRef  # quote
    recipient: URIRef  # recipient
    resultedFrom: URIRef  # resulted from
    startOffset: URIRef  # start offset
    statusConferred: URIRef  # Conferred
    statusNominated: URIRef  # Nominated
    statusRegistered: URIRef  # Registered
    succeededBy: URIRef  # succeeded by
    Title: URIRef  # Title
    TitleScheme: URIRef  # Titles
    unitType: URIRef  # unit type
    validFrom: URIRef  # valid from
    validUntil: URIRef  # valid until
    year: URIRef  # year
