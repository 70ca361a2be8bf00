"""The registry of known sources (``data/sources.tsv``) and how a harvest target is named.

A target is a source id from the registry (``moj``, ``stp-bacninh``) or a URL; with no
target the harvest covers every current source of the registry.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urljoin

from justicekg.catalogue import Message
from justicekg.config import DATA_DIR
from justicekg.errors import InputError

__all__ = ["Source", "load_sources", "resolve_targets"]

SOURCES = DATA_DIR / "sources.tsv"
COLUMNS = ("id", "name", "base_url", "province", "kind", "discovery", "status", "evidence")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a harvest starts, with the site's known sitemaps, feeds and listing pages."""

    id: str
    base_url: str
    name: str = ""
    province: str = ""
    kind: str = ""
    status: str = "current"
    sitemaps: tuple[str, ...] = field(default_factory=tuple)
    feeds: tuple[str, ...] = field(default_factory=tuple)
    listings: tuple[str, ...] = field(default_factory=tuple)


def _hints(base: str, text: str, *, where: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {"sitemap": [], "feed": [], "listing": []}
    for hint in filter(None, (h.strip() for h in text.split(";"))):
        key, sep, value = hint.partition("=")
        if not sep or key not in found or not value:
            raise InputError(Message("harvest_bad_hint", hint=repr(hint)), where=where)
        found[key].append(urljoin(base, value))
    return {key: tuple(values) for key, values in found.items()}


@cache
def load_sources(path: Path = SOURCES) -> dict[str, Source]:
    """The registry by id.

    Raises:
        InputError: a malformed row (named by file and line).
    """
    sources: dict[str, Source] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [(n, line) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    reader = csv.reader((line for _n, line in rows), delimiter="\t")
    for (number, _line), row in zip(rows, reader, strict=True):
        where = f"{path}:{number}"
        if row == list(COLUMNS):
            continue
        if len(row) != len(COLUMNS):
            raise InputError(
                Message("harvest_columns", expected=len(COLUMNS), got=len(row)), where=where
            )
        values = dict(zip(COLUMNS, row, strict=True))
        hints = _hints(values["base_url"], values["discovery"], where=where)
        sources[values["id"]] = Source(
            id=values["id"],
            base_url=values["base_url"],
            name=values["name"],
            province=values["province"],
            kind=values["kind"],
            status=values["status"] or "current",
            sitemaps=hints["sitemap"],
            feeds=hints["feed"],
            listings=hints["listing"],
        )
    return sources


def resolve_targets(targets: list[str]) -> list[Source]:
    """Sources for the ids and URLs given (every current registry source when none).

    Raises:
        InputError: a name that is neither a known id nor an http(s) URL.
    """
    registry = load_sources()
    if not targets:
        return [s for s in registry.values() if s.status == "current"]
    found = []
    for target in targets:
        if target in registry:
            found.append(registry[target])
        elif target.startswith(("http://", "https://")):
            found.append(Source(id=target, base_url=target))
        else:
            raise InputError(
                Message("harvest_unknown_source", target=repr(target)),
                where=str(SOURCES),
                hint=Message("harvest_unknown_source_hint"),
            )
    return found
