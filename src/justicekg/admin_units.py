"""Provinces and districts as they were: validity intervals, and the unit a name meant on a day.

The units come from ``data/gazetteers/provinces.tsv`` and ``districts.tsv``, each valid during
``[valid_from, valid_to)`` and naming its successor (the 2025 reform: 63 provinces became 34 on
2025-07-01, Quảng Bình → Quảng Trị; Thừa Thiên Huế → Huế on 2025-01-01; the district level
abolished on 2025-07-01). An article keeps a unit as it was on its date: :func:`find_province`
and :func:`find_district` pick the unit of that name (or alias) valid on the article's date.

What became of a unit (its current province, the change events and their IRIs) lives in
:mod:`justicekg.admin_changes`; the reference graph built from the units, in
:mod:`justicekg.reference`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from rdflib import URIRef

from justicekg.config import DATA_DIR, Settings
from justicekg.errors import OntologyError
from justicekg.rdf.mint import mint_iri, name_key
from justicekg.reference_data import read_tsv, split_cell

__all__ = [
    "GAZETTEER_DIR",
    "AdminUnit",
    "admin_units",
    "district_period_day",
    "find_district",
    "find_province",
    "resolve_district",
    "resolve_province",
    "resolve_unit",
    "successor",
]

GAZETTEER_DIR = DATA_DIR / "gazetteers"


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
        ("province", r) for r in _split_absorbers(read_tsv(GAZETTEER_DIR / "provinces.tsv"))
    ] + [("district", r) for r in read_tsv(GAZETTEER_DIR / "districts.tsv")]
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
                aliases=split_cell(row.get("aliases", "")),
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


def successor(unit: AdminUnit) -> AdminUnit | None:
    """The unit that followed ``unit`` when it ended (None when it has not ended or the
    successor it names is unknown).

    >>> successor(resolve_unit("Quảng Bình")).name
    'Quảng Trị'
    """
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


def resolve_unit(name: str, on: str | None = None) -> AdminUnit:
    """The province unit named ``name`` on ``on`` (for doctests and callers that need one).

    Raises:
        OntologyError: no province of that name.
    """
    unit = find_province(name, on)
    if unit is None:
        raise OntologyError(f"no province named {name!r}")
    return unit
