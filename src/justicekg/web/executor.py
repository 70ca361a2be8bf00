"""Running SPARQL queries with a real time limit and a row cap.

pyoxigraph cannot interrupt a query from Python (oxigraph issue 1926), so queries against an
on-disk store run in a :class:`ProcessPool`: a few worker processes, each holding the store
open **read-only**. A request takes an idle worker, sends it a :class:`QueryJob` over a pipe
and waits at most the time limit. If no answer arrives the worker is killed (which really
stops the work), a replacement is started in the background and the caller gets a
:class:`~justicekg.errors.QueryTimeoutError` (503) — never a partial answer. Other requests
keep being served by the other workers meanwhile.

Workers see a snapshot of the store; after a write the app calls :meth:`ProcessPool.refresh`
and each worker reopens the store before its next query.

The ``memory:`` store cannot be shared between processes, so :class:`ThreadExecutor` runs
the same :func:`run_job` on a thread: the caller still gets a 503 at the deadline, but the
abandoned query runs to completion in the background (documented limitation).

Row cap: results are first serialized by Oxigraph as TSV (SELECT) or N-Triples
(CONSTRUCT/DESCRIBE) — one row per line — into a writer that stops the evaluation after
``max_rows`` lines; the kept lines are then re-serialized, in Rust, in the negotiated
format. No per-row Python work.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import queue
import signal
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any, Protocol

import pyoxigraph as ox

from justicekg.errors import JusticeKGError, QueryError, QueryTimeoutError, StoreError

log = logging.getLogger(__name__)

RESULTS_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


@dataclass(frozen=True, slots=True)
class QueryJob:
    """Everything a worker needs to answer one query (picklable)."""

    query: str
    results_format: str = "json"
    boolean_format: str = "json"
    graph_format: str = "turtle"
    max_rows: int = 10000
    default_graph: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    base_iri: str | None = None
    #: The HTTP side planned it (:func:`~justicekg.web.plan.plan_query`) and refused SERVICE
    #: and LOAD; an unchecked job is planned by whoever runs it, before Oxigraph sees it.
    checked: bool = False
    #: A bounded lookup (:mod:`justicekg.web.bounded`): it may run in the HTTP worker.
    lookup: bool = False


class EngineCrashError(JusticeKGError):
    """The query engine crashed (an Oxigraph panic) while answering a query (HTTP 500)."""


#: Where the engine's known crashes are described (and reproduced) for upstream.
CRASH_NOTE = "docs/upstream/oxigraph-order-by-panic.md"


def check_job(job: QueryJob, *, big_stack: bool = False) -> Any:
    """Plan an unchecked job and refuse it if it would fetch a URL (SERVICE/LOAD).

    ``big_stack`` (query processes only: it raises the process's recursion limit for a
    moment) lets the parser follow deeper nesting.

    Returns:
        the :class:`~justicekg.web.plan.QueryPlan`, or ``None`` for a checked job.

    Raises:
        QueryError: unparseable, or SERVICE/LOAD.
    """
    if job.checked:
        return None
    from justicekg.web.plan import plan_in_big_stack, plan_query, refuse_remote

    plan = plan_in_big_stack(job.query) if big_stack else plan_query(job.query)
    refuse_remote(plan)
    return plan


@dataclass(frozen=True, slots=True)
class QueryOutcome:
    """A serialized answer: ``kind`` is select, ask or graph; ``rows`` counts rows or triples."""

    kind: str
    format: str
    body: bytes
    rows: int = 0
    truncated: bool = False
    elapsed: float = field(default=0.0, compare=False)
    #: The plan made by whoever ran an unchecked job (:func:`check_job`), for the caller's cache.
    plan: Any = field(default=None, compare=False)


class _CapReachedError(Exception):
    pass


class _DeadlinePassedError(Exception):
    pass


class _LineCap:
    """A write target keeping at most ``limit`` lines (after ``skip`` header lines).

    With a ``deadline`` (a :func:`time.monotonic` value) it also stops the evaluation when a
    chunk arrives after that moment.
    """

    def __init__(self, limit: int, skip: int = 0, deadline: float | None = None) -> None:
        self.chunks: list[bytes] = []
        self.lines = 0
        self.limit = limit + skip
        self.capped = False
        self.deadline = deadline
        self.late = False

    def write(self, data: bytes) -> int:
        if self.deadline is not None and time.monotonic() > self.deadline:
            self.late = True
            raise _DeadlinePassedError
        self.chunks.append(bytes(data))
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            self.capped = True
            raise _CapReachedError
        return len(data)

    def flush(self) -> None:
        pass

    def value(self) -> bytes:
        data = b"".join(self.chunks)
        if self.capped:
            cut = -1
            for _ in range(self.limit):
                cut = data.index(b"\n", cut + 1)
            data = data[: cut + 1]
        return data


def run_job(store: Any, job: QueryJob, *, timeout: float | None = None) -> QueryOutcome:
    """Evaluate ``job`` on an :class:`~justicekg.store.oxigraph.OxigraphStore`-like store.

    With ``timeout`` the evaluation is stopped at the first output chunk written after it;
    this only bounds queries that keep producing output (see :mod:`justicekg.web.bounded`).

    Raises:
        QueryError: a malformed query or an evaluation error.
        QueryTimeoutError: ``timeout`` seconds passed.
        EngineCrashError: Oxigraph panicked (and could unwind).
    """
    start = time.perf_counter()
    deadline = time.monotonic() + timeout if timeout is not None else None
    try:
        return _run(store, job, timeout, deadline, start)
    except BaseException as exc:
        _release(exc)
        if isinstance(exc, Exception) or type(exc).__name__ != "PanicException":
            raise
        raise _crash(str(exc)) from None  # pyo3's PanicException derives from BaseException


def _release(exc: BaseException) -> None:
    """Clear the locals of the frames an error went through, so the pyoxigraph result objects
    they hold are freed now, on this thread: pyoxigraph's results may not be dropped on
    another thread (which is where a later garbage collection could find them)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]


def _crash(reason: str) -> EngineCrashError:
    return EngineCrashError(
        f"the query engine crashed on this query ({reason})",
        hint=f"a bug in Oxigraph, not in the query; see {CRASH_NOTE}",
    )


def _run(
    store: Any, job: QueryJob, timeout: float | None, deadline: float | None, start: float
) -> QueryOutcome:
    try:
        result = store.query(
            job.query,
            default_graph=list(job.default_graph) if job.default_graph is not None else None,
            named_graphs=list(job.named_graphs) if job.named_graphs is not None else None,
            base_iri=job.base_iri,
        )
    except RuntimeError as exc:  # Oxigraph's evaluation errors
        raise QueryError(f"query failed: {exc}") from exc
    try:
        if isinstance(result, ox.QueryBoolean):
            body = result.serialize(format=RESULTS_FORMATS[job.boolean_format]) or b""
            outcome = QueryOutcome("ask", job.boolean_format, body, 1)
        elif isinstance(result, ox.QuerySolutions):
            outcome = _solutions(result, job, deadline)
        else:
            outcome = _triples(result, job, deadline)
    except _DeadlinePassedError as exc:
        raise _timeout(timeout or 0.0) from exc
    except (OSError, ValueError, SyntaxError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    return QueryOutcome(
        outcome.kind,
        outcome.format,
        outcome.body,
        outcome.rows,
        outcome.truncated,
        time.perf_counter() - start,
    )


def _drain(serialize: Callable[[Any], object], sink: _LineCap) -> None:
    try:
        serialize(sink)
    except Exception as exc:
        # pyoxigraph re-raises the writer's exception (possibly wrapped); the sink knows.
        if sink.late:
            raise _DeadlinePassedError from exc
        if not sink.capped:
            raise
        del exc


def _solutions(
    result: ox.QuerySolutions, job: QueryJob, deadline: float | None = None
) -> QueryOutcome:
    sink = _LineCap(job.max_rows, skip=1, deadline=deadline)
    _drain(lambda out: result.serialize(out, ox.QueryResultsFormat.TSV), sink)
    tsv = sink.value()
    rows = max(tsv.count(b"\n") - 1, 0)
    if job.results_format == "tsv":
        return QueryOutcome("select", "tsv", tsv, rows, sink.capped)
    parsed = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
    body = parsed.serialize(format=RESULTS_FORMATS[job.results_format]) or b""
    return QueryOutcome("select", job.results_format, body, rows, sink.capped)


def _triples(
    result: ox.QueryTriples | list[ox.Triple], job: QueryJob, deadline: float | None = None
) -> QueryOutcome:
    sink = _LineCap(job.max_rows, deadline=deadline)
    if isinstance(result, list):  # a remote store hands back parsed triples
        nt_all = ox.serialize(result[: job.max_rows], format=ox.RdfFormat.N_TRIPLES) or b""
        sink.chunks.append(nt_all)
        sink.capped = len(result) > job.max_rows
        sink.limit = nt_all.count(b"\n")
    else:
        query_triples = result
        _drain(lambda out: query_triples.serialize(out, ox.RdfFormat.N_TRIPLES), sink)
    nt = sink.value()
    rows = nt.count(b"\n")
    fmt = RDF_FORMATS[job.graph_format]
    if job.graph_format == "ntriples":
        return QueryOutcome("graph", "ntriples", nt, rows, sink.capped)
    triples = ox.parse(nt, ox.RdfFormat.N_TRIPLES)
    if fmt.supports_datasets:
        items: Any = (ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    else:
        items = (t.triple for t in triples)
    body = ox.serialize(items, format=fmt)
    return QueryOutcome("graph", job.graph_format, body or b"", rows, sink.capped)


class Executor(Protocol):
    """Runs :class:`QueryJob` s under a time limit."""

    def execute(self, job: QueryJob, timeout: float) -> QueryOutcome: ...

    def refresh(self) -> None: ...

    def close(self) -> None: ...


class ThreadExecutor:
    """In-process execution for stores that cannot be opened twice (``memory:``).

    The deadline is honoured for the client (503, never a partial 200) but the abandoned
    query keeps its thread until it finishes.
    """

    def __init__(self, store: Any, *, threads: int = 4) -> None:
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="sparql")

    def execute(self, job: QueryJob, timeout: float) -> QueryOutcome:
        future = self._pool.submit(_checked_run, self.store, job)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout as exc:
            future.cancel()
            raise _timeout(timeout) from exc

    def refresh(self) -> None:
        pass

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _checked_run(store: Any, job: QueryJob) -> QueryOutcome:
    plan = check_job(job)
    return dataclasses.replace(run_job(store, job), plan=plan)


def _timeout(seconds: float) -> QueryTimeoutError:
    return QueryTimeoutError(
        f"the query ran longer than {seconds:g} s and was stopped",
        hint="add a LIMIT, narrow the patterns, or ask an administrator for a longer timeout",
    )


# -- the process pool ------------------------------------------------------------------------


def _open_read_only(url: str, attempts: int = 5) -> Any:
    from justicekg.store.oxigraph import OxigraphStore

    # Opening read-only while the writer compacts can race with file deletions; retry.
    for attempt in range(attempts):
        try:
            return OxigraphStore(url, read_only=True)
        except Exception:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


def _worker_main(conn: Connection, url: str, generation: Any) -> None:
    """Worker loop: open the store read-only, answer jobs until the pipe closes."""
    seen = generation.value
    store = _open_read_only(url)
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            plan = check_job(job, big_stack=True)
        except QueryError as exc:
            conn.send(("query", _portable(exc)))
            continue
        for attempt in range(2):
            try:
                if generation.value != seen or attempt:
                    seen = generation.value
                    store = _open_read_only(url)
                conn.send(("ok", dataclasses.replace(run_job(store, job), plan=plan)))
            except QueryError as exc:
                if isinstance(exc, QueryTimeoutError):
                    conn.send(("query", _portable(exc)))
                elif attempt == 0:  # maybe a snapshot whose files were compacted away
                    continue
                elif is_store_failure(exc):
                    conn.send(("store", f"{exc.message}: {exc.__cause__}"))
                else:
                    conn.send(("query", _portable(exc, scrub=getattr(store, "path", None))))
            except JusticeKGError as exc:
                conn.send(("query", _portable(exc)))
            except Exception as exc:
                if attempt == 0:
                    continue
                conn.send(("store", f"{type(exc).__name__}: {exc}"))
            break


def _portable(
    exc: JusticeKGError, *, scrub: str | None = None
) -> tuple[type[JusticeKGError], str, str | None]:
    message = exc.message.replace(scrub, "<store>") if scrub else exc.message
    return type(exc), message, exc.hint


def is_store_failure(exc: BaseException) -> bool:
    """An error that comes from reading the store's files (a snapshot compacted away, RocksDB
    "Corruption"/"IO error"), not from the query."""
    if isinstance(exc, QueryTimeoutError):
        return False
    text = str(exc)
    return isinstance(exc.__cause__, OSError) or "IO error" in text or "Corruption" in text


#: What a client is told when the store cannot be read (the details, with server paths,
#: go to the log only).
STORE_UNREADABLE = "the store could not be read (it is being rewritten); retry the request"


def _death(worker: _Worker) -> str:
    code = worker.process.exitcode
    if code is None:
        worker.process.join(timeout=1)
        code = worker.process.exitcode
    if code is not None and code < 0:
        try:
            return f"the query process was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"the query process was killed by signal {-code}"
    return f"the query process exited with status {code}"


class _Worker:
    def __init__(self, ctx: Any, url: str, generation: Any) -> None:
        parent, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, url, generation), daemon=True, name="jkg-sparql"
        )
        self.process.start()
        child.close()
        self.conn: Connection = parent

    def wait_ready(self, timeout: float) -> bool:
        try:
            return bool(self.conn.poll(timeout)) and self.conn.recv()[0] == "ready"
        except (EOFError, OSError):
            return False

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(timeout=5)
        finally:
            self.conn.close()


class ProcessPool:
    """A pool of killable worker processes, each with the store open read-only.

    >>> # ProcessPool("oxigraph:/path/to/store", size=2).execute(QueryJob("ASK {}"), 10)
    """

    def __init__(self, url: str, *, size: int = 2, start_timeout: float = 60.0) -> None:
        self.url = url
        self.size = max(1, size)
        self._ctx = multiprocessing.get_context("spawn")
        self._generation = self._ctx.Value("i", 0)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._start_timeout = start_timeout
        self.restarts = 0
        workers = [_Worker(self._ctx, url, self._generation) for _ in range(self.size)]
        for worker in workers:
            if not worker.wait_ready(start_timeout):
                for w in workers:
                    w.kill()
                raise StoreError("a query worker could not open the store", where=url)
            self._idle.put(worker)

    def execute(self, job: QueryJob, timeout: float) -> QueryOutcome:
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty as exc:
            raise QueryTimeoutError(
                f"every query worker stayed busy for {timeout:g} s", hint="retry later"
            ) from exc
        try:
            worker.conn.send(job)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                raise _timeout(timeout)
            status, payload = worker.conn.recv()
        except (EOFError, OSError) as exc:
            reason = _death(worker)
            log.error("query process died (%s) on: %.500s", reason, job.query)
            self._replace(worker)
            raise _crash(reason) from exc
        self._idle.put(worker)
        if status == "ok":
            outcome: QueryOutcome = payload
            return outcome
        if status == "query":
            cls, message, hint = payload
            raise cls(message, hint=hint)
        log.error("query process could not read the store: %s", payload)
        raise StoreError(STORE_UNREADABLE)

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self.restarts += 1
        if self._closed:
            return

        def start() -> None:
            while not self._closed:
                fresh = _Worker(self._ctx, self.url, self._generation)
                if fresh.wait_ready(self._start_timeout):
                    self._idle.put(fresh)
                    return
                fresh.kill()
                time.sleep(1)

        threading.Thread(target=start, name="jkg-sparql-respawn", daemon=True).start()

    def refresh(self) -> None:
        """Make every worker reopen the store (after a write) before its next query."""
        with self._generation.get_lock():
            self._generation.value += 1

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            try:
                worker.conn.send(None)
            except OSError:
                pass
            worker.kill()
