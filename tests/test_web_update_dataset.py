"""``/update`` and the SPARQL 1.1 Protocol's update dataset: ``using-graph-uri``,
``using-named-graph-uri``, their conflict with ``USING``/``WITH``, and the service's base IRI
(the W3C protocol tests ``update_dataset_*``, ``bad_update_dataset_conflict`` and
``update_base_uri``); and SERVICE inside an update is refused."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from loopback import loopback
from werkzeug.test import TestResponse

from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app
from justicekg.web.plan import plan_update
from justicekg.web.update_dataset import where_positions

AUTH = {"Authorization": "Bearer s3cret"}
SEED = "INSERT DATA { GRAPH <urn:g1> { <urn:a> <urn:p> 1 } GRAPH <urn:g2> { <urn:b> <urn:p> 2 } }"


@pytest.fixture
def app() -> Flask:
    return create_app(
        {
            "TESTING": True,
            "STORE": OxigraphStore("memory:"),
            "STORE_URL": "memory:",
            "UPDATE_TOKEN": "s3cret",
            "BASE_IRI": "https://kg.example/",
        }
    )


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    c = app.test_client()
    assert _update(c, SEED).status_code == 204
    return c


def _update(client: FlaskClient, text: str, params: str = "") -> TestResponse:
    return client.post(
        "/update" + params,
        data=text.encode("utf-8"),
        content_type="application/sparql-update",
        headers=AUTH,
    )


def _subjects(client: FlaskClient, graph: str) -> set[str]:
    query = f"SELECT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    r = client.get("/sparql?query=" + quote(query), headers={"Accept": "application/json"})
    return {b["s"]["value"] for b in r.json["results"]["bindings"]}


COPY = "INSERT { GRAPH <urn:out> { ?s <urn:seen> 1 } } WHERE { ?s <urn:p> ?o }"
COPY_NAMED = "INSERT { GRAPH <urn:out> { ?s <urn:seen> 1 } } WHERE { GRAPH ?g { ?s <urn:p> ?o } }"


def test_using_graph_uri_is_the_where_default_graph(client: FlaskClient) -> None:
    r = _update(client, COPY, "?using-graph-uri=" + quote("urn:g1", safe=""))
    assert r.status_code == 204, r.data
    assert _subjects(client, "urn:out") == {"urn:a"}  # not urn:b: g2 is outside the dataset


def test_using_named_graph_uri_limits_graph_patterns(client: FlaskClient) -> None:
    r = _update(client, COPY_NAMED, "?using-named-graph-uri=" + quote("urn:g2", safe=""))
    assert r.status_code == 204, r.data
    assert _subjects(client, "urn:out") == {"urn:b"}


def test_dataset_parameters_in_a_form_body(client: FlaskClient) -> None:
    r = client.post("/update", data={"update": COPY, "using-graph-uri": "urn:g2"}, headers=AUTH)
    assert r.status_code == 204, r.data
    assert _subjects(client, "urn:out") == {"urn:b"}


def test_every_operation_gets_the_dataset(client: FlaskClient) -> None:
    two = (
        "PREFIX u: <urn:> # WHERE in a comment\n"
        'INSERT { GRAPH u:out { ?s u:seen "WHERE" } } WHERE { { SELECT ?s WHERE { ?s u:p ?o } } } ;'
        "DELETE { GRAPH u:out { ?s u:seen ?x } } WHERE { GRAPH u:out { ?s u:seen ?x } } ;\n"
        "INSERT { GRAPH u:out2 { ?s u:seen 2 } } where { ?s u:p ?o }"
    )
    r = _update(client, two, "?using-graph-uri=urn:g1&using-named-graph-uri=urn:out")
    assert r.status_code == 204, r.data
    assert _subjects(client, "urn:out") == set()  # inserted from g1, then deleted through u:out
    assert _subjects(client, "urn:out2") == {"urn:a"}


@pytest.mark.parametrize(
    "text",
    [
        "WITH <urn:g1> " + COPY.replace("GRAPH <urn:out> { ?s <urn:seen> 1 }", "?s <urn:seen> 1"),
        COPY.replace("WHERE", "USING <urn:g2> WHERE"),
        COPY.replace("WHERE", "USING NAMED <urn:g2> WHERE"),
    ],
)
def test_parameters_and_own_dataset_conflict(client: FlaskClient, text: str) -> None:
    r = _update(client, text, "?using-named-graph-uri=urn:g1")
    assert r.status_code == 400, r.data
    assert "using-graph-uri" in r.get_data(as_text=True)
    assert _subjects(client, "urn:out") == set() and _subjects(client, "urn:g1") == {"urn:a"}


def test_delete_where_with_parameters_is_refused(client: FlaskClient) -> None:
    r = _update(client, "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", "?using-graph-uri=urn:g1")
    assert r.status_code == 400
    assert _subjects(client, "urn:g1") == {"urn:a"}


def test_relative_dataset_iri_is_refused(client: FlaskClient) -> None:
    r = _update(client, COPY, "?using-graph-uri=g1")
    assert r.status_code == 400
    assert "using-graph-uri" in r.get_data(as_text=True)


def test_messages_are_vietnamese_first(client: FlaskClient) -> None:
    text = COPY.replace("WHERE", "USING <urn:g2> WHERE")
    vi = _update(client, text, "?using-graph-uri=urn:g1").get_data(as_text=True)
    en = _update(client, text, "?using-graph-uri=urn:g1&lang=en").get_data(as_text=True)
    assert "không được dùng" in vi and "cannot be given" in en


def test_relative_iris_resolve_against_base_iri(client: FlaskClient) -> None:
    r = _update(client, "INSERT DATA { GRAPH <urn:b> { <urn:s> <urn:p> <test> } }")
    assert r.status_code == 204, r.data
    query = "SELECT ?o WHERE { GRAPH <urn:b> { ?s ?p ?o } }"
    got = client.get("/sparql?query=" + quote(query), headers={"Accept": "application/json"})
    value = got.json["results"]["bindings"][0]["o"]["value"]
    assert value == "https://kg.example/test"  # base_iri, not the Host header
    r = _update(
        client, "BASE <http://other.example/> INSERT DATA { GRAPH <urn:c> { <urn:s> <urn:p> <x> } }"
    )
    assert r.status_code == 204 and _subjects(client, "urn:c") == {"urn:s"}
    query = "ASK { GRAPH <urn:c> { ?s ?p <http://other.example/x> } }"
    assert client.get("/sparql?query=" + quote(query)).json["boolean"] is True


def test_service_inside_an_update_is_refused(client: FlaskClient) -> None:
    with loopback() as listener:
        remote = f"SERVICE <{listener.url}> {{ ?s ?p ?o }}"
        text = f"INSERT {{ GRAPH <urn:out> {{ ?s ?p ?o }} }} WHERE {{ {remote} }}"
        for params in ("", "?using-graph-uri=urn:g1"):
            r = _update(client, text, params)
            assert r.status_code == 400 and "SERVICE" in r.get_data(as_text=True), r.data
        assert listener.connections == 0
    assert _subjects(client, "urn:out") == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("INSERT DATA { <x:a> <x:b> 1 }", 0),
        ("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", 1),
        (
            "INSERT { ?s <x:w> 'WHERE' } WHERE { ?s ?p ?o } ; INSERT { ?s ?p 1 } WhErE { ?s ?p 1 }",
            2,
        ),
        ('INSERT { ?s <x:w> """}WHERE{""" } WHERE { FILTER(?a < 3) }', 1),
        ("PREFIX wh: <x:> INSERT { ?s ?p wh:WHERE } WHERE { ?s ?p <x:where#1> }", 1),
        ("PREFIX wh: <x:> INSERT { ?s ?p 1 } USING wh:WHERE WHERE { ?s ?p 2 }", 1),
    ],
)
def test_where_positions_skip_strings_iris_and_braces(text: str, count: int) -> None:
    positions = where_positions(text)
    assert len(positions) == count
    assert all(text[p : p + 5].upper() == "WHERE" for p in positions)
    assert len(positions) == plan_update(text).operations.count("Modify")


def test_update_endpoint_still_requires_the_token(app: Flask) -> None:
    c = app.test_client()
    for headers in ({}, {"Authorization": "Basic s3cret"}, {"Authorization": "Bearer s3cre"}):
        r = c.post(
            "/update?using-graph-uri=urn:g1",
            data=COPY,
            content_type="application/sparql-update",
            headers=headers,
        )
        assert r.status_code == 401


def test_delete_only_modify_is_judged_and_runs(client: FlaskClient) -> None:
    """A DELETE … WHERE with no INSERT writes no offsets: it runs (it was refused as unjudged)."""
    text = "DELETE { GRAPH <urn:g1> { ?s ?p ?o } } WHERE { GRAPH <urn:g1> { ?s ?p ?o } }"
    assert plan_update(text).unjudged == ""
    r = _update(client, text)
    assert r.status_code == 204, r.data
    assert _subjects(client, "urn:g1") == set() and _subjects(client, "urn:g2") == {"urn:b"}


#: ``\'`` and ``\#`` are escapes of prefixed names, not a string and a comment: the only
#: top-level WHERE is the second line's (the third line's is in a string). Before, the dataset
#: went into that string and the update ran on the whole store.
ESCAPES = """PREFIX ex: <urn:ex:>
INSERT { GRAPH <urn:out> { ?s <urn:seen> ex:o\\# } } WHERE {
?s <urn:p> ?o . FILTER(?s != ex:a\\' || STR(?o) != ' } } WHERE { ')
}"""


def test_escapes_in_prefixed_names_start_no_string_or_comment(client: FlaskClient) -> None:
    assert where_positions(ESCAPES) == [ESCAPES.index("WHERE {\n")]
    r = _update(client, ESCAPES, "?using-graph-uri=urn:g1")
    assert r.status_code == 204, r.data
    assert _subjects(client, "urn:out") == {"urn:a"}  # g1's only; not urn:b of g2


@pytest.mark.parametrize(
    "text",
    [
        "PREFIX ex: <urn:> INSERT { ?s ?p ex:a\\,WHERE } WHERE { ?s ?p ?o }",
        "PREFIX ex: <urn:> INSERT { ?s ?p ex:a·WHERE } WHERE { ?s ?p ?o }",
        "PREFIX ex: <urn:> INSERT { ?s ?p 1 } USING ex:a\\-WHERE WHERE { ?s ?p ?o }",
    ],
)
def test_where_inside_a_prefixed_name_is_no_keyword(text: str) -> None:
    assert where_positions(text) == [text.rindex("WHERE")]


def test_a_dataset_that_lands_in_the_wrong_place_is_refused(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scanner is no parser: whatever it gets wrong, the rewritten update is parsed again
    and runs only if each operation has exactly the requested dataset."""
    from justicekg.web import update_dataset

    text = "INSERT { GRAPH <urn:out> { ?s <urn:seen> 'at WHERE' } } WHERE { ?s <urn:p> ?o }"
    monkeypatch.setattr(update_dataset, "where_positions", lambda t: [t.index("WHERE'")])
    for lang, words in (("vi", "không mang đúng tập dữ liệu"), ("en", "exactly the requested")):
        r = _update(client, text, f"?using-graph-uri=urn:g1&lang={lang}")
        assert r.status_code == 400, r.data
        assert words in r.get_data(as_text=True)
    assert _subjects(client, "urn:out") == set()


def test_service_in_the_rewritten_update_is_refused(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SERVICE is looked for again in the text that runs, after the dataset went in."""
    from justicekg.web import sparql, update_dataset

    with loopback() as listener:
        remote = f"SERVICE <{listener.url}> {{ ?s ?p ?o }}"

        def rewrite(text: str, plan: object, using: list[str], named: list[str]) -> str:
            done = update_dataset.apply_dataset(text, plan, using, named)  # type: ignore[arg-type]
            return done.replace("?s <urn:p> ?o", remote)  # as if a string had been misread

        monkeypatch.setattr(sparql, "apply_dataset", rewrite)
        r = _update(client, COPY, "?using-graph-uri=urn:g1")
        assert r.status_code == 400 and "SERVICE" in r.get_data(as_text=True), r.data
        assert listener.connections == 0
    assert _subjects(client, "urn:out") == set()
