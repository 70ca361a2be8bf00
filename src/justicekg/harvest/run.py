"""One harvest run: discover each source's article pages, fetch what is new or changed, keep it.

For each source: robots.txt, then its sitemaps (robots ``Sitemap:`` lines, the registry's
hints, else ``/sitemap.xml``), the start page with the feeds it announces, and listing pages
(pagination) up to ``max_listings``; then the article pages, at most ``max_pages`` per run,
skipping those robots.txt disallows and those whose sitemap or feed date is before ``since``.
Every request is conditional when the folder already holds the URL (a second run over an
unchanged site makes only conditional requests and stores nothing new); a page whose content is
already stored under another URL is kept as a WARC revisit record (ingested once).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from justicekg.catalogue import Message
from justicekg.harvest.discover import (
    canonical_url,
    feed_entries,
    feeds_in_page,
    page_links,
    sitemap_entries,
)
from justicekg.harvest.fetch import Fetcher, Response
from justicekg.harvest.sources import Source
from justicekg.harvest.state import Known, State
from justicekg.harvest.warcs import WarcWriter, read_record

__all__ = ["HarvestSummary", "Harvester"]

MAX_SITEMAPS = 50


@dataclass(slots=True)
class HarvestSummary:
    """What a run did, by count; ``failures`` names each URL that could not be fetched."""

    stored: int = 0
    not_modified: int = 0
    duplicates: int = 0
    disallowed: int = 0
    skipped_old: int = 0
    requests: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warc_files: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Page:
    url: str
    body: bytes
    content_type: str | None
    changed: bool


class Harvester:
    """Harvest sources into ``out`` (WARC files and the state)."""

    def __init__(
        self,
        out: Path,
        fetcher: Fetcher,
        *,
        max_pages: int = 1000,
        max_listings: int = 30,
        since: date | None = None,
        log: Callable[[str], None] = lambda _m: None,
    ) -> None:
        from justicekg import __version__

        self.out = out
        self.fetcher = fetcher
        self.max_pages = max_pages
        self.max_listings = max_listings
        self.since = since
        self.log = log
        self.state = State(out)
        self.warc = WarcWriter(out, software=f"justicekg {__version__}")
        self.summary = HarvestSummary()
        self._done: set[str] = set()
        self._articles = 0

    def close(self) -> None:
        self.warc.close()
        self.state.close()
        self.summary.requests = self.fetcher.requests
        if self.warc.path is not None:
            self.summary.warc_files.append(self.warc.path.name)

    def run(self, sources: list[Source]) -> HarvestSummary:
        try:
            for source in sources:
                if self._articles >= self.max_pages:
                    break
                self._source(source)
        finally:
            self.close()
        return self.summary

    # -- fetching ---------------------------------------------------------------------------

    def _get(self, url: str) -> tuple[Known | None, Response]:
        """GET ``url``, conditionally when the folder already holds it."""
        known = self.state.get(url)
        response = self.fetcher.get(
            url,
            etag=known.etag if known else None,
            last_modified=known.last_modified if known else None,
        )
        return known, response

    def _robots(self, url: str) -> Response | None:
        """robots.txt of a host (asked conditionally; a 4xx is passed on: it allows all)."""
        import urllib3

        try:
            known, response = self._get(url)
        except urllib3.exceptions.HTTPError:
            return None
        if response.not_modified and known is not None and known.warc is not None:
            record = read_record(self.out / known.warc, known.warc_offset or 0)
            response.status, response.body = 200, record.body
        elif response.status == 200:
            self._keep(url, response, "robots")
        return response

    def _fetch(
        self, url: str, role: str, *, check_robots: bool = True, missing_ok: bool = False
    ) -> _Page | None:
        """GET ``url`` conditionally; its body (stored copy when not modified), or None."""
        import urllib3

        if check_robots and not self.fetcher.allowed(url, self._robots):
            self.summary.disallowed += 1
            self.log(Message("harvest_log_disallowed", url=url))
            return None
        try:
            known, response = self._get(url)
        except urllib3.exceptions.HTTPError as exc:
            self.summary.failures.append((url, str(exc)))
            self.log(Message("harvest_log_failed", url=url, reason=str(exc)))
            return None
        self._done.add(url)
        if response.not_modified and known is not None:
            if role == "article":
                self.summary.not_modified += 1
            if known.warc is None or known.warc_offset is None:
                return _Page(url, b"", None, changed=False)
            record = read_record(self.out / known.warc, known.warc_offset)
            return _Page(record.url, record.body, record.content_type, changed=False)
        if response.status != 200:
            if missing_ok and response.status in (404, 410):
                return None
            self.summary.failures.append((url, f"HTTP {response.status}"))
            self.log(Message("harvest_log_failed", url=url, reason=f"HTTP {response.status}"))
            return None
        return self._keep(url, response, role)

    def _keep(self, url: str, response: Response, role: str) -> _Page:
        final = canonical_url(response.url) or url
        self._done.add(final)
        digest = hashlib.sha256(response.body).hexdigest()
        validators = {
            "etag": response.header("ETag"),
            "last_modified": response.header("Last-Modified"),
        }
        twin = self.state.url_with_hash(digest, other_than=final) if role == "article" else None
        if twin is not None and twin != url:
            self.warc.write_revisit(
                final, refers_to=twin, digest=f"sha256:{digest}", fetched_at=response.fetched_at
            )
            self.state.record(
                url, role="duplicate", sha256=digest, warc=None, warc_offset=None,
                fetched_at=response.fetched_at.isoformat(), **validators,
            )  # fmt: skip
            self.summary.duplicates += 1
            self.log(Message("harvest_log_duplicate", twin=twin, url=final))
            return _Page(final, response.body, response.header("Content-Type"), changed=False)
        name, offset = self.warc.write_response(
            final,
            status=response.status,
            reason=response.reason,
            headers=response.headers,
            body=response.body,
            role=role,
            fetched_at=response.fetched_at,
        )
        for key in {url, final}:
            self.state.record(
                key, role=role, sha256=digest, warc=name, warc_offset=offset,
                fetched_at=response.fetched_at.isoformat(), **validators,
            )  # fmt: skip
        if role == "article":
            self.summary.stored += 1
            self.log(Message("harvest_log_stored", url=final))
        return _Page(final, response.body, response.header("Content-Type"), changed=True)

    # -- discovery --------------------------------------------------------------------------

    def _source(self, source: Source) -> None:
        from justicekg.errors import InputError
        from justicekg.harvest.charsets import decode_page

        start = canonical_url(source.base_url)
        if start is None:
            self.summary.failures.append((source.base_url, Message("harvest_not_http")))
            return
        candidates: dict[str, date | None] = {}
        self.fetcher.allowed(start, self._robots)  # reads robots.txt first
        sitemaps = list(self.fetcher.robots_sitemaps(start)) + list(source.sitemaps)
        guessed = None
        if not sitemaps:
            guessed = canonical_url("/sitemap.xml", start) or start
            sitemaps = [guessed]
        seen_maps: set[str] = set()
        while sitemaps and len(seen_maps) < MAX_SITEMAPS:
            url = canonical_url(sitemaps.pop(0)) or ""
            if not url or url in seen_maps:
                continue
            seen_maps.add(url)
            page = self._fetch(url, "sitemap", missing_ok=url == guessed)
            if page is not None and page.body:
                children, pages = sitemap_entries(page.body, url)
                sitemaps.extend(children)
                for link, when in pages:
                    candidates.setdefault(link, when)
        listings = [start, *source.listings]
        feeds = list(source.feeds)
        seen_lists: set[str] = set()
        while listings and len(seen_lists) < self.max_listings:
            url = listings.pop(0)
            if url in seen_lists:
                continue
            seen_lists.add(url)
            page = self._fetch(url, "listing")
            if page is None or not page.body:
                continue
            try:
                html = decode_page(page.body, page.content_type, where=url)
            except InputError as exc:
                self.summary.failures.append((url, str(exc)))
                continue
            feeds += [f for f in feeds_in_page(html, page.url) if f not in feeds]
            links = page_links(html, page.url)
            listings += [u for u in links.listings if u not in seen_lists]
            for link in links.articles:
                candidates.setdefault(link, None)
        for url in dict.fromkeys(feeds):
            page = self._fetch(url, "feed")
            if page is not None and page.body:
                for link, when in feed_entries(page.body, url):
                    if when is not None or link not in candidates:
                        candidates[link] = when
        self._fetch_articles(candidates)

    def _fetch_articles(self, candidates: dict[str, date | None]) -> None:
        for url, when in candidates.items():
            if self._articles >= self.max_pages:
                self.log(Message("harvest_log_page_limit", limit=self.max_pages))
                return
            if url in self._done:
                continue
            if self.since is not None and when is not None and when < self.since:
                self.summary.skipped_old += 1
                continue
            if not self.fetcher.allowed(url, self._robots):
                self.summary.disallowed += 1
                self.log(Message("harvest_log_disallowed", url=url))
                continue
            self._articles += 1
            self._fetch(url, "article", check_robots=False)
