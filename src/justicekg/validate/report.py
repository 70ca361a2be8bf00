"""Validation results as values: :class:`ValidationResult`, :class:`ValidationReport`.

A result carries its shape's ``sh:message`` in every language the shapes give
(``ontology/shapes.ttl``: one ``@vi`` and one ``@en`` text per constraint): the human views pick
the reader's language, falling back to the other one (:func:`pick_message`); the machine view
(``to_dict``, ``--format json``) keeps the English text, whatever the language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from justicekg.catalogue import DEFAULT, gettext, translator
from justicekg.namespaces import PREFIXES, RDF, bind_prefixes
from justicekg.validate.shapes import SHAPES_NS, translate_message

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}

#: Texts by language tag (``""``: a text without one), sorted by tag: ``(("en", …), ("vi", …))``.
Messages = tuple[tuple[str, str], ...]

#: The language a result's ``message`` (and the machine views) is taken from, when given.
REFERENCE_LANG = "en"


def messages_of(texts: Iterable[Node]) -> Messages:
    """The ``sh:message`` / ``sh:resultMessage`` literals of a node, one text per language tag.

    Several texts in one language (the shapes give one; pySHACL would report all): the first
    in sorted order, so that every engine picks the same.

    >>> from rdflib import Literal
    >>> messages_of([Literal("b", lang="vi"), Literal("a", lang="EN"), Literal("c")])
    (('', 'c'), ('en', 'a'), ('vi', 'b'))
    """
    found: dict[str, str] = {}
    for text in sorted(texts, key=str):
        if isinstance(text, Literal):
            found.setdefault((text.language or "").lower(), str(text))
    return tuple(sorted(found.items()))


def reference_message(messages: Messages, default: str = "") -> str:
    """The text a result's ``message`` holds: English, else untagged, else any (``default``
    when there is none).

    >>> reference_message((("en", "a"), ("vi", "b"))), reference_message((("vi", "b"),))
    ('a', 'b')
    """
    texts = dict(messages)
    for lang in (REFERENCE_LANG, ""):
        if lang in texts:
            return texts[lang]
    return messages[0][1] if messages else default


def pick_message(messages: Messages, lang: str, default: str = "") -> str:
    """The text in ``lang``, else an untagged one, else the other language's (``default``
    when there is none).

    >>> both = (("en", "a person needs a name"), ("vi", "cá nhân cần có tên"))
    >>> pick_message(both, "vi"), pick_message(both, "en")
    ('cá nhân cần có tên', 'a person needs a name')
    >>> pick_message((("en", "only English"),), "vi")
    'only English'
    """
    texts = dict(messages)
    if lang in texts:
        return texts[lang]
    if "" in texts:
        return texts[""]
    others = [text for tag, text in messages if tag != lang]
    return others[0] if others else default


def compact_term(term: Node | None) -> str | None:
    """``term`` as a prefixed name when a known prefix covers it (``jkgsh:PersonShape``), else
    its text; None for None."""
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
    #: The message in every language the shape gives it (``message`` is the English one).
    messages: Messages = ()

    def message_in(self, lang: str) -> str:
        """The message in ``lang``, else in the other language (see :func:`pick_message`)."""
        return pick_message(self.messages, lang, self.message)

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
        """One line for people in ``lang``: the frame from the catalogue, the shape's own
        ``sh:message`` in ``lang`` (or, when the shape lacks it, in the other language)."""
        tr = translator(lang)
        where = f" [{self.path}]" if self.path else ""
        value = tr("validate_value", value=self.value) if self.value is not None else ""
        return tr(
            "validate_line",
            severity=tr(f"validate_severity_{self.severity.lower()}"),
            shape=self.shape,
            where=where,
            focus=self.focus,
            message=self.message_in(lang),
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


def make_report(results: Iterable[ValidationResult], *, graphs: int = 1) -> ValidationReport:
    """The report of ``results`` (duplicates dropped, in a stable order: graph, severity,
    shape, focus …) over ``graphs`` graphs; it conforms when no result is a violation."""
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
        lines += [f"  <{g}>: {record_in(record, lang)}" for g, record in left_out]
    return "\n".join(lines)


#: A ``jkg:leftOut`` record (:meth:`justicekg.gate.LeftOut.line`), a machine format that does
#: not change with the language: what is machine-readable (shape, focus), then the shape's
#: English message.
RECORD_FORMAT = "{shape} on <{focus}>: {message}"
_RECORD = re.compile(r"(?P<shape>\S+) on <(?P<focus>[^<>\s]*)>: (?P<message>.*)", re.DOTALL)


def record_line(shape: str, focus: str, message: str, lang: str) -> str:
    """A fact left out, for people in ``lang``: the frame from the catalogue (``message`` is
    given in ``lang`` already).

    >>> record_line("jkgsh:EventShape", "https://x/e", "sự kiện không có ngày", "vi")
    'jkgsh:EventShape tại <https://x/e>: sự kiện không có ngày'
    """
    return gettext("left_out_record", lang, shape=shape, focus=focus, message=message)


def record_in(record: str, lang: str) -> str:
    """A stored ``jkg:leftOut`` record for people in ``lang``.

    Records keep the English message (:mod:`justicekg.gate`); the shape and focus are kept
    as they are, in the catalogue's frame for ``lang``, and the message is looked up among the
    shapes' messages. A record that is not in the record format is shown as it is.

    >>> record_in("jkgsh:EventShape on <https://x/e>: an event without a date", "vi")
    'jkgsh:EventShape tại <https://x/e>: sự kiện không có ngày'
    """
    match = _RECORD.fullmatch(record)
    if match is None:
        return record
    message = translate_message(match["message"], lang)
    return record_line(match["shape"], match["focus"], message, lang)


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
        for lang, text in r.messages or (("", r.message),):
            graph.add((node, SH.resultMessage, Literal(text, lang=lang or None)))
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
