"""Load and cache the gazetteers in ``data/gazetteers/*.tsv``.

Every gazetteer is a UTF-8 TSV file with a header row. Values are NFC with the new tone
style (``Hóa``); ``|`` separates alternatives inside a cell. Loading is cached, so the files
are read once per process; what is built from them (a pattern, a set of words) is cached by
:func:`derived` (or registered with :func:`on_reload`), and :func:`reload` forgets both.

>>> [p.name for p in provinces() if p.gso_code == "38"]
['Thanh Hóa']
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from justicekg.config import DATA_DIR
from justicekg.errors import OntologyError
from justicekg.model import ORG_KINDS

GAZETTEER_DIR = DATA_DIR / "gazetteers"

_T = TypeVar("_T")

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
        "head": frozenset({"Phòng", "Cục", "Trung tâm"}),
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
    "board_event_nouns": {"word": None, "generic": frozenset({"yes", ""})},
    "title_after_words": {
        "word": None,
        "role": frozenset({"level", "parent", "school", "school_unit", "title_first"}),
    },
    "press_name_stops": {
        "word": None,
        "role": frozenset({"stop", "verb"}),
        "alone": frozenset({"yes", ""}),
    },
    "other_event_heads": {"word": None},
    "organizing_board_events": {"word": None},
    "left_board_members": {"word": None, "role": frozenset({"member", "own_board"})},
    "club_name_stops": {"word": None},
    "visit_care_words": {"word": None},
    "plural_subject_nouns": {"word": None},
    "vote_verbs": {"word": None},
    "opening_time_words": {"word": None},
    "tallied_activity_nouns": {"word": None},
    "caption_subjects": {"word": None},
    "caption_verbs": {"word": None},
    "member_body_heads": {"word": None},
    "body_level_words": {
        "word": None,
        "level": frozenset({"national", "provincial", "district", "commune"}),
        "start": frozenset({"yes", ""}),
    },
    "career_work_leads": {"word": None, "subject": frozenset({"any", "person"})},
    "org_group_after_number": {"word": None},
    "party_title_forms": {
        "committee": None,
        "role": frozenset({"secretary", "member"}),
        "title": frozenset({"drop", "keep"}),
        "alone": None,
        "with": None,
    },
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


#: the ``cache_clear`` of every cache of what was built from the gazetteers (:func:`reload`)
_ON_RELOAD: list[Callable[[], None]] = []


def on_reload(clear: Callable[[], None]) -> None:
    """Have :func:`reload` call ``clear``: the ``cache_clear`` of a cache whose values were
    built from the gazetteers (one that takes arguments; else use :func:`derived`)."""
    _ON_RELOAD.append(clear)


def derived(build: Callable[[], _T]) -> Callable[[], _T]:
    """``functools.cache`` for a function of no arguments that builds something from the
    gazetteers (a pattern, a set of words): built on its first call, and again on the first
    after :func:`reload` (so a module does no work when imported).

    >>> calls = []
    >>> @derived
    ... def words() -> tuple[str, ...]:
    ...     calls.append(1)
    ...     return column("check_object_nouns", "word")
    >>> words() is words(), len(calls)
    (True, 1)
    >>> reload(); _ = words(); len(calls)
    2
    """
    cached = cache(build)
    on_reload(cached.cache_clear)
    return cached


class LazyPattern:
    """A regex that ``build`` compiles from the gazetteers (:func:`derived`: on first use and
    again after :func:`reload`), used as the compiled pattern is, for one that other modules
    import by name (``event_kinds.NOT_CUES``): they keep the name, and read a reload.

    >>> p = LazyPattern(lambda: re.compile(f"(?:{alternation('check_object_nouns')})"))
    >>> p.sub("_", "kiểm tra văn bản")
    'kiểm tra _'
    """

    __slots__ = ("_compiled",)

    def __init__(self, build: Callable[[], re.Pattern[str]]) -> None:
        self._compiled = derived(build)

    @property
    def pattern(self) -> str:
        return self._compiled().pattern

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().match(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._compiled().sub(repl, string, count)


def reload() -> None:
    """Forget the gazetteers read and what was built from them: they are read again (from
    :data:`GAZETTEER_DIR`) when next asked, so a changed row takes effect (a test's)."""
    load_rows.cache_clear()
    for clear in _ON_RELOAD:
        clear()


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


def alternation(name: str, key: str = "word", **where: str) -> str:
    r"""The ``key`` cells of gazetteer ``name`` as the alternatives of a regex, to join into a
    pattern: each escaped, a space in it matching any run of whitespace (``\s+``), the longest
    first (``cán bộ, công chức`` is tried before ``cán bộ``); of only the rows whose cells are
    those of ``where`` (``subject="person"``), if given.

    >>> re.fullmatch(f"(?:{alternation('check_object_nouns')})", "văn  bản") is not None
    True
    """
    words = [
        r[key] for r in load_rows(name) if all(r[col] == value for col, value in where.items())
    ]
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def alternation_any_case(name: str) -> str:
    r"""The words of gazetteer ``name`` (lower case) as regex alternatives, in file order, whose
    first letter also matches capitalized (``đoàn`` → ``[Đđ]oàn``; a space matches ``\s+``).

    >>> re.fullmatch(alternation_any_case("tallied_activity_nouns"), "Đoàn") is not None
    True
    """
    return "|".join(
        f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}".replace(r"\ ", r"\s+")
        for w in column(name, "word")
    )


def read_by(name: str, reader: str, key: str = "word") -> tuple[str, ...]:
    """The ``key`` cells, in file order, of the rows of gazetteer ``name`` whose ``readers``
    cell (``|`` between them) names ``reader``: one list that several modules read in part.

    >>> read_by("village_words", "grassroots_number")
    ('khối', 'tổ')
    """
    return tuple(r[key] for r in load_rows(name) if reader in r["readers"].split("|"))


@derived
def surnames() -> frozenset[str]:
    """Every surname the ``surnames`` gazetteer lists."""
    return frozenset(column("surnames", "surname"))


def _opt(value: str) -> str | None:
    return value or None


@derived
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


@derived
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
