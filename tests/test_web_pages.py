"""Staff pages: Vietnamese first, English fallback, escaping, browse, search, editor, errors."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from web_support import first_link, ingested_store

from justicekg.web import create_app
from justicekg.web.search import fold, query_variants


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    store = ingested_store(str(tmp_path_factory.getbasetemp() / "articles"))
    return create_app({"TESTING": True, "STORE": store, "STORE_URL": "memory:"})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_home_vietnamese_first_english_on_request(client: FlaskClient) -> None:
    vi = client.get("/").get_data(as_text=True)
    assert 'lang="vi"' in vi and "Bài viết gần đây" in vi
    en = client.get("/?lang=en").get_data(as_text=True)
    assert 'lang="en"' in en and "Recent articles" in en
    en2 = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"}).get_data(as_text=True)
    assert "Recent articles" in en2
    assert "Accept-Language" in client.get("/").headers["Vary"]


@pytest.mark.parametrize("kind", ["person", "org", "province", "event", "award", "article"])
def test_browse_and_pages(client: FlaskClient, kind: str) -> None:
    r = client.get(f"/browse/{kind}")
    assert r.status_code == 200
    page = first_link(r.get_data(as_text=True), f"/page/{kind}/")
    r = client.get(page)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "open-editor" in html and "/editor?query=" in html


def test_browse_keyset_pagination(client: FlaskClient) -> None:
    first = client.get("/browse/org?limit=5").get_data(as_text=True)
    nxt = re.search(r'rel="next" href="([^"]+)"', first)
    assert nxt
    second = client.get(nxt.group(1).replace("&amp;", "&")).get_data(as_text=True)
    a = set(re.findall(r'href="(/page/org/[^"]+)"', first))
    b = set(re.findall(r'href="(/page/org/[^"]+)"', second))
    assert a and b and not a & b
    assert client.get("/browse/nothing").status_code == 404


def test_person_page_shows_positions_with_evidence(client: FlaskClient) -> None:
    hits = client.get("/api/search?q=bui dinh son").json
    assert hits and hits[0]["kind"] == "person"
    html = client.get(hits[0]["url"]).get_data(as_text=True)
    assert "Giám đốc" in html and "/page/article/" in html and "<q>" in html


@pytest.mark.parametrize(
    "q,label",
    [
        ("le anh tuan", "Lê Anh Tuấn"),
        ("thanh hoa", "Thanh Hóa"),
        ("THANH HOÁ", "Thanh Hóa"),
        ("thads", "Thi hành án dân sự"),
    ],
)
def test_search_ignores_diacritics_and_expands_abbreviations(
    client: FlaskClient, q: str, label: str
) -> None:
    hits = client.get("/api/search", query_string={"q": q}).json
    assert any(fold(label) in fold(h["label"]) for h in hits), hits
    assert set(hits[0]) == {"iri", "label", "kind", "kind_label", "url"}
    english = client.get("/api/search", query_string={"q": q, "lang": "en"}).json
    assert english[0]["kind_label"] != hits[0]["kind_label"]  # in the request's language
    html = client.get("/search", query_string={"q": q}).get_data(as_text=True)
    assert hits[0]["url"] in html


def test_query_variants() -> None:
    assert query_variants("Thanh Hoá") == ["thanh hoa"]


def test_hostile_article_is_escaped(client: FlaskClient) -> None:
    r = client.get("/page/article/hostile")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html
    search = client.get("/search", query_string={"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)" not in search.get_data(as_text=True)


def test_article_page_highlights_entities(client: FlaskClient) -> None:
    html = client.get("/page/article/seed").get_data(as_text=True)
    assert 'class="mention"' in html


def test_editor_page_is_self_contained(client: FlaskClient) -> None:
    html = client.get("/editor?query=ASK%7B%7D").get_data(as_text=True)
    assert "vendor/yasgui/yasgui.min.js" in html and "ASK{}" in html
    assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', html)
    with client.get("/static/vendor/yasgui/yasgui.min.js") as js:
        assert js.status_code == 200
    assert html.count('class="example"') >= 5


def test_errors_render_without_traces(client: FlaskClient) -> None:
    r = client.get("/no/such/page", headers={"Accept": "text/html"})
    assert r.status_code == 404 and "Traceback" not in r.get_data(as_text=True)
    assert "<html" in r.get_data(as_text=True)
    assert client.get("/no/such/page", headers={"Accept": "text/plain"}).mimetype == "text/plain"


def test_internal_errors_hide_details() -> None:
    app = create_app({"TESTING": True, "STORE_URL": "memory:"})

    @app.route("/boom-test")
    def boom() -> str:
        raise RuntimeError("secret detail")

    r = app.test_client().get("/boom-test")
    assert r.status_code == 500 and b"secret detail" not in r.data and b"Traceback" not in r.data


def test_empty_store_pages() -> None:
    app = create_app({"TESTING": True, "STORE_URL": "memory:"})
    client = app.test_client()
    for url in (
        "/",
        "/browse/person",
        "/search?q=x",
        "/api/search?q=x",
        "/editor",
        "/ontology",
        "/.well-known/void",
        "/dumps/",
    ):
        assert client.get(url).status_code == 200, url


def test_every_example_query_runs(client: FlaskClient) -> None:
    from justicekg.web.examples import examples

    answered = 0
    for example in examples("https://w3id.org/justicekg/"):
        r = client.post("/sparql", data={"query": example.query})
        assert r.status_code == 200, (example.key, r.data[:300])
        answered += bool(r.json["results"]["bindings"])
    assert answered >= 4


def test_translation_fallback() -> None:
    from justicekg import catalogue
    from justicekg.web.i18n import translate

    catalogue.MISSING.clear()
    assert translate("no-such-key", "en") == "no-such-key"
    assert ("en", "no-such-key") in catalogue.MISSING
    catalogue.MISSING.clear()


def test_language_choice_is_remembered(client: FlaskClient) -> None:
    r = client.get("/browse/person?lang=en")
    assert "lang=en" in r.headers.get("Set-Cookie", "")
    assert "People" in client.get("/browse/person").get_data(as_text=True)
    assert "Cookie" in client.get("/").headers["Vary"]
    client.get("/?lang=vi")
    assert "Cá nhân" in client.get("/browse/person").get_data(as_text=True)
