"""Extraction: Vietnamese article text → :class:`~justicekg.model.ExtractionReport`.

``extract(text, article_id=…)`` and ``extract_file(path)`` are the public entry points; the
recognizers are registered by name in :mod:`justicekg.extract.recognizers.base`.
"""

from __future__ import annotations

from justicekg.extract.pipeline import extract, extract_file

__all__ = ["extract", "extract_file"]
