"""Pages that show facts, not machinery (issue 12): one form per label, pictures on event and
award pages, the heat map's legend, order and province identities, no scores or IRIs."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from pages_support import BROWSER, FLOAT, IRI, page_paths, visible_text
from web_support import ingested_store

from justicekg.analytics import drawing
from justicekg.catalogue import sort_key
from justicekg.web import create_app
from justicekg.web.search import LabelIndex

BASE = "https://w3id.org/justicekg/"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    store = ingested_store(str(tmp_path_factory.getbasetemp() / "articles-facts"))
    return create_app({"TESTING": True, "STORE": store, "STORE_URL": "memory:"})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_one_form_per_title() -> None:
    """Two spellings of one title (two labels) give one display form, whatever the order."""
    for order in (("Trưởng Phòng", "Trưởng phòng"), ("Trưởng phòng", "Trưởng Phòng")):
        store = ox.Store()
        title = ox.NamedNode(BASE + "id/title/truong-phong-abc123")
        for text in order:
            store.add(ox.Quad(title, LABEL, ox.Literal(text, language="vi")))
        index = LabelIndex.build(store, BASE)
        assert index.label(title.value) == "Trưởng phòng"
        assert [e.label for e in index.by_kind["title"]] == ["Trưởng phòng"]


@pytest.mark.parametrize("kind", ["event", "award"])
def test_event_and_award_pages_draw_their_relations(client: FlaskClient, kind: str) -> None:
    path = page_paths(client)[f"page-{kind}"]
    html = client.get(path).get_data(as_text=True)
    svg = re.search(r'<svg[^>]*class="jkg-neighbourhood".*?</svg>', html, re.S)
    assert svg and svg.group(0).count("<circle") >= 2 + 1  # the entity, a neighbour, a legend


def test_heat_map_has_a_legend_and_vietnamese_order() -> None:
    counts = {("Hà Nội", 2020): 2, ("Điện Biên", 2020): 1, ("Đà Nẵng", 2021): 5}
    counts |= {("Cà Mau", 2021): 1, ("Đắk Lắk", 2019): 3, ("Dak Pek", 2019): 1}
    svg = drawing.heatmap_svg(counts, lang="vi")
    rows = re.findall(r'text-anchor="end">([^<]+)</text>', svg)
    assert rows == sorted(rows, key=sort_key)
    assert rows.index("Dak Pek") < rows.index("Đà Nẵng") < rows.index("Hà Nội")
    legend = svg[svg.index('class="legend"') :]
    assert "Số quyết định khen thưởng" in legend and "không có" in legend and ">5<" in legend
    assert "Award decisions" in drawing.heatmap_svg(counts, lang="en")


def test_heat_map_has_one_row_per_province_identity(app: Flask) -> None:
    from justicekg.web import graph

    counts = {("Thừa Thiên Huế", 2020): 1, ("Huế", 2025): 2, ("—", 2020): 4}
    with app.test_request_context("/graph/overview"):
        svg = graph._heatmap(counts, "vi")
    rows = re.findall(r'text-anchor="end">([^<]+)</text>', svg)
    assert sorted(rows) == ["Cấp trung ương", "Huế (Thừa Thiên Huế)"]


def test_pages_show_no_scores_or_iris(client: FlaskClient) -> None:
    for name, path in page_paths(client).items():
        for lang in ("vi", "en"):
            html = client.get(
                path + ("&" if "?" in path else "?") + f"lang={lang}", headers={"Accept": BROWSER}
            ).get_data(as_text=True)
            text = visible_text(html)
            assert not FLOAT.findall(text), (name, lang, FLOAT.findall(text)[:3])
            if name != "ontology":
                assert not IRI.findall(text), (name, lang, IRI.findall(text)[:3])


def test_article_page_shows_each_part_once(client: FlaskClient) -> None:
    path = page_paths(client)["page-article"]
    html = client.get(path).get_data(as_text=True)
    store = client.application.extensions["justicekg"].store
    iri = BASE + "id/article/" + path.rsplit("/", 1)[-1]
    headline = next(iter(store.query(f"SELECT ?h {{ <{iri}> <https://schema.org/headline> ?h }}")))[
        "h"
    ].value
    assert visible_text(html).count(headline) == 1 + 1  # the <title> and the <h1>
    assert html.count('class="article-text"') == 1
    assert 'id="positions"' in html or 'id="events"' in html  # the facts the article states
