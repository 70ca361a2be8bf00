"""The web side: a Flask app factory, the SPARQL endpoint, linked data and staff pages.

>>> app = create_app({"TESTING": True, "STORE_URL": "memory:"})
>>> app.test_client().get("/sparql?query=ASK%7B%7D").json
{'head': {}, 'boolean': True}
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Mapping
from typing import Any

from flask import Flask

from justicekg.config import Settings, load_settings
from justicekg.web.state import WebState

__all__ = ["create_app", "serve"]

log = logging.getLogger(__name__)

#: ``test_config`` keys that map onto :class:`~justicekg.config.Settings` fields.
_SETTING_KEYS = {
    "STORE_URL": "store",
    "BASE_IRI": "base_iri",
    "QUERY_TIMEOUT": "query_timeout",
    "MAX_ROWS": "max_rows",
    "UPDATE_TOKEN": "update_token",
    "MAX_BODY_BYTES": "max_body_bytes",
    "WORKERS": "workers",
}


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the Flask application.

    Args:
        test_config: Flask config overrides. ``SETTINGS`` (a :class:`Settings`) or the keys
            ``STORE_URL``, ``BASE_IRI``, ``QUERY_TIMEOUT``, ``MAX_ROWS``, ``UPDATE_TOKEN``,
            ``MAX_BODY_BYTES``, ``WORKERS`` override the loaded settings; ``STORE`` passes an
            already open store; ``LOAD_FIXTURE`` names a TriG file to load (for
            ``protocol.py``; default ``settings.load_fixture``, i.e. ``$JUSTICEKG_LOAD_FIXTURE``).

    Returns:
        the app, with its store attached (``app.extensions["justicekg"]``).
    """
    app = Flask(__name__)
    config = dict(test_config or {})
    settings: Settings = config.pop("SETTINGS", None) or load_settings()
    changes = {field: config.pop(key) for key, field in _SETTING_KEYS.items() if key in config}
    if changes:
        settings = settings.replace(**changes)
    app.config.update(
        SETTINGS=settings,
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        JSON_AS_ASCII=False,
        LOAD_FIXTURE=settings.load_fixture or None,
    )
    app.config.update(config)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    init_store(app)

    from justicekg.web import errors, graph, i18n, pages, resources, sparql

    errors.init_app(app)
    i18n.init_app(app)
    app.after_request(add_cors_headers)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(resources.bp)
    app.register_blueprint(pages.bp)
    if not app.config.get("NO_FAST_PATH"):
        from justicekg.web.fastpath import SparqlFastPath

        app.wsgi_app = SparqlFastPath(app.wsgi_app, app)  # type: ignore[method-assign]
    app.register_blueprint(graph.bp)
    return app


#: Paths whose GET/HEAD/POST (queries) may be read cross-origin; /update is never CORS-enabled.
CORS_PREFIXES = ("/sparql", "/id/", "/data/", "/api/", "/ontology", "/.well-known/", "/dumps/")


def add_cors_headers(response: Any) -> Any:
    """CORS for reads, preflight included (Flask answers OPTIONS with ``Allow``)."""
    from flask import request

    if request.path.startswith(CORS_PREFIXES):
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Expose-Headers"] = (
            "Link, ETag, Last-Modified, X-JusticeKG-Rows, X-JusticeKG-Truncated, Warning"
        )
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = (
                request.headers.get("Access-Control-Request-Headers") or "Accept, Content-Type"
            )
            response.headers["Access-Control-Max-Age"] = "86400"
    return response


def init_store(app: Flask) -> None:
    """Open the configured store (or take ``STORE``) and attach a :class:`WebState`."""
    settings: Settings = app.config["SETTINGS"]
    store = app.config.get("STORE")
    if store is None:
        from justicekg.store import open_store

        store = open_store(settings.store)
    state = WebState(settings, store, pool_size=app.config.get("QUERY_PROCESSES"))
    if app.config.get("LOAD_FIXTURE"):
        state.load_trig(app.config["LOAD_FIXTURE"])
    app.extensions["justicekg"] = state


def serve(settings: Settings) -> None:
    """Serve the app with waitress on ``settings.host:settings.port``.

    An empty store is first filled from ``settings.articles_dir`` through
    :func:`justicekg.pipeline.ingest_paths`.

    * Read-only (no ``update_token``) on an on-disk store: ``settings.workers`` HTTP processes
      share one listening socket, each with the store open read-only and its own pool of
      killable query processes — Python's per-request cost is spread over the cores.
    * With ``update_token`` (or a ``memory:``/remote store): one HTTP process holding the
      store read-write; SPARQL queries still run in ``settings.workers`` query processes.
    """
    import socket

    from justicekg.store import open_store

    store = open_store(settings.store)
    if store.is_empty() and os.path.exists(settings.articles_dir):
        from justicekg.pipeline import ingest_paths

        log.warning("empty store: ingesting %s first", settings.articles_dir)
        summary = ingest_paths(store, [settings.articles_dir], settings)
        log.warning("%s", summary.text())
    fixture = settings.load_fixture
    if fixture:
        from justicekg.web.state import load_trig

        load_trig(store, fixture)
    on_disk = getattr(store, "path", None) is not None and type(store).__name__ == "OxigraphStore"
    processes = max(1, settings.workers)
    if settings.update_token or not on_disk or processes == 1:
        _serve_one(settings, store, None)
        return
    import multiprocessing

    store.close()
    listener = socket.create_server((settings.host, settings.port), backlog=1024)
    ctx = multiprocessing.get_context("spawn")
    children = [
        ctx.Process(target=_serve_child, args=(settings, listener), name=f"jkg-http-{i}")
        for i in range(processes)
    ]
    for child in children:
        child.start()
    log.info("serving on http://%s:%s/ with %d processes", settings.host, settings.port, processes)

    def stop(signum: int, _frame: Any) -> None:
        for child in children:
            if child.is_alive():
                child.terminate()
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        for child in children:
            child.join()
    finally:
        for child in children:
            if child.is_alive():
                child.terminate()
        listener.close()


def _serve_child(settings: Settings, listener: Any) -> None:
    from justicekg.store.oxigraph import OxigraphStore

    parent = os.getppid()

    def watch_parent() -> None:  # an orphaned HTTP process must not keep the port
        while os.getppid() == parent:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch_parent, daemon=True, name="jkg-parent-watch").start()
    signal.signal(signal.SIGTERM, lambda signum, _frame: sys.exit(128 + signum))

    store = OxigraphStore(settings.store, read_only=True)
    _serve_one(settings, store, listener, pool_size=max(1, settings.workers))


def _serve_one(
    settings: Settings, store: Any, listener: Any, *, pool_size: int | None = None
) -> None:
    import waitress

    app = create_app(
        {"SETTINGS": settings, "STORE": store, "QUERY_PROCESSES": pool_size, "LOAD_FIXTURE": None}
    )
    state: WebState = app.extensions["justicekg"]
    state.executor  # noqa: B018 - start the query workers before the first request
    threads = max(8, settings.workers * 4)
    where = (
        {"sockets": [listener]}
        if listener is not None
        else {"host": settings.host, "port": settings.port}
    )
    log.info("serving on http://%s:%s/ with %d threads", settings.host, settings.port, threads)
    try:
        waitress.serve(
            app,
            threads=threads,
            ident="justicekg",
            max_request_body_size=settings.max_body_bytes,
            connection_limit=200,
            channel_timeout=max(30, int(settings.query_timeout) + 5),
            **where,
        )
    finally:
        state.close()
