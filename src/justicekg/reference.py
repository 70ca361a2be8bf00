"""The reference graph: entities shared by every article, built from data files.

* provinces and districts from ``data/gazetteers/provinces.tsv`` and ``districts.tsv``, with
  their validity intervals ``[jkg:validFrom, jkg:validUntil)`` and successor links (the 2025
  reform: 63 provinces became 34 on 2025-07-01, Quảng Bình → Quảng Trị; Thừa Thiên Huế → Huế on
  2025-01-01; the district level abolished on 2025-07-01);
* national bodies from ``data/reference/organizations.tsv`` (Chính phủ, Bộ Tư pháp, Tổng cục Thi
  hành án dân sự …) and award types from ``data/reference/award_types.tsv``;
* the SKOS concept schemes of the ontology (organization kinds, event kinds, award statuses,
  levels), so that every concept a fact links to is typed and labelled.

It lives in the named graph ``<base>graph/reference``. An article keeps a unit as it was on its
date: :func:`resolve_province` picks the unit of that name valid on the article's date.

>>> from justicekg.config import Settings
>>> g = reference_graph(Settings())
>>> qb = resolve_province("Quảng Bình")
>>> str(g.value(qb, JKG.succeededBy)) == str(resolve_province("Quảng Trị"))
True
"""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from justicekg.config import DATA_DIR, DEFAULT_BASE_IRI, Settings
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

__all__ = [
    "ORG_KIND_CLASSES",
    "AdminUnit",
    "admin_units",
    "award_conferrer",
    "change_iri",
    "current_province",
    "national_organizations",
    "reference_graph",
    "resolve_district",
    "resolve_province",
    "resolve_unit",
    "unit_changes",
]

GAZETTEER_DIR = DATA_DIR / "gazetteers"
REFERENCE_DIR = DATA_DIR / "reference"

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


@dataclass(frozen=True, slots=True)
class AdminUnit:
    """A province or district as it existed during ``[valid_from, valid_to)``."""

    level: str  # "province" | "district"
    name: str
    unit_type: str  # tỉnh, thành phố, huyện, quận, thị xã
    province: str | None  # the province of a district
    aliases: tuple[str, ...]
    valid_from: str | None
    valid_to: str | None
    successor: str | None
    gso_code: str
    slug_parts: tuple[str, ...]

    def is_valid_on(self, day: str | None) -> bool:
        """Whether the unit existed on ``day`` (ISO date; None means any day)."""
        if not day:
            return True
        day = day[:10]
        return (not self.valid_from or self.valid_from <= day) and (
            not self.valid_to or day < self.valid_to
        )

    def iri(self, settings: Settings | None = None) -> URIRef:
        return mint_iri(self.level, *self.slug_parts, settings=settings)


def _read_tsv(path: Path) -> list[dict[str, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise OntologyError(f"cannot read reference data: {exc}", where=str(path)) from exc
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t"))
    for n, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise OntologyError("wrong number of cells", where=f"{path}:{n}")
    return [
        {k: unicodedata.normalize("NFC", (v or "").strip()) for k, v in row.items()} for row in rows
    ]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split("|") if a.strip())


def _split_absorbers(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """A province that absorbed others and kept its name (``gso_code_before`` set: Quảng Trị,
    Lào Cai …) is two administrative identities: the province until the merger, with its old
    GSO code, succeeded by the merged province, with the new code. The first keeps the IRI the
    name alone gives; the second carries the year it began (identity rule 3)."""
    merged_on = {
        name_key(r["successor"]): r["valid_to"] for r in rows if r["successor"] and r["valid_to"]
    }
    out: list[dict[str, str]] = []
    for row in rows:
        before = row.get("gso_code_before", "")
        day = merged_on.get(name_key(row["name"]))
        if not before or not day or row["valid_to"]:
            out.append(row)
            continue
        out.append({**row, "valid_to": day, "successor": row["name"], "gso_code": before})
        out.append({**row, "valid_from": day, "aliases": row["aliases"]})
    return out


@cache
def admin_units() -> tuple[AdminUnit, ...]:
    """Every province and district of the gazetteers, with its slug disambiguated by validity.

    Raises:
        OntologyError: a gazetteer is missing or malformed.

    >>> sum(1 for u in admin_units() if u.level == "province" and u.is_valid_on("2025-06-30"))
    63
    """
    raw: list[tuple[str, dict[str, str]]] = [
        ("province", r) for r in _split_absorbers(_read_tsv(GAZETTEER_DIR / "provinces.tsv"))
    ] + [("district", r) for r in _read_tsv(GAZETTEER_DIR / "districts.tsv")]
    groups: dict[tuple[str, ...], list[dict[str, str]]] = defaultdict(list)
    for level, row in raw:
        key = (level, name_key(row["name"]), name_key(row.get("province", "")))
        groups[key].append(row)
    units = []
    for level, row in raw:
        key = (level, name_key(row["name"]), name_key(row.get("province", "")))
        parts: tuple[str, ...] = (row["name"],)
        if level == "district":
            parts += (row["province"],)
        # Same name (and province) twice: the later unit carries the year it began.
        if len(groups[key]) > 1 and row["valid_from"]:
            parts += (row["valid_from"][:4],)
        units.append(
            AdminUnit(
                level=level,
                name=row["name"],
                unit_type=row["kind"],
                province=row.get("province") or None,
                aliases=_split(row.get("aliases", "")),
                valid_from=row["valid_from"] or None,
                valid_to=row["valid_to"] or None,
                successor=row["successor"] or None,
                gso_code=row["gso_code"],
                slug_parts=parts,
            )
        )
    return tuple(units)


_PREFIXES = ("thành phố ", "tỉnh ", "tp. ", "tp ", "huyện ", "quận ", "thị xã ")


def _strip_prefix(name: str) -> str:
    low = name.strip().lower()
    for prefix in _PREFIXES:
        if low.startswith(prefix):
            return name.strip()[len(prefix) :]
    return name.strip()


@cache
def _index() -> dict[tuple[str, str], list[AdminUnit]]:
    index: dict[tuple[str, str], list[AdminUnit]] = defaultdict(list)
    for unit in admin_units():
        for name in (unit.name, *unit.aliases):
            index[(unit.level, name_key(name))].append(unit)
    return index


def _pick(candidates: list[AdminUnit], on: str | None) -> AdminUnit | None:
    if not candidates:
        return None
    valid = [u for u in candidates if u.is_valid_on(on)]
    pool = valid or candidates
    # Deterministic: the unit that started last among those valid (or known) wins.
    return max(pool, key=lambda u: (u.valid_from or "", u.name))


def find_province(name: str, on: str | None = None) -> AdminUnit | None:
    """The province called ``name`` (or an alias) that existed on ``on`` (ISO date)."""
    return _pick(_index().get(("province", name_key(_strip_prefix(name))), []), on)


def resolve_province(
    name: str, on: str | None = None, settings: Settings | None = None
) -> URIRef | None:
    """The IRI of the province called ``name`` on date ``on``, or None when unknown.

    >>> resolve_province("TP.HCM") == resolve_province("Hồ Chí Minh")
    True
    >>> resolve_province("Atlantis") is None
    True
    """
    unit = find_province(name, on)
    return unit.iri(settings) if unit else None


def district_period_day(unit: AdminUnit) -> str | None:
    """A day of the district's own period, to read its province on: its first day, else the
    day before it ended (on that day the province may itself be a new unit); None: any day."""
    return unit.valid_from or _day_before(unit.valid_to)


def find_district(name: str, province: str | None, on: str | None = None) -> AdminUnit | None:
    """The district called ``name`` (in ``province`` when given) that existed on ``on``."""
    candidates = _index().get(("district", name_key(_strip_prefix(name))), [])
    if province:
        pkey = name_key(_strip_prefix(province))
        prov = find_province(province, on)
        keys = {pkey} | ({name_key(prov.name)} if prov else set())
        candidates = [u for u in candidates if name_key(u.province or "") in keys]
    elif len({u.province for u in candidates}) > 1:
        return None  # ambiguous without its province
    return _pick(candidates, on)


def resolve_district(
    name: str,
    province: str | None = None,
    on: str | None = None,
    settings: Settings | None = None,
) -> URIRef | None:
    """The IRI of the district ``name`` of ``province`` on date ``on``, or None when unknown."""
    unit = find_district(name, province, on)
    return unit.iri(settings) if unit else None


@cache
def national_organizations() -> tuple[dict[str, str], ...]:
    """Rows of ``data/reference/organizations.tsv`` (name, kind, parent, aliases)."""
    return tuple(_read_tsv(REFERENCE_DIR / "organizations.tsv"))


@cache
def _award_types() -> tuple[dict[str, str], ...]:
    return tuple(_read_tsv(REFERENCE_DIR / "award_types.tsv"))


def award_conferrer(award: str) -> str | None:
    """The body that gives the award type named ``award``, when the reference knows it.

    >>> award_conferrer("Cờ thi đua ngành Tư pháp")
    'Bộ Tư pháp'
    """
    key = name_key(award)
    for row in _award_types():
        if key in {name_key(n) for n in (row["name"], *_split(row["aliases"]))}:
            return row["conferrer"] or None
    return None


def canonical_award(award: str) -> str:
    """The canonical name of an award type (aliases resolved), else ``award`` itself."""
    key = name_key(award)
    for row in _award_types():
        if key in {name_key(n) for n in (row["name"], *_split(row["aliases"]))}:
            return row["name"]
    return award


def _successor(unit: AdminUnit) -> AdminUnit | None:
    if not unit.successor:
        return None
    candidates = [
        u
        for u in _index().get((unit.level, name_key(unit.successor)), [])
        if u is not unit
        and (
            unit.level == "province" or name_key(u.province or "") == name_key(unit.province or "")
        )
    ]
    if not candidates:
        return None
    if unit.valid_to:
        starting = [u for u in candidates if u.valid_from == unit.valid_to]
        if starting:
            return starting[0]
    return _pick(candidates, unit.valid_to)


def _day_before(day: str | None) -> str | None:
    if not day:
        return None
    return (date.fromisoformat(day[:10]) - timedelta(days=1)).isoformat()


def current_province(unit: AdminUnit) -> AdminUnit:
    """The unit ``unit`` became through every merger and renaming since (itself if none).

    >>> current_province(resolve_unit("Yên Bái")).name, current_province(resolve_unit("Huế")).name
    ('Lào Cai', 'Huế')
    """
    seen = {unit}
    while (nxt := _successor(unit)) is not None and nxt not in seen:
        seen.add(nxt)
        unit = nxt
    return unit


def resolve_unit(name: str, on: str | None = None) -> AdminUnit:
    """The province unit named ``name`` on ``on`` (for doctests and callers that need one).

    Raises:
        OntologyError: no province of that name.
    """
    unit = find_province(name, on)
    if unit is None:
        raise OntologyError(f"no province named {name!r}")
    return unit


@cache
def _changes() -> dict[tuple[AdminUnit, str], tuple[AdminUnit, ...]]:
    """(resulting unit, day) → the units that change ended."""
    groups: dict[tuple[AdminUnit, str], list[AdminUnit]] = defaultdict(list)
    for unit in admin_units():
        successor = _successor(unit)
        if successor is not None and unit.valid_to:
            groups[(successor, unit.valid_to)].append(unit)
    return {k: tuple(v) for k, v in groups.items()}


def change_iri(result: AdminUnit, day: str, settings: Settings | None = None) -> URIRef:
    """The IRI of the change that produced ``result`` on ``day``."""
    return mint_iri("change", *result.slug_parts, day, settings=settings)


def unit_changes(
    unit: AdminUnit, settings: Settings | None = None
) -> tuple[URIRef | None, URIRef | None]:
    """The change that ended ``unit`` and the change it resulted from (None when none).

    >>> ended, began = unit_changes(resolve_unit("Lào Cai", "2026-01-01"))
    >>> ended is None, str(began).rsplit("/", 1)[1]
    (True, 'lao-cai--2025--2025-07-01-rvqehy')
    """
    successor = _successor(unit)
    ended = (
        change_iri(successor, unit.valid_to, settings)
        if successor is not None and unit.valid_to
        else None
    )
    began = (
        change_iri(unit, unit.valid_from, settings)
        if unit.valid_from and (unit, unit.valid_from) in _changes()
        else None
    )
    return ended, began


def _add_changes(graph: Graph, settings: Settings) -> None:
    """One jkg:AdministrativeChange per resulting unit and day: the units it ended
    (``jkg:changedBy``) and the unit it produced (``jkg:resultedFrom``)."""
    for (result, day), originals in _changes().items():
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
        successor = _successor(unit)
        if successor is not None:
            graph.add((node, JKG.succeededBy, successor.iri(settings)))
            graph.add((successor.iri(settings), JKG.precededBy, node))
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
        for alias in _split(row["aliases"]):
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
    for row in _award_types():
        node = mint_iri("award", row["name"], settings=settings)
        _add_typed(graph, node, JKG.AwardType)
        graph.add((node, SKOS.inScheme, JKG.AwardTypeScheme))
        graph.add((node, RDFS.label, Literal(row["name"], lang="vi")))
        graph.add((node, SKOS.prefLabel, Literal(row["name"], lang="vi")))
        for alias in _split(row["aliases"]):
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
