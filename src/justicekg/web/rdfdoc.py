"""Reading entity descriptions from the store and serializing them (no Flask here)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pyoxigraph as ox

from justicekg.config import ONTOLOGY_DIR
from justicekg.namespaces import PREFIXES, sparql_prologue

__all__ = ["OX_FORMATS", "PREFIXES", "sparql_prologue"]


OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


def describe_query(iri: str) -> str:
    """The query behind an entity's data document: its statements and the ones about it."""
    return (
        "CONSTRUCT { <IRI> ?p ?o . ?s ?q <IRI> . }\nWHERE { { <IRI> ?p ?o } UNION { ?s ?q <IRI> } }"
    ).replace("IRI", iri)


def exists(store: Any, iri: str) -> bool:
    return bool(store.query(f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}"))


def describe(store: Any, iri: str) -> list[ox.Triple]:
    return sorted(store.query(describe_query(iri)), key=str)


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
    """Triples as Turtle, N-Triples, RDF/XML or JSON-LD compacted against the context."""
    if fmt == "jsonld":
        return _jsonld(triples)
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
