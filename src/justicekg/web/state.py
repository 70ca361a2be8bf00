"""What the web app keeps between requests: settings, the store, the query executor, caches."""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from email.utils import formatdate
from typing import Any

import pyoxigraph as ox

from justicekg.catalogue import Message
from justicekg.config import Settings
from justicekg.errors import QueryError, StoreError
from justicekg.store.base import RESYNC_MERGE_UPDATE
from justicekg.web.executor import (
    Executor,
    QueryJob,
    QueryOutcome,
    ThreadExecutor,
    run_job,
)
from justicekg.web.plan import plan_update
from justicekg.web.process_pool import STORE_UNREADABLE, ProcessPool, is_store_failure
from justicekg.web.stacks import run_on_big_stack

log = logging.getLogger(__name__)


def load_trig(store: Any, path: str) -> None:
    """Replace the named graphs of a TriG/N-Quads file in ``store`` (keeps the merge)."""
    fmt = ox.RdfFormat.N_QUADS if path.endswith(".nq") else ox.RdfFormat.TRIG
    try:
        quads = list(ox.parse(path=path, format=fmt))
    except (OSError, SyntaxError) as exc:
        raise StoreError(Message("error_cannot_load", path=path, why=str(exc)), where=path) from exc
    graphs: dict[str, list[ox.Triple]] = defaultdict(list)
    for q in quads:
        if isinstance(q.graph_name, ox.NamedNode):
            graphs[q.graph_name.value].append(q.triple)
    store.replace_graphs(graphs)


def _recompute_scores(store: Any, settings: Settings) -> None:
    """The analytics graph follows a client's update as it follows an ingest."""
    try:
        from justicekg.analytics import recompute_scores
    except ImportError:  # pragma: no cover - analytics is part of the package
        return
    recompute_scores(store, settings)


class WebState:
    """The store and everything derived from it, shared by all requests of one app."""

    def __init__(self, settings: Settings, store: Any, *, pool_size: int | None = None) -> None:
        self.settings = settings
        self.store = store
        self._pool_size = pool_size if pool_size is not None else max(2, settings.workers)
        self._executor: Executor | None = None
        self._lock = threading.Lock()
        self.generation = 0
        self._caches: dict[str, Any] = {}
        self._building: dict[str, threading.Lock] = {}
        # Values of the previous version kept for keys built with ``stale_after``, and the
        # threads building their new value.
        self._stale_keys: set[str] = set()
        self._previous: dict[str, Any] = {}
        self._rebuilds: dict[str, threading.Thread] = {}
        from justicekg.web.version import StoreVersion

        self._version = StoreVersion(store, settings)
        self.inline_queries = 0
        self.pooled_queries = 0

    # -- query execution ---------------------------------------------------------------------

    def execute(self, job: QueryJob, timeout: float) -> QueryOutcome:
        """Answer a client's query within ``timeout`` seconds.

        Lookups (``job.lookup``, decided by :func:`~justicekg.web.plan.plan_query`) run here,
        on this process's own store; everything else goes to :attr:`executor` (killable
        worker processes for an on-disk store).
        """
        if job.lookup:
            self.inline_queries += 1
            start = time.monotonic()
            try:
                return run_job(self.store, job, timeout=timeout)
            except QueryError as exc:
                # A read-only snapshot whose files a writer compacted away mid-read: take a
                # fresh snapshot and try once more (the pool's workers do the same).
                reopen = getattr(self.store, "reopen", None)
                if not is_store_failure(exc) or reopen is None:
                    raise
                reopen()
                left = timeout - (time.monotonic() - start)
                try:
                    return run_job(self.store, job, timeout=max(left, 0.001))
                except QueryError as again:
                    if not is_store_failure(again):
                        raise
                    raise StoreError(STORE_UNREADABLE) from again
        self.pooled_queries += 1
        return self.executor.execute(job, timeout)

    @property
    def executor(self) -> Executor:
        """The query executor, started on first use: worker processes for an on-disk store."""
        if self._executor is None:
            with self._lock:
                if self._executor is None:
                    self._executor = self._make_executor()
        return self._executor

    def _make_executor(self) -> Executor:
        path = getattr(self.store, "path", None)
        if (
            path is not None
            and self._pool_size > 0
            and type(self.store).__name__ == "OxigraphStore"
        ):
            self.store.flush()
            return ProcessPool(self.store.url, size=self._pool_size)
        return ThreadExecutor(self.store, threads=max(4, self._pool_size * 2))

    # -- writes ------------------------------------------------------------------------------

    def changed(self) -> None:
        """Call after every write: the network scores are recomputed (as after an ingest),
        workers reopen the store, caches are dropped, the version moves."""
        _recompute_scores(self.store, self.settings)
        flush = getattr(self.store, "flush", None)
        if flush is not None:
            flush()
        self._version.bump()
        self._forget()

    def _forget(self) -> None:
        with self._lock:
            self.generation += 1
            for key in self._stale_keys & self._caches.keys():
                self._previous[key] = self._caches[key]
            self._caches.clear()
            if self._executor is not None:
                self._executor.refresh()

    def sync(self) -> None:
        """Notice writes made elsewhere (``justicekg ingest`` in another process, another
        worker's ``/update``): at most once per
        :data:`~justicekg.web.version.VERSION_CHECK_INTERVAL`, compare the
        store's version; when it moved, drop every cache (search index, browse lists, counts,
        analytics) and move :attr:`modified`."""
        if self._version.check():
            self._forget()

    @property
    def stamp(self) -> str | None:
        """The store's version as a string, the same in every process reading the store
        (what the on-disk search index is keyed by; None: unknown)."""
        return self._version.stamp

    @property
    def modified(self) -> float:
        """When the store's content last changed (``Last-Modified``), from the store itself."""
        self.sync()
        return self._version.modified

    def update(self, sparql: str) -> None:
        """Apply a client's SPARQL Update to the named graphs, keeping the merged default graph.

        The default graph is the union of the named graphs: after the update it is derived
        again in the same transaction, so a triple written to the default graph directly
        does not last.
        """
        plan = plan_update(sparql)
        if plan.late_prologue:
            raise QueryError(
                Message("error_late_prologue"), hint=Message("error_late_prologue_hint")
            )
        if not plan.operations:  # an empty request (a prologue at most)
            self._apply(sparql)
        else:
            # Whether the text ends open (a trailing ";" or "; PREFIX …") decides the joint;
            # Oxigraph's parser accepts exactly one of the two, and refuses before writing.
            try:
                self._apply(sparql + "\n;\n" + RESYNC_MERGE_UPDATE)
            except QueryError as first:
                if not _is_syntax_error(first):
                    raise
                try:
                    self._apply(sparql + "\n" + RESYNC_MERGE_UPDATE)
                except QueryError:
                    raise first from None
        self.changed()

    def _apply(self, sparql: str) -> None:
        # On a big stack, as a query runs: Oxigraph recurses on the machine stack, and an
        # update whose WHERE nests as deep as plan_update follows (1,000 nested FILTER EXISTS)
        # kills an ordinary 8 MB thread.
        try:
            run_on_big_stack(lambda: self.store.update(sparql), name="jkg-update")
        except QueryError as exc:
            if not isinstance(exc.__cause__, SyntaxError):
                raise
            raise QueryError(
                Message("error_engine_syntax", what="update", why=str(exc.__cause__)),
                where=exc.where,
                hint=exc.hint,
            ) from exc.__cause__
        except RuntimeError as exc:  # Oxigraph: DROP/CLEAR of a missing graph, CREATE twice
            raise QueryError(
                Message("error_update_not_applied", why=str(exc)),
                hint=Message("error_update_not_applied_hint"),
            ) from None

    def load_trig(self, path: str) -> None:
        """Load a TriG/N-Quads file graph by graph (the conformance fixture)."""
        load_trig(self.store, path)
        self.changed()

    # -- caches ------------------------------------------------------------------------------

    def cached(self, key: str, build: Any, *, stale_after: float | None = None) -> Any:
        """A value computed once per store version (e.g. the search index).

        One build at a time per key: requests that need it while it is being built wait for
        that build instead of starting their own (at 100 000 articles the search index takes
        a minute).

        With ``stale_after`` (seconds), once a previous version's value exists: the build runs
        in a background thread, and a request waits for it at most that long, then gets the
        previous version's value (until the build is done).
        """
        self.sync()
        value = self._caches.get(key)
        if value is not None:
            return value
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
            if stale_after is not None:
                self._stale_keys.add(key)
            previous = self._previous.get(key)  # (held only for keys built with stale_after)
        if previous is None:
            return self._build(key, build, building)
        with self._lock:
            thread = self._rebuilds.get(key)
            if thread is None or not thread.is_alive():
                thread = threading.Thread(
                    target=self._rebuild,
                    args=(key, build, building),
                    name=f"justicekg-rebuild-{key}",
                    daemon=True,
                )
                self._rebuilds[key] = thread
                thread.start()
        thread.join(stale_after)
        value = self._caches.get(key)
        return previous if value is None else value

    def _rebuild(self, key: str, build: Any, building: threading.Lock) -> None:
        try:
            self._build(key, build, building)
        except Exception:  # the previous value is still served; the next request retries
            log.exception("rebuilding the cached %s failed", key)

    def _build(self, key: str, build: Any, building: threading.Lock) -> Any:
        with building:
            value = self._caches.get(key)
            if value is None:
                generation = self.generation
                value = build()
                with self._lock:
                    if self.generation == generation:
                        self._caches[key] = value
                        self._previous.pop(key, None)
                    elif key in self._stale_keys:
                        # a write came during the build: the value is the older version's
                        self._previous[key] = value
        return value

    def warm(self, *builders: Any) -> threading.Thread:
        """Build caches in a background thread (a served worker calls it at start), so that
        the first request finds them built or being built.

        ``builders``: callables taking this state (e.g. the search index's ``index_of``).
        """

        def run() -> None:
            for builder in builders:
                try:
                    builder(self)
                except Exception:  # a failed warm-up is only a cold first request
                    log.exception("warming a cache failed")

        thread = threading.Thread(target=run, name="justicekg-warm", daemon=True)
        thread.start()
        return thread

    @property
    def last_modified(self) -> str:
        return formatdate(self.modified, usegmt=True)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.close()


def _is_syntax_error(error: QueryError) -> bool:
    """The engine refused the text (:meth:`WebState._apply`), as opposed to failing on it."""
    return isinstance(error.message, Message) and error.message.key == "error_engine_syntax"
