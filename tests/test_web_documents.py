"""Entity data documents (issue 12): N3 and TriG, ``foaf:primaryTopic``, a licence, and the
entity's positions with their titles and organizations named inline."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
import rdflib
from flask import Flask
from flask.testing import FlaskClient
from rdflib.namespace import DCTERMS, FOAF, ORG, RDFS
from web_support import first_link, ingested_store

from justicekg.web import create_app

BASE = "https://w3id.org/justicekg/"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    store = ingested_store(str(tmp_path_factory.getbasetemp() / "articles-docs"))
    return create_app({"TESTING": True, "STORE": store, "STORE_URL": "memory:"})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def _slug(client: FlaskClient, kind: str) -> str:
    html = client.get(f"/browse/{kind}").get_data(as_text=True)
    return first_link(html, f"/page/{kind}/").rsplit("/", 1)[-1]


def _graph(client: FlaskClient, path: str, fmt: str = "turtle") -> rdflib.Graph:
    r = client.get(path)
    assert r.status_code == 200, (path, r.data[:300])
    return rdflib.Graph().parse(data=r.get_data(as_text=True), format=fmt)


@pytest.mark.parametrize(
    ("accept", "ext", "parse_as"),
    [("text/n3", "n3", "n3"), ("text/rdf+n3", "n3", "n3"), ("application/trig", "trig", "trig")],
)
def test_n3_and_trig_are_served(client: FlaskClient, accept: str, ext: str, parse_as: str) -> None:
    slug = _slug(client, "person")
    r = client.get(f"/id/person/{slug}", headers={"Accept": accept})
    assert r.status_code == 303 and r.headers["Location"] == f"/data/person/{slug}.{ext}"
    doc = client.get(r.headers["Location"])
    assert doc.status_code == 200 and doc.mimetype == accept.replace("rdf+n3", "n3")
    fmt = ox.RdfFormat.TRIG if parse_as == "trig" else ox.RdfFormat.N3
    quads = {(q.subject, q.predicate, q.object) for q in ox.parse(doc.data, fmt)}
    turtle = client.get(f"/data/person/{slug}.ttl").data
    assert quads == {
        (q.subject, q.predicate, q.object) for q in ox.parse(turtle, ox.RdfFormat.TURTLE)
    }
    assert (
        f'/data/person/{slug}.trig>; rel="alternate"; type="application/trig"'
        in (r.headers["Link"])
    )


@pytest.mark.parametrize("kind", ["person", "org", "event", "award"])
def test_document_names_its_topic_and_licence(client: FlaskClient, kind: str) -> None:
    slug = _slug(client, kind)
    graph = _graph(client, f"/data/{kind}/{slug}.ttl")
    doc = rdflib.URIRef(f"{BASE}data/{kind}/{slug}")
    assert graph.value(doc, FOAF.primaryTopic) == rdflib.URIRef(f"{BASE}id/{kind}/{slug}")
    licence = graph.value(doc, DCTERMS.license)
    ontology = rdflib.Graph().parse("ontology/justicekg.ttl")
    assert licence is not None and licence in set(ontology.objects(None, DCTERMS.license))
    assert (doc, DCTERMS.isPartOf, rdflib.URIRef(f"{BASE}void#dataset")) in graph


def test_person_document_spells_out_positions(client: FlaskClient) -> None:
    """One GET is enough to say who holds which title where: no further lookups."""
    slug = _slug(client, "person")
    person = rdflib.URIRef(f"{BASE}id/person/{slug}")
    graph = _graph(client, f"/data/person/{slug}.ttl")
    memberships = list(graph.objects(person, ORG.hasMembership))
    assert memberships
    for m in memberships:
        title = graph.value(m, ORG.role)
        organization = graph.value(m, ORG.organization)
        assert title is not None and organization is not None
        assert graph.value(title, RDFS.label) is not None, title
        assert graph.value(organization, RDFS.label) is not None, organization
    turtle = _triples(client, f"/data/person/{slug}.ttl", ox.RdfFormat.TURTLE)
    for ext, fmt in (("jsonld", ox.RdfFormat.JSON_LD), ("rdf", ox.RdfFormat.RDF_XML)):
        assert _triples(client, f"/data/person/{slug}.{ext}", fmt) == turtle  # same statements


def _triples(client: FlaskClient, path: str, fmt: ox.RdfFormat) -> set[ox.Triple]:
    return {q.triple for q in ox.parse(client.get(path).data, fmt)}


def test_organization_document_names_its_members(client: FlaskClient) -> None:
    orgs = client.get("/browse/org").get_data(as_text=True)
    for slug in dict.fromkeys(re.findall(r'href="/page/org/([^"?#]+)"', orgs)):
        org = rdflib.URIRef(f"{BASE}id/org/{slug}")
        graph = _graph(client, f"/data/org/{slug}.ttl")
        members = list(graph.subjects(ORG.organization, org))
        if not members:
            continue
        for m in members:
            person = graph.value(m, ORG.member)
            assert person is not None and graph.value(person, RDFS.label) is not None
            assert graph.value(graph.value(m, ORG.role), RDFS.label) is not None
        return
    pytest.fail("no organization with members in the bundled data")
