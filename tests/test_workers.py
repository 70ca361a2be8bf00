"""Parallel ingest: the same store and summary as one process; no orphan after a SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_snapshots import SHARED_ARTICLES, merged_and_union, snapshot

from justicekg.config import Settings
from justicekg.pipeline import IngestSummary, ingest_paths
from justicekg.store.oxigraph import OxigraphStore


def outcome(summary: IngestSummary) -> tuple[object, ...]:
    return (
        summary.stored,
        summary.triples,
        sorted((Path(r.source).name, r.kind) for r in summary.rejected),
        sorted((Path(s).name, item.line()) for s, item in summary.left_out),
        summary.forced,
    )


@pytest.fixture
def folder(tmp_path: Path, seed_article: Path) -> Path:
    """Articles over several batches, with unreadable files among them."""
    out = tmp_path / "articles"
    out.mkdir()
    sources = sorted(SHARED_ARTICLES.glob("*.txt"))[:5] if SHARED_ARTICLES.is_dir() else []
    for i, src in enumerate([seed_article, *sources]):
        shutil.copy(src, out / f"a{i:02}.txt")
    (out / "a90-empty.txt").write_bytes(b"")
    (out / "a91-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return out


def test_two_workers_store_what_one_process_stores(folder: Path, tmp_path: Path) -> None:
    settings = Settings(store="memory:")
    results = []
    for workers in (1, 2):
        store = OxigraphStore(str(tmp_path / f"store-{workers}"))
        summary = ingest_paths(store, [folder], settings, batch_size=2, workers=workers)
        results.append((snapshot(store), outcome(summary)))
        store.close()
    (one, one_summary), (two, two_summary) = results
    assert one_summary == two_summary
    assert len(one_summary[0]) >= 2 and {name for name, _ in one_summary[2]} == {
        "a90-empty.txt",
        "a91-binary.txt",
    }
    assert one == two


def test_parallel_reingest_is_idempotent(folder: Path, tmp_path: Path) -> None:
    settings = Settings(store="memory:")
    store = OxigraphStore(str(tmp_path / "store"))
    ingest_paths(store, [folder], settings, batch_size=2, workers=2)
    first = snapshot(store)
    again = ingest_paths(store, [folder], settings, batch_size=2, workers=2)
    assert snapshot(store) == first
    assert again.stored and not any(r.kind == "identity" for r in again.rejected)
    store.close()


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_killed_writer_leaves_whole_graphs_and_no_worker_behind(
    seed_article: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(120):
        shutil.copy(seed_article, folder / f"a{i:03}.txt")
    store_dir = tmp_path / "store"
    env = dict(os.environ, JUSTICEKG_STORE=str(store_dir))
    proc = subprocess.Popen(
        [sys.executable, "-u", "-m", "justicekg", "ingest", "-v", "--workers", "2", str(folder)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    committed = 0
    for line in proc.stdout:
        committed += line.startswith("stored ")
        if committed >= 5:
            break
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert committed >= 5 and len(workers) >= 2  # the pool's workers (and its helper)
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers), "a worker outlived its writer"

    store = OxigraphStore(str(store_dir))
    graphs = [g for g in store.graph_names() if "/graph/a" in g]
    assert 5 <= len(graphs) < 120, "the kill did not land mid-ingest"
    sizes = {sum(1 for _ in store.triples(g)) for g in graphs}
    assert len(sizes) == 1, "a graph was stored in part"
    merged, union = merged_and_union(store)
    assert merged == union
    store.close()
