"""The recognizer protocol and the name → recognizer registry (rdflib-style plugins)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from justicekg.extract.doc import Doc

__all__ = ["Recognizer", "get", "names", "register"]


class Recognizer(Protocol):
    """Adds spans to a Doc: ``__call__(doc) -> doc``."""

    name: str

    def __call__(self, doc: Doc) -> Doc: ...


_REGISTRY: dict[str, Callable[[], Recognizer]] = {}


def register(name: str) -> Callable[[Callable[[], Recognizer]], Callable[[], Recognizer]]:
    """Class decorator registering a recognizer factory under ``name``."""

    def deco(factory: Callable[[], Recognizer]) -> Callable[[], Recognizer]:
        _REGISTRY[name] = factory
        return factory

    return deco


def get(name: str) -> Recognizer:
    """A new recognizer registered under ``name``.

    >>> get("provinces").name
    'provinces'
    """
    from justicekg.extract import recognizers

    recognizers.load_builtins()
    try:
        return _REGISTRY[name]()
    except KeyError:
        from justicekg.errors import ConfigError

        raise ConfigError(
            f"unknown recognizer {name!r}", hint=f"known: {sorted(_REGISTRY)}"
        ) from None


def names() -> list[str]:
    """Names of all registered recognizers."""
    from justicekg.extract import recognizers

    recognizers.load_builtins()
    return sorted(_REGISTRY)
