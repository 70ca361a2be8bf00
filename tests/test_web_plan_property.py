"""Property: the endpoint's decisions about a text are the ones Oxigraph's reading implies.

Queries and updates are generated from pieces whose meaning is known by construction:
``SERVICE``/``LOAD`` that is *live* (after a comment that ends at ``\\r`` or ``\\r\\n``, after
an IRI or string holding ``\\u`` escapes, ``#``, quotes, after a long string) or *dead*
(inside a comment that runs to ``\\n``, a short or long string, an IRI), nested in groups,
``OPTIONAL`` and ``UNION``. For every text:

* Oxigraph itself (run directly, SERVICE pointed at a loopback listener) agrees with the
  construction: the listener is reached exactly when a SERVICE/LOAD is live;
* the endpoint refuses it (400) exactly when it is live, answers it otherwise, and the
  listener never sees a connection from the endpoint;
* the plan's form is the form of Oxigraph's result, and a lookup with a trap is a lookup
  exactly when the trap hides the extra pattern.

Bounded: about 160 generated texts (a few seconds) in the fast suite; the ``slow`` suite runs
the query and update properties again on 1,000 texts each.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from loopback import Listener, loopback

from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app
from justicekg.web.plan import plan_query

TOKEN = "s3cret"
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Filler that may sit in comments and strings: SPARQL punctuation, keywords, quotes.
_JUNK = st.lists(
    st.sampled_from([*" abc{}<>#.;:?'\"\\", " SERVICE ", " LOAD ", "\\u0022", '"""']),
    max_size=8,
).map("".join)


def _safe(text: str, *, forbid: str) -> str:
    """``text`` without the characters that would end its container early."""
    return "".join(c for c in text if c not in forbid)


@dataclass(frozen=True)
class Piece:
    text: str
    live: bool  # holds a SERVICE that Oxigraph evaluates


@st.composite
def pieces(draw: st.DrawFn, url: str, counter: list[int]) -> Piece:
    counter[0] += 1
    v = f"?v{counter[0]}"
    service = f"SERVICE <{url}> {{ ?a{counter[0]} ?b ?c }}"
    junk = draw(_JUNK)
    kind = draw(
        st.sampled_from(
            [
                "bare",
                "dead_comment",
                "dead_string",
                "dead_long",
                "dead_iri",
                "live_cr",
                "live_crlf",
                "live_u_iri",
                "live_u_string",
                "live_long",
                "live_echar",
                "plain",
            ]
        )
    )
    if kind == "bare":
        return Piece(service, True)
    if kind == "dead_comment":
        return Piece(f"# {_safe(junk, forbid=chr(10) + chr(13))} {service}\n", False)
    if kind == "dead_string":
        body = _safe(junk, forbid='"\\' + chr(10) + chr(13))
        return Piece(f'BIND("{body} {service} \\u0022#" AS {v})', False)
    if kind == "dead_long":
        body = _safe(junk, forbid='"\\')
        return Piece(f'BIND("""{body}\r\n{service} " ""x""" AS {v})', False)
    if kind == "dead_iri":
        return Piece(f"BIND(<x:\\u0041SERVICE#{counter[0]}> AS {v})", False)
    prefix = {
        "live_cr": f"# {_safe(junk, forbid=chr(10) + chr(13))}\r",
        "live_crlf": f"# {_safe(junk, forbid=chr(10) + chr(13))}\r\n",
        "live_u_iri": f"BIND(<x:\\u0041#> AS {v}) ",
        "live_u_string": f'BIND("\\u0022#" AS {v}) ',
        "live_long": f'BIND("""a"b""\r#""" AS {v}) ',
        "live_echar": f"BIND('\\'#' AS {v}) ",
        "plain": "",
    }[kind]
    if kind == "plain":
        return Piece(f"BIND({counter[0]} AS {v})", False)
    return Piece(prefix + service + "\n", True)


@st.composite
def groups(draw: st.DrawFn, url: str, counter: list[int], depth: int = 0) -> Piece:
    parts = draw(st.lists(pieces(url, counter), min_size=1, max_size=3))
    if depth < 2 and draw(st.booleans()):
        parts.append(draw(groups(url, counter, depth + 1)))
    text = " ".join(p.text for p in parts)
    live = any(p.live for p in parts)
    wrap = draw(st.sampled_from(["{ %s }", "OPTIONAL { %s }", "{ } UNION { %s }", "%s"]))
    return Piece(wrap % text, live)


@st.composite
def queries(draw: st.DrawFn, url: str) -> tuple[str, bool, str, str]:
    body = draw(groups(url, [0]))
    form = draw(st.sampled_from(["select", "ask", "graph"]))
    head = {
        "select": "SELECT *",
        "ask": "ASK",
        "graph": "CONSTRUCT { <x:s> <x:p> <x:o> } WHERE",
    }[form]
    # The oracle runs the body as a SELECT: ASK may stop at the first row, before a SERVICE.
    return f"{head} {{ {body.text} }}", body.live, form, f"SELECT * {{ {body.text} }}"


@pytest.fixture
def listener() -> Iterator[Listener]:
    with loopback() as server:
        yield server


@pytest.fixture
def app() -> Flask:
    store = OxigraphStore("memory:")
    store.update("INSERT DATA { GRAPH <urn:g> { <x:a> <x:p> 1 } }")
    return create_app(
        {"TESTING": True, "STORE": store, "STORE_URL": "memory:", "UPDATE_TOKEN": TOKEN}
    )


def _form_of(store: ox.Store, text: str) -> str:
    result = store.query(text)
    try:
        if isinstance(result, ox.QueryBoolean):
            return "ask"
        return "select" if isinstance(result, ox.QuerySolutions) else "graph"
    finally:
        del result  # pyoxigraph results must be freed on the thread that made them


def _oxigraph_reaches(listener: Listener, run: object) -> bool:
    before = listener.connections
    try:
        run()  # type: ignore[operator]
    except (OSError, RuntimeError, SyntaxError, ValueError):
        pass
    return listener.connections > before


@given(data=st.data())
@SETTINGS
def test_query_decisions_follow_oxigraph(
    app: Flask, listener: Listener, data: st.DataObject
) -> None:
    text, live, form, select = data.draw(queries(listener.url))
    oracle = ox.Store()

    def run() -> None:
        result = oracle.query(select)
        try:
            list(result)  # type: ignore[arg-type]
        finally:
            del result  # pyoxigraph results must be freed on the thread that made them

    reached = _oxigraph_reaches(listener, run)
    assert reached == live, ("the construction is wrong", text, listener.connections)
    if not live:
        expected = _form_of(oracle, text)
        assert expected == form and plan_query(text).form == form, text
    client = app.test_client()
    before = listener.connections
    r = client.get("/sparql?query=" + quote(text))
    assert listener.connections == before, ("the endpoint reached the listener", text, r.data)
    assert r.status_code == (400 if live else 200), (text, r.status_code, r.data)


@st.composite
def lookups(draw: st.DrawFn) -> tuple[str, bool]:
    junk = _safe(draw(_JUNK), forbid=chr(10) + chr(13))
    trap = draw(st.sampled_from(["cr", "crlf", "lf", "string", "none"]))
    extra = ". ?s ?p ?x . ?y ?z ?w"
    text, lookup = {
        "cr": (f"#{junk}\r{extra}\n", False),
        "crlf": (f"#{junk}\r\n{extra}\n", False),
        "lf": (f"#{junk}{extra}\n", True),
        "string": ("", True),
        "none": (extra, False),
    }[trap]
    head = draw(st.sampled_from(["SELECT ?o", "SELECT *", "ASK"]))
    obj = '"a\\u0022#b"' if trap == "string" else "?o"
    return f"{head} {{ <x:a> <x:p> {obj} {text} }}", lookup


@given(case=lookups())
@SETTINGS
def test_lookup_decisions_follow_the_text(case: tuple[str, bool]) -> None:
    text, lookup = case
    _form_of(ox.Store(), text)  # Oxigraph parses it
    assert plan_query(text).lookup == lookup, text


@st.composite
def updates(draw: st.DrawFn, url: str) -> tuple[str, bool]:
    body = draw(groups(url, [0]))
    text = f"INSERT {{ GRAPH <urn:u> {{ <x:s> <x:p> <x:o> }} }} WHERE {{ {body.text} }}"
    live = body.live
    load = draw(st.sampled_from(["none", "dead", "cr", "crlf", "bare"]))
    junk = _safe(draw(_JUNK), forbid=chr(10) + chr(13))
    statement = f"LOAD <{url}> INTO GRAPH <urn:l>"
    if load == "dead":
        text += f" ;\n# {junk} {statement}\n"
    elif load in ("cr", "crlf", "bare"):
        sep = {"cr": f"# {junk}\r", "crlf": f"# {junk}\r\n", "bare": ""}[load]
        text = f"{sep}{statement} ;\n{text}"
        live = True
    return text, live


@given(data=st.data())
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_update_decisions_follow_oxigraph(
    app: Flask, listener: Listener, data: st.DataObject
) -> None:
    text, live = data.draw(updates(listener.url))
    oracle = ox.Store()
    assert _oxigraph_reaches(listener, lambda: oracle.update(text)) == live, text
    client = app.test_client()
    before = listener.connections
    r = client.post(
        "/update",
        data=text.encode(),
        content_type="application/sparql-update",
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert listener.connections == before, text
    assert r.status_code == (400 if live else 204), (text, r.data)


_MANY = settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.slow
@given(data=st.data())
@_MANY
def test_many_query_decisions_follow_oxigraph(
    app: Flask, listener: Listener, data: st.DataObject
) -> None:
    test_query_decisions_follow_oxigraph.hypothesis.inner_test(app, listener, data)


@pytest.mark.slow
@given(data=st.data())
@_MANY
def test_many_update_decisions_follow_oxigraph(
    app: Flask, listener: Listener, data: st.DataObject
) -> None:
    test_update_decisions_follow_oxigraph.hypothesis.inner_test(app, listener, data)
