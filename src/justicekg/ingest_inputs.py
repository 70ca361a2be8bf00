"""The files an ingest reads: articles, extraction reports and harvested pages in WARC files.

Each comes with the folder it was found in, the root its id and published source are relative
to (:mod:`justicekg.identity`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from justicekg.errors import InputError

#: Suffixes read as articles; ``.json`` files are read as extraction reports.
ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
REPORT_SUFFIXES = frozenset({".json"})


def collect_sources(paths: Iterable[str | Path]) -> list[tuple[Path, Path | None]]:
    """Article and report files named by ``paths``, each with the folder it was found in.

    Folders are searched recursively; a file named itself has no folder (None). The folder is
    the ingest root its id and published source are relative to (:mod:`justicekg.identity`).

    Raises:
        InputError: a path that does not exist.
    """
    from justicekg.harvest.pages import harvested_pages
    from justicekg.harvest.warcs import is_warc

    found: list[tuple[Path, Path | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = [
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and (p.suffix.lower() in ARTICLE_SUFFIXES | REPORT_SUFFIXES or is_warc(p))
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            found.extend((p, path) for p in files if not is_warc(p))
            # harvested pages: the latest record of each URL over all the folder's WARC files
            found.extend((page, path) for page in harvested_pages([p for p in files if is_warc(p)]))  # type: ignore[misc]
        elif path.is_file() and is_warc(path):
            found.extend((page, None) for page in harvested_pages([path]))  # type: ignore[misc]
        elif path.is_file():
            found.append((path, None))
        else:
            raise InputError("no such file or folder", where=str(path))
    return found


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Article and report files named by ``paths`` (folders are searched recursively).

    Raises:
        InputError: a path that does not exist.
    """
    return [path for path, _root in collect_sources(paths)]
