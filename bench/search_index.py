"""The search index of a kept store, built in memory and on disk: time, peak RSS, query times.

    python bench/search_index.py STORE [--queries 300] [--json]

Each build runs in a fresh child process on ``STORE`` opened read-only (nothing is written
to it; the SQLite file goes to a temporary folder), which reports the build's wall-clock
seconds, its resident size before the build and its peak (``ru_maxrss``), then answers the
same queries (labels of the index, their first words and prefixes, each as typed) with the
index it built: p50/p95 ms in process. The parent checks that both answered every query the
same (``different_answers``, expected 0). Run on a shared 2-core machine: compare the two
builds within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# Keep bench/ off the front of sys.path: bench/http.py must not shadow the standard library
# (justicekg is imported later, in the child).
_HERE = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0] or ".") == _HERE:
    sys.path.pop(0)
sys.path.append(_HERE)

from measures import latency_ms, peak_rss_bytes, rss_bytes  # noqa: E402

BASE = "https://w3id.org/justicekg/"


def child(store_dir: str, mode: str, queries: int) -> dict[str, Any]:
    """One build (``memory`` or ``disk``) and the queries, in this process."""
    from justicekg.store.oxigraph import OxigraphStore
    from justicekg.web.search import LabelIndex, SearchIndex, fold, ranked_entries
    from justicekg.web.search_disk import DiskIndex, build_file

    store = OxigraphStore(store_dir, read_only=True)
    rss_before = rss_bytes()
    start = time.perf_counter()
    index: SearchIndex
    with tempfile.TemporaryDirectory(prefix="justicekg-search-bench-") as folder:
        if mode == "memory":
            index = LabelIndex.build(store, BASE)
            size = 0
        else:
            path = Path(folder) / "index.sqlite"
            build_file(ranked_entries(store, BASE), path)
            index = DiskIndex(path)
            size = path.stat().st_size
        build_s = time.perf_counter() - start
        peak = peak_rss_bytes()
        labels = sorted({e.label for _r, e in ranked_entries(store, BASE)})
        picked = random.Random(13).sample(labels, min(queries, len(labels)))
        asked = sorted({q for label in picked for q in (label, fold(label).split()[0])})
        asked += sorted({fold(label)[:3] for label in picked[:50]})
        answers, times = [], []
        for q in asked:
            t = time.perf_counter()
            hits = index.search(q)
            times.append(time.perf_counter() - t)
            answers.append([e.iri for e in hits])
        if isinstance(index, DiskIndex):
            index.close()
    latency = latency_ms(times)
    return {
        "build_s": round(build_s, 2),
        "rss_before_bytes": rss_before,
        "peak_rss_bytes": peak,
        "file_bytes": size,
        "queries": len(asked),
        "search_p50_ms": latency["p50_ms"],
        "search_p95_ms": latency["p95_ms"],
        "answers": answers,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=["memory", "disk"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(str(args.store), args.child, args.queries)))
        return 0
    if not args.store.is_dir():
        raise SystemExit(f"{args.store}: no such store folder")
    result: dict[str, Any] = {"store": str(args.store)}
    answers = {}
    for mode in ("memory", "disk"):
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                str(args.store),
                "--child",
                mode,
                "--queries",
                str(args.queries),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        measured = json.loads(done.stdout)
        answers[mode] = measured.pop("answers")
        result[mode] = measured
    result["different_answers"] = sum(
        a != b for a, b in zip(answers["memory"], answers["disk"], strict=True)
    )
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:20} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
