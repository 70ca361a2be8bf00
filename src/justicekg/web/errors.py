"""One place that maps errors to HTTP answers; no stack trace ever reaches a client."""

from __future__ import annotations

import logging

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException

from justicekg.catalogue import Message, describe_error, gettext
from justicekg.errors import (
    ConfigError,
    InputError,
    JusticeKGError,
    QueryError,
    QueryTimeoutError,
    StoreError,
)
from justicekg.web import conneg, i18n

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


def describe(error: JusticeKGError, lang: str) -> str:
    """``str(error)`` in ``lang``: its catalogue :class:`~justicekg.catalogue.Message` parts
    (message, hint) are shown in the reader's language, the ``where`` as it is.

    >>> error = BadRequestError(Message("error_limit_number"), hint=Message("error_try_search"))
    >>> describe(error, "en")
    'limit must be a number (hint: try /search)'
    >>> describe(BadRequestError(Message("error_limit_number")), "vi")
    'limit phải là một số'
    """
    return describe_error(error, lang)


def http_message(error: HTTPException, lang: str) -> str:
    """A werkzeug HTTP error in ``lang``: the status name from the catalogue, and for the
    errors a reader meets by hand (404, 405) the description too; others keep werkzeug's."""
    status = error.code or 500
    name = gettext(f"http_{status}", lang) if f"http_{status}" in _HTTP_NAMES else error.name
    description = error.description or ""
    if status == 404:
        description = gettext("http_404_description", lang)
    elif status == 405:
        description = gettext("http_405_description", lang, method=request.method)
    return gettext("error_http", lang, status=status, name=name, description=description)


_HTTP_NAMES = frozenset(f"http_{n}" for n in (400, 401, 403, 404, 405, 406, 413, 415, 500, 503))


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
        response = error_response(status, describe(error, i18n.current()))
        if status == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="justicekg"'
        return response

    @app.errorhandler(HTTPException)
    def handle_http(error: HTTPException) -> Response:
        status = error.code or 500
        response = error_response(status, http_message(error, i18n.current()))
        for key, value in error.get_headers():
            if key.lower() not in ("content-type", "content-length"):
                response.headers[key] = value
        return response

    @app.errorhandler(Exception)
    def handle_bug(error: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, Message("error_internal").render(i18n.current()))
