"""justicekg's graph layout on a remote SPARQL server, written as SPARQL text (no HTTP here).

:class:`~justicekg.store.sparql.SparqlStore` keeps a named graph per article plus a merged
graph (the server's default graph, or a named one), a registry graph listing justicekg's
graphs and a marker graph naming the graphs of a batch until their merge is done. This
module writes the SPARQL that keeps them: the store decides *when* each runs and sends it.

Arguments: ``merged`` is the merged graph's IRI (``None``: the server's default graph),
``prefix`` the IRI under which justicekg's graphs live (``<base>graph/``), ``registry`` and
``pending`` the registry and marker graphs.

>>> merge_ops(None, ["http://e/graph/a"])
['INSERT { ?s ?p ?o } WHERE { GRAPH <http://e/graph/a> { ?s ?p ?o } }']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import pyoxigraph as ox

from justicekg.catalogue import Message
from justicekg.errors import StoreError


def iri_ref(value: str) -> str:
    """``<value>``, refusing what cannot be written inside ``<…>``.

    Raises:
        StoreError: the value holds a character an IRI reference cannot.
    """
    if any(c in value for c in '<>"{}|^`\\ '):
        raise StoreError(Message("store_bad_graph_iri", iri=repr(value)))
    return f"<{value}>"


def nt_line(t: ox.Triple) -> str:
    """One triple as an N-Triples statement."""
    return f"{t.subject} {t.predicate} {t.object} ."


def in_merged(merged: str | None, pattern: str) -> str:
    """``pattern`` read from (or written to) the merged graph."""
    return f"GRAPH <{merged}> {{ {pattern} }}" if merged else pattern


def own(prefix: str, var: str) -> str:
    """A filter keeping the graphs ``var`` binds to justicekg's own."""
    return f'FILTER(STRSTARTS(STR({var}), "{prefix}"))'


def registry_data(registry: str, iris: Iterable[str]) -> str:
    """The registry entries of ``iris`` (for ``INSERT DATA`` / ``DELETE DATA``)."""
    has = registry + "#graph"
    lines = " ".join(f"<{registry}> <{has}> {iri_ref(i)} ." for i in iris)
    return f"GRAPH <{registry}> {{ {lines} }}"


def markers(pending: str, iris: Iterable[str]) -> str:
    """The marks naming ``iris`` as a batch being written (for ``INSERT``/``DELETE DATA``)."""
    writing = pending + "#writing"
    lines = " ".join(f"<{pending}> <{writing}> {iri_ref(i)} ." for i in iris)
    return f"GRAPH <{pending}> {{ {lines} }}"


def resync(merged: str | None, prefix: str, registry: str) -> str:
    """Re-derive the merged graph from justicekg's graphs (cf. ``RESYNC_MERGE_UPDATE``)."""
    target = in_merged(merged, "?s ?p ?o")
    return (
        f"DELETE {{ {target} }} WHERE {{ {target} FILTER NOT EXISTS "
        f"{{ GRAPH ?g {{ ?s ?p ?o }} {own(prefix, '?g')} }} }} ;\n"
        f"INSERT {{ {target} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {own(prefix, '?g')} "
        f"FILTER NOT EXISTS {{ {target} }} }} ;\n"
        # a client's update may add or drop any graph: list them again on the next read
        f"DROP SILENT GRAPH <{registry}>"
    )


def merge_ops(merged: str | None, iris: Iterable[str]) -> list[str]:
    """Add each graph's triples to the merged graph (server-side: no data sent)."""
    target = in_merged(merged, "?s ?p ?o")
    return [f"INSERT {{ {target} }} WHERE {{ GRAPH {iri_ref(i)} {{ ?s ?p ?o }} }}" for i in iris]


def unmerge_op(merged: str | None, prefix: str, iris: list[str]) -> str:
    """Remove from the merged graph what only ``iris`` (among justicekg's graphs) state."""
    listed = ", ".join(iri_ref(i) for i in iris)
    values = " ".join(iri_ref(i) for i in iris)
    return (
        f"DELETE {{ {in_merged(merged, '?s ?p ?o')} }} WHERE {{ VALUES ?g {{ {values} }} "
        "GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } "
        f"FILTER(?h NOT IN ({listed})) {own(prefix, '?h')} }} }}"
    )


def recover_update(merged: str | None, pending: str, registry: str, iris: list[str]) -> str:
    """Finish the merge (and, with a named merged graph, the registration) of ``iris``, the
    graphs a killed writer left marked, and clear the marks."""
    values = " ".join(iri_ref(i) for i in iris)
    has = registry + "#graph"
    register = (
        f"INSERT {{ GRAPH <{registry}> {{ <{registry}> <{has}> ?g }} }} "
        f"WHERE {{ VALUES ?g {{ {values} }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
    )
    ops = [*merge_ops(merged, iris), f"DROP SILENT GRAPH <{pending}>"]
    if merged:
        ops.insert(-1, register)
    return " ;\n".join(ops)


def packed_updates(batch: Mapping[str, list[str]], most: int) -> Iterator[str]:
    """Updates replacing each graph of ``batch`` (N-Triples lines), of at most ``most``
    triples each, a graph per request whole when it fits (a larger one is spread over
    several requests)."""
    ops: list[str] = []
    size = 0
    for iri, lines in batch.items():
        if ops and size + len(lines) > most:
            yield " ;\n".join(ops)
            ops, size = [], 0
        ops.append(f"DROP SILENT GRAPH {iri_ref(iri)}")
        for start in range(0, len(lines), most):
            chunk = lines[start : start + most]
            if ops and size + len(chunk) > most:
                yield " ;\n".join(ops)
                ops, size = [], 0
            ops.append(f"INSERT DATA {{ GRAPH {iri_ref(iri)} {{\n" + "\n".join(chunk) + "\n} }")
            size += len(chunk)
    if ops:
        yield " ;\n".join(ops)
