"""Security headers on every answer: ``Content-Security-Policy`` and ``X-Content-Type-Options``.

The app is a :class:`SecuredFlask`: the headers are added where the WSGI server calls the app,
outside every middleware (the SPARQL fast path answers without reaching Flask's
``after_request``), and only when the answer has not set them itself.

>>> from justicekg.web import create_app
>>> client = create_app({"TESTING": True, "STORE_URL": "memory:"}).test_client()
>>> r = client.get("/sparql?query=ASK%7B%7D")
>>> r.headers["X-Content-Type-Options"], "object-src 'none'" in r.headers["Content-Security-Policy"]
('nosniff', True)
"""

from __future__ import annotations

from typing import Any

from flask import Flask

__all__ = ["CONTENT_SECURITY_POLICY", "SECURITY_HEADERS", "SecuredFlask"]

#: What pages may load: only this server's own scripts, styles, images and API (the vendored
#: YASGUI editor included); inline styles are allowed (YASGUI and the SVG pictures set them),
#: inline scripts, plugins and framing are not.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

SECURITY_HEADERS = (
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
)


class SecuredFlask(Flask):
    """A Flask app whose every answer carries :data:`SECURITY_HEADERS` (unless it set them)."""

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            present = {name.lower() for name, _ in headers}
            headers.extend(h for h in SECURITY_HEADERS if h[0].lower() not in present)
            return start_response(status, headers, exc_info)

        return super().__call__(environ, start)
