"""Date spans (label ``date``, ``name`` = ISO) relative to the article's date."""

from __future__ import annotations

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.base import register
from justicekg.text.dates import (
    find_dates,
    latest_reported_date,
    resolve_year_near,
    year_from_sentence,
)


@register("dates")
class Dates:
    """Every date expression, with ``data["inferred"]`` and ``data["range"]``."""

    name = "dates"

    def __call__(self, doc: Doc) -> Doc:
        ref = doc.published or doc.meta.get("dateline")
        # no date for the page: the years its sentence names date "ngày 17/7", else the latest
        # full date the page reports (not a cited document's day, nor a period's bound)
        fallback = None if ref else latest_reported_date(doc.text)
        for dm in find_dates(doc.text, reference=ref):
            iso, range_end = dm.iso, dm.range_end
            if not dm.has_year:
                sent = doc.sentence_of(dm.start)
                month, day = int(iso[2:4]), int(iso[5:7])
                year = year_from_sentence(doc.text[sent.start : sent.end], month)
                if year is None:
                    year = resolve_year_near(month, day, fallback)
                if year is not None:
                    iso = f"{year:04d}{iso[1:]}"
                    range_end = f"{year:04d}{range_end[1:]}" if range_end else None
            doc.add(
                Span(
                    dm.start,
                    dm.end,
                    "date",
                    iso,
                    "dates",
                    {"inferred": dm.inferred_year, "range": dm.is_range, "range_end": range_end},
                )
            )
        return doc
