"""Restoring a corpus's out-of-git texts from saved answers of the search tool's ``pages`` corpus.

A corpus item records the ``query`` that returns its page and the page's ``url``; its text is
the excerpt of that result. Restoring is two steps around the search tool (which this module
never calls: it only reads answers saved to files):

- :func:`wanted_queries` lists each distinct query that still has items without a text, with
  those items' ids and URLs: one look-up per query, since one answer often holds several items.
- :func:`restore` reads saved answers (the tool's JSON answer, a list of its ``results``, or
  ``{"url", "excerpt"}`` objects), and writes ``texts/<id>.txt`` for every result whose URL is
  an item's and whose excerpt has the item's hash. A result whose excerpt differs from the hash is
  reported, never written: a wrong text would be scored as if it were the page.

Run as ``python -m justicekg.extract.corpus queries DIR`` and
``python -m justicekg.extract.corpus restore DIR ANSWER.json...``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from justicekg.extract.corpus import Item, canonical_text, load_items, text_hash

__all__ = ["Restored", "read_answers", "restore", "wanted_queries"]


@dataclass(slots=True)
class Restored:
    """What :func:`restore` did: ids written, ids whose excerpt differs from the hash.

    ``sources`` names, for each mismatched id, the answer file its excerpt came from.
    """

    written: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)


def wanted_queries(items: Iterable[Item]) -> dict[str, list[Item]]:
    """The items still without a text, grouped by their query (in the items' order)."""
    wanted: dict[str, list[Item]] = {}
    for item in items:
        if not item.text_path.is_file():
            wanted.setdefault(str(item.data.get("query") or ""), []).append(item)
    return wanted


def read_answers(path: str | Path) -> Iterator[tuple[str, str]]:
    """The ``(url, excerpt)`` pairs of one saved answer file.

    Raises ``ValueError`` naming the file when it is not JSON of one of the accepted shapes.
    """
    path = Path(path)
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not a readable JSON answer ({error})") from error
    if isinstance(data, dict):
        data = data.get("results", [data])
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a search answer, a list of results or one result")
    for number, result in enumerate(data, 1):
        if not isinstance(result, dict):
            raise ValueError(f"{path}: result {number} is not an object")
        url, excerpt = result.get("url"), result.get("excerpt")
        if isinstance(url, str) and isinstance(excerpt, str):
            yield url, excerpt


def restore(folder: str | Path, answers: Iterable[str | Path]) -> Restored:
    """Write the texts of ``folder``'s items found in ``answers`` whose hash matches.

    A text already present is left as it is; a mismatching excerpt is reported, not written.
    Raises ``ValueError`` naming the item's file when its id would put the text outside
    ``texts/``.
    """
    by_url: dict[str, list[Item]] = {}
    for item in load_items(folder):
        if item.text_path.parent != item.path.parent / "texts" or item.id in {"", ".", ".."}:
            raise ValueError(f"{item.path}: id {item.id!r} is no file name under texts/")
        by_url.setdefault(str(item.data.get("url") or ""), []).append(item)
    done = Restored()
    for path in answers:
        for url, excerpt in read_answers(path):
            for item in by_url.get(url, []):
                if item.text_path.is_file() or item.id in done.written:
                    continue
                if text_hash(excerpt) != item.data.get("text_sha256"):
                    if item.id not in done.mismatched:
                        done.mismatched.append(item.id)
                        done.sources[item.id] = str(path)
                    continue
                _write_whole(item.text_path, canonical_text(excerpt) + "\n")
                done.written.append(item.id)
                if item.id in done.mismatched:
                    done.mismatched.remove(item.id)
                    done.sources.pop(item.id, None)
    return done


def _write_whole(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path`` and move it there.

    An interrupted write never leaves a partial text at ``path``: one present file is taken
    as restored by every later run, so a cut-off copy would never be replaced.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
