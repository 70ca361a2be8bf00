"""Harvested pages as articles to ingest: the article responses of WARC files.

``justicekg ingest DIR`` (or ``ingest FILE.warc.gz``) reads every WARC file it finds. An
article is a ``response`` record with status 200 and an HTML body, marked
``JusticeKG-Role: article`` by ``justicekg harvest`` (records without that header, from other
crawlers, count when they are HTML); revisit records (the same content under another URL)
and what was read for discovery (robots.txt, sitemaps, feeds, listings) are not articles. The
page's URL is the article's ``url`` and identity, so a page harvested again replaces its own
graph: when several records hold one URL, the latest is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from justicekg.catalogue import Message
from justicekg.errors import InputError
from justicekg.harvest.warcs import iter_records, read_record

__all__ = ["HarvestedPage", "harvested_pages", "read_page"]


@dataclass(frozen=True, slots=True)
class HarvestedPage:
    """One article page kept in a WARC file, found by its record's offset."""

    warc: Path
    offset: int
    url: str
    date: str

    @property
    def suffix(self) -> str:
        return ".warc-record"

    @property
    def source(self) -> str:
        """How the ingested article names where it was read: ``file.warc.gz#offset``."""
        return f"{self.warc.name}#{self.offset}"

    def __str__(self) -> str:
        return f"{self.warc}#{self.offset} ({self.url})"


def _is_article(role: str | None, content_type: str | None) -> bool:
    if role is not None:
        return role == "article"
    return "html" in (content_type or "").lower()


def harvested_pages(warcs: list[Path]) -> list[HarvestedPage]:
    """The latest article record of each URL in ``warcs`` (in URL order).

    Raises:
        InputError: a file that is not a WARC file.
    """
    latest: dict[str, HarvestedPage] = {}
    for warc in warcs:
        for record in iter_records(warc):
            if record.record_type != "response" or record.status != 200:
                continue
            if not _is_article(record.role, record.content_type) or not record.url:
                continue
            page = HarvestedPage(warc, record.offset, record.url, record.date)
            held = latest.get(record.url)
            if held is None or (page.date, str(page.warc)) >= (held.date, str(held.warc)):
                latest[record.url] = page
    return [latest[url] for url in sorted(latest)]


def read_page(page: HarvestedPage, *, max_bytes: int = 0) -> object:
    """The article of a harvested page (:class:`justicekg.text.read.RawArticle`).

    Raises:
        InputError: the record is gone, too large, in an unknown charset or has no text.
    """
    from justicekg.harvest.charsets import decode_page
    from justicekg.text.read import read_html

    record = read_record(page.warc, page.offset)
    where = str(page)
    if max_bytes > 0 and len(record.body) > max_bytes:
        raise InputError(
            Message("harvest_page_too_large", size=len(record.body), limit=max_bytes),
            where=where,
        )
    html = decode_page(record.body, record.content_type, where=where)
    return read_html(html, where=where, url=page.url)
