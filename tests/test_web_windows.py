"""Issue 13: a busy entity's page reads a window of rows, never all of them (not timed).

An invented person attends 12 events, each event stated in its own article graph; the
thresholds above which a section is read by windows are lowered so that 12 rows count as
"large" here.
"""

from __future__ import annotations

import dataclasses
import re

import pyoxigraph as ox
import pytest
from flask import Flask

from justicekg.config import Settings
from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app, sections, windows

BASE = "https://w3id.org/justicekg/"
JKG = "https://w3id.org/justicekg/ontology#"
SDO = "https://schema.org/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
PERSON = ox.NamedNode(BASE + "id/person/tran-van-luan--ha-nam-abc123")
EVENTS = 12


def _n(local: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + "id/" + local)


def _store() -> OxigraphStore:
    graphs: dict[str, list[ox.Triple]] = {}
    for i in range(EVENTS):
        event = _n(f"event/conference--2020-{i + 1:02d}-10--ha-nam-e{i:02d}")
        part = _n(f"participation/p{i:02d}")
        article = _n(f"article/a{i:02d}")
        triples = [
            ox.Triple(PERSON, RDF_TYPE, ox.NamedNode(JKG + "Person")),
            ox.Triple(PERSON, LABEL, ox.Literal("Trần Văn Luận", language="vi")),
            ox.Triple(event, RDF_TYPE, ox.NamedNode(JKG + "Event")),
            ox.Triple(event, LABEL, ox.Literal(f"Hội nghị số {i:02d}", language="vi")),
            ox.Triple(
                event,
                ox.NamedNode(SDO + "startDate"),
                ox.Literal(f"2020-{i + 1:02d}-10", datatype=ox.NamedNode(XSD_DATE)),
            ),
            ox.Triple(event, ox.NamedNode(SDO + "attendee"), PERSON),
            ox.Triple(part, ox.NamedNode(JKG + "participant"), PERSON),
            ox.Triple(part, ox.NamedNode(JKG + "atEvent"), event),
        ]
        # The first participation is stated by every article: many evidence sentences.
        for j in range(EVENTS if i == 0 else 1):
            ev = _n(f"evidence/a{j:02d}_{i}-{i + 9}")
            triples += [
                ox.Triple(part, ox.NamedNode(JKG + "evidence"), ev),
                ox.Triple(PERSON, ox.NamedNode(JKG + "evidence"), ev),
                ox.Triple(ev, ox.NamedNode(JKG + "inArticle"), _n(f"article/a{j:02d}")),
                ox.Triple(ev, ox.NamedNode(JKG + "quote"), ox.Literal(f"Câu {j} về hội nghị {i}.")),
            ]
        graphs[BASE + f"graph/a{i:02d}"] = triples
        graphs[BASE + f"graph/a{i:02d}"].append(
            ox.Triple(article, RDF_TYPE, ox.NamedNode(SDO + "NewsArticle"))
        )
    store = OxigraphStore("memory:")
    store.replace_graphs(graphs)
    return store


XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


@pytest.fixture(scope="module")
def app() -> Flask:
    return create_app({"TESTING": True, "STORE": _store(), "SETTINGS": Settings(store="memory:")})


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 5 rows; more than 5 rows is a large section; more than 3 values of one
    predicate are read in index order; more than 4 evidence sentences are counted."""
    specs = [dataclasses.replace(s, page_size=5) for s in sections.SECTIONS["person"]]
    monkeypatch.setitem(sections.SECTIONS, "person", specs)
    monkeypatch.setattr(sections, "ORDERED_UP_TO", 5)
    monkeypatch.setattr(windows, "SORTED_UP_TO", 3)
    monkeypatch.setattr(windows, "EXACT_EVIDENCE_UP_TO", 4)


def _events(html: str) -> list[str]:
    section = html.split('id="events_attended"', 1)[1].split("</section>", 1)[0]
    return re.findall(r"Hội nghị số (\d\d)", section)


def _page(app: Flask, page: int) -> tuple[str, str]:
    r = app.test_client().get(f"/page/person/{PERSON.value.rsplit('/', 1)[1]}?page={page}")
    assert r.status_code == 200
    return r.get_data(as_text=True), r.headers["Link"]


def test_large_section_pages_cover_every_row_once_with_a_total(
    app: Flask, small_pages: None
) -> None:
    seen: list[str] = []
    for page in (1, 2, 3):
        html, link = _page(app, page)
        rows = _events(html)
        assert rows == sorted(rows)  # sorted within the page
        seen += rows
        assert f"trên tổng số {EVENTS}" in html
        assert "chỉ được sắp xếp trong trang" in html  # the page says how it was read
        assert ('rel="next"' in link) == (page < 3)
    assert sorted(seen) == [f"{i:02d}" for i in range(EVENTS)]


def test_small_section_is_read_in_full_order(app: Flask) -> None:
    html, _link = _page(app, 1)
    assert _events(html) == [f"{i:02d}" for i in range(EVENTS)]  # by date, all on one page
    assert "chỉ được sắp xếp trong trang" not in html.split('id="properties"')[0]
    assert "và 10 nguồn khác" in html  # sources counted exactly: 12 articles, two quoted


def test_fact_with_many_sentences_counts_sentences(app: Flask, small_pages: None) -> None:
    html = "".join(_page(app, page)[0] for page in (1, 2, 3))
    assert "và 10 câu dẫn chứng khác" in html  # 12 sentences, two shown
    assert "nguồn khác" not in html.replace("và 10 câu dẫn chứng khác", "")


@pytest.mark.parametrize("incoming", [False, True])
@pytest.mark.parametrize("sorted_up_to", [3, 1000])
def test_statement_windows_cover_every_statement_once(
    app: Flask, monkeypatch: pytest.MonkeyPatch, incoming: bool, sorted_up_to: int
) -> None:
    monkeypatch.setattr(windows, "SORTED_UP_TO", sorted_up_to)
    state = app.extensions["justicekg"]
    pattern = "?x ?p <{}>" if incoming else "<{}> ?p ?x"
    everything = {
        (s["p"].value, s["x"].value)
        for s in state.store.query(f"SELECT ?p ?x WHERE {{ {pattern.format(PERSON.value)} }}")
    }
    got: list[tuple[str, str]] = []
    offset = 0
    while True:
        page = windows.statements(state, PERSON.value, incoming=incoming, offset=offset, size=7)
        assert page.total == len(everything)
        assert page.unsorted == (sorted_up_to == 3 and bool(page.rows))
        got += [(r["p"].value, r["x"].value) for r in page.rows]
        offset += 7
        if offset >= page.total:
            break
    assert len(got) == len(everything) and set(got) == everything


def test_large_predicates_come_last_so_page_one_has_the_rest(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(windows, "SORTED_UP_TO", 3)
    state = app.extensions["justicekg"]
    page = windows.statements(state, PERSON.value, incoming=False, offset=0, size=3)
    predicates = [r["p"].value for r in page.rows]
    assert predicates[0] != JKG + "evidence"  # type and label before 12 evidence links
    assert JKG + "evidence" in predicates
