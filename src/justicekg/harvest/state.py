"""What a harvest folder already holds: per URL its validators, content hash and WARC record.

A SQLite file (``harvest-state.sqlite`` in the harvest folder) committed after every stored
response, so a harvest killed at any point resumes where it stopped: a response is written to
its WARC file (flushed and synced) before its row is committed, and a record whose row was
never committed is simply fetched again, conditionally or not, on the next run.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Known", "State"]

STATE_FILE = "harvest-state.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
  url TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  sha256 TEXT,
  warc TEXT,
  warc_offset INTEGER,
  fetched_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_sha256 ON pages (sha256);
"""


@dataclass(frozen=True, slots=True)
class Known:
    """A URL fetched before: its validators and where its last full response is kept."""

    url: str
    role: str
    etag: str | None
    last_modified: str | None
    sha256: str | None
    warc: str | None
    warc_offset: int | None


class State:
    """The harvest state of one folder."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / STATE_FILE
        self._db = sqlite3.connect(self.path)
        self._db.executescript(_SCHEMA)
        self._db.commit()

    def close(self) -> None:
        self._db.close()

    def get(self, url: str) -> Known | None:
        row = self._db.execute(
            "SELECT url, role, etag, last_modified, sha256, warc, warc_offset FROM pages "
            "WHERE url = ?",
            (url,),
        ).fetchone()
        return Known(*row) if row else None

    def url_with_hash(self, sha256: str, *, other_than: str) -> str | None:
        """Another URL whose stored article has this content hash (a duplicate page)."""
        row = self._db.execute(
            "SELECT url FROM pages WHERE sha256 = ? AND url != ? AND role = 'article' LIMIT 1",
            (sha256, other_than),
        ).fetchone()
        return row[0] if row else None

    def record(
        self,
        url: str,
        *,
        role: str,
        etag: str | None,
        last_modified: str | None,
        sha256: str | None,
        warc: str | None,
        warc_offset: int | None,
        fetched_at: str,
    ) -> None:
        """Remember a response (committed at once)."""
        self._db.execute(
            "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (url, role, etag, last_modified, sha256, warc, warc_offset, fetched_at),
        )
        self._db.commit()
