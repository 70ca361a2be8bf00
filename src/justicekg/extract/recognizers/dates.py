"""Date spans (label ``date``, ``name`` = ISO) relative to the article's date."""

from __future__ import annotations

from justicekg.extract.doc import Doc, Span
from justicekg.extract.recognizers.base import register
from justicekg.text.dates import find_dates, latest_full_date


@register("dates")
class Dates:
    """Every date expression, with ``data["inferred"]`` and ``data["range"]``."""

    name = "dates"

    def __call__(self, doc: Doc) -> Doc:
        ref = doc.published or doc.meta.get("dateline")
        if not ref:
            # no date for the page: the latest full date it mentions dates "ngày 17/7"
            ref = latest_full_date(doc.text)
        for dm in find_dates(doc.text, reference=ref):
            doc.add(
                Span(
                    dm.start,
                    dm.end,
                    "date",
                    dm.iso,
                    "dates",
                    {"inferred": dm.inferred_year, "range": dm.is_range, "range_end": dm.range_end},
                )
            )
        return doc
