"""Issue 10, item 2: an entity page stays bounded whatever the entity's fame (not timed)."""

from __future__ import annotations

import re

import pytest
import rdflib
from flask import Flask
from rdflib.namespace import ORG, RDFS

from justicekg.analytics.synthetic import FAMOUS, generate_reports, with_famous_official
from justicekg.config import Settings
from justicekg.rdf.build import build_graph
from justicekg.rdf.mint import iri_slug, mint_iri
from justicekg.store.convert import triples_to_ox
from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app, rdfdoc

ARTICLES = 200
#: Bytes a page may take, whatever the number of articles (one article's worth of rows is ~1 kB).
PAGE_BOUND = 400_000


@pytest.fixture(scope="module")
def app() -> Flask:
    settings = Settings(store="memory:")
    store = OxigraphStore("memory:")
    graphs = {}
    for report in with_famous_official(generate_reports(ARTICLES, seed=3)):
        graph = build_graph(report, settings)
        graphs[str(graph.identifier)] = list(triples_to_ox(graph))
    store.replace_graphs(graphs)
    return create_app({"TESTING": True, "STORE": store, "SETTINGS": settings})


def _famous_slug() -> str:
    name, _title, organization = FAMOUS
    return iri_slug(mint_iri("person", name, organization))


def test_issue10_02_famous_person_page_is_bounded_and_paged(app: Flask) -> None:
    client = app.test_client()
    r = client.get(f"/page/person/{_famous_slug()}")
    assert r.status_code == 200
    assert len(r.data) < PAGE_BOUND, len(r.data)
    assert 'rel="next"' in r.headers["Link"] and "page=2" in r.headers["Link"]
    html = r.get_data(as_text=True)
    # The position is one row, supported by every article (not one row per article × quote).
    assert f"và {ARTICLES - 1} nguồn khác" in html  # one sentence shown, the other sources counted
    assert html.count("dự và phát biểu chỉ đạo") <= 60
    second = client.get(f"/page/person/{_famous_slug()}?page=2")
    assert second.status_code == 200 and len(second.data) < PAGE_BOUND
    far = client.get(f"/page/person/{_famous_slug()}?page=9999")
    assert far.status_code == 200 and 'rel="next"' not in far.headers["Link"]


def test_issue10_02_busy_organization_page_is_bounded(app: Flask) -> None:
    client = app.test_client()
    slug = iri_slug(mint_iri("org", FAMOUS[2]))
    r = client.get(f"/page/org/{slug}")
    assert r.status_code == 200 and len(r.data) < PAGE_BOUND


#: Triples a person's first data page adds for its positions (a membership's statements and
#: the labels of its title and organization), at most.
POSITIONS = 40


def test_issue10_02_data_document_is_paged(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rdfdoc, "DOC_PAGE", 100)
    client = app.test_client()
    iri = rdflib.URIRef(str(mint_iri("person", FAMOUS[0], FAMOUS[2])))
    url = f"/data/person/{_famous_slug()}.ttl"
    seen: set[tuple[object, object, object]] = set()
    pages = 0
    while url:
        r = client.get(url)
        assert r.status_code == 200
        graph = rdflib.Graph().parse(data=r.data, format="turtle")
        # bounded: 100 of the entity's statements, the document's own 4, and on page 1 its
        # positions spelled out
        assert len(graph) <= 100 + 4 + (POSITIONS if pages == 0 else 0)
        seen.update(graph)
        pages += 1
        m = re.search(r'<([^>]+)>; rel="next"', r.headers.get("Link", ""))
        url = m.group(1) if m else ""
        assert pages < 50
    assert pages > 1
    attended = set(seen) & {t for t in seen if t[1] == rdflib.URIRef("https://schema.org/attendee")}
    assert len(attended) >= ARTICLES // 2
    # Besides the entity's statements: the document's own (foaf:primaryTopic, licence …) and,
    # on page 1, its positions spelled out (membership statements, title/organization labels).
    doc = rdflib.URIRef(str(iri).replace("/id/", "/data/"))
    memberships = {o for s, p, o in seen if s == iri and p == ORG.hasMembership}
    memberships |= {s for s, p, o in seen if o == iri and p == ORG.member}
    labelled = {o for s, _p, o in seen if s in memberships}
    for s, p, o in seen:
        if iri not in (s, o):
            assert s == doc or s in memberships or (s in labelled and p == RDFS.label), (s, p)
