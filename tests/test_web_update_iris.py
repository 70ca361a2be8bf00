"""The offset check of ``/update`` reads IRIs as Oxigraph stores them
(:mod:`justicekg.web.update_iris`): relative IRIs and a relative ``BASE`` against the
service's base, and the escapes of prefixed names (``j:\\#startOffset``). Before, each bad
offset below was stored (204)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from store_snapshots import snapshot
from werkzeug.test import TestResponse

from justicekg.namespaces import JKG
from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app
from justicekg.web.update_iris import resolve

BASE = "https://w3id.org/justicekg/"  # the default base_iri: <ontology#startOffset> is jkg's
ONTOLOGY = str(JKG.startOffset).split("#")[0]

#: Updates that write a bad offset through an IRI rdflib alone would not read as jkg's, and the
#: value the refusal shows.
SNEAKY = [
    pytest.param(
        'INSERT DATA { GRAPH <urn:x> { <urn:e1> <ontology#startOffset> "abc" } }',
        '"abc"',
        id="relative-iri",
    ),
    pytest.param(
        'INSERT { GRAPH <urn:x> { <urn:e2> <ontology#endOffset> "-5" } } WHERE {}',
        '"-5"',
        id="relative-iri-template",
    ),
    pytest.param(
        'PREFIX j: <ontology#> INSERT DATA { GRAPH <urn:x> { <urn:e4> j:startOffset "qq" } }',
        '"qq"',
        id="relative-prefix",
    ),
    pytest.param(
        'BASE <ontology> INSERT DATA { GRAPH <urn:x> { <urn:e30> <#startOffset> "relbase" } }',
        '"relbase"',
        id="relative-base",
    ),
    pytest.param(
        'BASE <ontology> INSERT DATA { GRAPH <urn:x> { <urn:e31> <urn:p> "x" } } ;'
        ' INSERT DATA { GRAPH <urn:x> { <urn:e31> <#endOffset> "carried" } }',
        '"carried"',
        id="base-carried-to-the-next-operation",
    ),
    pytest.param(
        "BASE <https://w3id.org/other/> INSERT DATA { GRAPH <urn:x>"
        ' { <urn:e32> <//w3id.org/justicekg/ontology#endOffset> "np" } }',
        '"np"',
        id="network-path",
    ),
    pytest.param(
        f"PREFIX j: <{ONTOLOGY}> INSERT DATA {{ GRAPH <urn:x> {{ <urn:e20> j:\\#startOffset"
        ' "pnesc" } }',
        '"pnesc"',
        id="escape-in-prefixed-name",
    ),
    pytest.param(
        "PREFIX j: <./> BASE <https://w3id.org/a/>"
        " INSERT { GRAPH <urn:x> { <urn:e21> ?p ?o } }"
        ' WHERE { VALUES (?p ?o) { (j:ontology\\#endOffset "esc-values") } }',
        '"esc-values"',
        id="escape-in-values",
    ),
]


@pytest.fixture
def web() -> tuple[FlaskClient, OxigraphStore]:
    store = OxigraphStore("memory:")
    app = create_app(
        {"TESTING": True, "STORE": store, "STORE_URL": "memory:", "UPDATE_TOKEN": "s3cret"}
    )
    return app.test_client(), store


def _update(client: FlaskClient, text: str, lang: str = "vi") -> TestResponse:
    return client.post(
        "/update",
        data={"update": text},
        headers={"Authorization": "Bearer s3cret", "Accept-Language": lang},
    )


@pytest.mark.parametrize("text,shown", SNEAKY)
def test_update_judges_offsets_with_the_iris_oxigraph_stores(
    web: tuple[FlaskClient, OxigraphStore], text: str, shown: str
) -> None:
    client, store = web
    before = snapshot(store)
    r = _update(client, text)
    body = r.get_data(as_text=True)
    assert r.status_code == 400, body
    assert body.startswith("bản cập nhật sẽ ghi vị trí bằng chứng"), body  # Vietnamese first
    assert shown in body and "Offset" in body
    english = _update(client, text, "en")
    assert english.status_code == 400
    assert english.get_data(as_text=True).startswith("the update would store evidence offsets")
    assert snapshot(store) == before


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { GRAPH <urn:x> { <urn:e> <ontology#startOffset> 17 } }",
        f"PREFIX j: <{ONTOLOGY}> INSERT DATA {{ GRAPH <urn:x> {{ <urn:e> j:\\#startOffset 17 }} }}",
        "BASE <ontology> INSERT DATA { GRAPH <urn:x> { <urn:e> <#startOffset> 17 } }",
    ],
)
def test_a_valid_offset_written_so_is_stored_as_jkg(
    web: tuple[FlaskClient, OxigraphStore], text: str
) -> None:
    client, store = web
    r = _update(client, text)
    assert r.status_code == 204, r.get_data(as_text=True)
    query = f"SELECT ?o WHERE {{ GRAPH <urn:x> {{ <urn:e> <{JKG.startOffset}> ?o }} }}"
    assert [row[0].value for row in store.query(query)] == ["17"]  # type: ignore[index, union-attr]


def test_syntax_errors_point_into_the_clients_own_text(
    web: tuple[FlaskClient, OxigraphStore],
) -> None:
    """The service's BASE in front of the text does not move the reported column."""
    client, _ = web
    body = _update(client, "INSERT DATA { <urn:a> <urn:b> }", "en").get_data(as_text=True)
    assert "line 1, column 1:" in body, body  # not column 19 of the text with the BASE


@pytest.mark.parametrize("base", [BASE, "urn:a:b/c", "https://w3id.org/a/b?q#f", "file:///x/y"])
def test_resolve_matches_what_oxigraph_stores(base: str) -> None:
    refs = ["ontology#x", "../y", "./z/../w", "//host/p", "?q", "#f", "", "a:b", "/abs"]
    resolved = resolve(refs, base)
    store = ox.Store()
    triples = " ".join(f"<urn:s{i}> <urn:p> <{ref}> ." for i, ref in enumerate(refs))
    store.update(f"BASE <{base}> INSERT DATA {{ {triples} }}")
    stored = {q.subject.value: q.object.value for q in store}  # type: ignore[union-attr]
    assert resolved == [stored[f"urn:s{i}"] for i in range(len(refs))]
