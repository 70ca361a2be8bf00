"""The search index of an on-disk store, on disk: one SQLite file per store version, shared by
every server process (built by one of them, read by all, no copy in any process's memory).

The same labels, the same bounded ranges and the same ranking as the in-memory
:class:`~justicekg.web.search.LabelIndex` (both are a :class:`~justicekg.web.search.SearchIndex`),
in tables with B-tree indexes on the folded keys:

* ``prim(iri, key, label, kind)``: the display entry of each entity (label lookups);
* ``entries(part, pos, key, iri)``: every label, ``pos`` its place in folded-label order
  (``part`` 0: entities, 1: article headlines), indexed on ``(part, key, pos)``;
* ``suffixes(part, suffix, rank, pos)``: every word-start suffix of every label, ``rank``
  its place in suffix order, keyed on ``(part, suffix, rank)``;
* ``browse(kind, bpos, iri)``: each kind in Vietnamese label order (Đ after D);
* ``meta(name, value)``: the number of suffixes per part and of entities per kind.

A query reads ``key >= ? AND key < ?`` ranges with ``LIMIT`` :data:`~justicekg.web.search.SCAN_CAP`
(values always bound, never pasted into SQL); the size of a suffix range is the difference of
the ranks at its two ends (two index lookups), as the in-memory index subtracts two positions.

The file is ``index-<family>-<version>.sqlite`` in the search folder (the ``search_dir``
setting, or ``<store>.search`` next to the store's folder; one folder per store): ``family`` a
hash of the base IRI, :data:`FORMAT` and the code that decides the contents (a file of another
family is never read), ``version`` a hash of the store's version (the fingerprint
:mod:`justicekg.web.version` reads). The first
process that needs a version builds it while holding ``build.lock`` (the others wait for it,
then open what it built) into a temporary file renamed into place, so a file is either
complete or absent.
A file never changes once written (it is opened immutable); the newest two are kept, so a
process that has not yet noticed a write still finds its version's file.

A file can still be deleted under a reader: when two newer versions are built by other
processes while a request is between finding the file and opening it, or while an index is
served as the previous version's. A file already open stays readable (an open file outlives
its name), so :class:`DiskIndex` then shares the connections it has instead of opening more;
a version whose file is gone before it was opened is answered from the newest file of the same
family (a newer version: the store has moved on), and rebuilt only if there is none.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import importlib.metadata
import logging
import os
import sqlite3
import struct
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from justicekg.catalogue import sort_key
from justicekg.config import Settings
from justicekg.web import search
from justicekg.web.search import (
    AFTER_ALL,
    PARTS,
    Entry,
    LabelIndex,
    SearchIndex,
    part_of,
    ranked_entries,
    word_starts,
)

log = logging.getLogger(__name__)

#: Bumped whenever the tables change: a file of another format is never read.
FORMAT = 1
#: Rows per ``executemany`` while building.
BATCH = 20_000
#: Index files kept in the search folder (the newest; older versions are deleted).
KEEP = 2
#: files of another family (other code or base IRI) are deleted once unused this long
OTHER_FAMILY_TTL = 24 * 3600


SCHEMA = """
CREATE TABLE meta(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE prim(iri TEXT PRIMARY KEY, key TEXT NOT NULL, label TEXT NOT NULL,
                  kind TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entries(part INTEGER, pos INTEGER, key TEXT NOT NULL, iri TEXT NOT NULL,
                     PRIMARY KEY (part, pos)) WITHOUT ROWID;
CREATE TABLE suffixes(part INTEGER, suffix TEXT, rank INTEGER, pos INTEGER NOT NULL,
                      PRIMARY KEY (part, suffix, rank)) WITHOUT ROWID;
CREATE TABLE browse(kind TEXT, bpos INTEGER, iri TEXT NOT NULL,
                    PRIMARY KEY (kind, bpos)) WITHOUT ROWID;
CREATE TABLE scratch.labels(part INTEGER, key TEXT, iri TEXT, label TEXT, kind TEXT,
                            r0 INTEGER, r1 INTEGER, r2 INTEGER);
CREATE TABLE scratch.starts(part INTEGER, suffix TEXT, pos INTEGER, off INTEGER);
CREATE TABLE scratch.vi_order(kind TEXT, skey BLOB, iri TEXT);
"""

# The orders are the in-memory index's: its entries are sorted by (display rank, IRI), then
# stably by (key, IRI); its suffixes stably by their text from (entry, offset) order. SQLite
# compares text as UTF-8 bytes, which is the code-point order Python compares strings in.
DISPLAY = """INSERT INTO prim SELECT iri, key, label, kind FROM (
  SELECT iri, key, label, kind,
         row_number() OVER (PARTITION BY iri ORDER BY r0, r1, r2, label) AS n
  FROM scratch.labels) WHERE n = 1"""
ENTRIES = """INSERT INTO entries SELECT part,
  row_number() OVER (PARTITION BY part ORDER BY key, iri, r0, r1, r2, label) - 1, key, iri
  FROM scratch.labels"""
SUFFIXES = """INSERT INTO suffixes SELECT part, suffix,
  row_number() OVER (PARTITION BY part ORDER BY suffix, pos, off) - 1, pos
  FROM scratch.starts"""
BROWSE = """INSERT INTO browse SELECT kind,
  row_number() OVER (PARTITION BY kind ORDER BY skey, iri) - 1, iri FROM scratch.vi_order"""
META = """INSERT INTO meta
  SELECT 'suffixes:' || part, count(*) FROM suffixes GROUP BY part
  UNION ALL SELECT 'kind:' || kind, count(*) FROM browse GROUP BY kind"""

# Read side: each query drives from the index its ranges are on (CROSS JOIN keeps the order).
HITS = "e.key, p.key, p.iri, p.label, p.kind"
PREFIXED = f"""SELECT {HITS} FROM entries AS e CROSS JOIN prim AS p
  WHERE e.part = ? AND e.key >= ? AND e.key < ? AND p.iri = e.iri
  ORDER BY e.key, e.pos LIMIT ?"""
OWNERS = f"""SELECT {HITS} FROM suffixes AS s CROSS JOIN entries AS e CROSS JOIN prim AS p
  WHERE s.part = ? AND s.suffix >= ? AND s.suffix < ?
    AND e.part = s.part AND e.pos = s.pos AND p.iri = e.iri
  ORDER BY s.suffix, s.rank LIMIT ?"""
RANK = """SELECT rank FROM suffixes WHERE part = ? AND suffix >= ?
  ORDER BY suffix, rank LIMIT 1"""
AT = "SELECT bpos FROM browse WHERE iri = ? AND kind = ?"
LABEL = "SELECT label FROM prim WHERE iri = ?"
PAGE = """SELECT p.key, p.iri, p.label, p.kind FROM browse AS b CROSS JOIN prim AS p
  WHERE b.kind = ? AND b.bpos >= ? AND p.iri = b.iri ORDER BY b.bpos LIMIT ?"""


def open_index(store: Any, settings: Settings, stamp: str | None) -> SearchIndex:
    """The search index of ``store`` at version ``stamp``: the shared file of an on-disk
    store (built first if no process has built it yet), else an in-memory index (a store
    without a folder, an unknown version, a search folder that cannot be written)."""
    folder = index_folder(store, settings)
    if folder is not None and stamp is not None:
        try:
            return shared_index(store, settings.base_iri, folder, stamp)
        except (OSError, sqlite3.Error) as exc:
            log.warning("search index: cannot use %s (%s); building it in memory", folder, exc)
    return LabelIndex.build(store, settings.base_iri)


def index_folder(store: Any, settings: Settings) -> Path | None:
    """Where the index files of ``store`` go (None: keep the index in memory, as for a store
    without a folder: its version stamp does not tell contents apart)."""
    path = getattr(store, "path", None)
    if not path:
        return None
    if settings.search_dir:
        return Path(settings.search_dir)
    folder = Path(path).resolve()
    return folder.with_name(folder.name + ".search")


class IndexGoneError(FileNotFoundError):
    """An index file deleted (pruned after two newer versions were built) before it was opened."""


def shared_index(store: Any, base: str, folder: Path, stamp: str) -> DiskIndex:
    """Open (building it first, one process at a time) the index file of version ``stamp``;
    if that file is deleted before it is opened, the newest file of the same code and base."""
    family = _digest(f"{FORMAT}\n{_code()}\n{base}")
    path = folder / f"index-{family}-{_digest(stamp)}.sqlite"
    if path.exists():
        try:
            return DiskIndex(path)
        except IndexGoneError:
            log.info("search index: %s was deleted before it was opened", path.name)
            for newer in _newest(folder, family):
                try:
                    return DiskIndex(newer)
                except IndexGoneError:
                    continue
    folder.mkdir(parents=True, exist_ok=True)
    with _locked(folder / "build.lock"):
        if not path.exists():  # another process built it while this one waited
            _build_into(store, base, path)
            _prune(folder, keep=path)
        return DiskIndex(path)  # pruning needs the lock: the file stays until it is open


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _newest(folder: Path, family: str) -> list[Path]:
    """The index files of ``family`` in ``folder``, newest first."""
    found = []
    for path in folder.glob(f"index-{family}-*.sqlite"):
        try:
            found.append((path.stat().st_mtime_ns, path))
        except FileNotFoundError:
            continue
    return [path for _mtime, path in sorted(found, reverse=True)]


@functools.cache
def _code() -> str:
    """A digest of the code that decides what a file holds (folding, ranking, Vietnamese
    order, these tables): a file built by other code is never read."""
    from justicekg import catalogue
    from justicekg.text import normalize

    digest = hashlib.sha256()
    for module in (search, catalogue, normalize, sys.modules[__name__]):
        digest.update(Path(str(module.__file__)).read_bytes())
    try:
        digest.update(importlib.metadata.version("pyuca").encode())
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        pass
    return digest.hexdigest()


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_into(store: Any, base: str, path: Path) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    start = time.perf_counter()
    try:
        labels = build_file(ranked_entries(store, base), tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    took = time.perf_counter() - start
    log.info("search index: %d labels in %.1f s into %s", labels, took, path)


def _prune(folder: Path, *, keep: Path) -> None:
    """Delete all but the newest :data:`KEEP` index files of ``keep``'s family, any temporary
    file, and files of other families (other code or base IRI, or the older naming) unused for
    :data:`OTHER_FAMILY_TTL` seconds: two deployments sharing the folder (a rolling upgrade) do
    not delete each other's newest file. This process holds the build lock: no other build
    is running."""
    for stale in folder.glob("index-*.tmp"):
        stale.unlink(missing_ok=True)
    family = keep.name.split("-")[1] if keep.name.count("-") >= 2 else ""
    own = sorted(
        (p for p in folder.glob(f"index-{family}-*.sqlite") if p != keep),
        key=lambda p: p.stat().st_mtime_ns,
        reverse=True,
    )  # (only this process deletes, under the lock: every file listed still exists)
    for old in own[KEEP - 1 :]:
        old.unlink(missing_ok=True)  # a process still reading it keeps its open file
    cutoff = time.time() - OTHER_FAMILY_TTL
    for other in folder.glob("index-*.sqlite"):
        if other != keep and other not in own and other.stat().st_mtime < cutoff:
            other.unlink(missing_ok=True)


def build_file(ranked: Iterable[tuple[search.Rank, Entry]], path: Path) -> int:
    """Write the index of ``ranked`` labels (as :func:`~justicekg.web.search.ranked_entries`
    gives them, in any order) into a new SQLite file; returns the number of labels.

    Sorting is SQLite's (on disk): the memory used does not grow with the store.
    """
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("ATTACH DATABASE '' AS scratch")  # a temporary file, gone when closed
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -8192"):
            db.execute(f"PRAGMA main.{pragma}")
            db.execute(f"PRAGMA scratch.{pragma}")
        db.execute("PRAGMA temp_store = FILE")
        db.execute("BEGIN")
        for statement in SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        labels = 0
        rows = (
            (part_of(e.kind), e.key, e.iri, e.label, e.kind, r[0], r[1], r[2]) for r, e in ranked
        )
        for chunk in _chunks(rows):
            db.executemany("INSERT INTO scratch.labels VALUES (?, ?, ?, ?, ?, ?, ?, ?)", chunk)
            labels += len(chunk)
        db.execute(DISPLAY)
        db.execute(ENTRIES)
        db.execute("CREATE INDEX entries_key ON entries(part, key, pos)")
        starts = (
            (part, key[at:], pos, at)
            for part, pos, key in db.execute("SELECT part, pos, key FROM entries")
            for at in word_starts(key)
        )
        for chunk in _chunks(starts):
            db.executemany("INSERT INTO scratch.starts VALUES (?, ?, ?, ?)", chunk)
        db.execute(SUFFIXES)
        order = (
            (kind, _packed(sort_key(label)), iri)
            for iri, label, kind in db.execute("SELECT iri, label, kind FROM prim")
        )
        for chunk in _chunks(order):
            db.executemany("INSERT INTO scratch.vi_order VALUES (?, ?, ?)", chunk)
        db.execute(BROWSE)
        db.execute("CREATE INDEX browse_iri ON browse(iri)")
        db.execute(META)
        db.execute("COMMIT")
        db.execute("DETACH DATABASE scratch")
    finally:
        db.close()
    return labels


def _chunks(rows: Iterable[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    it = iter(rows)
    while chunk := list(islice(it, BATCH)):
        yield chunk


def _packed(key: tuple[int, ...]) -> bytes:
    """A collation key as bytes that compare (bytewise) as the tuple does."""
    return struct.pack(f">{len(key)}I", *key)


class DiskIndex(SearchIndex):
    """A built index file, read by bounded range queries (one connection per thread).

    Raises:
        IndexGoneError: the file was deleted before it was opened.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        self._lock = threading.Condition()
        self._idle: list[sqlite3.Connection] = []
        self._all: list[sqlite3.Connection] = []
        #: The file was deleted after it was opened: only the connections open on it can read.
        self._gone = False
        meta = dict(self.rows("SELECT name, value FROM meta"))
        self._counts = {k[5:]: v for k, v in meta.items() if k.startswith("kind:")}
        self.parts = {
            name: DiskRanges(self, n, meta.get(f"suffixes:{n}", 0)) for n, name in enumerate(PARTS)
        }

    def rows(self, sql: str, *params: object) -> list[Any]:
        """All rows of one read (``params`` bound)."""
        with self.connection() as db:
            return db.execute(sql, params).fetchall()

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A connection for this thread: an idle one, a new one, or, once the file is gone,
        the next one another thread gives back.

        Raises:
            IndexGoneError: the file was deleted before any connection was open on it.
        """
        with self._lock:
            db = self._idle.pop() if self._idle else None
            gone = self._gone
        if db is None and not gone:
            try:
                db = self._connect()
            except IndexGoneError:
                with self._lock:
                    if not self._all:
                        raise
                    self._gone = True
            else:
                with self._lock:
                    self._all.append(db)
        if db is None:
            with self._lock:
                while not self._idle:
                    if not self._all:  # closed meanwhile
                        raise IndexGoneError(f"search index {self.path} was deleted")
                    self._lock.wait()
                db = self._idle.pop()
        try:
            yield db
        finally:
            with self._lock:
                if db in self._all:
                    self._idle.append(db)
                    self._lock.notify()

    def _connect(self) -> sqlite3.Connection:
        try:
            return sqlite3.connect(self._uri, uri=True, check_same_thread=False)
        except sqlite3.OperationalError:
            if self.path.exists():
                raise
            raise IndexGoneError(f"search index {self.path} was deleted") from None

    def label(self, iri: str) -> str | None:
        found = self.rows(LABEL, iri)
        return str(found[0][0]) if found else None

    def browse(
        self, kind: str, *, after: str | None = None, limit: int = 50
    ) -> tuple[list[Entry], str | None]:
        start = 0
        if after:
            at = self.rows(AT, after, kind)
            if at:
                start = int(at[0][0]) + 1
        rows = [Entry(*row) for row in self.rows(PAGE, kind, start, limit + 1)]
        page = rows[:limit]
        return page, page[-1].iri if len(rows) > limit else None

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                db.close()
            self._all.clear()
            self._idle.clear()
            self._lock.notify_all()

    def __del__(self) -> None:
        self.close()


class DiskRanges:
    """One part of a :class:`DiskIndex`, read as :class:`~justicekg.web.search.Ranges` reads
    its lists: the same ranges, each at most :data:`~justicekg.web.search.SCAN_CAP` long."""

    def __init__(self, index: DiskIndex, part: int, suffixes: int) -> None:
        self.index = index
        self.part = part
        self.suffixes = suffixes

    def candidates(
        self, variant: str, words: list[str], *, scattered: bool
    ) -> list[tuple[str, Entry]]:
        cap = search.SCAN_CAP
        if not scattered:
            rows = self.index.rows(PREFIXED, self.part, variant, variant + AFTER_ALL, cap)
            rows += self._owners(variant, variant + AFTER_ALL, cap)
        elif len(words) > 1:
            last = len(words) - 1
            bounds = [(w, w + ("!" if n < last else AFTER_ALL)) for n, w in enumerate(words)]
            sizes = [self._rank(high) - self._rank(low) for low, high in bounds]
            rows = self._owners(*bounds[sizes.index(min(sizes))], cap)
        else:
            rows = []
        return [(key, Entry(*entry)) for key, *entry in rows]

    def _owners(self, low: str, high: str, cap: int) -> list[Any]:
        return self.index.rows(OWNERS, self.part, low, high, cap)

    def _rank(self, text: str) -> int:
        """The rank of the first suffix from ``text`` on (bisect_left)."""
        found = self.index.rows(RANK, self.part, text)
        return int(found[0][0]) if found else self.suffixes
