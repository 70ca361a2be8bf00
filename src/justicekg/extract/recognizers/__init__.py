"""Recognizers, one module per label, registered by name (see :mod:`.base`)."""

from __future__ import annotations

import importlib

BUILTINS = (
    "layout",
    "provinces",
    "organizations",
    "persons",
    "titles",
    "dates",
    "events",
    "event_model",
    "awards",
)


_loaded = False


def load_builtins() -> None:
    """Import every built-in recognizer module so that it registers itself (once)."""
    global _loaded
    if _loaded:
        return
    for name in BUILTINS:
        importlib.import_module(f"justicekg.extract.recognizers.{name}")
    _loaded = True
