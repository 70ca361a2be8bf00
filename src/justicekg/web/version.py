"""The version of the store a server reads, so that every derived value follows every write.

A running server must see what another process wrote (``justicekg ingest``, another worker's
``/update``): the search index, browse lists, counts and analytics pictures are cached per
version, and ``Last-Modified`` is the time of the version, never the server's start.

The **fingerprint** is cheap to read (a few index lookups, no scan):

* the analytics graph's ``prov:generatedAtTime`` — rewritten after every ingest and update;
* for an on-disk store, the modification time of its folder — a writer adds files there,
  which is also what makes a read-only view reopen (:mod:`justicekg.store.oxigraph`): a view
  sees nothing new until then, and a store open read-write has no other writer (RocksDB's
  lock), so nothing else is needed, and the check costs the same at any size;
* for any other store (in memory, a remote server), the number of named graphs — a graph
  added or removed by any other means (a count of every graph: O(graphs) per check, which
  an on-disk store of 100 000 articles could not afford every second).

It is read at most once per :data:`VERSION_CHECK_INTERVAL` seconds. When it moves, the
time of the new version is the newest ``prov:generatedAtTime`` in the store (one query per
change), and never earlier than a second after the previous version, so that a client's
``If-Modified-Since`` never hides a change.
"""

from __future__ import annotations

import calendar
import os
import threading
import time
from datetime import datetime
from typing import Any

from justicekg.config import Settings

__all__ = ["VERSION_CHECK_INTERVAL", "StoreVersion", "fingerprint", "newest_stamp"]

#: Seconds between two reads of the fingerprint (per process).
VERSION_CHECK_INTERVAL = 1.0

PROV = "http://www.w3.org/ns/prov#"
NEWEST = f"SELECT (MAX(?t) AS ?newest) WHERE {{ ?g <{PROV}generatedAtTime> ?t }}"


def fingerprint(store: Any, settings: Settings) -> str:
    """A string that changes whenever the store's content does (see the module docstring)."""
    from justicekg.analytics.scores import analytics_version

    parts = [analytics_version(store, settings)]
    path = getattr(store, "path", None)
    if path:
        try:
            parts.append(str(os.stat(path).st_mtime_ns))
        except OSError:
            parts.append("-")
    else:
        parts.append(str(len(store.graph_names())))
    return "|".join(parts)


def newest_stamp(store: Any) -> float | None:
    """The newest ``prov:generatedAtTime`` in the store, as a POSIX time (None: none)."""
    for row in store.query(NEWEST):
        term = row["newest"]
        if term is None:
            return None
        try:
            when = datetime.fromisoformat(term.value.replace("Z", "+00:00"))
        except ValueError:
            return None
        if when.tzinfo is None:
            return float(calendar.timegm(when.timetuple()))
        return when.timestamp()
    return None


class StoreVersion:
    """The fingerprint last seen, and the time of that version (``Last-Modified``)."""

    def __init__(self, store: Any, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._lock = threading.Lock()
        self._seen: str | None = None
        self._checked = float("-inf")
        self.modified = time.time()
        self.check(force=True)

    def check(self, *, force: bool = False) -> bool:
        """Read the fingerprint if it is time to; True when it moved since the last read."""
        now = time.monotonic()
        if not force and now - self._checked < VERSION_CHECK_INTERVAL:
            return False
        with self._lock:
            if not force and now - self._checked < VERSION_CHECK_INTERVAL:
                return False
            self._checked = now
            try:
                seen = fingerprint(self.store, self.settings)
            except Exception:  # a store that cannot answer now: try again next time
                return False
            if seen == self._seen:
                return False
            first = self._seen is None
            self._seen = seen
            stamp = _safe_newest(self.store)
            if first:
                self.modified = stamp if stamp is not None else self.modified
            else:
                self.modified = self._later(stamp)
            return not first

    @property
    def stamp(self) -> str | None:
        """The fingerprint of the version last seen (None: the store could not tell)."""
        return self._seen

    def bump(self) -> None:
        """This process has just written: a new version, now."""
        with self._lock:
            try:
                self._seen = fingerprint(self.store, self.settings)
            except Exception:
                self._seen = None
            self._checked = time.monotonic()
            self.modified = self._later(time.time())

    def _later(self, stamp: float | None) -> float:
        # HTTP dates have whole seconds: a new version is at least a second after the last.
        floor = float(int(self.modified) + 1)
        return max(stamp if stamp is not None else time.time(), floor)


def _safe_newest(store: Any) -> float | None:
    try:
        return newest_stamp(store)
    except Exception:
        return None
