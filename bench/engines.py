"""The same workload on each store, in one run: embedded Oxigraph, Oxigraph server, Virtuoso.

    python bench/engines.py [--articles 1000] [--repeat 30]

Both servers are started on 127.0.0.1 by the project's recipe (``scripts/engines.py``; needs
``pip install oxigraph`` and Debian's ``virtuoso-opensource``). The workload, per store:

* **ingest**: ``--articles`` synthetic extraction reports
  (:func:`justicekg.analytics.synthetic.generate_reports`, written as ``.json`` report files)
  through the real :func:`justicekg.pipeline.ingest_paths` (map, SHACL gate, write, network
  scores); ``write`` is the part spent in ``Store.replace_graphs``;
* **lookup**: one entity's labels (``SELECT ?l { <iri> rdfs:label ?l }``), median of
  ``--repeat``;
* **aggregate**: instances per class (``justicekg stats``'s query), median of ``--repeat``;
* **entity page**: ``GET /page/person/<slug>`` through the Flask app on that store, median of
  ``--repeat``.

A warm-up ingest into a ``memory:`` store first loads what every ingest shares (shapes, the
reference graph), so the first store measured does not pay for it.

Prints a Markdown table, times in ms, with each server's ratio to the embedded store.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ``python bench/engines.py`` puts bench/ first on sys.path, where bench/http.py would shadow
# the standard library's http package: drop it; the recipe lives in scripts/.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT / "scripts"))

import engines as recipe  # noqa: E402

from justicekg.config import Settings  # noqa: E402

AGGREGATE = """SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class }
GROUP BY ?class ORDER BY DESC(?n) ?class"""
LOOKUP = "SELECT ?l WHERE {{ <{iri}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
PERSON = """SELECT ?p WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> } ORDER BY ?p LIMIT 1"""


def write_reports(folder: Path, n: int) -> None:
    from justicekg.analytics.synthetic import generate_reports

    folder.mkdir(parents=True, exist_ok=True)
    for report in generate_reports(n, seed=7):
        path = folder / f"{report.article.id}.json"
        path.write_text(json.dumps(report.to_dict(), ensure_ascii=False), encoding="utf-8")


def median_ms(func: Callable[[], Any], repeat: int) -> float:
    func()  # warm
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def measure(name: str, settings: Settings, reports: Path, repeat: int) -> dict[str, Any]:
    from justicekg.pipeline import ingest_paths
    from justicekg.store import open_store
    from justicekg.web import create_app

    store = open_store(settings.store, settings=settings)
    spent = [0.0]
    replace = store.replace_graphs

    def timed(graphs: Any) -> None:
        t0 = time.perf_counter()
        replace(graphs)
        spent[0] += time.perf_counter() - t0

    store.replace_graphs = timed  # type: ignore[method-assign]
    t0 = time.perf_counter()
    summary = ingest_paths(store, [reports], settings)
    ingest_s = time.perf_counter() - t0
    store.replace_graphs = replace  # type: ignore[method-assign]
    assert not summary.rejected, summary.text()
    iri = next(iter(store.query(PERSON)))["p"].value
    out: dict[str, Any] = {
        "store": name,
        "articles": summary.articles,
        "triples": store.stats().triples,
        "ingest_s": ingest_s,
        "write_s": spent[0],
        "lookup_ms": median_ms(lambda: list(store.query(LOOKUP.format(iri=iri))), repeat),
        "aggregate_ms": median_ms(lambda: list(store.query(AGGREGATE)), repeat),
    }
    client = create_app({"TESTING": True, "SETTINGS": settings, "STORE": store}).test_client()
    page = "/page/" + iri.removeprefix(settings.base_iri + "id/")

    def get_page() -> None:
        response = client.get(page)
        assert response.status_code == 200, response.status_code

    out["page_ms"] = median_ms(get_page, repeat)
    store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jkg-engines-") as tmp:
        work = Path(tmp)
        reports = work / "reports"
        write_reports(reports, opts.articles)
        base = Settings(articles_dir="/nonexistent")
        warm = work / "warm"  # shapes, reference graph and imports loaded before any timing
        write_reports(warm, 2)
        measure("warm-up", base.replace(store="memory:"), warm, 1)
        rows = [
            measure(
                "embedded (on disk)",
                base.replace(store=str(work / "embedded")),
                reports,
                opts.repeat,
            )
        ]
        print(rows[-1], file=sys.stderr, flush=True)
        for name, start in (
            ("Oxigraph server", recipe.start_oxigraph),
            ("Virtuoso", recipe.start_virtuoso),
        ):
            with start(work / name.split()[0].lower()) as engine:
                rows.append(measure(name, engine.settings(base), reports, opts.repeat))
                print(rows[-1], file=sys.stderr, flush=True)
    first = rows[0]
    print(
        f"{opts.articles} synthetic articles; medians of {opts.repeat}; ratio to embedded in ()\n"
    )
    print("| store | triples | ingest s | of which write s | lookup ms | aggregate ms | page ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        cells = [row["store"], str(row["triples"])]
        for key, fmt in (
            ("ingest_s", "{:.1f}"),
            ("write_s", "{:.1f}"),
            ("lookup_ms", "{:.2f}"),
            ("aggregate_ms", "{:.1f}"),
            ("page_ms", "{:.1f}"),
        ):
            value = fmt.format(row[key])
            if row is not first and first[key]:
                value += f" ({row[key] / first[key]:.1f}×)"
            cells.append(value)
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
