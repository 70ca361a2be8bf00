"""Ingest on every core: worker processes extract, map and validate; the caller writes.

:func:`prepared_batches` hands batches of files to a pool of worker processes, each running
:func:`justicekg.pipeline.prepare_batch`, and yields the prepared batches **in the order of
the files**, so the writer commits them in the same order as a single-process ingest would (IRIs
never depend on the order anyway: they are minted from names). At most two batches per worker
are in flight: a slow writer holds back the workers instead of filling memory.

Workers are started with ``spawn`` (the writer holds an open RocksDB with its own threads,
which a ``fork`` would copy mid-flight). Each watches its parent and exits when it is gone, so
a writer killed with SIGKILL leaves no orphan behind; what that writer had committed stays
committed, batch by batch, as in a single-process ingest.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from justicekg.config import Settings

if TYPE_CHECKING:
    from justicekg.pipeline import Prepared

Batch = list[tuple[Path, Path | None]]

#: Batches in flight per worker.
IN_FLIGHT_PER_WORKER = 2


def default_workers() -> int:
    """The cores this process may run on (at least 1).

    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def prepared_batches(
    batches: list[Batch], settings: Settings, *, force: bool = False, workers: int = 1
) -> Iterator[list[Prepared]]:
    """Each batch prepared (:func:`~justicekg.pipeline.prepare_batch`), in order.

    With ``workers`` ≤ 1, or a single batch, everything runs in this process.
    """
    from justicekg import pipeline

    if workers <= 1 or len(batches) <= 1:
        for batch in batches:
            yield pipeline.prepare_batch(batch, settings, force=force)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(os.getpid(), settings),
    ) as pool:
        pending: deque[Future[list[Prepared]]] = deque()
        todo = iter(batches)
        try:
            for batch in todo:
                pending.append(pool.submit(_prepare, batch, settings, force))
                if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def _prepare(batch: Batch, settings: Settings, force: bool) -> list[Prepared]:
    from justicekg.pipeline import prepare_batch

    return [item.packed() for item in prepare_batch(batch, settings, force=force)]


def _start_worker(parent: int, settings: Settings) -> None:
    """Warm the caches every batch needs, and exit as soon as the parent is gone."""
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    from justicekg.reference import cached_reference_graph
    from justicekg.validate import shapes_graph

    shapes_graph()
    cached_reference_graph(settings)


def _watch_parent(parent: int, interval: float = 0.5) -> None:
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(1)
