"""The whole product at scale: ingest N synthetic articles; time pages, search, SPARQL, analytics.

    python bench/scale.py [--articles 10000] [--workers N] [--json] [--keep DIR]
    python bench/scale.py --reuse STORE [--requests 30] [--json]   # step 4 only

With ``--reuse STORE`` (an on-disk store kept by an earlier run, e.g. ``DIR/store`` of
``--keep DIR``) nothing is generated, ingested, compacted or refreshed: only step 4 runs,
on that store, opened read-only by the server (``justicekg serve`` opens a store that holds
data read-only and writes nothing to it); the search query is the busiest person's label.
The server's first requests build its per-version caches (search index, labels): step 4
first warms it until :data:`WARM_STREAK` requests in a row answer within
:data:`WARM_SECONDS`, and reports how long that took (``warm_up_s``).

1. Writes N synthetic ``.txt`` articles (:mod:`corpus`: gazetteer provinces, districts,
   surnames and awards; officials recurring with a heavy tail) plus ``--rounds`` × 100 more.
2. ``extract_articles_per_s``: :func:`justicekg.pipeline.read_report` alone, one process, on
   the first ``--extract-sample`` articles (the peer of the ingest ratio, same run);
   ``extract_cpu_ms_per_article``: its CPU time per article.
3. ``ingest_articles_per_s``: ``justicekg ingest --workers N --no-compact`` of the N articles
   into a fresh on-disk store, wall clock of the whole command (analytics included);
   ``peak_rss_bytes`` is the largest resident size of that command or any of its workers;
   ``ingest_cpu_ms_per_article`` the CPU time (user + system) of the command and its workers
   per article; ``cpu_ceiling_ratio`` = workers × extraction CPU / ingest CPU per article, the
   ingest / extract ratio the same work would reach on that many free cores, perfectly
   parallel (CPU times move much less than wall clock with the load of a shared machine).
   The store is then compacted (``justicekg compact``); ``quads`` (named graphs plus the
   merged default graph) and ``disk_bytes`` are measured after that.
4. ``justicekg serve`` on 127.0.0.1; ``--requests`` sequential GETs each (after two warm-ups):
   the busiest person's page, a median person's page, ``/api/search``, a ``/sparql`` lookup
   (one IRI's labels) and a ``/sparql`` aggregate (entities per type); p50 and p95 in ms.
   The server's search folder (``JUSTICEKG_SEARCH_DIR``) is a fresh temporary folder (unless
   that variable is set: a second run on the same folder and store opens the index the
   first built), so the search index is built in this run: ``first_search_s`` is the time
   of the first search answered (it waits for that build). ``server_peak_rss_bytes`` is
   the largest peak resident size (``VmHWM``) of one of the server's processes (granian,
   its workers, their query processes), ``server_peak_rss_sum_bytes`` the sum over all of
   them, ``server_peak_rss_mib`` each one's (MiB, largest first), read before it stops.
5. Analytics: a full recompute (``recompute_scores``), then ``--rounds`` ingests of 100 more
   articles each, timing the analytics refresh each one runs (``refresh_after_100``), and
   their ratio to the full recompute.

Run on a shared 2-core machine: the numbers are only comparable within one run.
"""

from __future__ import annotations

import os
import sys

# Keep bench/ off the front of sys.path: bench/http.py must not shadow the standard library.
_HERE = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0] or ".") == _HERE:
    sys.path.pop(0)
sys.path.append(_HERE)

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import urllib.parse  # noqa: E402
import urllib.request  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import corpus  # noqa: E402
from measures import latency_ms, peak_rss_bytes, peak_rss_of  # noqa: E402

from justicekg import pipeline  # noqa: E402
from justicekg.config import Settings  # noqa: E402
from justicekg.store.oxigraph import OxigraphStore, disk_size  # noqa: E402

JKG = "https://w3id.org/justicekg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
CLI = [sys.executable, "-m", "justicekg"]


def extract_rate(files: list[Path]) -> tuple[float, float]:
    """Articles per second of extraction alone, and its CPU seconds per article."""
    for path in files[:5]:  # warm the gazetteers
        pipeline.read_report(path)
    start, cpu = time.perf_counter(), time.process_time()
    for path in files:
        pipeline.read_report(path)
    cpu = time.process_time() - cpu
    return len(files) / (time.perf_counter() - start), cpu / len(files)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_ingest(folder: Path, store: Path, workers: int | None) -> tuple[float, int, float]:
    """Seconds of ``justicekg ingest``, the peak RSS (bytes) of it or any worker, and the CPU
    seconds (user + system) of it and its workers."""
    command = [*CLI, "ingest", "--no-compact", "--store", str(store), str(folder)]
    if workers:
        command[4:4] = ["--workers", str(workers)]
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    return seconds, peak_rss_bytes(children=True), _children_cpu() - cpu


def busiest_and_median(store_dir: Path) -> tuple[str, str, int, int]:
    """The person IRI stated in the most article graphs, and one at the median."""
    store = OxigraphStore(str(store_dir), read_only=True)
    query = f"""SELECT ?p (COUNT(DISTINCT ?g) AS ?n) WHERE {{
      GRAPH ?g {{ ?p a <{JKG}Person> }} }} GROUP BY ?p ORDER BY DESC(?n) ?p"""
    rows = [(r["p"].value, int(r["n"].value)) for r in store.query(query)]
    store.close()
    median = rows[len(rows) // 2]
    return rows[0][0], median[0], rows[0][1], median[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


#: Warm-up ends after this many requests in a row, each answered within WARM_SECONDS.
WARM_STREAK = 8
WARM_SECONDS = 10.0


def person_label(store_dir: Path, iri: str) -> str:
    """The busiest person's label (the search query of a ``--reuse`` run)."""
    store = OxigraphStore(str(store_dir), read_only=True)
    try:
        for row in store.query(f"SELECT ?l WHERE {{ <{iri}> <{RDFS_LABEL}> ?l }} LIMIT 1"):
            return str(row["l"].value)
    finally:
        store.close()
    return iri.rsplit("/", 1)[-1].rsplit("--", 1)[0].replace("-", " ")


def get(url: str, timeout: float = 120) -> float:
    start = time.perf_counter()
    request = urllib.request.Request(url, headers={"Accept": "text/html,application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url}: HTTP {response.status}")
    return time.perf_counter() - start


def http_latencies(
    store_dir: Path,
    busiest: str,
    median: str,
    name: str,
    requests: int,
    ready_timeout: float = 1800,
) -> dict[str, Any]:
    port = free_port()
    # A fresh search folder, unless given: the server builds its search index in this run
    # (and writes nothing next to a kept store).
    given = os.environ.get("JUSTICEKG_SEARCH_DIR")
    search_dir = given or tempfile.mkdtemp(prefix="justicekg-search-")
    server = subprocess.Popen(
        [*CLI, "serve", "--store", str(store_dir), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "JUSTICEKG_SEARCH_DIR": search_dir},
    )
    base = f"http://127.0.0.1:{port}"
    first_search: float | None = None
    try:
        started = time.monotonic()
        deadline = started + ready_timeout
        streak = 0
        warm = [base + "/api/search?q=a", base + "/page/" + busiest.split("/id/", 1)[1]]
        while streak < WARM_STREAK:
            try:
                took = get(warm[streak % 2], timeout=ready_timeout)
                if first_search is None and streak % 2 == 0:
                    first_search = took
                streak = streak + 1 if took < WARM_SECONDS else 0
            except OSError:
                streak = 0
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("justicekg serve did not come up") from None
                time.sleep(0.5)
            if time.monotonic() > deadline:
                raise RuntimeError("justicekg serve did not warm up")
        warm_up = time.monotonic() - started

        def page(iri: str) -> str:
            return base + "/page/" + iri.split("/id/", 1)[1]

        def sparql(query: str) -> str:
            return base + "/sparql?" + urllib.parse.urlencode({"query": query})

        targets = {
            "busiest_page": page(busiest),
            "median_page": page(median),
            "api_search": base + "/api/search?" + urllib.parse.urlencode({"q": name}),
            "sparql_lookup": sparql(
                "SELECT ?l WHERE { <"
                + busiest
                + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
            ),
            "sparql_aggregate": sparql(
                "SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n)"
            ),
        }
        out: dict[str, Any] = {
            "warm_up_s": round(warm_up, 1),
            "first_search_s": round(first_search or 0.0, 2),
        }
        for key, url in targets.items():
            for _ in range(2):
                get(url)
            out[key] = latency_ms([get(url) for _ in range(requests)])
        peaks = [peak_rss_of(pid) for pid in _descendants(server.pid)]
        out["server_processes"] = len(peaks)
        out["server_peak_rss_bytes"] = max(peaks)
        out["server_peak_rss_sum_bytes"] = sum(peaks)
        out["server_peak_rss_mib"] = sorted((round(p / 2**20) for p in peaks), reverse=True)
        return out
    finally:
        server.terminate()
        server.wait(timeout=60)
        if not given:
            shutil.rmtree(search_dir, ignore_errors=True)


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process under it (Linux ``/proc``)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        at = todo.pop()
        found.append(at)
        todo += children.get(at, [])
    return found


def analytics_refresh(
    store_dir: Path, extra: list[list[Path]], settings: Settings
) -> dict[str, Any]:
    """A full recompute, then the refresh run by each ingest of 100 more articles."""
    from justicekg.analytics.incremental import recompute_all

    store = OxigraphStore(str(store_dir))
    try:
        start = time.perf_counter()
        recompute_all(store, settings)
        full = time.perf_counter() - start
        refresh: list[float] = []
        after = pipeline.after_ingest

        def timed(*args: Any) -> None:
            start = time.perf_counter()
            after(*args)
            refresh.append(time.perf_counter() - start)

        pipeline.after_ingest = timed  # type: ignore[assignment]
        try:
            for files in extra:
                pipeline.ingest_paths(store, files, settings, workers=1)
        finally:
            pipeline.after_ingest = after  # type: ignore[assignment]
    finally:
        store.close()
    out: dict[str, Any] = {"full_recompute_s": round(full, 3)}
    out["refresh_after_100"] = latency_ms(refresh)
    out["refresh_ratio_p50"] = round(statistics.median(refresh) / full, 4)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=None, help="default: one per core")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3, help="ingests of 100 more articles")
    parser.add_argument("--extract-sample", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, default=None, help="work in DIR and keep it")
    parser.add_argument(
        "--reuse",
        type=Path,
        default=None,
        metavar="STORE",
        help="only time HTTP on this existing on-disk store (opened read-only)",
    )
    args = parser.parse_args(argv)
    settings = Settings()
    if args.reuse is not None:
        result = reuse(args.reuse, args.requests)
        _print(result, as_json=args.json)
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="jkg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        world = corpus.make_world(persons=max(300, args.articles // 4), seed=args.seed)
        articles = work / "articles"
        if articles.exists():
            shutil.rmtree(articles)
        files = corpus.write_articles(world, articles, args.articles, seed=args.seed + 1)
        extra = [
            corpus.write_articles(
                world,
                work / "more" / f"round-{r}",
                100,
                seed=args.seed + 2 + r,
                start=args.articles + 100 * r,
            )
            for r in range(args.rounds)
        ]
        extract, extract_cpu = extract_rate(files[: args.extract_sample])
        store_dir = work / "store"
        if store_dir.exists():
            shutil.rmtree(store_dir)
        seconds, peak, ingest_cpu = run_ingest(articles, store_dir, args.workers)
        subprocess.run(
            [*CLI, "compact", "--store", str(store_dir)], check=True, stdout=subprocess.DEVNULL
        )
        store = OxigraphStore(str(store_dir), read_only=True)
        quads = sum(1 for _ in store._store.quads_for_pattern(None, None, None, None))
        store.close()
        busiest, median, busiest_n, median_n = busiest_and_median(store_dir)
        name = world.seen.most_common(1)[0][0]
        workers = args.workers or len(os.sched_getaffinity(0))
        result: dict[str, Any] = {
            "articles": args.articles,
            "workers": workers,
            "ingest_seconds": round(seconds, 1),
            "ingest_articles_per_s": round(args.articles / seconds, 1),
            "extract_articles_per_s": round(extract, 1),
            "ingest_over_extract": round(args.articles / seconds / extract, 3),
            "extract_cpu_ms_per_article": round(1000 * extract_cpu, 2),
            "ingest_cpu_ms_per_article": round(1000 * ingest_cpu / args.articles, 2),
            "cpu_ceiling_ratio": round(workers * extract_cpu * args.articles / ingest_cpu, 3),
            "quads": quads,
            "disk_bytes": disk_size(str(store_dir)),
            "disk_bytes_per_quad": round(disk_size(str(store_dir)) / quads, 1),
            "peak_rss_bytes": peak,
            "busiest_person_articles": busiest_n,
            "median_person_articles": median_n,
        }
        result.update(http_latencies(store_dir, busiest, median, name, args.requests))
        result.update(analytics_refresh(store_dir, extra, settings))
        result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    _print(result, as_json=args.json)
    return 0


def reuse(store_dir: Path, requests: int) -> dict[str, Any]:
    """Step 4 alone on a kept store (see the module docstring)."""
    if not store_dir.is_dir():
        raise SystemExit(f"--reuse {store_dir}: no such store folder")
    busiest, median, busiest_n, median_n = busiest_and_median(store_dir)
    name = person_label(store_dir, busiest)
    result: dict[str, Any] = {
        "store": str(store_dir),
        "busiest_person": busiest,
        "busiest_person_articles": busiest_n,
        "median_person_articles": median_n,
        "search_query": name,
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
    }
    result.update(http_latencies(store_dir, busiest, median, name, requests))
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return result


def _print(result: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key:28} {value}")


if __name__ == "__main__":
    raise SystemExit(main())
