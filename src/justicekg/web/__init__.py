"""The web side: a Flask app factory, the SPARQL endpoint, linked data and staff pages.

>>> app = create_app({"TESTING": True, "STORE_URL": "memory:"})
>>> app.test_client().get("/sparql?query=ASK%7B%7D").json
{'head': {}, 'boolean': True}
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from justicekg.catalogue import DEFAULT, gettext
from justicekg.config import Settings, load_settings
from justicekg.web.headers import SecuredFlask
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
    app = SecuredFlask(__name__)
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

    from justicekg.web import errors, graph, i18n, named_graphs, pages, resources, sparql

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
    app.register_blueprint(named_graphs.bp)
    from justicekg.web.bodylimit import BodyLimit

    app.wsgi_app = BodyLimit(app.wsgi_app, settings.max_body_bytes)  # type: ignore[method-assign]
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
    """Open the configured store (or take ``STORE``) and attach a :class:`WebState`.

    With ``LOAD_FIXTURE``, a store the app opens itself is replaced by a throw-away in-memory
    copy holding the fixture too (:func:`fixture_store`); a ``STORE`` passed in gets the
    fixture loaded into it.
    """
    settings: Settings = app.config["SETTINGS"]
    store = app.config.get("STORE")
    fixture = app.config.get("LOAD_FIXTURE")
    if store is None:
        from justicekg.store import open_store

        store = open_store(settings.store, settings=settings)
        if fixture:
            store = fixture_store(store, fixture)
            fixture = None
    state = WebState(settings, store, pool_size=app.config.get("QUERY_PROCESSES"))
    if fixture:
        state.load_trig(fixture)
    app.extensions["justicekg"] = state


def fixture_store(store: Any, fixture: str, *, lang: str = DEFAULT) -> Any:
    """A throw-away in-memory copy of ``store`` with the TriG ``fixture`` loaded on top.

    The conformance fixture (``load_fixture``) is never written into the user's store: the
    server serves this copy instead. ``store`` is closed.
    """
    import io
    from collections import defaultdict

    import pyoxigraph as ox

    from justicekg.store.oxigraph import OxigraphStore
    from justicekg.web.state import load_trig

    buffer = io.BytesIO()
    try:
        store.dump(buffer, ox.RdfFormat.N_QUADS)
    finally:
        store.close()
    graphs: dict[str, list[ox.Triple]] = defaultdict(list)
    for quad in ox.parse(buffer.getvalue(), format=ox.RdfFormat.N_QUADS):
        if isinstance(quad.graph_name, ox.NamedNode):
            graphs[quad.graph_name.value].append(quad.triple)
    copy = OxigraphStore("memory:")
    copy.replace_graphs(graphs)
    load_trig(copy, fixture)
    log.warning("%s", gettext("serve_fixture_copy", lang, fixture=fixture))
    return copy


def serve(settings: Settings, *, lang: str = DEFAULT) -> None:
    """Serve the app on ``settings.host:settings.port``; what it logs is in ``lang`` (the
    command line's language; the HTTP servers' own log lines are theirs).

    An empty store is first filled from ``settings.articles_dir`` through
    :func:`justicekg.pipeline.ingest_paths`.

    * On an on-disk store: granian (an HTTP server written in Rust) runs the app of
      :mod:`justicekg.web.wsgi` in worker processes. Read-only (no ``update_token``):
      ``settings.workers`` of them, each with the store open read-only. With an
      ``update_token``: one, holding the store read-write (a store has one writer). Lookup
      queries are answered in the worker; other queries go to its killable query processes.
    * A ``memory:`` or remote store: one waitress process (a memory store cannot be shared
      with worker processes); queries still run under the time limit.
    * With ``settings.load_fixture``: a throw-away in-memory copy of the store plus the
      fixture (:func:`fixture_store`), served like a ``memory:`` store.
    """
    store = _open_for_serving(settings)
    if store.is_empty() and os.path.exists(settings.articles_dir):
        from justicekg.pipeline import ingest_paths

        log.warning("%s", gettext("cli_empty_store", lang, folder=settings.articles_dir))
        summary = ingest_paths(store, [settings.articles_dir], settings)
        log.warning("%s", summary.text(lang))
    if settings.load_fixture:
        store = fixture_store(store, settings.load_fixture, lang=lang)
    on_disk = getattr(store, "path", None) is not None and type(store).__name__ == "OxigraphStore"
    if not on_disk:
        _serve_one(settings, store, lang)
        return
    store.close()
    _serve_granian(settings, lang)


def _open_for_serving(settings: Settings) -> Any:
    """The store, opened read-only when it already holds data: serving writes nothing to it
    (RocksDB's read-write open rewrites its log and manifest files, and a server's version
    check would take that for a change); an empty or missing store is opened read-write to be
    filled first."""
    from justicekg.errors import StoreError
    from justicekg.store import open_store

    try:
        store = open_store(settings.store, settings=settings, read_only=True)
    except (StoreError, TypeError):
        store = None
    if store is not None:
        if not store.is_empty():
            return store
        store.close()
    return open_store(settings.store, settings=settings)


def _serve_granian(settings: Settings, lang: str) -> None:
    from granian import Granian
    from granian.constants import Interfaces
    from granian.log import LogLevels

    from justicekg.web.wsgi import SETTINGS_ENV, settings_to_env

    os.environ[SETTINGS_ENV] = settings_to_env(settings)
    # Workers must not be forked from this process: it has used RocksDB (to fill an empty
    # store), and a forked child inherits RocksDB's state without its background threads —
    # the first flush after a write then waits forever. granian uses the default method.
    import multiprocessing

    multiprocessing.set_start_method("spawn", force=True)
    processes = 1 if settings.update_token else max(1, settings.workers)
    url = f"http://{settings.host}:{settings.port}/"
    log.info("%s", gettext("serve_processes", lang, url=url, n=processes))
    Granian(
        "justicekg.web.wsgi:worker_app",
        factory=True,
        interface=Interfaces.WSGI,
        address=settings.host,
        port=settings.port,
        workers=processes,
        # A few threads per worker: a request waiting on a slow query must not hold up the
        # other requests this worker has accepted.
        blocking_threads=4,
        backlog=1024,
        respawn_failed_workers=True,
        respawn_interval=1.0,
        workers_kill_timeout=max(30, int(settings.query_timeout) + 5),
        log_level=LogLevels.info,
    ).serve()


def _serve_one(settings: Settings, store: Any, lang: str) -> None:
    import waitress

    app = create_app({"SETTINGS": settings, "STORE": store, "LOAD_FIXTURE": None})
    state: WebState = app.extensions["justicekg"]
    state.executor  # noqa: B018 - start the query workers before the first request
    from justicekg.web.entities import index_of

    state.warm(index_of)  # the search index, built before the first search asks for it
    threads = max(8, settings.workers * 4)
    url = f"http://{settings.host}:{settings.port}/"
    log.info("%s", gettext("serve_threads", lang, url=url, n=threads))
    try:
        waitress.serve(
            app,
            threads=threads,
            ident="justicekg",
            max_request_body_size=settings.max_body_bytes,
            connection_limit=200,
            channel_timeout=max(30, int(settings.query_timeout) + 5),
            host=settings.host,
            port=settings.port,
        )
    finally:
        state.close()
