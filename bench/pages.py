"""Benchmark: the busiest entity's pages at two corpus sizes (issue 10: bounded pages).

    python bench/pages.py [--sizes 100 400] [--seed 0] [--repeat 5] [--json]

For each size N: N synthetic articles (:mod:`justicekg.analytics.synthetic`), every one also
mentioning the same minister (:func:`~justicekg.analytics.synthetic.with_famous_official`:
one position attested N times, N events attended), are mapped with the real ``rdf.build`` and
written to an on-disk store; the store is then served as a ``justicekg serve`` worker does
(opened read-only, page queries under the time limit in killable query processes). The
minister's page, the ministry's page and the minister's Turtle document are fetched: first
request (cold caches), then the median of ``--repeat`` more.

Prints, per size, the bytes and latency of each, and the growth ratio between the two sizes
(a page that grows with the corpus shows a ratio near N2/N1; a bounded one stays near 1).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ``python bench/pages.py`` puts bench/ first on sys.path, where bench/http.py would shadow
# the standard library's http package: drop it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]


def _fill(path: Path, n: int, seed: int) -> int:
    from justicekg.analytics import recompute_scores
    from justicekg.analytics.synthetic import generate_reports, with_famous_official
    from justicekg.config import Settings
    from justicekg.rdf.build import build_graph
    from justicekg.store.convert import triples_to_ox
    from justicekg.store.oxigraph import OxigraphStore

    settings = Settings(store=f"oxigraph:{path}")
    store = OxigraphStore(settings.store)
    batch: dict[str, Any] = {}
    triples = 0
    for report in with_famous_official(generate_reports(n, seed=seed)):
        graph = build_graph(report, settings)
        batch[str(graph.identifier)] = list(triples_to_ox(graph))
        triples += len(graph)
        if len(batch) >= 50:
            store.replace_graphs(batch)
            batch = {}
    store.replace_graphs(batch)
    recompute_scores(store, settings)
    store.close()
    return triples


def _measure(path: Path, repeat: int) -> dict[str, Any]:
    from justicekg.analytics.synthetic import FAMOUS
    from justicekg.config import Settings
    from justicekg.rdf.mint import iri_slug, mint_iri
    from justicekg.store.oxigraph import OxigraphStore
    from justicekg.web import create_app

    settings = Settings(store=f"oxigraph:{path}")
    store = OxigraphStore(settings.store, read_only=True)
    app = create_app(
        {"SETTINGS": settings, "STORE": store, "QUERY_PROCESSES": 2, "LOAD_FIXTURE": None}
    )
    client = app.test_client()
    name, _title, ministry = FAMOUS
    person = iri_slug(mint_iri("person", name, ministry))
    org = iri_slug(mint_iri("org", ministry))
    urls = {
        "person_page": f"/page/person/{person}",
        "org_page": f"/page/org/{org}",
        "person_ttl": f"/data/person/{person}.ttl",
    }
    out: dict[str, Any] = {}
    try:
        for key, url in urls.items():
            start = time.perf_counter()
            first = client.get(url)
            cold = time.perf_counter() - start
            assert first.status_code == 200, (url, first.status_code)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                client.get(url)
                times.append(time.perf_counter() - start)
            out[key] = {
                "bytes": len(first.data),
                "cold_s": round(cold, 3),
                "median_s": round(statistics.median(times), 3),
                "next_page": 'rel="next"' in first.headers.get("Link", ""),
            }
    finally:
        app.extensions["justicekg"].close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[100, 400])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"sizes": args.sizes, "runs": {}}
    with tempfile.TemporaryDirectory(prefix="jkg-bench-pages-") as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"store-{n}"
            start = time.perf_counter()
            triples = _fill(path, n, args.seed)
            fill = time.perf_counter() - start
            run = _measure(path, args.repeat)
            run["triples"] = triples
            run["fill_s"] = round(fill, 1)
            results["runs"][str(n)] = run
    small, large = (results["runs"][str(n)] for n in args.sizes)
    results["growth"] = {
        key: {
            "bytes": round(large[key]["bytes"] / small[key]["bytes"], 2),
            "median_s": round(large[key]["median_s"] / max(small[key]["median_s"], 1e-6), 2),
        }
        for key in ("person_page", "org_page", "person_ttl")
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'':14}" + "".join(f"{n:>28}" for n in args.sizes) + f"{'growth':>18}")
    for key in ("person_page", "org_page", "person_ttl"):
        cells = "".join(
            f"{run[key]['bytes']:>12,} B {run[key]['median_s'] * 1000:>8.0f} ms{'':>3}"
            for run in (small, large)
        )
        growth = results["growth"][key]
        print(f"{key:14}{cells}  ×{growth['bytes']:<5} ×{growth['median_s']}")
    print(f"{'triples':14}" + "".join(f"{run['triples']:>28,}" for run in (small, large)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
