"""Benchmark: projections and measures on a synthetic graph of N articles (default 100k).

    python bench/analytics.py [--articles 100000] [--seed 0] [--workdir var/bench]

Steps, each run in its own subprocess so that its peak memory (max RSS) is its own:

1. ``generate``  seeded synthetic extraction reports (:mod:`justicekg.analytics.synthetic`);
2. ``build``     reports → RDF with the real mapping (``rdf.build``, memoized and without an
                 rdflib graph; checked equal to ``build_graph`` on the first 30 reports) →
                 N-Quads, on every CPU (cached in the work folder: rerunning skips it);
3. ``load``      N-Quads → an on-disk Oxigraph store with the store seam's layout (one named
                 graph per article plus their deduplicated merge in the default graph), bulk
                 loaded rather than through ``replace_graphs`` to save time;
4. one step per projection, read from the store;
5. ``direct``    the co-participation graph built straight from the reports (no store), the
                 peer that the store projection is compared with;
6. ``measures`` on the co-participation graph (degree, betweenness, eigenvector vs networkx's,
   components, Louvain, each timed) and ``paths`` on the entity graph (explained paths, ego
   networks, a neighbourhood read from the store without the full projection);
7. ``recompute`` :func:`justicekg.analytics.recompute_scores` end to end.

Prints a table (seconds, peak RSS in MiB, size) and the ratios; ``--json`` writes them too.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ``python bench/analytics.py`` puts bench/ first on sys.path, where bench/http.py would
# shadow the standard library's http package (imported by rdflib): drop it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.append(str(Path(__file__).resolve().parent))  # last: for measures only

from measures import peak_rss_bytes  # noqa: E402


def _rss_mib() -> float:
    return peak_rss_bytes() / 2**20


def _reports_path(work: Path, n: int, seed: int) -> Path:
    return work / f"reports-{n}-{seed}.pickle"


def _quads_path(work: Path, n: int, seed: int) -> Path:
    return work / f"quads-{n}-{seed}.nq"


def _triples_path(work: Path, n: int, seed: int) -> Path:
    return work / f"triples-{n}-{seed}.nt"


def _store_path(work: Path, n: int, seed: int) -> Path:
    return work / f"store-{n}-{seed}"


def _fast_mapping() -> Any:
    """The real mapping (``rdf.build``), made faster for the benchmark without changing its
    output: the pure string functions of ``rdf.mint`` are memoized (synthetic names repeat);
    triples come as plain tuples (``build_triples``, deduplicated per article).
    :func:`_check_fast_mapping` asserts the result equals ``build_graph``'s."""
    import functools
    import sys

    from justicekg.rdf import build as b
    from justicekg.rdf import mint as m

    for name in ("name_key", "fold", "slug"):
        cached_fn = functools.lru_cache(maxsize=None)(getattr(m, name))
        setattr(m, name, cached_fn)
        for module in list(sys.modules.values()):  # the modules of rdf/ that imported it
            if getattr(module, "__name__", "").startswith("justicekg.rdf.") and hasattr(
                module, name
            ):
                setattr(module, name, cached_fn)
    return b


def _fast_triples(b: Any, report: Any, settings: Any, when: Any) -> tuple[str, set[Any]]:
    iri, triples = b.build_triples(report, settings, generated_at=when)
    return str(iri), set(triples)


def _check_fast_mapping(reports: list[Any], n: int = 30) -> None:
    import datetime as dt

    from justicekg.config import Settings
    from justicekg.rdf.build import build_graph

    settings = Settings(store="memory:")
    when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    slow = [set(build_graph(r, settings, generated_at=when)) for r in reports[:n]]
    b = _fast_mapping()
    fast = [_fast_triples(b, r, settings, when)[1] for r in reports[:n]]
    assert slow == fast, "the fast mapping differs from build_graph"


def _build_chunk(args: tuple[list[Any], str]) -> tuple[str, int]:
    import datetime as dt

    from justicekg.config import Settings

    reports, out = args
    settings = Settings(store="memory:")
    b = _fast_mapping()
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    count = 0
    with open(out, "w", encoding="utf-8") as fh, open(out + ".nt", "w", encoding="utf-8") as nt:
        for report in reports:
            graph, triples = _fast_triples(b, report, settings, when)
            name = f"<{graph}>"
            for s, p, o in triples:
                triple = f"{s.n3()} {p.n3()} {o.n3()}"
                fh.write(f"{triple} {name} .\n")
                nt.write(f"{triple} .\n")
                count += 1
    return out, count


def step(name: str, opts: argparse.Namespace) -> dict[str, Any]:
    """Run one step in this process; returns its measurements."""
    work = Path(opts.workdir)
    n, seed = opts.articles, opts.seed
    out: dict[str, Any] = {"step": name}
    t0 = time.perf_counter()
    if name == "generate":
        from justicekg.analytics.synthetic import generate_reports

        reports = list(generate_reports(n, seed=seed))
        out["seconds"] = time.perf_counter() - t0
        out["size"] = f"{n} reports, {sum(len(r.persons) for r in reports)} person mentions"
        with open(_reports_path(work, n, seed), "wb") as fh:
            pickle.dump(reports, fh)
        out["rss_mib"] = _rss_mib()
        return out
    if name == "build":
        with open(_reports_path(work, n, seed), "rb") as fh:
            reports = pickle.load(fh)
        t0 = time.perf_counter()
        if len(reports) >= 30:
            _check_fast_mapping(reports)
        procs = os.cpu_count() or 1
        chunks = [reports[i::procs] for i in range(procs)]
        parts = [str(work / f"part-{i}.nq") for i in range(procs)]
        with Pool(procs) as pool:
            results = pool.map(_build_chunk, list(zip(chunks, parts, strict=True)))
        for target, suffix in (
            (_quads_path(work, n, seed), ""),
            (_triples_path(work, n, seed), ".nt"),
        ):
            with open(target, "wb") as dst:
                for part, _count in results:
                    with open(part + suffix, "rb") as src:
                        while block := src.read(1 << 24):
                            dst.write(block)
                    os.remove(part + suffix)
        out["seconds"] = time.perf_counter() - t0
        out["size"] = f"{sum(c for _, c in results)} quads, {procs} processes"
        out["rss_mib"] = _rss_mib()
        return out
    if name == "load":
        import shutil

        import pyoxigraph as ox

        path = _store_path(work, n, seed)
        shutil.rmtree(path, ignore_errors=True)
        store = ox.Store(str(path))
        nq = str(_quads_path(work, n, seed))
        store.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
        # the merged default graph of the store seam: every triple once (the store is a set)
        store.bulk_load(
            path=str(_triples_path(work, n, seed)),
            format=ox.RdfFormat.N_TRIPLES,
            to_graph=ox.DefaultGraph(),
        )
        out["seconds"] = time.perf_counter() - t0
        default = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        out["size"] = f"{len(store)} quads ({default} in the merged default graph)"
        out["rss_mib"] = _rss_mib()
        return out

    from justicekg.analytics import measures, paths, projections
    from justicekg.store.oxigraph import OxigraphStore

    store = OxigraphStore(f"oxigraph:{_store_path(work, n, seed)}", read_only=True)
    base = _rss_mib()
    t0 = time.perf_counter()
    c0 = time.process_time()
    if name.startswith("projection:"):
        g = projections.project(store, name.split(":", 1)[1])
        out["size"] = f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
    elif name == "direct":
        with open(_reports_path(work, n, seed), "rb") as fh:
            reports = pickle.load(fh)
        t0, c0 = time.perf_counter(), time.process_time()
        pairs, dates = [], {}
        for r in reports:
            for i, e in enumerate(r.events):
                key = f"{r.article.id}#{i}"
                dates[key] = e.date
                pairs.extend((p, key) for p in e.participants)
        g = projections.coparticipation_from_pairs(pairs, dates)
        out["size"] = f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"
    elif name == "measures":
        import networkx as nx

        g = projections.project(store, "coparticipation")
        parts: dict[str, dict[str, Any]] = {}

        def timed(label: str, fn: Any) -> Any:
            t, c = time.perf_counter(), time.process_time()
            value = fn()
            parts[label] = {
                "seconds": time.perf_counter() - t,
                "cpu_seconds": time.process_time() - c,
            }
            return value

        sc = measures.scores(g)
        pivots = sc.pivots
        t0, c0 = time.perf_counter(), time.process_time()
        timed("degree", lambda: nx.degree_centrality(g))
        timed(
            f"betweenness (pivots={pivots})", lambda: nx.betweenness_centrality(g, k=pivots, seed=0)
        )
        timed("eigenvector (ours, numpy)", lambda: measures.power_eigenvector(g))
        timed(
            "eigenvector (networkx)", lambda: nx.eigenvector_centrality(g, max_iter=1000, tol=1e-8)
        )
        comps = timed("components", lambda: measures.components(g))
        comms = timed("louvain", lambda: measures.communities(g))
        out["parts"] = parts
        out["size"] = (
            f"coparticipation {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
            f"{len(comps)} components, {len(comms)} communities"
        )
    elif name == "paths":
        import random

        g = projections.project(store, "entity")
        t0, c0 = time.perf_counter(), time.process_time()
        people = sorted(n for n, d in g.nodes(data=True) if d.get("kind") == "person")
        rng = random.Random(opts.seed)
        found = 0
        t = time.perf_counter()
        for _ in range(20):
            a, b = rng.sample(people, 2)
            found += paths.find_path(store, g, a, b).found
        path_s = time.perf_counter() - t
        t = time.perf_counter()
        for _ in range(20):
            measures.ego(g, rng.choice(people), at="2018-01-01")
        ego_s = time.perf_counter() - t
        t = time.perf_counter()
        for _ in range(20):
            projections.entity_graph(store, focus=rng.choice(people))
        focus_s = time.perf_counter() - t
        out["parts"] = {
            "explained path (each, of 20)": {"seconds": path_s / 20},
            "ego network on a date (each)": {"seconds": ego_s / 20},
            "neighbourhood from the store, no full projection (each)": {"seconds": focus_s / 20},
        }
        out["size"] = f"{found}/20 paths found"
    elif name == "recompute":
        from justicekg.analytics.scores import compute_scores

        computed = compute_scores(store)
        out["size"] = ", ".join(f"{k}: {v[0].number_of_nodes()} nodes" for k, v in computed.items())
    out["seconds"] = time.perf_counter() - t0
    out["cpu_seconds"] = time.process_time() - c0
    out["rss_mib"] = _rss_mib()
    out["rss_over_store_mib"] = out["rss_mib"] - base
    return out


STEPS = [
    "generate",
    "build",
    "load",
    "projection:participation",
    "projection:coparticipation",
    "direct",
    "projection:hierarchy",
    "projection:awards",
    "projection:provinces",
    "projection:entity",
    "measures",
    "paths",
    "recompute",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", default=str(ROOT / "var" / "bench"))
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--only", nargs="*", help="run only these steps")
    parser.add_argument("--json", help="also write the results to this file")
    opts = parser.parse_args(argv)
    Path(opts.workdir).mkdir(parents=True, exist_ok=True)
    if opts.step:
        print(json.dumps(step(opts.step, opts)))
        return 0
    results = []
    for name in opts.only or STEPS:
        work = Path(opts.workdir)
        done = {
            "generate": _reports_path(work, opts.articles, opts.seed),
            "build": _quads_path(work, opts.articles, opts.seed),
        }
        if name in done and done[name].exists():
            if not opts.only:
                print(f"{name:30} cached", flush=True)
                continue
        cmd = [sys.executable, __file__, "--articles", str(opts.articles), "--seed", str(opts.seed),
               "--workdir", opts.workdir, "--step", name]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(f"{name:30} FAILED\n{proc.stderr[-3000:]}", flush=True)
            return 1
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        results.append(row)
        cpu = f" ({row['cpu_seconds']:.2f} cpu)" if "cpu_seconds" in row else ""
        print(
            f"{name:30} {row['seconds']:9.2f} s{cpu}  {row['rss_mib']:8.0f} MiB peak"
            + (f" (+{row['rss_over_store_mib']:.0f})" if "rss_over_store_mib" in row else "")
            + f"  {row.get('size', '')}",
            flush=True,
        )
        for label, part in row.get("parts", {}).items():
            cpu = f" ({part['cpu_seconds']:.2f} cpu)" if "cpu_seconds" in part else ""
            print(f"  {label:50} {part['seconds']:9.3f} s{cpu}", flush=True)
    by = {r["step"]: r for r in results}
    ratios = {}
    if "direct" in by and "projection:coparticipation" in by:
        ratios["coparticipation via store / direct from reports, cpu"] = (
            by["projection:coparticipation"]["cpu_seconds"] / by["direct"]["cpu_seconds"]
        )
    if "measures" in by:
        parts = by["measures"]["parts"]
        ratios["networkx eigenvector / ours (numpy), cpu"] = parts["eigenvector (networkx)"][
            "cpu_seconds"
        ] / max(parts["eigenvector (ours, numpy)"]["cpu_seconds"], 1e-9)
    for k, v in ratios.items():
        print(f"ratio  {k}: {v:.2f}")
    if opts.json:
        Path(opts.json).write_text(json.dumps({"steps": results, "ratios": ratios}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
