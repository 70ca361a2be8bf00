"""Namespaces of the justicekg vocabulary and the ones it reuses, with one ``PREFIXES`` dict.

``JKG`` is a closed namespace generated from ``ontology/justicekg.ttl`` into
``justicekg/_jkg_terms.py`` by :func:`generate_terms_module` (``justicekg gen-namespace``):
a typo such as ``JKG.Persn`` raises ``AttributeError`` instead of minting a wrong IRI.

>>> str(JKG.Person)
'https://w3id.org/justicekg/ontology#Person'
>>> PREFIXES["org"]
'http://www.w3.org/ns/org#'
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, SDO, SKOS, TIME

from justicekg._jkg_terms import JKG
from justicekg.config import ONTOLOGY_DIR
from justicekg.errors import OntologyError

__all__ = [
    "DCTERMS",
    "FOAF",
    "JKG",
    "JKG_NS",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SKOS",
    "TIME",
    "XSD",
    "bind_prefixes",
    "generate_terms_module",
    "ontology_graph",
    "sparql_prologue",
    "type_closure",
]

#: The ontology namespace IRI (``jkg:``).
JKG_NS = "https://w3id.org/justicekg/ontology#"

#: Every prefix the project writes or reads, prefix → namespace IRI.
PREFIXES: dict[str, str] = {
    "jkg": JKG_NS,
    "org": str(ORG),
    "foaf": str(FOAF),
    "schema": str(SDO),
    "prov": str(PROV),
    "time": str(TIME),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


def sparql_prologue() -> str:
    """``PREFIX`` lines for every entry of :data:`PREFIXES`, to put before a query.

    >>> sparql_prologue().splitlines()[0]
    'PREFIX jkg: <https://w3id.org/justicekg/ontology#>'
    """
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


ONTOLOGY_FILE = ONTOLOGY_DIR / "justicekg.ttl"
TERMS_MODULE = Path(__file__).with_name("_jkg_terms.py")


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every prefix of :data:`PREFIXES` on ``graph`` (replacing rdflib's defaults).

    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["jkg"] == URIRef(JKG_NS)
    True
    """
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, Namespace(ns), override=True, replace=True)
    return graph


def generate_terms_module(ontology: str | Path | None = None, *, write: bool = False) -> str:
    """Generate the source of ``_jkg_terms.py`` (the closed ``JKG`` namespace) from the ontology.

    Every IRI of the ``jkg:`` namespace that the ontology describes becomes an attribute,
    sorted by name, with the English label and the comment as documentation.

    Args:
        ontology: the ontology file (``ontology/justicekg.ttl`` when None).
        write: also write the module next to this one.

    Returns:
        The module source.

    Raises:
        OntologyError: the ontology cannot be read or defines a term that is not a Python name.
    """
    path = Path(ontology) if ontology else ONTOLOGY_FILE
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot parse the ontology: {exc}", where=str(path)) from exc
    terms: dict[str, str] = {}
    for subject in set(graph.subjects()):
        if not isinstance(subject, URIRef) or not str(subject).startswith(JKG_NS):
            continue
        name = str(subject)[len(JKG_NS) :]
        if not name.isidentifier():
            raise OntologyError(f"term {name!r} is not a Python identifier", where=str(subject))
        label = next(
            (
                str(o)
                for o in graph.objects(subject, RDFS.label)
                if getattr(o, "language", None) == "en"
            ),
            name,
        )
        terms[name] = " ".join(label.split())
    lines = [
        '"""GENERATED from ontology/justicekg.ttl by justicekg.namespaces.generate_terms_module().',
        "",
        "Do not edit: run ``justicekg gen-namespace`` after changing the ontology.",
        '"""',
        "",
        "# ruff: noqa: N815  (RDF property names are lowerCamel)",
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class JKG(DefinedNamespace):",
        '    """The justicekg ontology namespace (closed: unknown terms raise)."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{JKG_NS}")',
        "",
    ]
    for name in sorted(terms, key=lambda n: (n.lower(), n)):
        lines.append(f"    {name}: URIRef  # {terms[name]}")
    source = "\n".join(lines) + "\n"
    if write:
        TERMS_MODULE.write_text(source, encoding="utf-8")
    return source


@cache
def ontology_graph() -> Graph:
    """The parsed ontology (cached; treat it as read-only).

    Raises:
        OntologyError: the ontology file is missing or malformed.
    """
    graph = Graph()
    try:
        graph.parse(ONTOLOGY_FILE, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot parse the ontology: {exc}", where=str(ONTOLOGY_FILE)) from exc
    return graph


@cache
def type_closure(cls: URIRef) -> tuple[URIRef, ...]:
    """``cls`` and all its superclasses in the ontology, for materializing ``rdf:type``.

    SHACL validation runs without RDFS inference (five times faster), so the mapping writes
    every superclass type itself.

    >>> [str(c).rsplit("#")[-1] for c in type_closure(JKG.ProvincialDepartment)][:3]
    ['ProvincialDepartment', 'Organization', 'ProvincialLevelOrganization']
    """
    graph = ontology_graph()
    seen: dict[URIRef, None] = {cls: None}
    todo = [cls]
    while todo:
        for parent in graph.objects(todo.pop(), RDFS.subClassOf):
            if isinstance(parent, URIRef) and parent not in seen:
                seen[parent] = None
                todo.append(parent)
    first, *rest = seen
    return (first, *sorted(rest, key=lambda c: (not str(c).startswith(JKG_NS), str(c))))
