"""SHACL validation of article graphs against ``ontology/shapes.ttl``, as a value object.

Non-conformance is a *result*, not an exception (pySHACL style): :func:`validate` returns a
:class:`ValidationReport` with ``conforms``, the machine-readable ``results`` (which rule,
which entity, which article), the SHACL results ``graph`` and a human-readable ``text``.
Only ``sh:Violation`` results break conformance; ``sh:Warning`` ones are reported.

Each article graph is validated *on its own* together with the part of the reference graph it
links to (provinces, national bodies, concepts), so that one article's statements never mask or
cause another's violations. Validation uses no RDFS inference: the mapping materializes
superclass types. Two engines give the same results:

* ``compiled`` (:mod:`~justicekg.validate.compiled`, what ingest runs): each shape translated
  into Python checks over the article's triples (:mod:`~justicekg.validate.checks`), the SPARQL
  constraints as Python functions (:mod:`~justicekg.validate.natives`); a shape it does not
  understand runs on pySHACL, never skipped. ≈10× faster than the batched pySHACL run.
* ``pyshacl`` (:mod:`~justicekg.validate.batched`, the reference, what ``justicekg validate``
  runs by default): many graphs in one pySHACL run, each graph's nodes renamed apart and the
  results attributed back.

Modules: :mod:`~justicekg.validate.shapes` (the shapes graph), :mod:`~justicekg.validate.report`
(results as values), :mod:`~justicekg.validate.reference` (the reference part of each graph).

>>> from justicekg.config import Settings
>>> from justicekg.model import Article, ExtractionReport
>>> from justicekg.rdf.build import build_graph
>>> report = validate(build_graph(ExtractionReport(Article(id="a1")), Settings()))
>>> report.conforms, len(report.results)
(True, 0)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH

from justicekg.config import Settings
from justicekg.namespaces import PREFIXES
from justicekg.rdf.mint import graph_iri
from justicekg.store.convert import from_ox
from justicekg.validate.batched import batch_or_split
from justicekg.validate.checks import NotCompiledError
from justicekg.validate.compiled import Triple, compile_shapes
from justicekg.validate.reference import default_reference, ref_index, with_reference
from justicekg.validate.report import ValidationReport, ValidationResult, make_report
from justicekg.validate.shapes import SHAPES_FILE, SHAPES_NS, shapes_graph

if TYPE_CHECKING:
    from justicekg.store.base import Store

__all__ = [
    "ENGINES",
    "SHAPES_FILE",
    "SHAPES_NS",
    "ValidationReport",
    "ValidationResult",
    "shapes_graph",
    "validate",
    "validate_graphs",
    "validate_store",
]

#: Validation engines: the compiled checks (ingest's default) and pySHACL (the reference).
ENGINES = ("compiled", "pyshacl")
_LEFT_OUT = URIRef(PREFIXES["jkg"] + "leftOut")


def validate_graphs(
    graphs: Mapping[str, Iterable[Triple]],
    *,
    settings: Settings | None = None,
    shapes: Graph | None = None,
    reference: Graph | None = None,
    batch_size: int = 64,
    engine: str = "compiled",
) -> dict[str, ValidationReport]:
    """Validate many article graphs, each on its own.

    Args:
        graphs: article graph IRI → its triples (an rdflib graph, or a list of triples).
        settings: the base IRI of the default reference graph.
        shapes: a shapes graph (``ontology/shapes.ttl`` when None).
        reference: the reference graph (built from the data files when None).
        batch_size: graphs per pySHACL run.
        engine: ``compiled`` (:mod:`justicekg.validate.compiled`: the shapes as Python checks,
            pySHACL for any shape it does not understand) or ``pyshacl`` (the reference).

    Returns:
        A report per graph IRI, each result attributed to that graph.

    Raises:
        ValueError: an unknown engine.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}: one of {', '.join(ENGINES)}")
    shapes = shapes if shapes is not None else shapes_graph()
    targeted = frozenset(shapes.objects(None, SH.targetClass))
    index = ref_index(reference if reference is not None else default_reference(settings), targeted)
    items = list(graphs.items())
    found: dict[str, list[ValidationResult]] = {}
    if engine == "compiled":
        compiled = compile_shapes(shapes)
        deferred: list[tuple[str, Iterable[Triple]]] = []
        for name, graph in items:
            try:
                found[name] = compiled.run(name, with_reference(graph, index))
            except NotCompiledError:  # data pySHACL judges (or rejects) in its own way
                deferred.append((name, graph))
        if compiled.residual is not None:
            for start in range(0, len(items), max(1, batch_size)):
                for name, results in batch_or_split(
                    items[start : start + batch_size], compiled.residual, index
                ).items():
                    found.setdefault(name, []).extend(results)
        items = deferred
        for name, _graph in deferred:
            found.pop(name, None)
    for start in range(0, len(items), max(1, batch_size)):
        found.update(batch_or_split(items[start : start + batch_size], shapes, index))
    return {name: make_report(found.get(name, [])) for name in graphs}


def validate(
    data: Graph | Dataset,
    *,
    shapes: Graph | None = None,
    reference: Graph | None = None,
    settings: Settings | None = None,
    engine: str = "pyshacl",
) -> ValidationReport:
    """Validate a graph, or every named graph of a dataset, against the SHACL shapes.

    Args:
        data: an article graph (``build_graph``), any graph, or a dataset of article graphs
            (its reference graph, if present, is used as the reference).
        shapes: a shapes graph (``ontology/shapes.ttl`` when None).
        reference: the reference graph (built from the data files when None).
        settings: the base IRI of the default reference graph.
        engine: ``pyshacl`` (the reference) or ``compiled`` (see :func:`validate_graphs`).

    Returns:
        One report; each result names the article graph it came from.

    Raises:
        OntologyError: the shapes cannot be read.
    """
    if isinstance(data, Dataset):
        ref_iri = graph_iri("reference", settings)
        graphs: dict[str, Graph] = {}
        for ctx in data.graphs():
            name = str(ctx.identifier)
            if len(ctx) == 0:
                continue
            if name == ref_iri and reference is None:
                reference = ctx
                continue
            graphs[name if isinstance(ctx.identifier, URIRef) else ""] = ctx
        reports = validate_graphs(
            graphs, settings=settings, shapes=shapes, reference=reference, engine=engine
        )
        return make_report((r for rep in reports.values() for r in rep.results), graphs=len(graphs))
    name = str(data.identifier) if isinstance(data.identifier, URIRef) else ""
    reports = validate_graphs(
        {name: data}, settings=settings, shapes=shapes, reference=reference, engine=engine
    )
    return reports[name]


def validate_store(
    store: Store,
    *,
    settings: Settings | None = None,
    shapes: Graph | None = None,
    batch_size: int = 64,
    engine: str = "pyshacl",
) -> ValidationReport:
    """Validate every article graph of a store (each on its own) against the shapes.

    The store's reference graph is used as the reference when present; ``engine`` is
    ``pyshacl`` (the reference) or ``compiled`` (as ingest validates).
    """
    ref_iri = graph_iri("reference", settings)
    names = sorted(store.graph_names())
    reference: Graph | None = None
    if ref_iri in names:
        reference = Graph(identifier=URIRef(ref_iri))
        for t in store.triples(ref_iri):
            reference.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    results: list[ValidationResult] = []
    left_out: list[tuple[str, str]] = []
    articles = [n for n in names if n != ref_iri]
    for start in range(0, len(articles), max(1, batch_size)):
        graphs: dict[str, Graph] = {}
        for name in articles[start : start + batch_size]:
            graph = Graph(identifier=URIRef(name))
            for t in store.triples(name):
                graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
            graphs[name] = graph
            left_out.extend((name, str(o)) for o in graph.objects(URIRef(name), _LEFT_OUT))
        reports = validate_graphs(
            graphs,
            settings=settings,
            shapes=shapes,
            reference=reference,
            batch_size=batch_size,
            engine=engine,
        )
        results.extend(r for rep in reports.values() for r in rep.results)
    report = make_report(results, graphs=len(articles))
    if not left_out:
        return report
    report = dataclasses.replace(report, left_out=sorted(left_out))
    return dataclasses.replace(report, text=report.text_in("en"))
