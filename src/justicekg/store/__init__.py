"""Open a store by URL: ``memory:``, ``oxigraph:PATH`` (or a bare path), ``http(s)://…``.

Backends are looked up by URL scheme in :data:`BACKENDS` (``scheme → "module:Class"``),
so a new backend registers the same way as the built-in ones.

>>> store = open_store("memory:")
>>> store.is_empty()
True
"""

from __future__ import annotations

import importlib
from typing import Any

from justicekg.catalogue import Message
from justicekg.config import Settings
from justicekg.errors import ConfigError
from justicekg.store.base import Store, StoreStats

__all__ = ["BACKENDS", "Store", "StoreStats", "open_store"]

BACKENDS: dict[str, str] = {
    "memory": "justicekg.store.oxigraph:OxigraphStore",
    "oxigraph": "justicekg.store.oxigraph:OxigraphStore",
    "http": "justicekg.store.sparql:SparqlStore",
    "https": "justicekg.store.sparql:SparqlStore",
}


def open_store(url: str, *, settings: Settings | None = None, **options: Any) -> Store:
    """Open the store at ``url``; a bare filesystem path means an on-disk Oxigraph store.

    Args:
        url: ``memory:``, ``oxigraph:PATH``, a folder, or an ``http(s)://`` query endpoint.
        settings: where a remote store finds its update and Graph Store URLs, credentials,
            batch size and base IRI (:class:`~justicekg.config.Settings`).
        options: passed to the backend (e.g. ``read_only=True``).

    Raises:
        ConfigError: an unknown scheme.
        StoreError: the store cannot be opened (locked, corrupt, unreadable).
    """
    scheme = url.split(":", 1)[0].lower() if ":" in url and not _is_windows_drive(url) else ""
    if scheme and scheme not in BACKENDS and "/" not in scheme:
        raise ConfigError(
            Message("store_unknown_scheme", scheme=repr(scheme), url=repr(url)),
            hint=Message("store_unknown_scheme_hint"),
        )
    target = BACKENDS.get(scheme, BACKENDS["oxigraph"])
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if settings is not None:
        options["settings"] = settings
    store: Store = cls(url, **options)
    return store


def _is_windows_drive(url: str) -> bool:
    return len(url) > 2 and url[1] == ":" and url[0].isalpha() and url[2] in "\\/"
