"""A lean WSGI path for plain SPARQL query requests (the endpoint's hot path).

Flask's per-request machinery (context push, URL matching, ``Request`` parsing, error
handlers, ``after_request``) costs more than a cheap query itself. :class:`SparqlFastPath`
answers ``GET /sparql?query=…`` and ``POST /sparql`` (form or ``application/sparql-query``)
directly with the same :func:`~justicekg.web.sparql.prepare_job` and
:func:`~justicekg.web.sparql.result_response` the Flask view uses. Anything unusual (no
query, an update, a bad parameter, an unacceptable Accept, HEAD, a large body) is handed,
untouched, to the Flask app, so every protocol error is still produced by its one error
handler. Errors *during* evaluation (syntax, timeout) are mapped with the same
:func:`~justicekg.web.errors.status_of` table.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs

from flask import Flask, Response

from justicekg.errors import JusticeKGError
from justicekg.web.errors import describe, status_of
from justicekg.web.i18n import language_of
from justicekg.web.sparql import FORM, QUERY, answer, prepare_job, result_parts, takes_partial
from justicekg.web.state import WebState

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

CORS = [
    ("Access-Control-Allow-Origin", "*"),
    (
        "Access-Control-Expose-Headers",
        "Link, ETag, Last-Modified, X-JusticeKG-Rows, X-JusticeKG-Truncated, Warning",
    ),
]


class SparqlFastPath:
    """WSGI middleware in front of the Flask app for ``/sparql`` query requests."""

    def __init__(self, wsgi_app: WSGIApp, app: Flask) -> None:
        self.wsgi_app = wsgi_app
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ.get("PATH_INFO") != "/sparql" or environ.get("SCRIPT_NAME"):
            return self.wsgi_app(environ, start_response)
        try:
            parsed = self._parse(environ)
        except (ValueError, UnicodeDecodeError):
            parsed = None
        if parsed is None:
            return self.wsgi_app(environ, start_response)
        query, params = parsed
        state: WebState = self.app.extensions["justicekg"]
        try:
            job, timeout = prepare_job(
                query, lambda key: params.get(key, []), environ.get("HTTP_ACCEPT"), state
            )
        except JusticeKGError:
            return self.wsgi_app(environ, start_response)  # Flask renders the error
        formats = params.get("format")
        try:
            outcome = answer(
                state, job, timeout, environ.get("HTTP_ACCEPT"), formats[0] if formats else None
            )
            body, headers = result_parts(
                outcome,
                state.settings.max_rows,
                partial_ok=takes_partial(environ.get("HTTP_PREFER")),
            )
        except JusticeKGError as exc:
            status = status_of(exc)
            text = describe(exc, language_of(environ))
            response = Response(text + "\n", status=status, content_type="text/plain")
            response.vary.add("Accept")
            if status == 503:
                response.headers["Retry-After"] = "5"
            for key, value in CORS:
                response.headers[key] = value
            return response(environ, start_response)
        headers.extend(CORS)
        headers.append(("Content-Length", str(len(body))))
        start_response("200 OK", headers)
        return [body]

    def _parse(self, environ: dict[str, Any]) -> tuple[str, dict[str, list[str]]] | None:
        method = environ.get("REQUEST_METHOD")
        params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if method == "GET":
            pass
        elif method == "POST":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            limit = self.app.config.get("MAX_CONTENT_LENGTH") or 0
            if length <= 0 or (limit and length > limit):
                return None
            body = environ["wsgi.input"].read(length)
            environ["wsgi.input"] = io.BytesIO(body)  # Flask can still read it on fallback
            ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
            if ctype == FORM:
                form = parse_qs(body.decode("utf-8", errors="strict"), keep_blank_values=True)
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
            elif ctype == QUERY:
                if "query" in params:
                    return None
                params["query"] = [body.decode("utf-8", errors="strict")]
            else:
                return None
        else:
            return None
        queries = params.get("query", [])
        if len(queries) != 1 or "update" in params:
            return None
        return queries[0], params
