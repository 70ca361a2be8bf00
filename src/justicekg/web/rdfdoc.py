"""Reading entity descriptions from the store and serializing them (no Flask here)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pyoxigraph as ox

from justicekg.config import ONTOLOGY_DIR
from justicekg.namespaces import PREFIXES, sparql_prologue
from justicekg.web.lookup import ask, term

__all__ = ["OX_FORMATS", "PREFIXES", "sparql_prologue"]


OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


#: Triples per page of a data document (``?page=2`` for the next ones).
DOC_PAGE = 1000


def describe_query(iri: str, *, limit: int | None = None, offset: int = 0) -> str:
    """The query behind an entity's data document: its statements and the ones about it.

    ``iri`` enters as a validated term (:func:`~justicekg.web.lookup.term`); ``limit`` and
    ``offset`` cut one page of a large document, in a stable order.

    >>> print(describe_query("http://x/a", limit=2).replace("<http://x/a>", "<a>"))
    CONSTRUCT { ?s ?p ?o }
    WHERE { { <a> ?p ?o BIND(<a> AS ?s) } UNION { ?s ?p <a> BIND(<a> AS ?o) } }
    ORDER BY ?s ?p ?o LIMIT 2
    >>> describe_query("http://x/a> } #")
    Traceback (most recent call last):
    ...
    ValueError: ...
    """
    t = term(iri)
    page = f" LIMIT {int(limit)}" + (f" OFFSET {int(offset)}" if offset else "") if limit else ""
    return (
        "CONSTRUCT { ?s ?p ?o }\n"
        f"WHERE {{ {{ {t} ?p ?o BIND({t} AS ?s) }} UNION {{ ?s ?p {t} BIND({t} AS ?o) }} }}\n"
        f"ORDER BY ?s ?p ?o{page}"
    )


def exists(state: Any, iri: str) -> bool:
    """True when the graph states anything about ``iri`` (an index lookup, under the limits)."""
    t = term(iri)
    return ask(state, f"ASK {{ {{ {t} ?p ?o }} UNION {{ ?s ?q {t} }} }}")


def describe(state: Any, iri: str, *, page: int = 1) -> tuple[list[ox.Triple], bool]:
    """One page of an entity's data document, and whether more pages follow.

    The pages list the entity's own statements, then the statements about it, each predicate
    by predicate (:func:`justicekg.web.windows.statements`: counted first, then only this
    page's window read), so a page costs the same however many statements the entity has;
    all pages together hold every statement once (:func:`describe_query` is the same
    document as one query)."""
    from justicekg.web.windows import statements

    entity = ox.NamedNode(iri)
    offset = (page - 1) * DOC_PAGE
    out = statements(state, iri, incoming=False, offset=offset, size=DOC_PAGE)
    triples = [ox.Triple(entity, r["p"], r["x"]) for r in out.rows]
    left = DOC_PAGE - len(triples)
    into = statements(
        state, iri, incoming=True, offset=max(0, offset - out.total), size=max(left, 0)
    )
    if left > 0:
        triples += [ox.Triple(r["x"], r["p"], entity) for r in into.rows]
    more = offset + DOC_PAGE < out.total + into.total
    return sorted(triples, key=str), more


@cache
def jsonld_context() -> dict[str, Any]:
    """The published JSON-LD context (``ontology/context.jsonld``), or a prefix-only one."""
    path = ONTOLOGY_DIR / "context.jsonld"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        context: dict[str, Any] = data.get("@context", data)
        return context
    except (OSError, ValueError):
        return dict(PREFIXES)


def serialize(triples: list[ox.Triple], fmt: str) -> bytes:
    """Triples as Turtle (also served as N3, of which it is a subset), TriG (the default
    graph), N-Triples, RDF/XML or JSON-LD compacted against the context."""
    if fmt == "jsonld":
        return _jsonld(triples)
    if fmt == "n3":
        fmt = "turtle"
    if fmt in ("turtle", "trig"):
        return ox.serialize(triples, format=OX_FORMATS[fmt], prefixes=PREFIXES) or b""
    return ox.serialize(triples, format=OX_FORMATS[fmt]) or b""


def _jsonld(triples: list[ox.Triple]) -> bytes:
    import rdflib

    graph = rdflib.Graph()
    nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    graph.parse(data=nt.decode("utf-8"), format="nt")
    context = jsonld_context()
    try:
        text = graph.serialize(format="json-ld", context=context, auto_compact=True)
    except Exception:  # a context rdflib cannot apply: fall back to expanded JSON-LD
        text = (ox.serialize(triples, format=ox.RdfFormat.JSON_LD) or b"").decode("utf-8")
    return text.encode("utf-8")
