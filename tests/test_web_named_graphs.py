"""Named-graph IRIs ``<base>graph/<slug>`` dereference (issue 12)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from flask import Flask
from flask.testing import FlaskClient
from web_support import first_link, ingested_store

from justicekg.web import create_app

BASE = "https://w3id.org/justicekg/"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    store = ingested_store(str(tmp_path_factory.getbasetemp() / "articles-graphs"))
    return create_app({"TESTING": True, "STORE": store, "STORE_URL": "memory:"})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def article(client: FlaskClient) -> str:
    html = client.get("/browse/article").get_data(as_text=True)
    return first_link(html, "/page/article/").rsplit("/", 1)[-1]


def test_browser_goes_to_the_article_page(client: FlaskClient, article: str) -> None:
    r = client.get(f"/graph/{article}", headers={"Accept": BROWSER})
    assert r.status_code == 303 and r.headers["Location"] == f"/page/article/{article}"
    assert "Accept" in r.headers["Vary"]
    assert client.get(r.headers["Location"]).status_code == 200


@pytest.mark.parametrize(
    ("media", "ext", "fmt"),
    [
        ("text/turtle", "ttl", "turtle"),
        ("application/n-triples", "nt", "nt"),
        ("application/trig", "trig", "trig"),
        ("application/n-quads", "nq", "nquads"),
    ],
)
def test_rdf_client_gets_the_graph(
    client: FlaskClient, article: str, media: str, ext: str, fmt: str
) -> None:
    r = client.get(f"/graph/{article}", headers={"Accept": media})
    assert r.status_code == 303 and r.headers["Location"] == f"/graph/{article}.{ext}"
    assert "Accept" in r.headers["Vary"]
    doc = client.get(r.headers["Location"])
    assert doc.status_code == 200 and doc.mimetype == media
    text = doc.get_data(as_text=True)
    subject = f"{BASE}id/article/{article}"
    if fmt in ("trig", "nquads"):
        rdf_format = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
        quads = list(ox.parse(text, rdf_format))
        assert {q.graph_name.value for q in quads} == {f"{BASE}graph/{article}"}  # type: ignore[union-attr]
        assert any(q.subject.value == subject for q in quads)
    else:
        graph = rdflib.Graph().parse(data=text, format=fmt)
        assert any(graph.triples((rdflib.URIRef(subject), None, None)))


@pytest.mark.parametrize(
    "slug",
    [
        "no-such-article",
        "reference",
        "analytics",
        "x> ?p ?o } #",
        "x%3E%20%3Fp%20%3Fo%20%7D%20%23",
        "A-B",
        "x" * 2000,
    ],
)
def test_unknown_or_hostile_slug_is_404(client: FlaskClient, slug: str) -> None:
    assert client.get(f"/graph/{slug}", headers={"Accept": "text/turtle"}).status_code == 404
    assert client.get(f"/graph/{slug}.ttl").status_code == 404


def test_analytics_pages_still_answer(client: FlaskClient) -> None:
    assert client.get("/graph/path").status_code == 200
    assert client.get("/graph/overview").status_code == 200
