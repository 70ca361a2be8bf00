"""Caches per store version: one build at a time per key, and a warm-up before requests."""

from __future__ import annotations

import threading
import time

from justicekg.config import Settings
from justicekg.store.oxigraph import OxigraphStore
from justicekg.web.state import WebState


def _state() -> WebState:
    return WebState(Settings(store="memory:"), OxigraphStore("memory:"))


def test_concurrent_requests_share_one_build() -> None:
    state = _state()
    builds: list[int] = []
    started = threading.Event()

    def slow_build() -> list[int]:
        builds.append(1)
        started.set()
        time.sleep(0.2)  # long enough that the other threads arrive during the build
        return [len(builds)]

    results: list[object] = []
    first = threading.Thread(target=lambda: results.append(state.cached("k", slow_build)))
    first.start()
    started.wait(5)
    others = [
        threading.Thread(target=lambda: results.append(state.cached("k", slow_build)))
        for _ in range(4)
    ]
    for t in [*others]:
        t.start()
    for t in [first, *others]:
        t.join(10)
    assert len(builds) == 1
    assert len(results) == 5 and all(r is results[0] for r in results)


def test_warm_builds_in_the_background_and_survives_a_failing_builder() -> None:
    state = _state()

    def broken(_: WebState) -> None:
        raise RuntimeError("boom")

    def index(s: WebState) -> object:
        return s.cached("index", lambda: {"built": True})

    state.warm(broken, index).join(10)
    assert state.cached("index", lambda: {"built": False}) == {"built": True}


def test_a_value_built_across_a_write_is_not_kept_as_the_new_versions() -> None:
    state = _state()
    versions = iter(["old", "new"])

    def build_during_a_write() -> str:
        value = next(versions)
        if value == "old":
            state._forget()  # a write noticed while this build runs
        return value

    assert state.cached("k", build_during_a_write, stale_after=1.0) == "old"
    # the next request builds again: the value built across the write is not the current one
    assert state.cached("k", build_during_a_write, stale_after=1.0) == "new"
