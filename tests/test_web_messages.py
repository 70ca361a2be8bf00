"""The web layer's own error messages (protocol errors, hints, JSON error bodies, plain-text
answers) come from the message catalogue: Vietnamese by default, English on request.

The guard scans the AST of ``src/justicekg/web``: a string literal holding a letter, written
into the arguments of an error (a call to a class ending in ``Error``), of ``abort``,
``error_response`` or a 4xx/5xx ``Response``, or under the ``"error"`` key of a JSON body,
must sit inside a catalogue lookup (``Message``, ``translate``, ``gettext``), where it is a
key or a value, never the text a person reads.
"""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from justicekg.catalogue import Message, gettext
from justicekg.config import PROJECT_ROOT
from justicekg.errors import QueryTimeoutError
from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app
from justicekg.web.errors import describe
from tests.literal_guard import call_name, literals

WEB = PROJECT_ROOT / "src" / "justicekg" / "web"
LOOKUPS = {"Message", "translate", "gettext"}
ERROR_CALLS = {"abort", "error_response"}
#: Internal errors no person reads: a can't-happen assertion, and the disk search index's
#: "file gone" signal, which is caught and retried inside search_disk.
INTERNAL = {"AssertionError", "IndexGoneError"}
#: Keywords that carry a location or a media type, not prose.
NOT_PROSE = {"where", "content_type", "mimetype", "status", "headers"}


def _literals(node: ast.AST) -> list[ast.Constant]:
    """String literals with a letter under ``node``, not inside a catalogue lookup."""
    return literals(node, skip=lambda call: call_name(call.func) in LOOKUPS)


def _is_error_response(call: ast.Call) -> bool:
    for kw in call.keywords:
        if kw.arg == "status" and isinstance(kw.value, ast.Constant):
            return isinstance(kw.value.value, int) and kw.value.value >= 400
    return False


def english_literals(source: str) -> list[tuple[int, str]]:
    """``(line, text)`` of every literal a person would read that bypasses the catalogue."""
    found: list[ast.AST] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = call_name(node.func)
            if (
                (name.endswith("Error") and name not in INTERNAL)
                or name in ERROR_CALLS
                or (name == "Response" and _is_error_response(node))
            ):
                args = [*node.args, *(k.value for k in node.keywords if k.arg not in NOT_PROSE)]
                for arg in args:
                    found += _literals(arg)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "error":
                    found += _literals(value)
    return sorted((n.lineno, str(getattr(n, "value", ""))) for n in found)  # type: ignore[attr-defined]


def test_the_guard_catches_english_literals() -> None:
    """The check itself can fail: each of these bypasses the catalogue."""
    bad = (
        'raise BadRequestError("limit must be a number")\n'
        'raise NotFoundError(f"no entity {iri}", hint="try /search")\n'
        'raise QueryError(Message("error_query_failed"), hint="retry")\n'
        'return jsonify({"error": f"unknown analysis {name!r}"}), 404\n'
        'return Response("give ?iri=", status=400)\n'
        'abort(404, "nothing here")\n'
    )
    assert [line for line, _ in english_literals(bad)] == [1, 2, 2, 3, 4, 5, 6]
    good = (
        'raise BadRequestError(Message("error_limit_number"))\n'
        'raise NotFoundError(Message("error_no_entity", name=iri), where=iri)\n'
        'return jsonify({"error": translate("error_give_iri")}), 400\n'
        'return Response(body, content_type="text/plain", status=200)\n'
    )
    assert english_literals(good) == []


@pytest.mark.parametrize("path", sorted(WEB.glob("*.py")), ids=lambda p: p.name)
def test_web_errors_hold_no_literal_text(path: Path) -> None:
    found = english_literals(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: literal text bypasses the catalogue: {found}"


def test_a_message_survives_pickling_and_renders_in_both_languages() -> None:
    """Errors raised in a query worker process cross a pipe; the key travels with them."""
    error = pickle.loads(pickle.dumps(QueryTimeoutError(Message("error_query_timeout", seconds=2))))
    assert describe(error, "en") == "the query ran longer than 2 s and was stopped"
    assert describe(error, "vi") == "truy vấn chạy quá 2 giây và đã bị dừng"


@pytest.fixture
def app() -> Flask:
    return create_app(
        {
            "TESTING": True,
            "STORE": OxigraphStore("memory:"),
            "STORE_URL": "memory:",
            "UPDATE_TOKEN": "s3cret",
        }
    )


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


EN = {"Accept-Language": "en"}


def test_bearer_token_message_is_vietnamese_by_default_english_on_request(
    client: FlaskClient,
) -> None:
    vi = client.post("/update", data="CLEAR ALL", content_type="application/sparql-update")
    en = client.post(
        "/update", data="CLEAR ALL", content_type="application/sparql-update", headers=EN
    )
    assert vi.status_code == en.status_code == 401
    assert vi.headers["WWW-Authenticate"] == en.headers["WWW-Authenticate"]
    assert vi.get_data(as_text=True).strip() == gettext("error_bearer_required", "vi")
    assert "bearer token hợp lệ" in vi.get_data(as_text=True)
    assert en.get_data(as_text=True).strip() == (
        "a valid bearer token is required for SPARQL Update"
    )


def test_form_update_count_message_in_both_languages(client: FlaskClient) -> None:
    auth = {"Authorization": "Bearer s3cret"}
    form = {"update": ["CLEAR ALL", "CLEAR ALL"]}
    vi = client.post("/update", data=form, headers=auth)
    en = client.post("/update", data=form, headers={**auth, **EN})
    assert vi.status_code == en.status_code == 400
    assert vi.get_data(as_text=True).strip() == "biểu mẫu cần đúng một tham số 'update'"
    assert en.get_data(as_text=True).strip() == "the form needs exactly one 'update' parameter"


def test_hint_label_and_syntax_error_follow_the_language(client: FlaskClient) -> None:
    vi = client.get("/sparql", query_string={"query": "SELECT * WHERE {"})
    en = client.get("/sparql", query_string={"query": "SELECT * WHERE {"}, headers=EN)
    assert vi.status_code == en.status_code == 400
    assert vi.get_data(as_text=True).startswith("SPARQL query sai cú pháp")
    assert "(gợi ý: hãy kiểm tra cú pháp" in vi.get_data(as_text=True)
    assert en.get_data(as_text=True).startswith("malformed SPARQL query")
    assert "(hint: check the syntax" in en.get_data(as_text=True)


def test_json_error_body_and_plain_text_answers_follow_the_language(client: FlaskClient) -> None:
    vi = client.get("/api/graph/nonsense")
    en = client.get("/api/graph/nonsense", headers=EN)
    assert vi.status_code == en.status_code == 404
    assert vi.json == {"error": "phép phân tích không rõ 'nonsense'"}
    assert en.json == {"error": "unknown analysis 'nonsense'"}
    svg_vi = client.get("/api/graph/neighbourhood.svg")
    svg_en = client.get("/api/graph/neighbourhood.svg?lang=en")
    assert svg_vi.status_code == svg_en.status_code == 400
    assert svg_vi.get_data(as_text=True) == "hãy cho ?iri=…"
    assert svg_en.get_data(as_text=True) == "give ?iri=…"


def test_body_limit_answers_in_the_request_language() -> None:
    app = create_app({"TESTING": True, "STORE": OxigraphStore("memory:"), "STORE_URL": "memory:"})
    client = app.test_client()
    big = "x" * (app.extensions["justicekg"].settings.max_body_bytes + 1)
    vi = client.post("/sparql", data={"query": big})
    en = client.post("/sparql", data={"query": big}, headers=EN)
    assert vi.status_code == en.status_code == 413
    assert "nội dung yêu cầu lớn hơn" in vi.get_data(as_text=True)
    assert "the request body is larger" in en.get_data(as_text=True)


def test_an_update_the_engine_refuses_is_shown_in_the_request_language(
    client: FlaskClient,
) -> None:
    """The checker reads it; Oxigraph refuses it (a blank node shared by two blocks)."""
    update = "INSERT DATA { <urn:s> <urn:p> _:b } ; INSERT DATA { <urn:s> <urn:p> _:b }"
    auth = {"Authorization": "Bearer s3cret"}
    kind = "application/sparql-update"
    vi = client.post("/update", data=update, content_type=kind, headers=auth)
    en = client.post("/update", data=update, content_type=kind, headers={**auth, **EN})
    assert vi.status_code == en.status_code == 400
    assert vi.get_data(as_text=True).startswith("SPARQL update sai cú pháp: ")
    assert en.get_data(as_text=True).startswith("malformed SPARQL update: ")
    assert "_:b" in vi.get_data(as_text=True) and "_:b" in en.get_data(as_text=True)
