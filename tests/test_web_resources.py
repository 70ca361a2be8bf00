"""Linked data: 303s, conneg, alternates, caching, 404, JSON-LD context, ontology, VoID, dumps."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
import rdflib
import rdflib.compare
from flask import Flask
from flask.testing import FlaskClient
from web_support import first_link, ingested_store

from justicekg.web import create_app

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"
FORMATS = {
    "text/turtle": ("ttl", "turtle"),
    "application/ld+json": ("jsonld", "json-ld"),
    "application/rdf+xml": ("rdf", "xml"),
    "application/n-triples": ("nt", "nt"),
}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    store = ingested_store(str(tmp_path_factory.getbasetemp() / "articles"))
    return create_app({"TESTING": True, "STORE": store, "STORE_URL": "memory:"})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def entity_path(client: FlaskClient, kind: str) -> str:
    page = first_link(client.get(f"/browse/{kind}").get_data(as_text=True), f"/page/{kind}/")
    return page.replace("/page/", "/id/")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser
@pytest.mark.parametrize("kind", ["person", "org", "province", "event", "award"])
def test_dereference(client: FlaskClient, kind: str) -> None:
    path = entity_path(client, kind)
    iri = "https://w3id.org/justicekg" + path
    r = client.get(path, headers={"Accept": BROWSER})
    assert r.status_code == 303 and r.headers["Location"].startswith("/page/")
    assert "Accept" in r.headers["Vary"]
    assert 'rel="alternate"' in r.headers["Link"]
    page = client.get(r.headers["Location"])
    assert page.status_code == 200 and iri in page.get_data(as_text=True)
    bodies = {}
    for media, (ext, rdflib_fmt) in FORMATS.items():
        r = client.get(path, headers={"Accept": media})
        assert r.status_code == 303 and r.headers["Location"].endswith("." + ext)
        doc = client.get(r.headers["Location"])
        assert doc.status_code == 200 and doc.mimetype == media
        g = rdflib.Graph().parse(data=doc.data, format=rdflib_fmt)
        assert (rdflib.URIRef(iri), None, None) in g
        bodies[ext] = g
    iso = rdflib.compare.to_isomorphic
    assert len({iso(g).graph_digest() for g in bodies.values()}) == 1
    direct = client.get(path + ".ttl")
    assert direct.status_code == 200 and direct.mimetype == "text/turtle"


def test_jsonld_is_compacted_with_the_context(client: FlaskClient) -> None:
    path = entity_path(client, "person")
    doc = json.loads(client.get(path.replace("/id/", "/data/") + ".jsonld").data)
    assert "@context" in doc
    text = json.dumps(doc)
    assert "http://www.w3.org/2000/01/rdf-schema#label" not in text


def test_conditional_get(client: FlaskClient) -> None:
    url = entity_path(client, "org").replace("/id/", "/data/") + ".ttl"
    r = client.get(url)
    etag, modified = r.headers["ETag"], r.headers["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    other = client.get(url.replace(".ttl", ".nt")).headers["ETag"]
    assert other != etag
    head = client.head(url)
    assert head.status_code == 200 and head.data == b"" and head.mimetype == "text/turtle"


def test_unknown_entity_is_404(client: FlaskClient) -> None:
    for accept in ("text/turtle", "text/html"):
        r = client.get("/id/person/no-such-person", headers={"Accept": accept})
        assert r.status_code == 404
    assert client.get("/data/person/no-such-person.ttl").status_code == 404
    assert client.get("/page/person/no-such-person").status_code == 404


def test_unsupported_accept(client: FlaskClient) -> None:
    r = client.get(entity_path(client, "person"), headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_ontology(client: FlaskClient) -> None:
    r = client.get("/ontology", headers={"Accept": BROWSER})
    assert r.status_code == 200 and r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    for term in ("jkg:Person", "jkg:Position", "jkg:participant", "jkg:quote"):
        assert term in html
    r = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert r.mimetype == "text/turtle" and "Accept" in r.headers["Vary"]
    g = rdflib.Graph().parse(data=r.data, format="turtle")
    assert len(g) > 100
    assert client.get("/ontology.jsonld").mimetype == "application/ld+json"
    assert "@context" in client.get("/ontology/context.jsonld").json


def test_void(client: FlaskClient) -> None:
    r = client.get("/.well-known/void")
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    g = rdflib.Graph().parse(data=r.data, format="turtle")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    assert next(g.objects(None, void.triples)).toPython() > 0
    assert list(g.objects(None, void.exampleResource))
    assert list(g.objects(None, void.dataDump))


def test_dump_and_checksum(client: FlaskClient) -> None:
    r = client.get("/dumps/justicekg.nq.gz")
    assert r.status_code == 200 and r.mimetype == "application/gzip"
    digest = hashlib.sha256(r.data).hexdigest()
    assert r.headers["X-Checksum-SHA256"] == digest
    assert client.get("/dumps/justicekg.nq.gz.sha256").get_data(as_text=True).startswith(digest)
    nq = gzip.decompress(r.data).decode()
    assert "<https://w3id.org/justicekg/graph/" in nq
    assert client.get("/dumps/", headers={"Accept": "application/json"}).json[0]["sha256"] == digest
    assert client.get("/dumps/").status_code == 200


def test_cors_on_data(client: FlaskClient) -> None:
    url = entity_path(client, "person").replace("/id/", "/data/") + ".ttl"
    assert client.get(url).headers["Access-Control-Allow-Origin"] == "*"


def test_fixture_file_exists_for_docs() -> None:
    assert Path(__file__).exists()


def test_data_without_extension_negotiates(client: FlaskClient) -> None:
    path = entity_path(client, "province").replace("/id/", "/data/")
    r = client.get(path, headers={"Accept": "application/ld+json"})
    assert r.status_code == 303 and r.headers["Location"].endswith(".jsonld")
    assert "Accept" in r.headers["Vary"]
    assert client.get(path + ".pdf").status_code == 404


def test_head_on_entity_iri(client: FlaskClient) -> None:
    path = entity_path(client, "event")
    r = client.head(path, headers={"Accept": "text/turtle"})
    assert r.status_code == 303 and r.data == b""


def test_ontology_html_and_language(client: FlaskClient) -> None:
    assert client.get("/ontology.html").mimetype == "text/html"
    en = client.get("/ontology?lang=en", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "Person" in en
    assert client.get("/ontology.pdf").status_code == 404


def test_void_is_a_graph_with_honest_counts(client: FlaskClient) -> None:
    """Built as a graph: a licence, one example per resource, article graphs apart."""
    g = rdflib.Graph().parse(data=client.get("/.well-known/void").data, format="turtle")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    dcterms = rdflib.Namespace("http://purl.org/dc/terms/")
    ds = rdflib.URIRef("https://w3id.org/justicekg/void#dataset")
    assert g.value(ds, dcterms.license) is not None
    examples = list(g.objects(ds, void.exampleResource))
    assert examples and len(examples) == len(set(examples))
    articles = rdflib.URIRef("https://w3id.org/justicekg/void#articles")
    documents = g.value(articles, void.documents).toPython()
    names = {
        row[0]
        for row in client.application.extensions["justicekg"].store.query(
            "SELECT DISTINCT ?a { ?a a <https://w3id.org/justicekg/ontology#Article> }"
        )
    }
    assert documents == len(names) > 0  # one graph per article, reference/analytics apart
    subsets = {str(s).rsplit("#", 1)[-1] for s in g.objects(ds, void.subset)}
    assert {"articles", "reference"} <= subsets
    for ext, fmt in (("ttl", "turtle"), ("nt", "nt"), ("rdf", "xml")):
        r = client.get(f"/.well-known/void.{ext}")
        assert r.status_code == 200 and len(rdflib.Graph().parse(data=r.data, format=fmt)) == len(g)


def test_void_for_a_browser_is_a_page(client: FlaskClient) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = client.get("/.well-known/void", headers={"Accept": browser})
    assert r.status_code == 200 and r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    assert "Mô tả bộ dữ liệu" in html and "/.well-known/void.ttl" in html
    assert "<?xml" not in html and "void:Dataset" not in html


def test_service_description_is_a_graph_with_a_licence(client: FlaskClient) -> None:
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=r.data, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    dcterms = rdflib.Namespace("http://purl.org/dc/terms/")
    service = next(g.subjects(rdflib.RDF.type, sd.Service))
    assert g.value(service, dcterms.license) is not None
    assert (service, sd.feature, sd.UnionDefaultGraph) in g


def test_ontology_page_shows_full_term_iris_and_translated_headings(client: FlaskClient) -> None:
    """A term's IRI can be read off its page (what linkeddata.py checks for a hash IRI)."""
    vi = client.get("/ontology", headers={"Accept": "text/html"}).get_data(as_text=True)
    en = client.get("/ontology?lang=en", headers={"Accept": "text/html"}).get_data(as_text=True)
    for term in ("Person", "province"):
        assert f"<code>https://w3id.org/justicekg/ontology#{term}</code>" in vi
    assert "<h2>Lớp</h2>" in vi and "<h2>Classes</h2>" in en
    assert "object properties" not in vi and "object_properties" not in vi
