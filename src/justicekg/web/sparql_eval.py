"""``query_eval.py`` target: run W3C query-evaluation tests through the project's store and the
endpoint's own evaluation path (:func:`~justicekg.web.executor.run_job`: TSV/N-Triples line
cap, then re-serialization).

    python ../shared/conformance/query_eval.py --python justicekg.web.sparql_eval:evaluate
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pyoxigraph as ox

from justicekg.store.oxigraph import OxigraphStore
from justicekg.web.executor import QueryJob, run_job

_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


def _insert(store: OxigraphStore, path: str, graph: str | None) -> None:
    p = pathlib.Path(path).resolve()
    quads = ox.parse(path=str(p), format=_FORMATS[p.suffix], base_iri=p.as_uri())
    lines = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    if not lines:
        return
    body = f"GRAPH <{graph}> {{\n{lines}\n}}" if graph else lines
    # One INSERT DATA per file: blank nodes are fresh per file, as an RDF merge requires.
    store.update("INSERT DATA {\n" + body + "\n}")


def evaluate(data_files: dict[str | None, Any], query_text: str) -> Any:
    """Load the files into a fresh in-memory store and answer the query like ``/sparql`` does.

    Returns:
        SPARQL JSON results (dict) for SELECT/ASK, an ``rdflib.Graph`` for CONSTRUCT/DESCRIBE.
    """
    store = OxigraphStore("memory:")
    for graph, paths in data_files.items():
        for path in paths if isinstance(paths, list) else [paths]:
            _insert(store, path, graph)
    job = QueryJob(query_text, graph_format="ntriples", max_rows=1 << 40)
    outcome = run_job(store, job)
    if outcome.kind in ("select", "ask"):
        return json.loads(outcome.body)
    import rdflib

    graph_out = rdflib.Graph()
    graph_out.parse(data=outcome.body.decode("utf-8"), format="nt")
    return graph_out
