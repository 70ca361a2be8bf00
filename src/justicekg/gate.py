"""The SHACL gate of ingest: an article loses the facts that violate the shapes, not itself.

An article graph that does not conform is *trimmed*: every node a violation is about (its
focus: an organization without its province, a position without its person …) is left out
with the statements that mention it, evidence nobody cites any more goes with it, and the
graph is validated again — a few rounds, since leaving out a person can leave one of its
positions without a member. What was left out is recorded in the graph itself
(``<graph> jkg:leftOut "jkgsh:Shape on <iri>: message"``) so that ``justicekg validate`` can
list it later. The record is data, the same whoever ingests in whichever language: its message
is the shape's English text (``jkg:leftOut`` is a plain ``xsd:string``; the same text as the
``message`` of ``validate --format json``, and what records written before the shapes spoke
Vietnamese hold). People read it in their own language: ``validate`` and ingest's summary
show it, frame and message, in Vietnamese or English (``jkgsh:Shape tại <iri>: …``, the frame
from the catalogue; :func:`justicekg.validate.report.record_in`). The
article is rejected whole only when a violation is about the article, its
graph or its provenance, or when trimming does not make the graph conform.

>>> from rdflib import Graph
>>> from justicekg.config import Settings
>>> from justicekg.model import Article, ExtractionReport, Organization
>>> from justicekg.rdf.build import build_graph
>>> from justicekg.validate import validate
>>> report = ExtractionReport(Article(id="a"), organizations=[
...     Organization("Sở Tư pháp", "provincial-department", None)])
>>> graph = build_graph(report, Settings())
>>> verdict = trim(graph, validate(graph))
>>> verdict.graph is not None, [x.shape for x in verdict.left_out]
(True, ['jkgsh:ProvincialOrganizationShape'])
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from justicekg.config import Settings
from justicekg.namespaces import JKG, PROV, RDF
from justicekg.validate import ValidationReport, validate_graphs
from justicekg.validate.report import RECORD_FORMAT, Messages, pick_message, record_line

__all__ = ["MAX_ROUNDS", "LeftOut", "Verdict", "trim"]

#: Validation rounds after the first: each may leave out what the previous one orphaned.
MAX_ROUNDS = 4


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A node (with the statements about it) the gate left out of an article graph, and why."""

    focus: str
    shape: str
    #: The shape's English message (what the stored record holds).
    message: str
    #: The message in each language the shape gives.
    messages: Messages = ()

    def line(self, lang: str | None = None) -> str:
        """The record for the store (None: the record format, English, whatever the reader's
        language), or the line for people in ``lang`` (frame and message in ``lang``).

        >>> item = LeftOut("https://x/e", "jkgsh:EventShape", "an event without a date",
        ...                (("en", "an event without a date"), ("vi", "sự kiện không có ngày")))
        >>> item.line()
        'jkgsh:EventShape on <https://x/e>: an event without a date'
        >>> item.line("vi")
        'jkgsh:EventShape tại <https://x/e>: sự kiện không có ngày'
        """
        if lang is None:
            return RECORD_FORMAT.format(shape=self.shape, focus=self.focus, message=self.message)
        message = pick_message(self.messages, lang, self.message)
        return record_line(self.shape, self.focus, message, lang)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The graph to store (None: reject the article) and what was left out of it."""

    graph: Graph | None
    left_out: list[LeftOut] = field(default_factory=list)


def trim(graph: Graph, report: ValidationReport, *, settings: Settings | None = None) -> Verdict:
    """Leave the violating facts out of ``graph`` (a copy) until it conforms.

    Args:
        graph: an article graph (:func:`justicekg.rdf.build.build_graph`).
        report: its validation report.
        settings: the base IRI of the reference graph used to validate again.

    Returns:
        The graph unchanged when it conforms; a trimmed copy carrying ``jkg:leftOut`` records;
        or no graph when the violations are about the article itself or do not go away.
    """
    if report.conforms:
        return Verdict(graph)
    name = str(graph.identifier)
    current = Graph(identifier=graph.identifier)
    for prefix, namespace in graph.namespaces():
        current.bind(prefix, namespace, override=True)
    for triple in graph:
        current.add(triple)
    protected = _protected(current)
    left: list[LeftOut] = []
    for _ in range(MAX_ROUNDS):
        focus = {URIRef(v.focus) for v in report.violations}
        if not focus or focus & protected or not _leave_out(current, focus):
            return Verdict(None, left)
        left.extend(LeftOut(v.focus, v.shape, v.message, v.messages) for v in report.violations)
        report = validate_graphs({name: current}, settings=settings)[name]
        if report.conforms:
            for item in left:
                current.add((graph.identifier, JKG.leftOut, Literal(item.line())))
            return Verdict(current, left)
    return Verdict(None, left)


def _protected(graph: Graph) -> set[Node]:
    """The graph, its article and its provenance: what an article cannot be without."""
    me = graph.identifier
    found: set[Node] = {me}
    for prop in (PROV.wasDerivedFrom, PROV.wasGeneratedBy):
        found.update(graph.objects(me, prop))
    for activity in list(graph.objects(me, PROV.wasGeneratedBy)):
        found.update(graph.objects(activity, PROV.wasAssociatedWith))
    found.update(graph.subjects(RDF.type, JKG.Article))
    return found


def _leave_out(graph: Graph, nodes: set[URIRef]) -> bool:
    """Remove every statement about or pointing to ``nodes``, then uncited evidence."""
    doomed = [t for t in graph if t[0] in nodes or t[2] in nodes]
    for triple in doomed:
        graph.remove(triple)
    cited = set(graph.objects(None, JKG.evidence))
    for evidence in set(graph.subjects(RDF.type, JKG.Evidence)) - cited:
        graph.remove((evidence, None, None))
    return bool(doomed)
