"""Running SPARQL queries with a real time limit and a row cap.

pyoxigraph cannot interrupt a query from Python (oxigraph issue 1926), so queries against an
on-disk store run in a ``ProcessPool`` (:mod:`justicekg.web.process_pool`): a few worker
processes, each holding the store open **read-only**. A request takes an idle worker, sends it
a :class:`QueryJob` over a pipe and waits at most the time limit. If no answer arrives the
worker is killed (which really stops the work), a replacement is started in the background and
the caller gets a :class:`~justicekg.errors.QueryTimeoutError` (503) — never a partial answer.
Other requests keep being served by the other workers meanwhile.

Workers see a snapshot of the store; after a write the app calls ``ProcessPool.refresh``
and each worker reopens the store before its next query.

The ``memory:`` store cannot be shared between processes, so :class:`ThreadExecutor` runs
the same :func:`run_job` on a thread (with a big stack, as the query processes have):
the caller still gets a 503 at the deadline, but the abandoned query runs to completion in
the background (documented limitation).

Row cap: results are first serialized by Oxigraph as TSV (SELECT) or N-Triples
(CONSTRUCT/DESCRIBE) — one row per line — into a writer that stops the evaluation after
``max_rows`` lines; the kept lines are then re-serialized, in Rust, in the negotiated
format. No per-row Python work.
"""

from __future__ import annotations

import dataclasses
import logging
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any, Protocol

import pyoxigraph as ox

from justicekg.catalogue import Message
from justicekg.errors import JusticeKGError, QueryError, QueryTimeoutError
from justicekg.web.stacks import big_stacks, mark_big_stack

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


def check_job(job: QueryJob, *, deep: bool = False) -> Any:
    """Plan an unchecked job and refuse it if it would fetch a URL (SERVICE/LOAD).

    ``deep`` lets the parser follow longer and deeper texts
    (:func:`~justicekg.web.plan.plan_deep`; for the threads that plan a client's query, as
    it raises the process's recursion limit while it parses such a text).

    Returns:
        the :class:`~justicekg.web.plan.QueryPlan`, or ``None`` for a checked job.

    Raises:
        QueryError: unparseable, or SERVICE/LOAD.
    """
    if job.checked:
        return None
    from justicekg.web.plan import plan_deep, plan_query, refuse_remote

    plan = plan_deep(job.query) if deep else plan_query(job.query)
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
        raise crash(str(exc)) from None  # pyo3's PanicException derives from BaseException


def _release(exc: BaseException) -> None:
    """Clear the locals of the frames an error went through, so the pyoxigraph result objects
    they hold are freed now, on this thread: pyoxigraph's results may not be dropped on
    another thread (which is where a later garbage collection could find them)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]


def crash(reason: str) -> EngineCrashError:
    return EngineCrashError(
        Message("error_engine_crash", reason=reason),
        hint=Message("error_engine_crash_hint", note=CRASH_NOTE),
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
        raise QueryError(Message("error_query_failed", why=str(exc))) from exc
    try:
        if isinstance(result, ox.QueryBoolean):
            body = result.serialize(format=RESULTS_FORMATS[job.boolean_format]) or b""
            outcome = QueryOutcome("ask", job.boolean_format, body, 1)
        elif isinstance(result, ox.QuerySolutions):
            outcome = _solutions(result, job, deadline)
        else:
            outcome = _triples(result, job, deadline)
    except _DeadlinePassedError as exc:
        raise timeout_error(timeout or 0.0) from exc
    except (OSError, ValueError, SyntaxError, RuntimeError) as exc:
        raise QueryError(Message("error_query_failed", why=str(exc))) from exc
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

    Its threads have a big stack (:mod:`justicekg.web.stacks`), as the query processes' have:
    a query is planned there with :func:`~justicekg.web.plan.plan_deep`, so the texts a query
    process accepts (a group of 400 triple patterns, 1,500 nested groups) are accepted here
    too, and run there, so Oxigraph has room for whatever depth the planner let through.
    """

    def __init__(self, store: Any, *, threads: int = 4) -> None:
        self.store = store
        self._pool = ThreadPoolExecutor(
            max_workers=threads, thread_name_prefix="sparql", initializer=mark_big_stack
        )

    def execute(self, job: QueryJob, timeout: float) -> QueryOutcome:
        # The pool starts a thread (when none is idle) inside submit(), so inside
        # big_stacks() (tests/test_web_deep_queries.py checks that every one got the stack).
        with big_stacks():
            future = self._pool.submit(_checked_run, self.store, job)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout as exc:
            future.cancel()
            raise timeout_error(timeout) from exc

    def refresh(self) -> None:
        pass

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _checked_run(store: Any, job: QueryJob) -> QueryOutcome:
    plan = check_job(job, deep=True)
    return dataclasses.replace(run_job(store, job), plan=plan)


def timeout_error(seconds: float) -> QueryTimeoutError:
    return QueryTimeoutError(
        Message("error_query_timeout", seconds=seconds),
        hint=Message("error_query_timeout_hint"),
    )
