"""What the dataset and the endpoint are, as rdflib graphs: the VoID description
(``/.well-known/void``) and the SPARQL service description (``GET /sparql``).

Both are built as graphs, never by joining Turtle text, so every term is checked and nothing is
stated twice. Counts are honest: article graphs (those PROV says were derived from an article)
are counted apart from every other graph (the reference gazetteers, the analytics measures).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, VOID, XSD, Namespace

from justicekg.web.documents import data_license

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")

CLASS_QUERY = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) (MIN(STR(?s)) AS ?example)
WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class
"""

#: The named graphs derived from an article (PROV), whatever their name.
ARTICLE_GRAPHS = """
SELECT DISTINCT ?g WHERE {
  ?g <http://www.w3.org/ns/prov#wasDerivedFrom> ?a .
  ?a a <https://w3id.org/justicekg/ontology#Article> .
}
"""

GRAPH_QUERY = """
SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g
"""


@dataclass(frozen=True, slots=True)
class ClassCount:
    """Instances of one class, and one of them (an IRI under ``id/``, or None)."""

    iri: str
    entities: int
    example: str | None


@dataclass(frozen=True, slots=True)
class DatasetCounts:
    """The numbers a description of the dataset states."""

    triples: int
    entities: int
    articles: int
    article_triples: int
    support_triples: dict[str, int] = field(default_factory=dict)
    classes: tuple[ClassCount, ...] = ()


def count(store: Any, base: str) -> DatasetCounts:
    """Count the store: triples (merged), entities under ``<base>id/``, article graphs apart
    from the reference and analytics graphs, and instances per class."""
    article_triples = 0
    articles = 0
    support: dict[str, int] = {}
    derived = {row["g"].value for row in store.query(ARTICLE_GRAPHS)}
    for row in store.query(GRAPH_QUERY):
        name, n = row["g"], int(row["n"].value)
        if not isinstance(name, ox.NamedNode):
            continue
        if name.value in derived:
            articles += 1
            article_triples += n
        else:
            slug = name.value.removeprefix(base + "graph/").rsplit("/", 1)[-1] or name.value
            support[slug] = support.get(slug, 0) + n
    classes = []
    for row in store.query(CLASS_QUERY):
        cls, example = row["class"], row["example"]
        if not isinstance(cls, ox.NamedNode):
            continue
        sample = example.value if example is not None else None
        if sample is not None and not sample.startswith(base + "id/"):
            sample = None
        classes.append(ClassCount(cls.value, int(row["n"].value), sample))
    prefix = Literal(base + "id/").n3()
    entities_query = (
        f"SELECT (COUNT(DISTINCT ?s) AS ?n) {{ ?s ?p ?o FILTER STRSTARTS(STR(?s), {prefix}) }}"
    )
    entities = next(iter(store.query(entities_query)))["n"]
    return DatasetCounts(
        triples=store.stats().triples,
        entities=int(entities.value),
        articles=articles,
        article_triples=article_triples,
        support_triples=support,
        classes=tuple(classes),
    )


def void_graph(counts: DatasetCounts, *, base: str, endpoint: str, dump: str) -> Graph:
    """The VoID description of the dataset, with its licence and one subset per graph kind.

    >>> g = void_graph(DatasetCounts(10, 2, 1, 7, {"reference": 3}), base="http://x/",
    ...                endpoint="http://x/sparql", dump="http://x/d.nq.gz")
    >>> int(g.value(URIRef("http://x/void#articles"), VOID.documents))
    1
    """
    g = Graph()
    g.bind("void", VOID)
    g.bind("dcterms", DCTERMS)
    ds = URIRef(base + "void#dataset")
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, Literal("Đồ thị tri thức ngành Tư pháp", lang="vi")))
    g.add((ds, DCTERMS.title, Literal("Justice-sector knowledge graph", lang="en")))
    licence = data_license()
    if licence:
        g.add((ds, DCTERMS.license, URIRef(licence)))
    g.add((ds, VOID.uriSpace, Literal(base + "id/")))
    g.add((ds, VOID.sparqlEndpoint, URIRef(endpoint)))
    g.add((ds, VOID.dataDump, URIRef(dump)))
    g.add((ds, VOID.vocabulary, URIRef(base + "ontology#")))
    g.add((ds, VOID.triples, Literal(counts.triples, datatype=XSD.integer)))
    g.add((ds, VOID.entities, Literal(counts.entities, datatype=XSD.integer)))
    articles = URIRef(base + "void#articles")
    g.add((ds, VOID.subset, articles))
    g.add((articles, RDF.type, VOID.Dataset))
    g.add((articles, DCTERMS.title, Literal("Đồ thị bài viết", lang="vi")))
    g.add((articles, DCTERMS.title, Literal("Article graphs", lang="en")))
    g.add((articles, VOID.documents, Literal(counts.articles, datatype=XSD.integer)))
    g.add((articles, VOID.triples, Literal(counts.article_triples, datatype=XSD.integer)))
    titles = {
        "reference": ("Dữ liệu tham chiếu (địa danh, cơ quan)", "Reference data (gazetteers)"),
        "analytics": ("Chỉ số phân tích mạng", "Network measures"),
    }
    for slug, n in sorted(counts.support_triples.items()):
        subset = URIRef(f"{base}void#{slug}")
        g.add((ds, VOID.subset, subset))
        g.add((subset, RDF.type, VOID.Dataset))
        vi, en = titles.get(slug, (slug, slug))
        g.add((subset, DCTERMS.title, Literal(vi, lang="vi")))
        g.add((subset, DCTERMS.title, Literal(en, lang="en")))
        g.add((subset, VOID.triples, Literal(n, datatype=XSD.integer)))
    examples = 0
    for cls in counts.classes:
        partition = BNode()
        g.add((ds, VOID.classPartition, partition))
        g.add((partition, VOID["class"], URIRef(cls.iri)))
        g.add((partition, VOID.entities, Literal(cls.entities, datatype=XSD.integer)))
        if (
            cls.example
            and examples < 10
            and (ds, VOID.exampleResource, URIRef(cls.example)) not in g
        ):
            g.add((ds, VOID.exampleResource, URIRef(cls.example)))
            examples += 1
    return g


#: Result formats the endpoint writes, in the W3C formats namespace.
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
    "TriG",
    "N-Quads",
)


def service_graph(*, endpoint: str, base: str, max_rows: int) -> Graph:
    """The SPARQL 1.1 service description of ``endpoint``.

    >>> g = service_graph(endpoint="http://x/sparql", base="http://x/", max_rows=5)
    >>> (URIRef("http://x/sparql"), SD.feature, SD.UnionDefaultGraph) in g
    True
    """
    g = Graph()
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("dcterms", DCTERMS)
    g.bind("fmt", FORMATS)
    service = URIRef(endpoint)
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, service))
    g.add((service, DCTERMS.title, Literal("justicekg SPARQL endpoint", lang="en")))
    g.add((service, DCTERMS.title, Literal("Điểm truy vấn SPARQL justicekg", lang="vi")))
    licence = data_license()
    if licence:
        g.add((service, DCTERMS.license, URIRef(licence)))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in RESULT_FORMATS:
        g.add((service, SD.resultFormat, FORMATS[name]))
    g.add(
        (
            service,
            DCTERMS.description,
            Literal(
                f"Answers longer than {max_rows} rows are refused (400) unless the request "
                "sends 'Prefer: handling=lenient'; page with LIMIT/OFFSET.",
                lang="en",
            ),
        )
    )
    dataset = BNode()
    default = BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default))
    g.add((dataset, VOID.sparqlEndpoint, service))
    g.add((dataset, DCTERMS.source, URIRef(base + "void#dataset")))
    g.add((default, RDF.type, SD.Graph))
    g.add((default, DCTERMS.description, Literal("the union of all named graphs", lang="en")))
    return g


def to_triples(graph: Graph) -> list[ox.Triple]:
    """An rdflib graph as pyoxigraph triples (for the shared serializers)."""
    nt = graph.serialize(format="nt", encoding="utf-8")
    return [q.triple for q in ox.parse(nt, ox.RdfFormat.N_TRIPLES)]
