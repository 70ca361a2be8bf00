"""One place that maps errors to HTTP answers; no stack trace ever reaches a client."""

from __future__ import annotations

import logging

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException

from justicekg.errors import (
    ConfigError,
    InputError,
    JusticeKGError,
    QueryError,
    QueryTimeoutError,
    StoreError,
)
from justicekg.web import conneg

log = logging.getLogger(__name__)


class NotFoundError(JusticeKGError):
    """An unknown entity, page or file (HTTP 404)."""


class ForbiddenError(JusticeKGError):
    """An action that is disabled on this server (HTTP 403)."""


class UnauthorizedError(JusticeKGError):
    """A missing or wrong bearer token (HTTP 401)."""


class BadRequestError(JusticeKGError):
    """A request that breaks the protocol (HTTP 400)."""


class UnsupportedMediaTypeError(JusticeKGError):
    """A request body of a type the endpoint does not take (HTTP 415)."""


class RowLimitError(JusticeKGError):
    """An answer longer than the row cap, for a client that did not accept a partial one
    (HTTP 400: page with LIMIT/OFFSET, or send ``Prefer: handling=lenient``)."""


#: Most specific first: the first matching class decides the status.
STATUS: tuple[tuple[type[Exception], int], ...] = (
    (conneg.NotAcceptableError, 406),
    (QueryTimeoutError, 503),
    (QueryError, 400),
    (BadRequestError, 400),
    (RowLimitError, 400),
    (InputError, 400),
    (NotFoundError, 404),
    (ForbiddenError, 403),
    (UnauthorizedError, 401),
    (UnsupportedMediaTypeError, 415),
    (ConfigError, 500),
    (StoreError, 502),
    (JusticeKGError, 500),
)


def status_of(error: Exception) -> int:
    """The HTTP status for a :class:`JusticeKGError`.

    >>> status_of(QueryTimeoutError("slow")), status_of(QueryError("bad"))
    (503, 400)
    """
    for cls, status in STATUS:
        if isinstance(error, cls):
            return status
    return 500


def _wants_html() -> bool:
    try:
        return conneg.negotiate(request.headers.get("Accept"), _ERROR_OFFERS).name == "html"
    except conneg.NotAcceptableError:
        return False


_ERROR_OFFERS = (conneg.Format("text", "text/plain"), conneg.HTML)


def error_response(status: int, message: str, *, title: str | None = None) -> Response:
    """An error page (HTML for browsers, plain text for everyone else)."""
    if _wants_html() and request.blueprint not in ("sparql",):
        body = render_template("error.html", status=status, title=title, message=message)
        response = Response(body, status=status, content_type="text/html; charset=utf-8")
    else:
        response = Response(message + "\n", status=status, content_type="text/plain; charset=utf-8")
    response.vary.add("Accept")
    if status == 503:
        response.headers["Retry-After"] = "5"
    return response


def init_app(app: Flask) -> None:
    """Register the one error handler for our errors, HTTP errors and everything else."""

    @app.errorhandler(JusticeKGError)
    def handle_ours(error: JusticeKGError) -> Response:
        status = status_of(error)
        if status >= 500 and status != 503:
            log.error("%s %s: %s", request.method, request.path, error)
        response = error_response(status, str(error))
        if status == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="justicekg"'
        return response

    @app.errorhandler(HTTPException)
    def handle_http(error: HTTPException) -> Response:
        status = error.code or 500
        response = error_response(status, f"{status} {error.name}: {error.description}")
        for key, value in error.get_headers():
            if key.lower() not in ("content-type", "content-length"):
                response.headers[key] = value
        return response

    @app.errorhandler(Exception)
    def handle_bug(error: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "500 Internal Server Error: the server could not answer")
