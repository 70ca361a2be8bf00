"""The compiled SHACL engine gives pySHACL's results, on real graphs and on broken ones.

pySHACL is the reference. Each graph (every bundled and evaluation article, every gold report,
every fixture of ``tests/data/shapes/``, and broken copies of them) is validated three ways:
the compiled engine; the batched pySHACL engine (``engine="pyshacl"``); and a plain
``pyshacl.validate`` of the graph with the reference triples it links to. All must agree on
conformance and on every (focus node, path, constraint component, severity, value); the two
engines of justicekg on every field (message, shape) too. The broken copies come from the
compiled shapes themselves: one mutation per (shape, path, constraint component), made to
violate it, and the test fails unless each of them was violated at least once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, SKOS, XSD
from rdflib.term import Node

from justicekg.config import Settings
from justicekg.namespaces import JKG, PREFIXES
from justicekg.pipeline import read_report
from justicekg.rdf.build import build_graph
from justicekg.validate import ValidationReport, shapes_graph, validate_graphs
from justicekg.validate.compiled import Data, _Program, _Rule, compile_shapes
from justicekg.validate.reference import default_reference, ref_index, with_reference
from justicekg.validate.report import _expand

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = Settings()
WHEN = datetime(2026, 1, 1, tzinfo=UTC)
FIXTURES = sorted((ROOT / "tests" / "data" / "shapes").glob("*.ttl"))
ARTICLES = sorted(
    [
        *(ROOT / "data" / "articles").glob("*.txt"),
        *(ROOT / "data" / "eval").glob("*/articles/*.txt"),
        *(ROOT / "tests" / "golden_extract").glob("*.txt"),
    ]
)
GOLD = sorted((ROOT / "data" / "eval").glob("*/gold/*.json"))
Triple = tuple[Node, Node, Node]
Key = tuple[str, str | None, str, str, str | None]


def _fixture(path: Path) -> tuple[str, list[Triple]]:
    name = f"https://w3id.org/justicekg/graph/fixture-{path.stem}"
    graph = Graph()
    graph.parse(path, format="turtle")
    return name, list(graph)


@cache
def _articles() -> dict[str, list[Triple]]:
    graphs: dict[str, list[Triple]] = {}
    for path in ARTICLES:
        graph = build_graph(read_report(path, root=path.parent), SETTINGS, generated_at=WHEN)
        graphs[str(graph.identifier) + "#" + path.parent.parent.name] = list(graph)
    for path in GOLD:
        graph = build_graph(read_report(path), SETTINGS, generated_at=WHEN)
        graphs[str(graph.identifier) + "#gold-" + path.parent.parent.name] = list(graph)
    return graphs


def _index():  # type: ignore[no-untyped-def]
    shapes = shapes_graph()
    return ref_index(default_reference(SETTINGS), frozenset(shapes.objects(None, SH.targetClass)))


def _path_key(path: str | None) -> str | None:
    """A result path as pySHACL's results graph gives it: an IRI, or ``^iri`` for an inverse."""
    if path is None:
        return None
    if ":" in path:  # a compact IRI (a blank node's id has no colon)
        return _expand(path)
    inverse = shapes_graph().value(BNode(path), SH.inversePath)
    return f"^{inverse}" if inverse is not None else path


def _keys(report: ValidationReport) -> set[Key]:
    return {(r.focus, _path_key(r.path), r.constraint, r.severity, r.value) for r in report.results}


def _plain_pyshacl(triples: Iterable[Triple]) -> tuple[bool, set[Key]]:
    """``pyshacl.validate`` itself, on the graph and the reference triples it links to."""
    data = Graph()
    for triple in with_reference(triples, _index()):
        data.add(triple)
    _conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True
    )
    assert isinstance(results, Graph)
    keys: set[Key] = set()
    violation = False
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        if isinstance(path, BNode):
            path = Literal(f"^{results.value(path, SH.inversePath)}")
        value = results.value(result, SH.value)
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        violation = violation or severity == "Violation"
        keys.add(
            (
                str(results.value(result, SH.focusNode)),
                None if path is None else str(path),
                str(results.value(result, SH.sourceConstraintComponent)),
                severity,
                None if value is None else str(value),
            )
        )
    return not violation, keys


def _compare(graphs: dict[str, list[Triple]], *, plain: bool) -> dict[str, ValidationReport]:
    """Compare the engines on ``graphs``; with ``plain``, ``pyshacl.validate`` itself too
    (≈0.5 s a graph: done for every graph in the slow suite, for the fixtures always).

    A graph rdflib's SPARQL engine cannot evaluate (a string offset in ``?s + 1`` recurses
    without end in rdflib 7; a decimal one fails in ``SUBSTR``) must fail the same way in both
    engines: the graphs are halved until the failing ones stand alone.
    """
    try:
        compiled = validate_graphs(graphs, settings=SETTINGS, engine="compiled")
    except Exception as exc:
        if len(graphs) == 1:
            with pytest.raises(type(exc)):
                validate_graphs(graphs, settings=SETTINGS, engine="pyshacl")
            return {}
        names = sorted(graphs)
        half = len(names) // 2
        found = _compare({n: graphs[n] for n in names[:half]}, plain=plain)
        found.update(_compare({n: graphs[n] for n in names[half:]}, plain=plain))
        return found
    batched = validate_graphs(graphs, settings=SETTINGS, engine="pyshacl")
    for name, ours in compiled.items():
        assert [r.to_dict() for r in ours.results] == [
            r.to_dict() for r in batched[name].results
        ], name
        if plain:
            conforms, keys = _plain_pyshacl(graphs[name])
            assert (ours.conforms, _keys(ours)) == (conforms, keys), name
    return compiled


def test_every_shape_of_the_ontology_compiles() -> None:
    compiled = compile_shapes(shapes_graph())
    assert compiled.residual is None and compiled.fallback == ()
    names = {p.shape for p in compiled.programs}
    assert len(names) == len(set(shapes_graph().subjects(RDF.type, SH.NodeShape)))


@pytest.mark.parametrize("plain", [False, pytest.param(True, marks=pytest.mark.slow)])
def test_bundled_and_evaluation_articles_give_pyshacls_results(plain: bool) -> None:
    graphs = _articles()
    assert len(graphs) >= 50
    reports = _compare(graphs, plain=plain)
    assert any(r.results for r in reports.values())  # warnings at least: not a vacuous match


def test_shape_fixtures_give_pyshacls_results() -> None:
    reports = _compare(dict(_fixture(p) for p in FIXTURES), plain=True)
    assert sum(not r.conforms for r in reports.values()) == len(FIXTURES) - 1


# -- broken graphs: every constraint violated at least once ------------------------------------

_WRONG_CLASS = URIRef(PREFIXES["jkg"] + "notAClass")


def _variant(value: Node) -> Node:
    """Another value of the same kind (for a second value where one is allowed)."""
    if isinstance(value, Literal):
        if isinstance(value.value, int) and not isinstance(value.value, bool):
            return Literal(value.value + 1, datatype=value.datatype)
        if value.datatype == XSD.date:
            return Literal("1999-01-01", datatype=XSD.date)
        return Literal(str(value) + " khác", lang=value.language, datatype=value.datatype)
    return URIRef(str(value) + "-khac")


def _break(
    triples: list[Triple], program: _Program, rule: _Rule, component: str, focus: Node
) -> list[list[Triple]]:
    """Copies of ``triples`` in which ``focus`` violates ``component`` of ``rule``."""
    name = component.rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    p, inverse = rule.predicate, rule.inverse
    if p is None:  # the focus node itself: turn a link to it into a literal
        out = []
        for s, pred, o in triples:
            if o == focus and pred != RDF.type:
                out.append([t for t in triples if t != (s, pred, o)] + [(s, pred, Literal("x"))])
                break
        return out

    def on_path(t: Triple) -> bool:
        return t[1] == p and (t[2] == focus if inverse else t[0] == focus)

    values = [t[0] if inverse else t[2] for t in triples if on_path(t)]
    rest = [t for t in triples if not on_path(t)]

    def with_values(*new: Node) -> list[Triple]:
        assert p is not None
        return rest + [((v, p, focus) if inverse else (focus, p, v)) for v in new]

    if name == "MinCount":
        return [rest]
    if name == "MaxCount":
        first = values[0] if values else Literal("x")
        return [with_values(*values, _variant(first), _variant(_variant(first)))]
    if name == "Class":
        wrong = URIRef(str(focus) + "/wrong")
        return [[*with_values(wrong), (wrong, RDF.type, SKOS.Concept)], with_values(Literal("x"))]
    if name == "Datatype":
        datatype = _parameter(rule, SH.datatype)
        return [
            with_values(Literal("27/11/2017")),
            with_values(Literal("not-a-value", datatype=datatype)),
            with_values(URIRef("https://example.org/x")),
        ]
    if name == "NodeKind":
        return [with_values(Literal("x")), with_values(BNode())]
    if name == "Pattern":
        kind = URIRef if values and isinstance(values[0], URIRef) else Literal
        return [with_values(kind("javascript:(1).")), with_values(BNode())]
    if name == "MinLength":
        size = int(_parameter(rule, SH.minLength))  # type: ignore[arg-type]
        return [with_values(Literal("a" * (size - 1))), with_values(BNode())]
    if name == "In":
        wrong = URIRef(PREFIXES["jkg"] + "kindBogus")
        return [[*with_values(wrong), (wrong, RDF.type, SKOS.Concept)]]
    if name == "HasValue":
        return [with_values(URIRef(PREFIXES["jkg"] + "OtherScheme"))]
    if name == "LessThan":
        other = _parameter(rule, SH.lessThan)
        kept = [t for t in rest if not (t[0] == focus and t[1] == other)]
        first = values[0] if values else Literal("2020-01-01", datatype=XSD.date)
        broken = [*kept, (focus, p, first), (focus, other, first)]
        mixed = [*kept, (focus, p, first), (focus, other, Literal("z"))]
        return [broken, mixed]
    if name in ("MinInclusive", "MaxInclusive"):
        limit = _parameter(rule, SH[name[0].lower() + name[1:]])
        assert isinstance(limit, Literal)
        step = -1 if name == "MinInclusive" else 1
        return [
            with_values(Literal(int(limit.value) + step, datatype=limit.datatype)),
            with_values(Literal("x")),
        ]
    if name == "Or":
        return [with_values(Literal("27/11/2017")), with_values(_WRONG_CLASS)]
    raise AssertionError(f"no mutation for {component}")


def _parameter(rule: _Rule, parameter: URIRef) -> Node:
    value = shapes_graph().value(rule.source, parameter)
    assert value is not None, (rule.source, parameter)
    return value


def _sparql_breaks(triples: list[Triple]) -> list[list[Triple]]:
    """Violations of the SPARQL constraints, and data their Python functions leave to SPARQL."""
    out = []
    day = XSD.date

    def swap(old: Triple, value: Node) -> list[Triple]:
        return [t for t in triples if t != old] + [(old[0], old[1], value)]

    for s, p, o in triples:
        if p == JKG.notBefore:  # an empty day range; then bounds of mixed datatypes
            out.append([*triples, (s, JKG.notAfter, Literal("1900-01-01", datatype=day))])
            out.append([*triples, (s, JKG.notAfter, Literal("1900", datatype=XSD.gYear))])
            out.append(swap((s, p, o), Literal("2100-01-01", datatype=day)))
        if p == JKG.recipient:  # the giver taken for the recipient
            out.append([*triples, (s, JKG.conferrer, o)])
        if p == JKG.quote:  # a quote that is not a literal: the query itself judges it
            out.append(swap((s, p, o), URIRef(f"{s}/quote")))
        if p == JKG.startOffset:  # a quote off its offsets; then an offset SPARQL must judge
            out.append(swap((s, p, o), Literal(0, datatype=XSD.integer)))
            out.append(swap((s, p, o), Literal("0.0", datatype=XSD.decimal)))
        if p == URIRef("https://schema.org/startDate") and (s, RDF.type, JKG.Position) in triples:
            out.append([*triples, (s, URIRef("https://schema.org/endDate"), Literal("1990"))])
        if p == JKG.validUntil:  # a unit ended by a change on another day; then odd types
            out.append(swap((s, p, o), Literal("2020-01-01", datatype=day)))
            out.append(swap((s, p, o), Literal("2025")))
    return out


def _broken_graphs() -> tuple[dict[str, list[Triple]], set[tuple[str, str | None, str]]]:
    """Broken copies of the valid fixture and of gold graphs; the constraints they target."""
    compiled = compile_shapes(shapes_graph())
    bases = [_fixture(ROOT / "tests" / "data" / "shapes" / "valid.ttl")]
    bases += sorted(_articles().items())[:12]
    index = _index()
    targeted: set[tuple[str, str | None, str]] = set()
    graphs: dict[str, list[Triple]] = {}
    for program in compiled.programs:
        for rule in program.rules:
            for component, _check, _generic in rule.checks:
                targeted.add((program.shape, rule.path, component))
                for base_name, triples in bases:
                    data = Data(with_reference(triples, index))
                    subjects = {t[0] for t in triples} | {t[2] for t in triples}
                    focus = [f for f in program.focus_nodes(data) if f in subjects]
                    if not focus:
                        continue
                    for n, broken in enumerate(_break(triples, program, rule, component, focus[0])):
                        key = f"{base_name}#{program.shape}{rule.path}{component}-{n}"
                        graphs[key] = broken
                    break
        if program.sparql:
            targeted.add((program.shape, None, str(SH.SPARQLConstraintComponent)))
    for base_name, triples in bases[:3]:
        for n, broken in enumerate(_sparql_breaks(triples)):
            graphs[f"{base_name}#sparql-{n}"] = broken
    return graphs, targeted


@pytest.mark.parametrize("plain", [False, pytest.param(True, marks=pytest.mark.slow)])
def test_broken_graphs_give_pyshacls_results_and_break_every_constraint(plain: bool) -> None:
    graphs, targeted = _broken_graphs()
    assert len(graphs) > len(targeted)
    reports = _compare(graphs, plain=plain)
    hit = {(r.shape, r.path, r.constraint) for report in reports.values() for r in report.results}
    assert targeted - hit == set(), "constraints that no broken graph violates"


_MIXED_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix jkg: <https://w3id.org/justicekg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix org: <http://www.w3.org/ns/org#> .
<urn:plain> a sh:NodeShape ; sh:targetClass jkg:Person ;
    sh:property [ sh:path rdfs:label ; sh:maxCount 0 ; sh:message "no label" ] .
<urn:qualified> a sh:NodeShape ; sh:targetClass jkg:Position ;
    sh:property [ sh:path org:member ;
        sh:qualifiedValueShape [ sh:class jkg:Organization ] ; sh:qualifiedMinCount 1 ] .
<urn:closed> a sh:NodeShape ; sh:targetClass jkg:Title ; sh:closed true .
<urn:sparql> a sh:NodeShape ; sh:targetClass jkg:Article ;
    sh:sparql [ sh:message "an article with a label" ;
        sh:select "SELECT $this WHERE { $this <http://www.w3.org/2000/01/rdf-schema#label> ?l }" ] .
<urn:flags> a sh:NodeShape ; sh:targetClass jkg:Person ;
    sh:property [ sh:path rdfs:label ; sh:pattern "^x" ; sh:flags "i" ; sh:message "x" ] .
<urn:refers> a sh:NodeShape ; sh:targetClass jkg:Organization ; sh:node <urn:plain> .
"""


def test_shapes_the_compiler_does_not_understand_run_on_pyshacl() -> None:
    shapes = Graph().parse(data=_MIXED_SHAPES, format="turtle")
    compiled = compile_shapes(shapes)
    assert compiled.fallback == (
        "urn:closed",
        "urn:flags",
        "urn:plain",
        "urn:qualified",
        "urn:refers",
        "urn:sparql",
    )
    assert compiled.residual is not None and not compiled.programs
    ours = _six_articles_as_pyshacl_sees_them(shapes)
    shapes_seen = {r.shape for report in ours.values() for r in report.results}
    assert {"urn:qualified", "urn:closed", "urn:sparql", "urn:plain"} <= shapes_seen


def _six_articles_as_pyshacl_sees_them(shapes: Graph) -> dict[str, ValidationReport]:
    """The compiled engine's reports on six articles, once each is checked equal to pySHACL's."""
    graphs = dict(sorted(_articles().items())[:6])
    ours = validate_graphs(graphs, shapes=shapes, reference=Graph(), engine="compiled")
    reference = validate_graphs(graphs, shapes=shapes, reference=Graph(), engine="pyshacl")
    for name in graphs:
        assert [r.to_dict() for r in ours[name].results] == [
            r.to_dict() for r in reference[name].results
        ]
    return ours


def test_a_compiled_shape_and_a_fallback_shape_together() -> None:
    shapes = Graph().parse(
        data=_MIXED_SHAPES.split("<urn:closed>")[0].replace(
            "<urn:plain> a sh:NodeShape", "<urn:alone> a sh:NodeShape"
        ),
        format="turtle",
    )
    compiled = compile_shapes(shapes)
    assert compiled.fallback == ("urn:qualified",)
    assert [p.shape for p in compiled.programs] == ["urn:alone"]
    ours = _six_articles_as_pyshacl_sees_them(shapes)
    assert {r.shape for report in ours.values() for r in report.results} == {
        "urn:alone",
        "urn:qualified",
    }
