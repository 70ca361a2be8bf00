"""Validation results as values: :class:`ValidationResult`, :class:`ValidationReport`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from justicekg.catalogue import DEFAULT, translator
from justicekg.namespaces import PREFIXES, RDF, bind_prefixes
from justicekg.validate.shapes import SHAPES_NS

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def _compact(term: Node | None) -> str | None:
    if term is None:
        return None
    text = str(term)
    if isinstance(term, URIRef):
        if text.startswith(SHAPES_NS):
            return "jkgsh:" + text[len(SHAPES_NS) :]
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and text[len(ns) :].replace("_", "").isalnum():
                return f"{prefix}:{text[len(ns) :]}"
    return text


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """One SHACL result: which rule, which entity, which article."""

    severity: str  # Violation | Warning | Info
    focus: str
    path: str | None
    message: str
    #: The named node shape the failing constraint belongs to (``jkgsh:PositionShape``).
    shape: str
    #: The shape pySHACL reports (a property shape is often a blank node).
    source_shape: str
    constraint: str
    value: str | None = None
    #: The article's named graph the result came from (None for a plain graph).
    graph: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "focus": self.focus,
            "path": self.path,
            "message": self.message,
            "shape": self.shape,
            "source_shape": self.source_shape,
            "constraint": self.constraint,
            "value": self.value,
            "graph": self.graph,
        }

    def line(self, lang: str = DEFAULT) -> str:
        """One line for people, its frame in ``lang`` (the shape's own ``sh:message`` is as
        ``ontology/shapes.ttl`` writes it, in English)."""
        tr = translator(lang)
        where = f" [{self.path}]" if self.path else ""
        value = tr("validate_value", value=self.value) if self.value is not None else ""
        return tr(
            "validate_line",
            severity=tr(f"validate_severity_{self.severity.lower()}"),
            shape=self.shape,
            where=where,
            focus=self.focus,
            message=self.message,
            value=value,
        )


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of validating one graph, an article or many: machine and human views."""

    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    text: str = ""
    #: (article graph, record): what the ingest gate left out of stored graphs (``jkg:leftOut``)
    left_out: list[tuple[str, str]] = field(default_factory=list)
    #: How many graphs were validated.
    graphs: int = 1

    def text_in(self, lang: str) -> str:
        """The human view in ``lang`` (``text`` is the English one).

        >>> ValidationReport(True).text_in("vi")
        'Hợp lệ: 0 vi phạm, 0 cảnh báo trong 1 đồ thị'
        """
        return _text(self.results, self.conforms, self.graphs, lang, self.left_out)

    @property
    def graph(self) -> Graph:
        """The SHACL results graph (``sh:ValidationReport``), made when asked for: ingest
        never reads it, and building it for every article cost more than the checks."""
        return _results_graph(self.results, self.conforms)

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity != "Violation"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "conforms": self.conforms,
            "violations": len(self.violations),
            "warnings": len(self.warnings),
            "results": [r.to_dict() for r in self.results],
            "left_out": [{"graph": g, "record": record} for g, record in self.left_out],
        }


def _make_report(results: Iterable[ValidationResult], *, graphs: int = 1) -> ValidationReport:
    ordered = sorted(
        set(results),
        key=lambda r: (
            r.graph or "",
            _SEVERITY_ORDER.get(r.severity, 3),
            r.shape,
            r.focus,
            r.path or "",
            r.message,
            r.value or "",
            r.constraint,
            r.source_shape,
        ),
    )
    conforms = not any(r.severity == "Violation" for r in ordered)
    return ValidationReport(
        conforms, ordered, _text(ordered, conforms, graphs, "en"), graphs=graphs
    )


def _text(
    results: list[ValidationResult],
    conforms: bool,
    graphs: int,
    lang: str,
    left_out: Iterable[tuple[str, str]] = (),
) -> str:
    tr = translator(lang)
    n_v = sum(r.severity == "Violation" for r in results)
    n_w = len(results) - n_v
    head = tr("validate_conforms" if conforms else "validate_does_not_conform")
    lines = [tr("validate_summary", head=head, violations=n_v, warnings=n_w, graphs=graphs)]
    current: str | None = "\0"
    for r in results:
        if r.graph != current:
            current = r.graph
            lines.append(
                tr("validate_article_graph", graph=r.graph) if r.graph else tr("validate_graph")
            )
        lines.append("  " + r.line(lang))
    left_out = sorted(left_out)
    if left_out:
        lines.append(tr("validate_left_out", n=len(left_out)))
        lines += [f"  <{g}>: {record}" for g, record in left_out]
    return "\n".join(lines)


def _results_graph(results: list[ValidationResult], conforms: bool) -> Graph:
    # "core": rdflib's default binds ~30 namespaces per graph, which costs more than the results.
    graph = bind_prefixes(Graph(bind_namespaces="core"))
    graph.bind("sh", SH)
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, Literal(conforms)))
    for r in results:
        node = BNode()
        graph.add((report, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        graph.add((node, SH.resultSeverity, SH[r.severity]))
        graph.add((node, SH.focusNode, URIRef(r.focus) if "://" in r.focus else Literal(r.focus)))
        graph.add((node, SH.resultMessage, Literal(r.message)))
        graph.add((node, SH.sourceConstraintComponent, URIRef(r.constraint)))
        if r.shape.startswith("jkgsh:"):
            graph.add((node, SH.sourceShape, URIRef(SHAPES_NS + r.shape[6:])))
        if r.path:
            graph.add((node, SH.resultPath, URIRef(_expand(r.path))))
        if r.value is not None:
            graph.add((node, SH.value, Literal(r.value)))
        if r.graph:
            graph.add((node, URIRef(PREFIXES["prov"] + "wasDerivedFrom"), URIRef(r.graph)))
    return graph


def _expand(name: str) -> str:
    prefix, _, local = name.partition(":")
    return PREFIXES[prefix] + local if prefix in PREFIXES and not local.startswith("//") else name
