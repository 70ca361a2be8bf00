"""The application each HTTP worker process of ``justicekg serve`` runs (under granian).

:func:`justicekg.web.serve` starts granian with ``justicekg.web.wsgi:worker_app`` as an app
factory and hands the :class:`~justicekg.config.Settings` over in the environment variable
:data:`SETTINGS_ENV` (JSON). Every worker opens the on-disk store **read-only** (it sees later
writes: the store reopens when the folder changes), or read-write when an ``update_token``
enables ``/update`` (then there is one worker), answers lookups in-process and sends other
SPARQL queries to its own pool of killable query processes
(:class:`~justicekg.web.process_pool.ProcessPool`).
"""

from __future__ import annotations

import dataclasses
import json
import os

from flask import Flask

from justicekg.config import Settings

#: Environment variable carrying the serialized settings to the worker processes.
SETTINGS_ENV = "JUSTICEKG_SERVE_SETTINGS"


def settings_to_env(settings: Settings) -> str:
    """``settings`` as the JSON text :func:`worker_app` reads back."""
    return json.dumps(dataclasses.asdict(settings))


def worker_app() -> Flask:
    """Build one worker's app (granian calls this in each worker process)."""
    from justicekg.store.oxigraph import OxigraphStore
    from justicekg.web import create_app
    from justicekg.web.state import WebState

    settings = Settings(**json.loads(os.environ[SETTINGS_ENV]))
    store = OxigraphStore(settings.store, read_only=not settings.update_token)
    app = create_app(
        {
            "SETTINGS": settings,
            "STORE": store,
            "QUERY_PROCESSES": max(1, settings.workers),
            "LOAD_FIXTURE": None,
        }
    )
    state: WebState = app.extensions["justicekg"]
    state.executor  # noqa: B018 - start the query processes before the first request
    from justicekg.web.entities import index_of

    state.warm(index_of)  # the search index, built before the first search asks for it
    import gc

    gc.freeze()  # what start-up built lives as long as the worker: keep it out of collections
    return app
