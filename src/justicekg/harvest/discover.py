"""Find article URLs in what a site publishes about itself: sitemaps, feeds, listing pages.

Parsing only (fetching is :mod:`~justicekg.harvest.fetch`'s): sitemap indexes and URL sets
with ``lastmod``, RSS 2.0 and Atom feeds with their item dates, feed links announced by a page
(``<link rel="alternate">``), and the links of a listing page, sorted into further listing
pages (pagination: ``rel="next"``, ``?page=2``, ``/trang-2``, courlan's navigation patterns)
and article pages (URL shapes of the sector's portals, see ``data/harvest_patterns.tsv``).
Only links on the same host as the page are followed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

from justicekg.config import DATA_DIR

__all__ = [
    "Links",
    "canonical_url",
    "feed_entries",
    "feeds_in_page",
    "page_links",
    "sitemap_entries",
]

PATTERNS = DATA_DIR / "harvest_patterns.tsv"


@dataclass(frozen=True, slots=True)
class Links:
    """The links of a listing page worth following."""

    listings: list[str]
    articles: list[str]


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """``kind → one regex`` from ``data/harvest_patterns.tsv`` (kind, pattern, comment)."""
    found: dict[str, list[str]] = {}
    for line in PATTERNS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "kind\t")):
            continue
        kind, pattern = line.split("\t")[:2]
        found.setdefault(kind, []).append(f"(?:{pattern})")
    return {kind: re.compile("|".join(alts), re.IGNORECASE) for kind, alts in found.items()}


def canonical_url(url: str, base: str | None = None) -> str | None:
    """An absolute http(s) URL without fragment, tracking parameters or default port.

    >>> canonical_url("HTTP://Example.org:80/a.html?utm_source=x&id=2#top")
    'http://example.org/a.html?id=2'
    """
    from courlan import normalize_url

    url = urljoin(base, url.strip()) if base else url.strip()
    url = urldefrag(url)[0]
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    try:
        url = normalize_url(url, strict=True)
    except ValueError:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port
    default = {"http": 80, "https": 443}[parts.scheme.lower()]
    netloc = host if port in (None, default) else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def _xml(body: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        return etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return None


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _when(text: str | None) -> date | None:
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError):
        return None


def sitemap_entries(body: bytes, base: str) -> tuple[list[str], list[tuple[str, date | None]]]:
    """(child sitemaps, page URLs with their ``lastmod``) of a sitemap or sitemap index."""
    root = _xml(body)
    children: list[str] = []
    pages: list[tuple[str, date | None]] = []
    if root is None:
        return children, pages
    kind = _local(root.tag)
    for entry in root:
        fields = {_local(child.tag): (child.text or "").strip() for child in entry}
        url = canonical_url(fields.get("loc", ""), base)
        if not url:
            continue
        if kind == "sitemapindex" or _local(entry.tag) == "sitemap":
            children.append(url)
        else:
            pages.append((url, _when(fields.get("lastmod"))))
    return children, pages


def feed_entries(body: bytes, base: str) -> list[tuple[str, date | None]]:
    """The item links of an RSS 2.0 or Atom feed, with their publication dates."""
    root = _xml(body)
    found: list[tuple[str, date | None]] = []
    if root is None:
        return found
    for element in root.iter():
        if _local(element.tag) not in ("item", "entry"):
            continue
        link, when = None, None
        for child in element:
            name = _local(child.tag)
            if name == "link":
                link = child.get("href") or (child.text or "").strip() or link
            elif name in ("pubdate", "published", "updated", "date") and when is None:
                when = _when(child.text)
        url = canonical_url(link, base) if link else None
        if url:
            found.append((url, when))
    return found


def _html(body: str) -> Any:
    from lxml import html

    try:
        return html.fromstring(body)
    except (ValueError, TypeError, Exception):  # lxml raises ParserError on empty documents
        return None


def feeds_in_page(body: str, base: str) -> list[str]:
    """Feed URLs a page announces (``<link rel="alternate" type="application/rss+xml">``)."""
    root = _html(body)
    if root is None:
        return []
    found = []
    for link in root.iter("link"):
        kind = (link.get("type") or "").lower()
        if "alternate" in (link.get("rel") or "").lower() and ("rss" in kind or "atom" in kind):
            url = canonical_url(link.get("href") or "", base)
            if url and url not in found:
                found.append(url)
    return found


def page_links(body: str, base: str) -> Links:
    """Same-host links of a listing page: further listing pages and article pages."""
    from courlan import is_navigation_page, is_not_crawlable

    root = _html(body)
    listings: list[str] = []
    articles: list[str] = []
    if root is None:
        return Links(listings, articles)
    host = urlsplit(base).netloc.lower()
    patterns = _patterns()
    for anchor in root.iter("a", "link"):
        href = anchor.get("href")
        if not href or href.startswith(("mailto:", "javascript:", "tel:")):
            continue
        url = canonical_url(href, base)
        if not url or urlsplit(url).netloc != host or url == canonical_url(base):
            continue
        if patterns["skip"].search(url) or is_not_crawlable(url):
            continue
        rel = (anchor.get("rel") or "").lower()
        if anchor.tag == "link" and "next" not in rel:
            continue
        if "next" in rel or patterns["listing"].search(url) or is_navigation_page(url):
            bucket = listings
        elif patterns["article"].search(url):
            bucket = articles
        else:
            continue
        if url not in bucket:
            bucket.append(url)
    return Links(listings, articles)
