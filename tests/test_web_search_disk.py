"""The on-disk search index (one SQLite file per store version, shared by the server's
processes) answers exactly as the in-memory one: same hits in the same order, same browse
pages and counts, same labels; a write is seen; one process builds, the others open."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from web_support import ingested_store

from justicekg.config import PROJECT_ROOT, Settings
from justicekg.pipeline import ingest_paths
from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app, search_disk, version
from justicekg.web.entities import index_of
from justicekg.web.search import (
    Entry,
    LabelIndex,
    SearchIndex,
    display_rank,
    fold,
    ranked_entries,
)
from justicekg.web.search_disk import DiskIndex, build_file

BASE = "https://w3id.org/justicekg/"
NEW_ARTICLE = """Sở Tư pháp tỉnh Cà Mau tổng kết công tác năm 2023

Ngày 20-12-2023, tại Cà Mau, Sở Tư pháp tỉnh Cà Mau tổ chức hội nghị tổng kết công tác tư pháp.
Ông Phạm Quốc Khánh – Giám đốc Sở Tư pháp tỉnh Cà Mau chủ trì hội nghị.
"""


def _pair(
    ranked: list[tuple[search_disk.search.Rank, Entry]], path: Path
) -> tuple[LabelIndex, DiskIndex]:
    memory = LabelIndex([e for _r, e in sorted(ranked, key=lambda item: (item[0], item[1].iri))])
    shuffled = list(ranked)
    random.Random(7).shuffle(shuffled)  # the file does not depend on the store's order
    build_file(shuffled, path)
    return memory, DiskIndex(path)


def _queries(labels: list[str]) -> list[str]:
    """Whole labels, their words, prefixes, word pairs out of order, abbreviations, misses."""
    out = {"thads", "ubnd", "so tu phap", "nguyen", "ha", "a", "zzz", "đ", "  ", "le tuan"}
    for label in labels:
        words = fold(label).split()
        out.add(label)
        out.update(words[:3])
        out.add(fold(label)[:4])
        if len(words) > 2:
            out.add(f"{words[-1]} {words[0]}")
            out.add(f"{words[0]} {words[2][:2]}")
            out.add(" ".join(words[1:3]))
    return sorted(out)


def _assert_same(memory: SearchIndex, disk: SearchIndex, labels: list[str]) -> None:
    for q in _queries(labels):
        for kind in (None, "person", "org", "article"):
            for limit in (3, 20):
                assert disk.search(q, kind=kind, limit=limit) == memory.search(
                    q, kind=kind, limit=limit
                ), (q, kind, limit)
    assert disk.counts() == memory.counts()
    for kind in memory.counts():
        after: str | None = None
        while True:
            page = disk.browse(kind, after=after, limit=7)
            assert page == memory.browse(kind, after=after, limit=7), (kind, after)
            if page[1] is None:
                break
            after = page[1]
    assert disk.browse("person", after="not-an-iri") == memory.browse("person", after="x")


@pytest.mark.parametrize("cap", [3, 2000])
def test_disk_index_answers_as_the_memory_index_on_a_test_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    monkeypatch.setattr(search_disk.search, "SCAN_CAP", cap)
    store = ingested_store(str(tmp_path / "articles"))
    ranked = list(ranked_entries(store, BASE))
    memory, disk = _pair(ranked, tmp_path / "index.sqlite")
    labels = [e.label for _r, e in ranked]
    assert len(labels) > 20
    _assert_same(memory, disk, labels)
    for _r, e in ranked:
        assert disk.label(e.iri) == memory.label(e.iri)
    assert disk.label(BASE + "id/person/nobody") is None
    disk.close()


def test_disk_index_keeps_ties_and_caps_as_the_memory_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Many labels sharing words, entities with several labels (alt labels, other languages,
    # the same label twice), Đ and D, so that ties, duplicates and capped ranges all occur.
    monkeypatch.setattr(search_disk.search, "SCAN_CAP", 5)
    rng = random.Random(3)
    words = ["Nguyễn", "Văn", "An", "Đức", "Duc", "Thanh", "Anh", "Hà", "Nam", "Ân", "Ăn"]
    ranked = []
    for i in range(300):
        kind = rng.choice(["person", "org", "article"])
        iri = f"{BASE}id/{kind}/e{i % 240}"
        label = " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
        predicate = rng.choice(list(search_disk.search._PREDICATE_RANK))
        lang = rng.choice(["vi", "", "en"])
        ranked.append((display_rank(predicate, label, lang), Entry(fold(label), iri, label, kind)))
    ranked += ranked[:10]  # the same label read twice
    memory, disk = _pair(ranked, tmp_path / "index.sqlite")
    _assert_same(memory, disk, [e.label for _r, e in ranked])
    disk.close()


@pytest.mark.parametrize("name", ["PREFIXED", "OWNERS", "RANK", "PAGE", "AT", "LABEL"])
def test_every_read_is_an_index_range(tmp_path: Path, name: str) -> None:
    # No read scans a table or sorts: each walks one B-tree range (plus key lookups).
    store = ingested_store(str(tmp_path / "articles"))
    path = tmp_path / "index.sqlite"
    build_file(ranked_entries(store, BASE), path)
    sql = getattr(search_disk, name)
    db = sqlite3.connect(path)
    plan = [row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + sql, [""] * sql.count("?"))]
    db.close()
    assert plan and all(step.startswith("SEARCH") for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


def _settings(tmp_path: Path) -> Settings:
    return Settings(store=f"oxigraph:{tmp_path / 'store'}")


def _worker(settings: Settings) -> Any:
    """The state of one ``justicekg serve`` worker: the store open read-only."""
    reader = OxigraphStore(settings.store, read_only=True)
    app = create_app({"TESTING": True, "SETTINGS": settings, "STORE": reader})
    app.config["QUERY_PROCESSES"] = 0
    return app.extensions["justicekg"]


def test_a_write_is_seen_and_one_process_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(version, "VERSION_CHECK_INTERVAL", 0.0)
    settings = _settings(tmp_path)
    writer = OxigraphStore(settings.store)
    ingest_paths(writer, [PROJECT_ROOT / "data" / "articles" / "seed.txt"], settings)
    writer.close()
    built: list[Path] = []
    real_build = search_disk.build_file

    def counting(ranked: object, path: Path) -> int:
        built.append(path)
        return real_build(ranked, path)  # type: ignore[arg-type]

    monkeypatch.setattr(search_disk, "build_file", counting)
    first, second = _worker(settings), _worker(settings)
    index = index_of(first)
    assert isinstance(index, DiskIndex)
    assert index.path.parent == tmp_path / "store.search"  # next to the store, not in it
    assert index.search("pham quoc khanh") == []
    # The second worker, on the same version, opens the file the first one built.
    shared = index_of(second)
    assert isinstance(shared, DiskIndex) and shared.path == index.path
    assert len(built) == 1

    article = tmp_path / "in" / "camau-2023.txt"
    article.parent.mkdir()
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    writer = OxigraphStore(settings.store)
    ingest_paths(writer, [article], settings)
    writer.close()

    deadline = time.monotonic() + 30
    while index_of(first) is index and time.monotonic() < deadline:
        time.sleep(0.2)
    after = index_of(first)
    assert isinstance(after, DiskIndex) and after.path != index.path
    assert [e.label for e in after.search("pham quoc khanh")] == ["Phạm Quốc Khánh"]
    assert after.search("khanh") == LabelIndex.build(first.store, BASE).search("khanh")
    while index_of(second) is shared and time.monotonic() < deadline:
        time.sleep(0.2)
    assert index_of(second).path == after.path  # type: ignore[attr-defined]
    assert len(built) == 2
    files = sorted(p.name for p in (tmp_path / "store.search").iterdir())
    assert len([f for f in files if f.endswith(".sqlite")]) == 2
    assert not [f for f in files if f.endswith(".tmp")]
    for state in (first, second):
        state.store.close()


def test_a_folder_that_cannot_be_written_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    settings = _settings(tmp_path).replace(search_dir=str(blocker / "search"))
    store = OxigraphStore(settings.store)
    ingest_paths(store, [PROJECT_ROOT / "data" / "articles" / "seed.txt"], settings)
    index = search_disk.open_index(store, settings, "v1")
    assert isinstance(index, LabelIndex)
    assert index.counts()
    store.close()


def test_an_in_memory_store_keeps_the_in_memory_index(tmp_path: Path) -> None:
    store = ingested_store(str(tmp_path / "articles"))
    index = search_disk.open_index(store, Settings(store="memory:"), "v1")
    assert isinstance(index, LabelIndex)
    # a search folder does not change that: a memory store's stamp does not tell contents apart
    given = Settings(store="memory:", search_dir=str(tmp_path / "search"))
    assert isinstance(search_disk.open_index(store, given, "v1"), LabelIndex)
    assert not (tmp_path / "search").exists()


def test_a_slow_rebuild_serves_the_previous_version_meanwhile() -> None:
    store = OxigraphStore("memory:")
    app = create_app({"TESTING": True, "SETTINGS": Settings(store="memory:"), "STORE": store})
    state = app.extensions["justicekg"]
    release = threading.Event()
    built: list[int] = []

    def build() -> str:
        built.append(len(built))
        if len(built) > 1:  # the rebuild after the write is slow
            assert release.wait(60)
        return f"v{len(built) - 1}"

    assert state.cached("k", build, stale_after=0.05) == "v0"  # no previous: waits
    state.changed()  # a write
    assert state.cached("k", build, stale_after=0.05) == "v0"  # previous, meanwhile
    assert state.cached("k", build, stale_after=0.05) == "v0"
    release.set()
    assert state.cached("k", build, stale_after=60) == "v1"
    assert state.cached("k", build, stale_after=0.05) == "v1"
    assert built == [0, 1]  # one rebuild, however many requests asked meanwhile


BUILDER = """
import sys, time
from pathlib import Path
from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import search_disk

real = search_disk.build_file

def slow(ranked, path):
    print("built", flush=True)
    time.sleep(2.0)  # long enough for the other process to find the lock taken
    return real(ranked, path)

search_disk.build_file = slow
store = OxigraphStore(sys.argv[1], read_only=True)
index = search_disk.shared_index(store, sys.argv[2], Path(sys.argv[3]), "v1")
print(index.path.name, len(index.search("so tu phap")), flush=True)
"""


def test_two_processes_build_one_file(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    writer = OxigraphStore(settings.store)
    ingest_paths(writer, [PROJECT_ROOT / "data" / "articles" / "seed.txt"], settings)
    writer.close()
    folder = tmp_path / "search"
    command = [sys.executable, "-c", BUILDER, str(tmp_path / "store"), BASE, str(folder)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300)[0].split("\n") for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert sum(line == "built" for out in outputs for line in out) == 1
    answers = {line for out in outputs for line in out if line.startswith("index-")}
    assert len(answers) == 1 and int(answers.pop().split()[1]) > 0  # one file, same answer
    assert [p.name for p in folder.glob("*.tmp")] == []


def test_an_index_deleted_between_lookup_and_open_gives_way_to_the_newest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ingested_store(str(tmp_path / "articles"))
    folder = tmp_path / "search"
    first = search_disk.shared_index(store, BASE, folder, "v1")
    first.close()
    search_disk.shared_index(store, BASE, folder, "v2").close()
    real_connect = sqlite3.connect
    newest: list[Path] = []

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if not newest and first.path.name in str(database) and "mode=ro" in str(database):
            # Between this reader's lookup and its open, another process builds v3 (so v1 is
            # pruned: the newest two are kept).
            third = search_disk.shared_index(store, BASE, folder, "v3")
            newest.append(third.path)
            third.close()
            assert not first.path.exists()
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    index = search_disk.shared_index(store, BASE, folder, "v1")
    assert newest and index.path == newest[0]
    memory = LabelIndex.build(store, BASE)
    assert index.search("so tu phap") == memory.search("so tu phap") != []
    assert len(list(folder.glob("*.sqlite"))) == 2  # served, not rebuilt
    index.close()


def test_a_reader_whose_file_is_deleted_shares_its_open_connections(tmp_path: Path) -> None:
    store = ingested_store(str(tmp_path / "articles"))
    path = tmp_path / "index.sqlite"
    build_file(ranked_entries(store, BASE), path)
    index = DiskIndex(path)
    expected = LabelIndex.build(store, BASE).search("so tu phap")
    found: list[Any] = []
    with index.connection():  # this thread holds the one open connection
        path.unlink()  # pruned while the index is served as the previous version's
        reader = threading.Thread(target=lambda: found.append(index.search("so tu phap")))
        reader.start()
        reader.join(0.5)
        assert reader.is_alive()  # waits for a connection instead of failing to open one
    reader.join(30)
    assert found == [expected] and expected != []
    assert index.search("so tu phap") == expected
    index.close()


def test_pruning_keeps_other_families_files_until_they_are_stale(tmp_path: Path) -> None:
    """Two deployments sharing a search folder (a rolling upgrade) do not delete each other's
    newest index; another family's file unused for a day, and this family's older versions
    beyond KEEP, are deleted."""
    import os

    def made(name: str, age: float) -> Path:
        path = tmp_path / name
        path.write_bytes(b"")
        when = time.time() - age
        os.utime(path, (when, when))
        return path

    keep = made("index-aaaa-v3.sqlite", 0)
    older = [made("index-aaaa-v2.sqlite", 10), made("index-aaaa-v1.sqlite", 20)]
    neighbour = made("index-bbbb-v9.sqlite", 60)
    stale = made("index-cccc-v1.sqlite", search_disk.OTHER_FAMILY_TTL + 60)
    legacy = made("index-v0.sqlite", search_disk.OTHER_FAMILY_TTL + 60)
    search_disk._prune(tmp_path, keep=keep)
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {keep.name, older[0].name, neighbour.name}
    assert not stale.exists() and not legacy.exists()
