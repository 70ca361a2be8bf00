"""HTTP benchmark: ``justicekg serve`` against Oxigraph's own server, same data, same queries.

    python bench/http.py [--seconds 5] [--clients 4] [--articles data/articles]

Both servers run on 127.0.0.1 in this one run, each serving the same dataset (the named
article graphs plus the merged default graph, ingested once by the project's pipeline):

* justicekg: ``justicekg.web.serve`` (granian worker processes + killable query processes);
* Oxigraph: ``oxigraph serve-read-only`` (``pip install oxigraph``) on a copy of the data.

For a cheap query (one entity's labels: a lookup, answered in the HTTP worker), the same
query with a ``FILTER`` (not a lookup: it goes through the killable worker pool) and a heavy
one (an aggregate over a self-join) it prints requests/s, median and p95 latency per server,
and the ratios justicekg / Oxigraph. ``fresh`` is the cheap query made new on every request
(a counter in a trailing comment): it pays justicekg's parse-based check
(:func:`justicekg.web.plan.plan_query`, cached by a hash of the text) every time. It also
prints the fixed cost of the worker-process design: the cheap query evaluated in-process
(``run_job``) against through the pool (``ProcessPool.execute``), and the check's cost for a
text never seen against one in its cache.
"""

from __future__ import annotations

import os
import sys

# This file is called http.py: keep its folder off sys.path so `http.client` is the stdlib's.
if sys.path and os.path.abspath(sys.path[0] or ".") == os.path.dirname(os.path.abspath(__file__)):
    sys.path.pop(0)
sys.path.append(os.path.dirname(os.path.abspath(__file__)))  # last: for measures only

import argparse
import http.client
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from measures import latency_ms

ROOT = Path(__file__).resolve().parents[1]

CHEAP = """SELECT ?label WHERE {
  <https://w3id.org/justicekg/id/province/thanh-hoa-gnjqpy>
    <http://www.w3.org/2000/01/rdf-schema#label> ?label }"""

# The same lookup with a FILTER: not a bounded lookup, so it goes through the worker pool.
CHEAP_POOLED = """SELECT ?label WHERE {
  <https://w3id.org/justicekg/id/province/thanh-hoa-gnjqpy>
    <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(LANG(?label) = "vi") }"""

# The cheap lookup, new on every request (see run_load).
FRESH = "fresh"

HEAVY = """SELECT (COUNT(*) AS ?n) WHERE {
  ?a a <https://w3id.org/justicekg/ontology#District> ;
     <http://www.w3.org/2000/01/rdf-schema#label> ?x .
  ?b a <https://w3id.org/justicekg/ontology#District> ;
     <http://www.w3.org/2000/01/rdf-schema#label> ?y .
  FILTER(STRLEN(?x) = STRLEN(?y) && ?x < ?y)
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int, path: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path + "?" + urlencode({"query": "ASK {}"}))
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not come up")


def prepare(workdir: Path, articles: str) -> tuple[Path, Path]:
    """Ingest the articles into a justicekg store; dump it for Oxigraph."""
    import pyoxigraph as ox

    from justicekg.config import Settings
    from justicekg.pipeline import ingest_paths
    from justicekg.store.oxigraph import OxigraphStore

    store_dir = workdir / "justicekg"
    store = OxigraphStore(str(store_dir))
    ingest_paths(store, [articles], Settings(store=str(store_dir)))
    nq = workdir / "dump.nq"
    nt = workdir / "default.nt"
    with nq.open("wb") as out:
        store.dump(out, ox.RdfFormat.N_QUADS)
    with nt.open("wb") as out:
        store.dump(out, ox.RdfFormat.N_TRIPLES)
    store.close()
    ox_dir = workdir / "oxigraph"
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    subprocess.run([oxigraph, "load", "--location", str(ox_dir), "--file", str(nq)], check=True)
    subprocess.run([oxigraph, "load", "--location", str(ox_dir), "--file", str(nt)], check=True)
    return store_dir, ox_dir


def run_load(port: int, path: str, query: str, seconds: float, clients: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.perf_counter() + seconds
    body = urlencode({"query": query})
    fresh = query == FRESH
    counter = iter(range(1 << 62))

    def client() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: list[float] = []
        bad = 0
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            conn.request(
                "POST",
                path,
                body=urlencode({"query": f"{CHEAP}\n# {next(counter)}"}) if fresh else body,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Accept": "application/sparql-results+json",
                },
            )
            response = response_ = conn.getresponse()
            response_.read()
            if response.status != 200:
                bad += 1
            mine.append(time.perf_counter() - t0)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed,
        **latency_ms(latencies, digits=None),
    }


def pool_overhead(store_dir: Path, n: int = 500) -> tuple[float, float]:
    from justicekg.store.oxigraph import OxigraphStore
    from justicekg.web.executor import QueryJob, run_job
    from justicekg.web.process_pool import ProcessPool

    try:
        job = QueryJob(CHEAP, checked=True, lookup=True)
    except TypeError:  # the code before issue 16
        job = QueryJob(CHEAP)
    store = OxigraphStore(str(store_dir), read_only=True)
    t0 = time.perf_counter()
    for _ in range(n):
        run_job(store, job)
    inproc = (time.perf_counter() - t0) / n
    pool = ProcessPool(str(store_dir), size=1)
    try:
        pool.execute(job, 10)
        t0 = time.perf_counter()
        for _ in range(n):
            pool.execute(job, 10)
        pooled = (time.perf_counter() - t0) / n
    finally:
        pool.close()
    return inproc * 1000, pooled * 1000


def plan_cost(n: int = 300) -> tuple[float, float]:
    """Milliseconds to plan the cheap query when never seen, and from the cache."""
    from justicekg.web.plan import plan_query

    t0 = time.perf_counter()
    for i in range(n):
        plan_query(f"{CHEAP}\n# plan-{i}")
    miss = (time.perf_counter() - t0) / n
    t0 = time.perf_counter()
    for _ in range(n * 10):
        plan_query(CHEAP)
    hit = (time.perf_counter() - t0) / (n * 10)
    return miss * 1000, hit * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved rounds; the median round is kept"
    )
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="justicekg query processes")
    parser.add_argument("--articles", default=str(ROOT / "data" / "articles"))
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="jkg-bench-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        store_dir, ox_dir = prepare(workdir, args.articles)
        ox_port, jkg_port = free_port(), free_port()
        oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
        procs.append(
            subprocess.Popen(
                [
                    oxigraph,
                    "serve-read-only",
                    "--location",
                    str(ox_dir),
                    "--bind",
                    f"127.0.0.1:{ox_port}",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        code = (
            "from justicekg.config import Settings\n"
            "from justicekg.web import serve\n"
            f"serve(Settings(store={str(store_dir)!r}, host='127.0.0.1', port={jkg_port}, "
            f"workers={args.workers}, articles_dir='/nonexistent'))\n"
        )
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
        wait_for(ox_port, "/query")
        wait_for(jkg_port, "/sparql")
        print(f"# data: {args.articles}; clients: {args.clients}; {args.seconds:g} s per run")
        results: dict[tuple[str, str], dict[str, float]] = {}
        names = (("cheap", CHEAP), ("fresh", FRESH), ("pooled", CHEAP_POOLED), ("heavy", HEAVY))
        for name, query in names:
            for _server, port, path in (
                ("oxigraph", ox_port, "/query"),
                ("justicekg", jkg_port, "/sparql"),
            ):
                run_load(port, path, query, 1.0, args.clients)  # warm-up
            rounds: dict[str, list[dict[str, float]]] = {"oxigraph": [], "justicekg": []}
            for _ in range(args.rounds):  # interleaved, so a noisy neighbour hits both
                for server, port, path in (
                    ("oxigraph", ox_port, "/query"),
                    ("justicekg", jkg_port, "/sparql"),
                ):
                    rounds[server].append(run_load(port, path, query, args.seconds, args.clients))
            for server in ("oxigraph", "justicekg"):
                ordered = sorted(rounds[server], key=lambda x: x["rps"])
                r = ordered[len(ordered) // 2]
                results[(name, server)] = r
                print(
                    f"{name:6} {server:9} {r['rps']:9.1f} req/s  p50 {r['p50_ms']:7.2f} ms  "
                    f"p95 {r['p95_ms']:7.2f} ms  n={r['requests']:.0f} errors={r['errors']:.0f}"
                )
        for name, _query in names:
            a, b = results[(name, "justicekg")], results[(name, "oxigraph")]
            print(
                f"ratio {name:6}: throughput {a['rps'] / b['rps']:.2f}x  "
                f"p50 latency {a['p50_ms'] / b['p50_ms']:.2f}x  "
                f"p95 latency {a['p95_ms'] / b['p95_ms']:.2f}x  (justicekg / oxigraph)"
            )
        inproc, pooled = pool_overhead(store_dir)
        print(
            f"worker-process cost per cheap query: in-process {inproc:.3f} ms, "
            f"through the pool {pooled:.3f} ms (+{pooled - inproc:.3f} ms)"
        )
        try:
            miss, hit = plan_cost()
            print(f"query check (plan_query): never seen {miss:.3f} ms, cached {hit:.4f} ms")
        except ImportError:  # the code before issue 16 had no parse-based check
            pass
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
