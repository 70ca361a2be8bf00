"""Queries the pages run for a request, under the same time limit and row cap as ``/sparql``.

Nothing from a request is pasted into a query text: an entity IRI enters a query only as a
term serialized by pyoxigraph (:func:`term`, which refuses anything that is not a valid IRI)
after the route has checked the slug (:mod:`justicekg.web.slugs`), and page numbers enter as
integers. The query then goes through :meth:`justicekg.web.state.WebState.execute` — in the
HTTP process for a pure lookup, otherwise in a killable query process for an on-disk store —
with ``settings.query_timeout`` and ``settings.max_rows``; the answer comes back as TSV or
N-Triples and is parsed back into pyoxigraph terms here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from justicekg.web.executor import QueryJob

__all__ = ["Rows", "ask", "construct", "select", "term", "values"]


def term(iri: str) -> str:
    """``iri`` as a SPARQL IRI term, or :class:`ValueError` when it is not a valid IRI.

    >>> term("https://w3id.org/justicekg/id/org/x")
    '<https://w3id.org/justicekg/id/org/x>'
    >>> term("x> ?p ?o } #")
    Traceback (most recent call last):
    ...
    ValueError: ...
    """
    return str(ox.NamedNode(iri))


def values(var: str, iris: Iterable[str]) -> str:
    """A ``VALUES ?var { … }`` block of valid IRIs (invalid ones cannot match and are skipped).

    >>> values("x", ["http://a/1", "bad iri"])
    'VALUES ?x { <http://a/1> }'
    """
    terms = []
    for iri in iris:
        try:
            terms.append(term(iri))
        except ValueError:
            continue
    return f"VALUES ?{var} {{ {' '.join(terms)} }}"


@dataclass
class Rows:
    """SELECT results: variable names, rows of terms (None where unbound), and whether the row
    cap cut them."""

    variables: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False

    def __iter__(self) -> Any:
        return iter(self.rows)


def _run(state: Any, query: str, **job: Any) -> Any:
    settings = state.settings
    return state.execute(
        QueryJob(query, max_rows=job.pop("max_rows", settings.max_rows), **job),
        settings.query_timeout,
    )


def select(state: Any, query: str, *, max_rows: int | None = None) -> Rows:
    """Run a SELECT for a page; rows hold pyoxigraph terms (None where unbound).

    Raises:
        QueryTimeoutError: past ``settings.query_timeout`` (503).
        QueryError: a malformed query (a bug in a page's query).
    """
    outcome = _run(state, query, results_format="tsv", max_rows=max_rows or state.settings.max_rows)
    solutions = ox.parse_query_results(outcome.body, ox.QueryResultsFormat.TSV)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    rows = [{n: sol[n] for n in names} for sol in solutions]
    return Rows(names, rows, outcome.truncated)


def ask(state: Any, query: str) -> bool:
    """Run an ASK for a page."""
    outcome = _run(state, query, boolean_format="json")
    result = ox.parse_query_results(outcome.body, ox.QueryResultsFormat.JSON)
    return bool(result)


def construct(
    state: Any, query: str, *, max_rows: int | None = None
) -> tuple[list[ox.Triple], bool]:
    """Run a CONSTRUCT for a data document: its triples and whether the row cap cut them."""
    outcome = _run(
        state, query, graph_format="ntriples", max_rows=max_rows or state.settings.max_rows
    )
    triples = [q.triple for q in ox.parse(outcome.body, ox.RdfFormat.N_TRIPLES)]
    return triples, outcome.truncated
