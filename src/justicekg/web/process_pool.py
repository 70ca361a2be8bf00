"""The pool of killable query processes behind the SPARQL endpoint (on-disk stores).

Each worker holds the store open **read-only** and answers :class:`QueryJob` s sent over a
pipe; a worker that misses the deadline is killed (which really stops the query) and replaced in
the background. Workers see a snapshot; :meth:`ProcessPool.refresh` makes them reopen the store
after a write.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import queue
import signal
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from justicekg.catalogue import Message
from justicekg.errors import JusticeKGError, QueryError, QueryTimeoutError, StoreError
from justicekg.web.executor import QueryJob, QueryOutcome, check_job, crash, run_job, timeout_error
from justicekg.web.stacks import run_on_big_stack

log = logging.getLogger(__name__)


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
    """A query process: :func:`_answer_jobs` on a thread with a big stack, where the planner
    follows long and deep texts and Oxigraph has room for them (:mod:`justicekg.web.stacks`)."""
    run_on_big_stack(lambda: _answer_jobs(conn, url, generation), name="jkg-query")


def _answer_jobs(conn: Connection, url: str, generation: Any) -> None:
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
            plan = check_job(job, deep=True)
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
                raise StoreError(Message("error_worker_store"), where=url)
            self._idle.put(worker)

    def execute(self, job: QueryJob, timeout: float) -> QueryOutcome:
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty as exc:
            raise QueryTimeoutError(
                Message("error_workers_busy", seconds=timeout), hint=Message("error_retry_later")
            ) from exc
        try:
            worker.conn.send(job)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                raise timeout_error(timeout)
            status, payload = worker.conn.recv()
        except (EOFError, OSError) as exc:
            reason = _death(worker)
            log.error("query process died (%s) on: %.500s", reason, job.query)
            self._replace(worker)
            raise crash(reason) from exc
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
