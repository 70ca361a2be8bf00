"""Refuse every request body over ``max_body_bytes`` with 413, however it is sent.

A body with a ``Content-Length`` is judged by it. A chunked body (no length; the server sets
``wsgi.input_terminated``) is read here up to one byte past the limit: over it, the answer
is 413; within it, the body is handed on with its ``Content-Length``, so nothing behind this
middleware ever sees a silently truncated body (werkzeug cuts an over-long chunked body at
``MAX_CONTENT_LENGTH`` without an error).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from justicekg.catalogue import gettext
from justicekg.web.i18n import language_of

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

_CHUNK = 1 << 16


class BodyLimit:
    """WSGI middleware: 413 for a body over ``limit`` bytes, 400 for a bad ``Content-Length``."""

    def __init__(self, wsgi_app: WSGIApp, limit: int) -> None:
        self.wsgi_app = wsgi_app
        self.limit = limit

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        raw = environ.get("CONTENT_LENGTH")
        if raw:
            try:
                length = int(raw)
            except ValueError:
                return _answer(start_response, "400 Bad Request", _bad_length(environ))
            if length < 0:
                return _answer(start_response, "400 Bad Request", _bad_length(environ))
            if length > self.limit:
                return self._too_large(start_response, environ)
            return self.wsgi_app(environ, start_response)
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if chunked or environ.get("wsgi.input_terminated"):
            body = _read_at_most(environ["wsgi.input"], self.limit + 1)
            if len(body) > self.limit:
                return self._too_large(start_response, environ)
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
            environ.pop("wsgi.input_terminated", None)
            environ.pop("HTTP_TRANSFER_ENCODING", None)
        return self.wsgi_app(environ, start_response)

    def _too_large(
        self, start_response: Callable[..., Any], environ: dict[str, Any]
    ) -> list[bytes]:
        return _answer(
            start_response,
            "413 Request Entity Too Large",
            gettext("error_body_too_large", language_of(environ), limit=self.limit),
        )


def _bad_length(environ: dict[str, Any]) -> str:
    return gettext("error_bad_content_length", language_of(environ))


def _read_at_most(stream: Any, limit: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    while size < limit:
        data = stream.read(min(_CHUNK, limit - size))
        if not data:
            break
        parts.append(data)
        size += len(data)
    return b"".join(parts)


def _answer(start_response: Callable[..., Any], status: str, message: str) -> list[bytes]:
    body = f"{status[:3]} {message}\n".encode()
    start_response(
        status,
        [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Connection", "close"),
        ],
    )
    return [body]
