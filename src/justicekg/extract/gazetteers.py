"""Load and cache the gazetteers in ``data/gazetteers/*.tsv``.

Every gazetteer is a UTF-8 TSV file with a header row. Values are NFC with the new tone
style (``Hóa``); ``|`` separates alternatives inside a cell. Loading is cached, so the files
are read once per process.

>>> [p.name for p in provinces() if p.gso_code == "38"]
['Thanh Hóa']
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from justicekg.config import DATA_DIR
from justicekg.errors import OntologyError
from justicekg.model import ORG_KINDS

GAZETTEER_DIR = DATA_DIR / "gazetteers"

#: What the cells of some gazetteers may hold, checked when one is loaded (a value outside
#: them is an error naming the file and line): per column, its allowed values (``""`` an empty
#: cell), or ``None`` for any text but the empty one.
CELLS: dict[str, dict[str, frozenset[str] | None]] = {
    "org_name_kinds": {"head": None, "kind": frozenset(ORG_KINDS)},
    "chu_nhiem_bodies": {
        "head": None,
        "page": frozenset({"yes", "chaired", ""}),
        "after": frozenset({"yes", ""}),
    },
    "org_organs": {
        "organ": None,
        "listed": frozenset({"yes", "lower", ""}),
        "named": frozenset({"yes", ""}),
    },
    "org_domain_levels": {
        "head": frozenset({"Phòng", "Cục"}),
        "domain": None,
        "level": frozenset({"district", "provincial"}),
    },
    "remote_words": {
        "word": None,
        "kind": frozenset({"not_title", "backing", "degree", "authored", "signed"}),
    },
    "post_decisions": {"word": None, "role": frozenset({"act", "post", "not_post"})},
    "bracketed_post_bodies": {"title": None, "heads": None},
    "profession_prefixes": {"title": None, "bodies": None},
    # plain word lists joined into a pattern: their column is named (a blank line is skipped)
    "count_nouns": {"word": None},
    "party_organs": {"word": None},
    "party_place_boards": {"word": None},
    "board_event_nouns": {"word": None},
    "club_name_stops": {"word": None},
    "visit_care_words": {"word": None},
    "caption_subjects": {"word": None},
    "career_work_leads": {"word": None, "subject": frozenset({"any", "person"})},
    "org_group_after_number": {"word": None},
    "ordinal_words": {"word": None, "value": frozenset({"2", "3", "4", "5"})},
}


@dataclass(frozen=True, slots=True)
class ProvinceRecord:
    """One province-level unit (tỉnh or centrally-run thành phố), current or historical."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    valid_from: str | None
    valid_to: str | None
    successor: str | None
    gso_code: str


@dataclass(frozen=True, slots=True)
class DistrictRecord:
    """One district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh)."""

    name: str
    kind: str
    province: str
    valid_from: str | None
    valid_to: str | None
    successor: str | None
    gso_code: str


def gazetteer_path(name: str) -> Path:
    """The path of gazetteer ``name`` (without ``.tsv``)."""
    return GAZETTEER_DIR / f"{name}.tsv"


@cache
def load_rows(name: str) -> tuple[dict[str, str], ...]:
    """All rows of gazetteer ``name`` as dicts keyed by the header.

    Raises:
        OntologyError: the file is missing, a row has the wrong number of cells, or a cell a
            value :data:`CELLS` does not allow (the message, from the catalogue, names the
            file and line).

    >>> load_rows("provinces")[0]["name"]
    'Hà Nội'
    """
    path = gazetteer_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        from justicekg.catalogue import Message  # (babel, only for the error)

        raise OntologyError(
            Message("gazetteer_unreadable", detail=str(exc)), where=str(path)
        ) from exc
    # (line number, line) of the lines that are not blank or comments: errors name the line
    lines = [
        (n, ln)
        for n, ln in enumerate(text.splitlines(), start=1)
        if ln.strip() and not ln.startswith("#")
    ]
    if not lines:
        from justicekg.catalogue import Message

        raise OntologyError(Message("gazetteer_empty"), where=str(path))
    header = next(csv.reader([lines[0][1]], delimiter="\t", quoting=csv.QUOTE_NONE))
    reader = csv.reader([ln for _, ln in lines[1:]], delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for (lineno, _), cells in zip(lines[1:], reader, strict=True):
        if len(cells) != len(header):
            from justicekg.catalogue import Message

            raise OntologyError(
                Message("gazetteer_cells", expected=len(header), found=len(cells)),
                where=f"{path}:{lineno}",
                hint=Message("gazetteer_cells_hint"),
            )
        rows.append(
            {h: unicodedata.normalize("NFC", c.strip()) for h, c in zip(header, cells, strict=True)}
        )
    if name in CELLS:
        _check_cells(path, CELLS[name], header, lines[0][0], [n for n, _ in lines[1:]], rows)
    return tuple(rows)


def _check_cells(
    path: Path,
    allowed: dict[str, frozenset[str] | None],
    header: list[str],
    header_line: int,
    numbers: list[int],
    rows: list[dict[str, str]],
) -> None:
    """Each column of ``allowed`` is in the header and each of its cells allowed (``None``:
    any text but the empty one); an error names the file and line."""
    from justicekg.catalogue import Message

    for key in allowed:
        if key not in header:
            raise OntologyError(
                Message("gazetteer_no_column", column=key), where=f"{path}:{header_line}"
            )
    for lineno, row in zip(numbers, rows, strict=True):
        for key, values in allowed.items():
            value = row[key]
            if values is None and not value:
                raise OntologyError(
                    Message("gazetteer_empty_cell", column=key), where=f"{path}:{lineno}"
                )
            if values is not None and value not in values:
                raise OntologyError(
                    Message("gazetteer_unknown_value", column=key, value=repr(value)),
                    where=f"{path}:{lineno}",
                    hint=Message(
                        "gazetteer_unknown_value_hint", allowed=", ".join(map(repr, sorted(values)))
                    ),
                )


def column(name: str, key: str = "name") -> tuple[str, ...]:
    """One column of a gazetteer as a tuple (e.g. every title)."""
    return tuple(r[key] for r in load_rows(name))


def read_by(name: str, reader: str, key: str = "word") -> tuple[str, ...]:
    """The ``key`` cells, in file order, of the rows of gazetteer ``name`` whose ``readers``
    cell (``|`` between them) names ``reader``: one list that several modules read in part.

    >>> read_by("village_words", "grassroots_number")
    ('khối', 'tổ')
    """
    return tuple(r[key] for r in load_rows(name) if reader in r["readers"].split("|"))


@cache
def surnames() -> frozenset[str]:
    """Every surname the ``surnames`` gazetteer lists."""
    return frozenset(column("surnames", "surname"))


def _opt(value: str) -> str | None:
    return value or None


@cache
def provinces() -> tuple[ProvinceRecord, ...]:
    """Every province-level unit, pre-2025, post-2025 and historical.

    >>> next(p for p in provinces() if p.name == "Quảng Bình").successor
    'Quảng Trị'
    """
    return tuple(
        ProvinceRecord(
            name=r["name"],
            kind=r["kind"],
            aliases=tuple(a for a in r["aliases"].split("|") if a),
            valid_from=_opt(r["valid_from"]),
            valid_to=_opt(r["valid_to"]),
            successor=_opt(r["successor"]),
            gso_code=r["gso_code"],
        )
        for r in load_rows("provinces")
    )


#: the gazetteer's note that tells two units of one name apart by their level
_KIND_NOTE = re.compile(r"[ \t]*\((?:Huyện|Thị xã|Thành phố|Quận)\)$")


@cache
def districts() -> tuple[DistrictRecord, ...]:
    """Every district-level unit the gazetteer knows (pre-2025 plus some historical)."""
    return tuple(
        DistrictRecord(
            # "Cai Lậy (Thị xã)": a town and a district of one name, told apart by their kind
            name=_KIND_NOTE.sub("", r["name"]),
            kind=r["kind"],
            province=r["province"],
            valid_from=_opt(r["valid_from"]),
            valid_to=_opt(r["valid_to"]),
            successor=_opt(r["successor"]),
            gso_code=r["gso_code"],
        )
        for r in load_rows("districts")
    )
