"""The reference data files read as rows: national bodies and award types.

``data/reference/organizations.tsv`` lists the national bodies (Chính phủ, Bộ Tư pháp, Tổng cục
Thi hành án dân sự …) and ``data/reference/award_types.tsv`` the award types with their aliases
and the body that gives them. :func:`read_tsv` is the one reader of these tab-separated files
(the province and district gazetteers of :mod:`justicekg.admin_units` too): cells are NFC and
trimmed, and a row with the wrong number of cells is named by file and line.

The provinces and districts live in :mod:`justicekg.admin_units`, their mergers and renamings
in :mod:`justicekg.admin_changes`, and the graph built from all of them in
:mod:`justicekg.reference`.
"""

from __future__ import annotations

import csv
import unicodedata
from functools import cache
from pathlib import Path

from justicekg.config import DATA_DIR
from justicekg.errors import OntologyError
from justicekg.rdf.mint import name_key

__all__ = [
    "REFERENCE_DIR",
    "award_conferrer",
    "award_types",
    "canonical_award",
    "national_organizations",
    "read_tsv",
    "split_cell",
]

REFERENCE_DIR = DATA_DIR / "reference"


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of the tab-separated file ``path`` (first line: the header), cells NFC.

    Raises:
        OntologyError: the file cannot be read, or a row has the wrong number of cells
            (named ``path:line``).
    """
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


def split_cell(cell: str) -> tuple[str, ...]:
    """The values of a ``|``-separated cell (aliases), blanks dropped.

    >>> split_cell("TP.HCM | Sài Gòn|")
    ('TP.HCM', 'Sài Gòn')
    """
    return tuple(a.strip() for a in cell.split("|") if a.strip())


@cache
def national_organizations() -> tuple[dict[str, str], ...]:
    """Rows of ``data/reference/organizations.tsv`` (name, kind, parent, aliases)."""
    return tuple(read_tsv(REFERENCE_DIR / "organizations.tsv"))


@cache
def award_types() -> tuple[dict[str, str], ...]:
    """Rows of ``data/reference/award_types.tsv`` (name, aliases, conferrer)."""
    return tuple(read_tsv(REFERENCE_DIR / "award_types.tsv"))


def award_conferrer(award: str) -> str | None:
    """The body that gives the award type named ``award``, when the reference knows it.

    >>> award_conferrer("Cờ thi đua ngành Tư pháp")
    'Bộ Tư pháp'
    """
    key = name_key(award)
    for row in award_types():
        if key in {name_key(n) for n in (row["name"], *split_cell(row["aliases"]))}:
            return row["conferrer"] or None
    return None


def canonical_award(award: str) -> str:
    """The canonical name of an award type (aliases resolved), else ``award`` itself."""
    key = name_key(award)
    for row in award_types():
        if key in {name_key(n) for n in (row["name"], *split_cell(row["aliases"]))}:
            return row["name"]
    return award
