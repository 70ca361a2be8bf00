"""Harvest: discover and fetch the sector's articles from their own websites, politely.

``justicekg harvest`` reads the known sources (``data/sources.tsv``) or the URLs given,
discovers article pages from robots.txt, sitemaps, feeds and paginated listings
(:mod:`~justicekg.harvest.discover`), fetches them one request at a time per host with a
delay, honouring robots.txt, ``Retry-After`` and conditional requests
(:mod:`~justicekg.harvest.fetch`), and keeps every raw response in WARC files
(:mod:`~justicekg.harvest.warcs`) with a resumable state (:mod:`~justicekg.harvest.state`).
``justicekg ingest DIR`` then reads the harvested pages (:mod:`~justicekg.harvest.pages`).
"""

from __future__ import annotations
