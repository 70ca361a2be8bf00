"""One message catalogue (issue 12): ``vi`` and ``en`` gettext catalogues, every visible string
through them, Vietnamese dates and numbers, Vietnamese sort order."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from flask import Flask
from flask.testing import FlaskClient
from pages_support import BROWSER, IRI, page_paths, visible_text
from web_support import ingested_store

from justicekg import catalogue
from justicekg.config import PROJECT_ROOT
from justicekg.web import create_app

SRC = PROJECT_ROOT / "src" / "justicekg"
TEMPLATES = SRC / "web" / "templates"
#: Literal words a template may carry: names of formats and of the project, not language.
PROPER_NAMES = {"JSON", "SPARQL", "VoID", "justicekg", "Turtle"}


def _catalog(lang: str) -> dict[str, str]:
    with catalogue.po_path(lang).open("rb") as fh:
        return {str(m.id): str(m.string) for m in read_po(fh) if m.id}


def test_catalogues_translate_the_same_keys() -> None:
    vi, en = _catalog("vi"), _catalog("en")
    assert set(vi) == set(en)
    assert not [k for k, v in vi.items() if not v], "untranslated in vi"
    assert not [k for k, v in en.items() if not v], "untranslated in en"
    assert catalogue.keys("vi") == set(vi) and catalogue.keys("en") == set(en)


def _template_keys() -> set[str]:
    found: set[str] = set()
    for path in TEMPLATES.glob("*.html"):
        found.update(re.findall(r"_\('(\w+)'[,)]", path.read_text(encoding="utf-8")))
    return found


def _python_keys() -> set[str]:
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", ""))
                in ("gettext", "translate", "Message")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_key_used_is_in_both_catalogues() -> None:
    used = _template_keys() | _python_keys()
    assert len(used) > 50
    for lang in catalogue.LANGUAGES:
        missing = sorted(used - catalogue.keys(lang))
        assert not missing, f"keys missing from the {lang} catalogue: {missing}"


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*.html")), ids=lambda p: p.name)
def test_templates_hold_no_literal_text(path: Path) -> None:
    """Words in a template bypass the catalogue; only proper names may be written there."""
    source = re.sub(r"\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}", " ", path.read_text(), flags=re.S)
    words = {w for w in visible_text(source).split() if re.search(r"[^\W\d_]", w)}
    assert words <= PROPER_NAMES, sorted(words - PROPER_NAMES)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    store = ingested_store(str(tmp_path_factory.getbasetemp() / "articles-i18n"))
    return create_app({"TESTING": True, "STORE": store, "STORE_URL": "memory:"})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_every_page_in_both_languages_is_fully_translated(client: FlaskClient) -> None:
    """Renders one page of every kind in vi and en; any key a catalogue lacks fails it, and an
    English page shows no Vietnamese interface string (nor the reverse)."""
    paths = page_paths(client)
    assert {"page-person", "page-org", "page-event", "page-award", "path"} <= set(paths)
    vi_ui, en_ui = _catalog("vi"), _catalog("en")
    # whole interface phrases only (several words), so that data never matches by chance
    only_vi = {v for k, v in vi_ui.items() if v != en_ui[k] and len(v.split()) >= 3}
    only_en = {v for k, v in en_ui.items() if v != vi_ui[k] and len(v.split()) >= 3}
    for name, path in paths.items():
        for lang, foreign in (("vi", only_en), ("en", only_vi)):
            catalogue.MISSING.clear()
            sep = "&" if "?" in path else "?"
            r = client.get(f"{path}{sep}lang={lang}", headers={"Accept": BROWSER})
            assert r.status_code in (200, 404), (name, lang, r.status_code)
            assert not catalogue.MISSING, (name, lang, sorted(catalogue.MISSING))
            text = visible_text(r.get_data(as_text=True))
            leaked = sorted(s for s in foreign if s in text)
            assert not leaked, (name, lang, leaked)


def test_pages_show_vietnamese_dates_and_numbers(client: FlaskClient) -> None:
    paths = page_paths(client)
    text = visible_text(client.get(paths["page-event"] + "?lang=vi").get_data(as_text=True))
    assert re.search(r"\b\d{2}/\d{2}/\d{4}\b", text)
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), "an ISO date on a Vietnamese page"
    home = visible_text(client.get("/?lang=vi").get_data(as_text=True))
    articles = client.application.extensions["justicekg"].store.query(
        "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://w3id.org/justicekg/ontology#Article> }"
    )
    n = int(next(iter(articles))["n"].value)
    assert f"{n} bài viết" in home  # articles counted, not graphs (reference, analytics)
    assert "bộ ba" not in home and "đồ thị bài viết" not in home


def test_no_iri_in_visible_text(client: FlaskClient) -> None:
    for name, path in page_paths(client).items():
        if name == "ontology":
            continue  # the ontology page documents the vocabulary's own IRIs
        text = visible_text(client.get(path, headers={"Accept": BROWSER}).get_data(as_text=True))
        assert not IRI.findall(text), (name, IRI.findall(text)[:3])


def test_browse_lists_in_vietnamese_order(client: FlaskClient) -> None:
    html = client.get("/browse/province").get_data(as_text=True)
    names = re.findall(r'href="/page/province/[^"]+">([^<]+)</a>', html)
    assert len(names) > 10
    assert names == sorted(names, key=catalogue.sort_key)
    ds = [n for n in names if n.startswith(("D", "Đ"))]
    assert ds == sorted(ds, key=lambda n: n.startswith("Đ"))  # every Đ after every D


def test_search_results_tell_namesakes_apart(client: FlaskClient) -> None:
    """A person hit names the title, the organization and the years it is attested."""
    store = client.application.extensions["justicekg"].store
    row = next(
        iter(
            store.query(
                "SELECT ?name ?tl ?ol { ?m <http://www.w3.org/ns/org#member> ?p ; "
                "<http://www.w3.org/ns/org#role> ?t ; <http://www.w3.org/ns/org#organization> ?o . "
                "?p <http://www.w3.org/2000/01/rdf-schema#label> ?name . "
                "?t <http://www.w3.org/2000/01/rdf-schema#label> ?tl . "
                "?o <http://www.w3.org/2000/01/rdf-schema#label> ?ol } LIMIT 1"
            )
        )
    )
    html = client.get("/search", query_string={"q": row["name"].value}).get_data(as_text=True)
    hit = html[html.index('<ul class="hits">') :]
    hit = hit[: hit.index("</li>")]
    assert row["name"].value in hit
    assert re.search(r"\(\d{4}(–\d{4})?\)", hit), hit
    assert "</a> — " in hit  # a title and an organization follow the name
