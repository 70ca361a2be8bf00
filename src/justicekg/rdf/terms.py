"""The terms the mapping writes: namespaces whose terms are looked up once, the concepts of
event kinds, award statuses and administrative levels, and typed dates and integers."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TypeVar, cast

from rdflib import Literal, URIRef

from justicekg.model import AWARD_STATUSES
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


TIME_EXACT: dict[URIRef | None, URIRef] = {
    XSD.date: TIME.inXSDDate,
    XSD.gYearMonth: TIME.inXSDgYearMonth,
    XSD.gYear: TIME.inXSDgYear,
}


@lru_cache(maxsize=1 << 14)
def integer(value: int) -> Literal:
    """An ``xsd:integer`` literal (offsets recur; rdflib's ``Literal()`` is slow)."""
    return Literal(value, datatype=XSD.integer)
