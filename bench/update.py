"""SPARQL Update benchmark: ``POST /update`` of an ``INSERT DATA`` against Oxigraph's own update.

    python bench/update.py [--sizes 1000,4000] [--repeat 3]

For each size N it builds one ``INSERT DATA`` of N invented triples in one named graph (a
literal, a language tag, an evidence offset every tenth triple: the offsets the service
judges before it runs an update) and measures, in this one run and process:

* ``justicekg``: the request through the web application (Flask's test client; the checks of
  ``justicekg.web.plan`` — parse, SERVICE/LOAD refusal, dataset, evidence offsets — then the
  store's update), on a fresh in-memory store each time;
* ``oxigraph``: ``pyoxigraph.Store.update`` of the same text on a fresh in-memory store.

It prints the CPU seconds of each (best of ``--repeat``), their ratio, and the growth of
justicekg's time per triple from the smallest size to the largest (near 1 is linear; a cost
that grows with the square of the size shows the size ratio). No network: nothing listens.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

# ``python bench/update.py`` puts bench/ first on sys.path, where bench/http.py would shadow
# the standard library's ``http`` (which Flask imports).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import pyoxigraph as ox  # noqa: E402

from justicekg.store.oxigraph import OxigraphStore  # noqa: E402
from justicekg.web import create_app  # noqa: E402

J = "https://w3id.org/justicekg/ontology#"
TOKEN = "bench-token"


def insert_data(n: int) -> str:
    """One ``INSERT DATA`` of ``n`` invented triples in one named graph."""
    rows = []
    for i in range(n):
        if i % 10 == 0:
            rows.append(f"<urn:bench:e{i}> <{J}startOffset> {i} .")
        else:
            rows.append(f'<urn:bench:s{i}> <urn:bench:p{i % 7}> "giá trị {i}"@vi .')
    return "INSERT DATA { GRAPH <urn:bench:g> { " + "\n".join(rows) + " } }"


def through_service(text: str) -> float:
    app = create_app(
        {
            "TESTING": True,
            "STORE": OxigraphStore("memory:"),
            "STORE_URL": "memory:",
            "UPDATE_TOKEN": TOKEN,
        }
    )
    client = app.test_client()
    start = time.process_time()
    response = client.post(
        "/update",
        data=text.encode("utf-8"),
        content_type="application/sparql-update",
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    spent = time.process_time() - start
    if response.status_code != 204:
        raise SystemExit(f"/update answered {response.status_code}: {response.data[:300]!r}")
    return spent


def in_oxigraph(text: str) -> float:
    store = ox.Store()
    start = time.process_time()
    store.update(text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,4000", help="triples per INSERT DATA")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    per_triple = {}
    print(f"{'triples':>8} {'justicekg CPU-s':>16} {'oxigraph CPU-s':>15} {'ratio':>7}")
    for n in sizes:
        text = insert_data(n)
        ours = min(through_service(text) for _ in range(args.repeat))
        theirs = min(in_oxigraph(text) for _ in range(args.repeat))
        per_triple[n] = ours / n
        print(f"{n:>8} {ours:>16.3f} {theirs:>15.4f} {ours / max(theirs, 1e-9):>7.0f}")
    small, large = min(sizes), max(sizes)
    if large > small:
        growth = per_triple[large] / per_triple[small]
        print(
            f"time per triple, {large} vs {small} triples: {growth:.2f}× "
            f"(linear ≈ 1; quadratic ≈ {large / small:.0f})"
        )


if __name__ == "__main__":
    main()
