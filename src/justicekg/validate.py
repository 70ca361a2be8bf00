"""SHACL validation of article graphs against ``ontology/shapes.ttl``, as a value object.

Non-conformance is a *result*, not an exception (pySHACL style): :func:`validate` returns a
:class:`ValidationReport` with ``conforms``, the machine-readable ``results`` (which rule,
which entity, which article), the SHACL results ``graph`` and a human-readable ``text``.
Only ``sh:Violation`` results break conformance; ``sh:Warning`` ones are reported.

Each article graph is validated *on its own* together with the part of the reference graph it
links to (provinces, national bodies, concepts), so that one article's statements never mask or
cause another's violations. :func:`validate_graphs` validates many article graphs in **one**
pySHACL run (≈8 ms of CPU per extracted article in batches of 32, ≈17 ms one by one) by giving
each graph's nodes a private copy: every IRI and blank node of graph *i* is suffixed ``~b<i>``
before the run and un-suffixed in the results, so each result is attributed back to its article
graph exactly; a result on a node all graphs share (a literal, a vocabulary IRI) goes to the
graphs in which that node is a focus of the shape. Batched results equal the results of
validating each graph alone. Validation uses no RDFS inference: the mapping materializes
superclass types.

What makes it fast (measured with ``bench/ingest.py``): property shapes run once for all focus
nodes rather than once per focus node (:func:`_hoist_property_shapes`); the batch graph lives on
a plain dict store; the one SPARQL constraint runs once per batch, natively when its bindings
are plain (:func:`_quote_mismatches`); the shapes are analysed once per process.

>>> from justicekg.config import Settings
>>> from justicekg.model import Article, ExtractionReport
>>> from justicekg.rdf.build import build_graph
>>> report = validate(build_graph(ExtractionReport(Article(id="a1")), Settings()))
>>> report.conforms, len(report.results)
(True, 0)
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

from justicekg.config import ONTOLOGY_DIR, Settings
from justicekg.errors import OntologyError
from justicekg.namespaces import PREFIXES, RDF, bind_prefixes
from justicekg.rdf.mint import graph_iri
from justicekg.store.convert import from_ox

if TYPE_CHECKING:
    from justicekg.store.base import Store

__all__ = [
    "SHAPES_FILE",
    "ValidationReport",
    "ValidationResult",
    "shapes_graph",
    "validate",
    "validate_graphs",
    "validate_store",
]

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
SHAPES_NS = "https://w3id.org/justicekg/shapes#"
_SUFFIX = "~b"
_PRECEDED_BY = URIRef(PREFIXES["jkg"] + "precededBy")
_CHANGE = URIRef(PREFIXES["jkg"] + "AdministrativeChange")
_NOT_FOLLOWED = frozenset(
    {
        _PRECEDED_BY,
        *(URIRef(PREFIXES[ns] + p) for ns in ("jkg", "org") for p in ("changedBy", "resultedFrom")),
    }
)
_LEFT_OUT = URIRef(PREFIXES["jkg"] + "leftOut")
#: IRIs never renamed in a batch: terms of the vocabularies (classes, concepts, schemes).
_VOCABULARIES = (*PREFIXES.values(), SHAPES_NS)
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@cache
def _load_shapes(path: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot parse the SHACL shapes: {exc}", where=path) from exc
    return graph


def shapes_graph(path: str | Path | None = None) -> Graph:
    """The parsed shapes graph (parsed once per path and cached; do not modify it).

    Raises:
        OntologyError: the shapes file is missing or malformed.
    """
    return _load_shapes(str(path or SHAPES_FILE))


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

    def line(self) -> str:
        where = f" [{self.path}]" if self.path else ""
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {self.shape}{where} on <{self.focus}>: {self.message}{value}"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of validating one graph, an article or many: machine and human views."""

    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    graph: Graph = field(default_factory=Graph)
    text: str = ""
    #: (article graph, record): what the ingest gate left out of stored graphs (``jkg:leftOut``)
    left_out: list[tuple[str, str]] = field(default_factory=list)

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
        ),
    )
    conforms = not any(r.severity == "Violation" for r in ordered)
    return ValidationReport(
        conforms, ordered, _results_graph(ordered, conforms), _text(ordered, conforms, graphs)
    )


def _text(results: list[ValidationResult], conforms: bool, graphs: int) -> str:
    n_v = sum(r.severity == "Violation" for r in results)
    n_w = len(results) - n_v
    head = "Conforms" if conforms else "Does not conform"
    lines = [f"{head}: {n_v} violation(s), {n_w} warning(s) in {graphs} graph(s)"]
    current: str | None = "\0"
    for r in results:
        if r.graph != current:
            current = r.graph
            lines.append(f"article graph <{r.graph}>:" if r.graph else "graph:")
        lines.append("  " + r.line())
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


@cache
def _parent_shapes(shapes_id: int) -> dict[Node, Node]:
    shapes = _shapes_by_id[shapes_id]
    parents: dict[Node, Node] = {}
    for node_shape, prop in shapes.subject_objects(SH.property):
        parents[prop] = node_shape
    for node_shape, sparql in shapes.subject_objects(SH.sparql):
        parents[sparql] = node_shape
    return parents


_shapes_by_id: dict[int, Graph] = {}


def _named_shape(shapes: Graph, source: Node) -> Node:
    _shapes_by_id.setdefault(id(shapes), shapes)
    parents = _parent_shapes(id(shapes))
    seen = {source}
    while source in parents and parents[source] not in seen:
        source = parents[source]
        seen.add(source)
    return source


# -- the reference part each graph links to --------------------------------------------------


@dataclass(slots=True)
class _RefIndex:
    triples: dict[Node, list[tuple[Node, Node, Node]]]
    closure: dict[Node, frozenset[Node]] = field(default_factory=dict)

    def reach(self, start: Iterable[Node]) -> set[Node]:
        found: set[Node] = set()
        for node in start:
            if node not in self.triples or node in found:
                continue
            if node not in self.closure:
                seen = {node}
                todo = [node]
                while todo:
                    for _s, p, o in self.triples[todo.pop()]:
                        if p != RDF.type and o in self.triples and o not in seen:
                            seen.add(o)
                            todo.append(o)
                self.closure[node] = frozenset(seen)
            found |= self.closure[node]
        return found


_ref_indexes: dict[tuple[int, frozenset[Node]], tuple[Graph, _RefIndex]] = {}


def _ref_index(reference: Graph, targeted: frozenset[Node]) -> _RefIndex:
    """Reference triples by subject, trimmed to what validating an article needs.

    A node that no shape targets (a SKOS concept, a scheme) only needs its ``rdf:type`` for the
    links to it to resolve; the reference graph itself is validated on its own.
    """
    key = (id(reference), targeted)
    cached = _ref_indexes.get(key)
    if cached is not None and cached[0] is reference:
        return cached[1]
    triples: dict[Node, list[tuple[Node, Node, Node]]] = defaultdict(list)
    for s, p, o in reference:
        # The inverse links are materialized for queries; following them would pull every
        # unit merged into a successor into each article's validation. The change events of
        # units are checked with the reference graph itself, not through an article.
        if p not in _NOT_FOLLOWED:
            triples[s].append((s, p, o))
    for s, rows in triples.items():
        if any(p == RDF.type and o == _CHANGE for _s, p, o in rows):
            # An administrative change is validated with the reference graph, whose units
            # point to it; an article that links a body to it does not bring it along.
            triples[s] = []
        elif not any(p == RDF.type and o in targeted for _s, p, o in rows):
            triples[s] = [t for t in rows if t[1] == RDF.type]
    index = _RefIndex(dict(triples))
    if len(_ref_indexes) > 8:
        _ref_indexes.clear()
    _ref_indexes[key] = (reference, index)
    return index


def _default_reference(settings: Settings | None) -> Graph:
    from justicekg.reference import cached_reference_graph

    return cached_reference_graph(settings)


# -- running pySHACL -----------------------------------------------------------------------


_compiled_shapes: dict[int, tuple[Graph, Any]] = {}


def _run(data: Graph, shapes: Graph) -> Graph:
    """One pySHACL run, reusing the compiled shapes of ``shapes`` across runs."""
    from pyshacl.graph_abstraction import DataGraph
    from pyshacl.validator import Validator

    options: dict[str, Any] = {
        "inference": "none",
        "inplace": True,
        "abort_on_first": False,
        "allow_warnings": True,
        "allow_infos": True,
        "advanced": False,
    }
    validator = Validator(DataGraph.from_rdflib(data), shacl_graph=shapes, options=options)
    cached = _compiled_shapes.get(id(shapes))
    if cached is not None and cached[0] is shapes:
        validator.shacl_graph = cached[1]
    else:
        _compiled_shapes[id(shapes)] = (shapes, validator.shacl_graph)
    _conforms, results, _text = validator.run()  # type: ignore[no-untyped-call]
    if not isinstance(results, Graph):  # pragma: no cover - pyshacl always returns a graph here
        raise OntologyError("pySHACL returned no results graph")
    return results


@dataclass(frozen=True, slots=True)
class _SparqlCheck:
    """A SPARQL-based constraint of a node shape, run once per batch instead of per focus node.

    pySHACL parses an ``sh:select`` again for every focus node (≈0.3 ms each, most of the run
    time); running the same query once over the batch, with ``$this`` free, gives the same
    results.
    """

    node_shape: Node
    targets: frozenset[Node]
    query: str
    message: str
    severity: str
    #: The query's native Python evaluation, when it is one :data:`_NATIVE_QUERIES` knows.
    native: Callable[[Graph], list[dict[str, Node]] | None] | None = None


_split_cache: dict[int, tuple[Graph, Graph, tuple[_SparqlCheck, ...]]] = {}


def _split_shapes(shapes: Graph) -> tuple[Graph, tuple[_SparqlCheck, ...]]:
    cached = _split_cache.get(id(shapes))
    if cached is not None and cached[0] is shapes:
        return cached[1], cached[2]
    checks: list[_SparqlCheck] = []
    skip: set[Node] = set()
    for node_shape, constraint in shapes.subject_objects(SH.sparql):
        targets = frozenset(shapes.objects(node_shape, SH.targetClass))
        select = shapes.value(constraint, SH.select)
        if not targets or select is None or any(shapes.objects(node_shape, SH.targetNode)):
            continue
        prefixes = []
        for source in shapes.objects(constraint, SH.prefixes):
            for decl in shapes.objects(source, SH.declare):
                prefix, ns = shapes.value(decl, SH.prefix), shapes.value(decl, SH.namespace)
                prefixes.append(f"PREFIX {prefix}: <{ns}>")
        severity = shapes.value(constraint, SH.severity) or shapes.value(node_shape, SH.severity)
        checks.append(
            _SparqlCheck(
                node_shape=node_shape,
                targets=targets,
                query="\n".join(prefixes) + "\n" + str(select).replace("$this", "?this"),
                message=str(shapes.value(constraint, SH.message) or ""),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                native=_NATIVE_QUERIES.get(" ".join(str(select).split())),
            )
        )
        skip.add(constraint)
    core = Graph()
    for t in shapes:
        if t[0] not in skip and not (t[1] == SH.sparql and t[2] in skip):
            core.add(t)
    _hoist_property_shapes(core)
    _split_cache[id(shapes)] = (shapes, core, tuple(checks))
    return core, tuple(checks)


_TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)


def _hoist_property_shapes(core: Graph) -> None:
    """Give each property shape of a targeted node shape that node shape's targets.

    pySHACL evaluates ``sh:property`` focus node by focus node: one shape evaluation, with its
    constraint components built again, per property shape and focus node (≈17 000 for 64
    articles, most of the run time). A property shape with the same targets as its node shape
    validates the same focus nodes and reports the same results (its own ``sh:sourceShape``,
    which :func:`_named_shape` maps back to the node shape), but pySHACL evaluates it once for
    all focus nodes. Only done where it cannot change a result: the node shape is named, not
    deactivated, referenced by no other shape (``sh:node``, ``sh:or`` …), and the property
    shape belongs to it alone and has no targets of its own.
    """
    owners: dict[Node, list[Node]] = defaultdict(list)
    for node_shape, prop in core.subject_objects(SH.property):
        owners[prop].append(node_shape)
    for prop, shapes_of in owners.items():
        if len(shapes_of) != 1:
            continue
        node_shape = shapes_of[0]
        targets = [(p, o) for p in _TARGETS for o in core.objects(node_shape, p)]
        if (
            not targets
            or not isinstance(node_shape, URIRef)
            or (node_shape, SH.deactivated, None) in core
            or (None, None, node_shape) in core
            or any((prop, p, None) in core for p in _TARGETS)
            or (prop, SH.deactivated, None) in core
        ):
            continue
        core.remove((node_shape, SH.property, prop))
        for p, o in targets:
            core.add((prop, p, o))


_MESSAGE_VAR = re.compile(r"\{[?$](\w+)\}")


_XSD = "http://www.w3.org/2001/XMLSchema#"
#: The datatypes rdflib's SPARQL arithmetic accepts as numbers and maps integers to ``int``.
_INTEGER_TYPES = frozenset(
    URIRef(_XSD + name)
    for name in (
        "integer nonPositiveInteger negativeInteger nonNegativeInteger positiveInteger "
        "unsignedLong unsignedInt unsignedShort unsignedByte long int short byte"
    ).split()
)
_QUOTE = URIRef(PREFIXES["jkg"] + "quote")
_START = URIRef(PREFIXES["jkg"] + "startOffset")
_END = URIRef(PREFIXES["jkg"] + "endOffset")
_IN_ARTICLE = URIRef(PREFIXES["jkg"] + "inArticle")
_TEXT = URIRef(PREFIXES["schema"] + "text")


def _offset(term: Node) -> int | None:
    if isinstance(term, Literal) and term.datatype in _INTEGER_TYPES:
        value = term.toPython()
        if type(value) is int:
            return value
    return None


def _quote_mismatches(union: Graph) -> list[dict[str, Node]] | None:
    """``jkgsh:EvidenceShape``'s SPARQL constraint (quote = article text between offsets).

    rdflib evaluates ``SUBSTR(STR(?text), ?s + 1, ?e - ?s)`` as the Python slice
    ``text[s:e]`` when both offsets are integers; the query spends ≈1 ms per evidence node in
    rdflib's expression evaluator. Returns the query's solutions, or None when a binding is not
    a plain integer offset or literal (then the query itself is run, so odd data is judged
    exactly as before).
    """
    rows: list[dict[str, Node]] = []
    for this, quote in union.subject_objects(_QUOTE):
        starts = list(union.objects(this, _START))
        ends = list(union.objects(this, _END))
        if not starts or not ends:
            continue
        for article in union.objects(this, _IN_ARTICLE):
            for text in union.objects(article, _TEXT):
                if not isinstance(text, Literal) or not isinstance(quote, Literal):
                    return None
                for start_term in starts:
                    for end_term in ends:
                        start, end = _offset(start_term), _offset(end_term)
                        if start is None or end is None:
                            return None
                        found = str(text)[start:end]
                        if found != str(quote):
                            rows.append({"this": this, "found": Literal(found)})
    return rows


#: SPARQL constraints evaluated natively, by their ``sh:select`` text (whitespace folded);
#: a changed query no longer matches and runs as SPARQL again.
_NATIVE_QUERIES: dict[str, Callable[[Graph], list[dict[str, Node]] | None]] = {
    " ".join(
        """
        SELECT $this ?found WHERE {
            $this jkg:quote ?quote ; jkg:startOffset ?s ; jkg:endOffset ?e ; jkg:inArticle ?a .
            ?a schema:text ?text .
            BIND (SUBSTR(STR(?text), ?s + 1, ?e - ?s) AS ?found)
            FILTER (?found != STR(?quote))
        }
        """.split()
    ): _quote_mismatches,
}


def _solutions(union: Graph, check: _SparqlCheck) -> Iterator[dict[str, Node]]:
    rows = check.native(union) if check.native is not None else None
    if rows is not None:
        yield from rows
        return
    for row in union.query(check.query):
        yield row.asdict()  # type: ignore[union-attr,misc]


def _run_sparql_checks(
    union: Graph, checks: tuple[_SparqlCheck, ...]
) -> Iterator[tuple[_SparqlCheck, Node, str]]:
    for check in checks:
        for bindings in _solutions(union, check):
            this = bindings.get("this")
            if this is None or not any((this, RDF.type, t) in union for t in check.targets):
                continue
            message = _MESSAGE_VAR.sub(
                lambda m, b=bindings: str(b.get(m.group(1), "")),  # type: ignore[misc]
                check.message,
            )
            yield check, this, message


def _strip(
    term: Node | None, renamed: Mapping[Node, tuple[Node, str]]
) -> tuple[str | None, str | None]:
    if term is None:
        return None, None
    if term in renamed:
        original, graph = renamed[term]
        return str(original), graph
    return str(term), None


class _UnionStore(SimpleMemory):
    """rdflib's plain dict-of-dicts store, for the one-context union graph of a batch.

    The default ``Memory`` store tracks the contexts of every triple, which costs a third of
    the time of adding triples and of each pattern lookup pySHACL makes; the union graph has a
    single context. pySHACL wraps any data graph in a ``Dataset``, which asserts a
    context-aware store: reads and writes still go to this one graph.
    """

    context_aware = True
    graph_aware = True

    def __init__(self) -> None:
        super().__init__()
        self._size = 0

    def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
        s, p, o = triple
        if o not in self._SimpleMemory__spo.get(s, {}).get(p, ()):  # type: ignore[attr-defined]
            self._size += 1
        super().add(triple, context, quoted)

    def remove(self, triple_pattern: Any, context: Any = None) -> None:
        self._size -= sum(1 for _ in self.triples(triple_pattern))
        super().remove(triple_pattern, context)

    def __len__(self, context: Any = None) -> int:
        # SimpleMemory counts by iterating every triple; pySHACL asks for the size per result.
        return self._size


@cache
def _targets_of(shapes_id: int, shape: Node) -> tuple[tuple[str, Node], ...]:
    shapes = _shapes_by_id[shapes_id]
    found: list[tuple[str, Node]] = []
    for kind, predicate in (
        ("a", SH.targetClass),
        ("o", SH.targetObjectsOf),
        ("s", SH.targetSubjectsOf),
        ("n", SH.targetNode),
    ):
        found.extend((kind, o) for o in shapes.objects(shape, predicate))
    return tuple(found)


def _targets(shapes: Graph, shape: Node) -> tuple[tuple[str, Node], ...]:
    _shapes_by_id.setdefault(id(shapes), shapes)
    return _targets_of(id(shapes), shape)


def _owners(
    term: Node | None,
    targets: Iterable[tuple[str, Node]],
    shared_link: Mapping[tuple[str, Node, Node], set[str]],
    shared_owner: Mapping[Node, set[str]],
    graphs: list[tuple[str, Graph]],
) -> list[str]:
    """The graphs a result on a shared node (a literal, a vocabulary IRI) belongs to.

    Those in which the node is a focus node of the shape: it has the target class, or is the
    object / subject of the target predicate there. A shared node has no statements of its own
    in an article graph (see :func:`_states_vocabulary`), so its result in the batch is the one
    each of those graphs gets alone.
    """
    if term is None:
        return [name for name, _ in graphs]
    found: set[str] = set()
    for kind, target in targets:
        if kind == "n":
            if target == term:
                found |= shared_owner.get(term, set())
        else:
            found |= shared_link.get((kind, target, term), set())
    if not found:
        found = set(shared_owner.get(term, set()))
    return sorted(found) if found else [name for name, _ in graphs]


def _batch(
    graphs: list[tuple[str, Graph]],
    shapes: Graph,
    index: _RefIndex,
    *,
    single: bool = False,
) -> tuple[dict[str, list[ValidationResult]], set[str]]:
    """Validate graphs in one pySHACL run: their results, and the graphs to run alone."""
    alone: set[str] = set()
    union = Graph(store=_UnionStore())
    renamed: dict[Node, tuple[Node, str]] = {}
    # Terms every graph shares (literals, vocabulary IRIs) → the graphs that state them, so a
    # result on such a node goes to those graphs only.
    shared_owner: dict[Node, set[str]] = defaultdict(set)
    # The same, per way of being targeted: ("a", class, term), ("s"/"o", predicate, term).
    shared_link: dict[tuple[str, Node, Node], set[str]] = defaultdict(set)
    add = union.store.add
    rdf_type = RDF.type
    for i, (name, graph) in enumerate(graphs):
        suffix = f"{_SUFFIX}{i}"
        local: dict[Node, Node] = {}

        def ren(
            term: Node, name: str = name, local: dict[Node, Node] = local, suffix: str = suffix
        ) -> Node:
            new = local.get(term)
            if new is None:
                if isinstance(term, URIRef) and not str(term).startswith(_VOCABULARIES):
                    new = URIRef(f"{term}{suffix}")
                elif isinstance(term, BNode):
                    new = BNode(f"{term}{suffix}")
                else:
                    shared_owner[term].add(name)
                    new = term
                local[term] = new
                if new is not term:
                    renamed[new] = (term, name)
            return new

        def put(s: Node, p: Node, o: Node, name: str = name) -> bool:
            """Add a triple renamed; True when it states something about a shared node."""
            s2 = ren(s)
            if p == rdf_type:
                add((s2, p, o), union)
                if s2 == s:
                    shared_link[("a", o, s)].add(name)
                    return True
                return isinstance(o, URIRef) and not str(o).startswith(_VOCABULARIES)
            o2 = ren(o)
            add((s2, p, o2), union)
            if o2 == o:
                shared_link[("o", p, o)].add(name)
            if s2 == s:
                shared_link[("s", p, s)].add(name)
                return True
            return False

        nodes: set[Node] = set()
        for s, p, o in graph:
            nodes.add(s)
            if p != rdf_type:
                nodes.add(o)
            if put(s, p, o) and not single:
                alone.add(name)
        for node in index.reach(nodes):
            for s, p, o in index.triples[node]:
                put(s, p, o)
    if alone:
        return {}, alone
    out: dict[str, list[ValidationResult]] = {name: [] for name, _ in graphs}
    core, checks = _split_shapes(shapes)
    for check, this, text in _run_sparql_checks(union, checks):
        focus, owner = _strip(this, renamed)
        targets = _targets(shapes, check.node_shape)
        for graph_name in (
            [owner] if owner else _owners(this, targets, shared_link, shared_owner, graphs)
        ):
            out[graph_name].append(
                ValidationResult(
                    severity=check.severity,
                    focus=focus or "",
                    path=None,
                    message=text,
                    shape=_compact(check.node_shape) or str(check.node_shape),
                    source_shape=_compact(check.node_shape) or str(check.node_shape),
                    constraint=str(SH.SPARQLConstraintComponent),
                    graph=graph_name or None,
                )
            )
    results = _run(union, core)
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus_term = results.value(result, SH.focusNode)
        focus, owner = _strip(focus_term, renamed)
        value, _ = _strip(results.value(result, SH.value), renamed)
        source = results.value(result, SH.sourceShape)
        named = _named_shape(shapes, source) if source is not None else None
        severity = results.value(result, SH.resultSeverity)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        constraint = results.value(result, SH.sourceConstraintComponent)
        owners = (
            [owner]
            if owner
            else _owners(
                focus_term,
                _targets(shapes, named) if named is not None else (),
                shared_link,
                shared_owner,
                graphs,
            )
        )
        for graph_name in owners:
            out[graph_name].append(
                ValidationResult(
                    severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                    focus=focus or "",
                    path=_compact(path)
                    if isinstance(path, URIRef)
                    else (str(path) if path else None),
                    message=str(message) if message else str(constraint),
                    shape=(_compact(named) if isinstance(named, URIRef) else None) or str(named),
                    source_shape=_compact(source) or "",
                    constraint=str(constraint),
                    value=value,
                    graph=graph_name or None,
                )
            )
    return out, alone


def validate_graphs(
    graphs: Mapping[str, Graph],
    *,
    settings: Settings | None = None,
    shapes: Graph | None = None,
    reference: Graph | None = None,
    batch_size: int = 64,
) -> dict[str, ValidationReport]:
    """Validate many article graphs, each on its own, in few pySHACL runs.

    Args:
        graphs: article graph IRI → its triples.
        settings: the base IRI of the default reference graph.
        shapes: a shapes graph (``ontology/shapes.ttl`` when None).
        reference: the reference graph (built from the data files when None).
        batch_size: graphs per pySHACL run.

    Returns:
        A report per graph IRI, each result attributed to that graph.
    """
    shapes = shapes if shapes is not None else shapes_graph()
    targeted = frozenset(shapes.objects(None, SH.targetClass))
    index = _ref_index(
        reference if reference is not None else _default_reference(settings), targeted
    )
    items = list(graphs.items())
    found: dict[str, list[ValidationResult]] = {}
    for start in range(0, len(items), max(1, batch_size)):
        found.update(_batch_or_split(items[start : start + batch_size], shapes, index))
    return {name: _make_report(found.get(name, [])) for name in graphs}


def _batch_or_split(
    graphs: list[tuple[str, Graph]], shapes: Graph, index: _RefIndex
) -> dict[str, list[ValidationResult]]:
    """One run for the batch, unless a graph states something about a shared node.

    Vocabulary IRIs (concepts, classes) keep their name in a batch, so a statement about one
    (``jkg:statusApproved a skos:Concept``, or an instance of a class the graph mints itself)
    could satisfy another graph's constraint: such a graph is validated in a run of its own,
    the others together. Graphs built from extraction reports never do.
    """
    found, alone = _batch(graphs, shapes, index)
    if not alone:
        return found
    rest = [item for item in graphs if item[0] not in alone]
    found = _batch(rest, shapes, index)[0] if rest else {}
    for item in graphs:
        if item[0] in alone:
            found.update(_batch([item], shapes, index, single=True)[0])
    return found


def validate(
    data: Graph | Dataset,
    *,
    shapes: Graph | None = None,
    reference: Graph | None = None,
    settings: Settings | None = None,
) -> ValidationReport:
    """Validate a graph, or every named graph of a dataset, against the SHACL shapes.

    Args:
        data: an article graph (``build_graph``), any graph, or a dataset of article graphs
            (its reference graph, if present, is used as the reference).
        shapes: a shapes graph (``ontology/shapes.ttl`` when None).
        reference: the reference graph (built from the data files when None).
        settings: the base IRI of the default reference graph.

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
        reports = validate_graphs(graphs, settings=settings, shapes=shapes, reference=reference)
        return _make_report(
            (r for rep in reports.values() for r in rep.results), graphs=len(graphs)
        )
    name = str(data.identifier) if isinstance(data.identifier, URIRef) else ""
    reports = validate_graphs({name: data}, settings=settings, shapes=shapes, reference=reference)
    return reports[name]


def validate_store(
    store: Store,
    *,
    settings: Settings | None = None,
    shapes: Graph | None = None,
    batch_size: int = 64,
) -> ValidationReport:
    """Validate every article graph of a store (each on its own) against the shapes.

    The store's reference graph is used as the reference when present.
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
            graphs, settings=settings, shapes=shapes, reference=reference, batch_size=batch_size
        )
        results.extend(r for rep in reports.values() for r in rep.results)
    report = _make_report(results, graphs=len(articles))
    if not left_out:
        return report
    lines = [f"{len(left_out)} fact(s) left out at ingest (the rest of each article is stored):"]
    lines += [f"  <{g}>: {record}" for g, record in sorted(left_out)]
    text = report.text + "\n" + "\n".join(lines)
    return dataclasses.replace(report, text=text, left_out=sorted(left_out))
