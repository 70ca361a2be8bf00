"""Article identity: the id an article is stored under, and the source path it publishes.

An article's id names its graph (``<base>graph/<slug of the id>``), so two different articles
must never get the same one, and the same article must get the same one in every run:

* an article whose URL is known (an HTML page's canonical URL) is identified by it:
  ``https://www.moj.gov.vn/tin/a-123.html`` → ``moj.gov.vn/tin/a-123``;
* otherwise by its path relative to the folder it was ingested from, without the suffix:
  ``ingest data/eval`` reads ``a/articles/h01.txt`` as ``a/articles/h01``; a file named on
  the command line is its stem.

The source an article publishes (``dcterms:source``) is that relative path, never a path of
the ingesting machine.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

__all__ = ["article_id", "public_source", "relative_source", "url_id"]

#: Longer ids are cut and given a digest of the whole (an IRI stays readable).
MAX_ID_LENGTH = 120
_PAGE_SUFFIX = re.compile(r"\.(?:html?|aspx?|php|jsp)$", re.IGNORECASE)


def url_id(url: str | None) -> str | None:
    """The id of the article at ``url`` (http/https only): host and path, no scheme.

    >>> url_id("https://www.moj.gov.vn/qt/tintuc/Pages/a-123.aspx")
    'moj.gov.vn/qt/tintuc/Pages/a-123'
    >>> url_id("https://stp.example.vn/news?id=7") , url_id("javascript:alert(1)")
    ('stp.example.vn/news?id=7', None)
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    path = _PAGE_SUFFIX.sub("", parts.path.rstrip("/"))
    return _bounded(host + path + (f"?{parts.query}" if parts.query else ""))


def relative_source(path: Path, root: Path | None) -> str:
    """``path`` relative to the ingest ``root`` (a file given itself: its name), POSIX style.

    >>> relative_source(Path("data/eval/a/articles/h01.txt"), Path("data/eval"))
    'a/articles/h01.txt'
    >>> relative_source(Path("/home/me/x.txt"), None)
    'x.txt'
    """
    if root is not None and root != path:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def article_id(path: Path, root: Path | None = None, url: str | None = None) -> str:
    """The id of the article read from ``path`` under ``root``: from its URL when known.

    >>> article_id(Path("corpus/a/aa.txt"), Path("corpus"))
    'a/aa'
    >>> article_id(Path("corpus/a/aa.txt"))
    'aa'
    """
    from_url = url_id(url)
    if from_url:
        return from_url
    return _bounded(str(PurePosixPath(relative_source(path, root)).with_suffix("")))


def public_source(source: str | None) -> str | None:
    """A source path fit to publish: an absolute path is cut to its file name.

    >>> public_source("/home/me/articles/x.txt"), public_source("a/x.txt")
    ('x.txt', 'a/x.txt')
    """
    if not source:
        return source
    for flavour in (PurePosixPath, PureWindowsPath):
        pure = flavour(source)
        if pure.is_absolute() or pure.drive:
            return pure.name
    return source


def _bounded(ident: str) -> str:
    if len(ident) <= MAX_ID_LENGTH:
        return ident
    digest = hashlib.sha256(ident.encode()).hexdigest()[:10]
    return f"{ident[: MAX_ID_LENGTH - 11]}-{digest}"
