"""The extraction pipeline: text → Doc → recognizers (by name, in order) → ExtractionReport."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from justicekg.config import DEFAULT_MAX_ARTICLE_BYTES
from justicekg.extract.as_written import (
    merge_listed_twice,
    merge_written_twice,
    respell_provinces,
    restore_text,
)
from justicekg.extract.doc import Doc
from justicekg.extract.learn import active
from justicekg.extract.recognizers import base
from justicekg.extract.report import EXTRACTOR
from justicekg.extract.report import build_report as _report
from justicekg.model import ExtractionReport
from justicekg.text.apostrophes import straighten
from justicekg.text.normalize import normalize
from justicekg.text.segment import unwrap

__all__ = [
    "DEFAULT_PIPELINE",
    "extract",
    "extract_file",
    "file_doc",
    "read_doc",
    "recognizers",
    "report_of",
]

#: recognizer names, in the order they run
DEFAULT_PIPELINE = (
    "layout",
    "dates",
    "provinces",
    "organizations",
    "persons",
    "titles",
    "events",
    "awards",
)


def extract(
    text: str,
    *,
    article_id: str,
    url: str | None = None,
    published: str | None = None,
    title: str | None = None,
    source: str | None = None,
    site_name: str | None = None,
    pipeline: Sequence[str] | None = None,
) -> ExtractionReport:
    """Extract persons, positions, organizations, provinces, events and awards from an article.

    Args:
        text: the article text (any Unicode; it is normalized first).
        article_id: the report's article id.
        url, published, title, source: what is known about the article (``published`` ISO).
        site_name: the page's site name or furniture owner line (the publisher when the
            text itself names none).
        pipeline: recognizer names to run, in order (default: :data:`DEFAULT_PIPELINE`, plus
            the recognizer of a learned component switched on, :mod:`.learn.active`).

    Returns:
        The report; every evidence offset refers to ``report.article.text``.

    >>> r = extract("Ông Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Thanh Hoá.", article_id="x")
    >>> [(p.name, [(q.title, q.organization) for q in p.positions]) for p in r.persons]
    [('Nguyễn Văn An', [('Giám đốc', 'Sở Tư pháp tỉnh Thanh Hóa')])]
    """
    written, doc = read_doc(text, published=published, title=title, site_name=site_name)
    names = active.pipeline(DEFAULT_PIPELINE) if pipeline is None else tuple(pipeline)
    for recognizer in recognizers(names):
        doc = recognizer(doc)
    return report_of(doc, written, names, article_id=article_id, url=url, source=source)


def report_of(
    doc: Doc,
    written: str,
    names: Sequence[str],
    *,
    article_id: str,
    url: str | None = None,
    source: str | None = None,
) -> ExtractionReport:
    """The report :func:`extract` makes of ``doc`` once the recognizers ``names`` ran on it
    (``written``: the text as written, from :func:`read_doc`). Building it marks some of the
    document's spans (the titles' bodies)."""
    # looked up here, as ``pipeline._report``: learn/position_readings.py's reading script
    # patches that name to keep the document
    report = _report(doc, article_id=article_id, url=url, source=source)
    restore_text(report, written)
    respell_provinces(report)
    merge_written_twice(report)
    merge_listed_twice(report)
    learned = active.in_effect(names)
    if learned:  # which models took part, in the report's provenance
        report.extractor = f"{EXTRACTOR}+learned:{','.join(learned)}"
    return report


def read_doc(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    site_name: str | None = None,
) -> tuple[str, Doc]:
    """An article's text as written (normalized, lines unwrapped) and the document the
    recognizers read (the same text with one apostrophe), before they run.

    >>> written, doc = read_doc("Ông Lê Văn A’B.", published="ngày 3/5/2024")
    >>> written, doc.text, doc.published
    ('Ông Lê Văn A’B.', "Ông Lê Văn A'B.", '2024-05-03')
    """
    written = unwrap(normalize(text))
    norm = straighten(written)  # one apostrophe to match on; the page's own come back in extract
    doc = Doc(norm, published=_iso(published), title=normalize(title) if title else None)
    if site_name:
        doc.meta["site_name"] = normalize(site_name)
    return written, doc


def file_doc(path: str | Path, *, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Doc:
    """The document :func:`extract_file` has the recognizers read from an article file (its
    text with one apostrophe, its published date, title and site), before they run: what a
    learned component trains on is what extraction reads.

    Raises:
        InputError: the file is too large, empty, binary or not UTF-8.
    """
    from justicekg.text.read import read_article

    raw = read_article(path, max_bytes=max_bytes)
    return read_doc(raw.text, published=raw.published, title=raw.title, site_name=raw.site_name)[1]


@cache
def recognizers(names: tuple[str, ...]) -> tuple[base.Recognizer, ...]:
    """The registered recognizers of ``names``, in order (looked up once per tuple)."""
    return tuple(base.get(name) for name in names)


def extract_file(
    path: str | Path,
    *,
    article_id: str | None = None,
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
) -> ExtractionReport:
    """Read a file (:func:`justicekg.text.read.read_article`) and extract it.

    Args:
        path: the article file.
        article_id: the report's article id (default: the file stem).
        max_bytes: refuse larger files (``Settings.max_article_bytes``; 0: no limit).

    Raises:
        InputError: the file is too large, empty, binary or not UTF-8.
    """
    from justicekg.text.read import read_article

    raw = read_article(path, max_bytes=max_bytes)
    return extract(
        raw.text,
        article_id=article_id or Path(path).stem,
        url=raw.url,
        published=raw.published,
        title=raw.title,
        source=raw.source,
        site_name=raw.site_name,
    )


_ISO = re.compile(r"(?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?")


def _iso(value: str | None) -> str | None:
    """An ISO date (``2016-07-16``) from ISO, a timestamp or a Vietnamese date; else None."""
    if not value:
        return None
    m = _ISO.match(value.strip())
    if m:
        return m.group(0)
    from justicekg.text.dates import parse_date

    return parse_date(value)
