"""What became of a province or district: its current unit and the changes that ended it.

A unit that merged or was renamed names its successor; following the successors gives the unit
it is today (:func:`current_province`). Each resulting unit and day is one administrative
change, with a deterministic IRI (:func:`change_iri`), that ended the units it absorbed
(:func:`unit_changes`).

The units themselves, and finding one by name and date, live in :mod:`justicekg.admin_units`;
the change nodes written into the reference graph, in :mod:`justicekg.reference`.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from rdflib import URIRef

from justicekg.admin_units import AdminUnit, admin_units, successor
from justicekg.config import Settings
from justicekg.rdf.mint import mint_iri

__all__ = ["change_iri", "changes", "current_province", "unit_changes"]


def current_province(unit: AdminUnit) -> AdminUnit:
    """The unit ``unit`` became through every merger and renaming since (itself if none).

    >>> from justicekg.admin_units import resolve_unit
    >>> current_province(resolve_unit("Yên Bái")).name, current_province(resolve_unit("Huế")).name
    ('Lào Cai', 'Huế')
    """
    seen = {unit}
    while (nxt := successor(unit)) is not None and nxt not in seen:
        seen.add(nxt)
        unit = nxt
    return unit


@cache
def changes() -> dict[tuple[AdminUnit, str], tuple[AdminUnit, ...]]:
    """(resulting unit, day) → the units that change ended."""
    groups: dict[tuple[AdminUnit, str], list[AdminUnit]] = defaultdict(list)
    for unit in admin_units():
        after = successor(unit)
        if after is not None and unit.valid_to:
            groups[(after, unit.valid_to)].append(unit)
    return {k: tuple(v) for k, v in groups.items()}


def change_iri(result: AdminUnit, day: str, settings: Settings | None = None) -> URIRef:
    """The IRI of the change that produced ``result`` on ``day``."""
    return mint_iri("change", *result.slug_parts, day, settings=settings)


def unit_changes(
    unit: AdminUnit, settings: Settings | None = None
) -> tuple[URIRef | None, URIRef | None]:
    """The change that ended ``unit`` and the change it resulted from (None when none).

    >>> from justicekg.admin_units import resolve_unit
    >>> ended, began = unit_changes(resolve_unit("Lào Cai", "2026-01-01"))
    >>> ended is None, str(began).rsplit("/", 1)[1]
    (True, 'lao-cai--2025--2025-07-01-rvqehy')
    """
    after = successor(unit)
    ended = (
        change_iri(after, unit.valid_to, settings) if after is not None and unit.valid_to else None
    )
    began = (
        change_iri(unit, unit.valid_from, settings)
        if unit.valid_from and (unit, unit.valid_from) in changes()
        else None
    )
    return ended, began
