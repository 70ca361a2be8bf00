"""Reproduce Oxigraph's ORDER BY abort (see docs/upstream/oxigraph-order-by-panic.md).

    python bench/order_by_panic.py

Runs each reproducer in a child process (the abort would end this one) and prints its exit
status: -6 (SIGABRT) while the bug is present, 0 once it is fixed.
"""

from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
#: 21 values (the smallest run that leaves Rust's insertion sort for the checking sort).
VALUES = (
    '2.5 2.5 1e3 1e3 2.5 2.5 2.5 1e3 2.5 1e3 1e3 "12:00:00"^^xsd:time 1e3 2.5 1e3 1e3 1e3 '
    '"12:00:00"^^xsd:time 1e3 "12:00:00"^^xsd:time 2.5'
)
QUERY = f"PREFIX xsd: <{XSD}> SELECT ?o {{ VALUES ?o {{ {VALUES} }} }} ORDER BY ?o"

#: The same values as data: one triple each (an in-memory store keeps insertion order).
_TERMS = {
    "2.5": f'"2.5"^^<{XSD}decimal>',
    "1e3": f'"1e3"^^<{XSD}double>',
    '"12:00:00"^^xsd:time': f'"12:00:00"^^<{XSD}time>',
}
DATA = "".join(
    f"<http://ex/s{i}> <http://ex/p> {_TERMS[v]} .\n" for i, v in enumerate(VALUES.split())
)

_CHILD = """
import sys, pyoxigraph as ox
store = ox.Store()
if sys.argv[1] == "data":
    store.load(sys.argv[2].encode(), ox.RdfFormat.N_TRIPLES)
    query = "SELECT ?o { ?s ?p ?o } ORDER BY ?o"
else:
    query = sys.argv[2]
print(len(list(store.query(query))), "rows")
"""


def main() -> int:
    print(f"pyoxigraph {ox.__version__}")
    status = 0
    for name, arg in (("values", QUERY), ("data", DATA)):
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, name, arg], capture_output=True, text=True
        )
        first = (proc.stderr.strip().splitlines() or [proc.stdout.strip()])[0:2]
        print(f"{name}: exit {proc.returncode}: {' / '.join(first)}")
        status = status or (1 if proc.returncode else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
