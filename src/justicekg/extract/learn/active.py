"""Which model each learned component uses: one switch, the same for every component.

The components (:data:`COMPONENTS`, by name) are opt-in: extraction is the rules alone unless
a model is switched on for a block, by a component's ``using`` or here by name::

    with using("positions", model):          # this model, inside the block
        extract(...)
    with switched_on("positions,events"):     # the shipped models (Settings.learned)
        extract(...)

The choice lives in a context variable: it holds inside the block, in this thread, and is
undone when the block ends, even on an error. A component switched on with a recognizer of its
own (``events``: ``event_model``, after the event rules) gets it into the default pipeline
(:func:`pipeline`); a pipeline given explicitly is run as given.

>>> names(" events, positions ,events")
('events', 'positions')
>>> from justicekg.extract.learn.logreg import Model
>>> with using("events", Model({}, 0.0)):
...     pipeline(("dates", "events", "awards"))
('dates', 'events', 'event_model', 'awards')
>>> pipeline(("dates", "events", "awards"))
('dates', 'events', 'awards')
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from justicekg.errors import ConfigError

if TYPE_CHECKING:
    from justicekg.extract.learn.logreg import Model

__all__ = [
    "COMPONENTS",
    "Component",
    "in_effect",
    "model",
    "names",
    "pipeline",
    "switched_on",
    "using",
]


@dataclass(frozen=True, slots=True)
class Component:
    """A learned component: the module whose ``shipped_model()`` reads its model file, and
    the recognizer it adds to the default pipeline when switched on (``(after, step)``)."""

    module: str
    step: tuple[str, str] | None = None


#: the learned components by name (``Settings.learned``, ``--learned``)
COMPONENTS: Mapping[str, Component] = MappingProxyType(
    {
        "events": Component("justicekg.extract.learn.events", ("events", "event_model")),
        "positions": Component("justicekg.extract.learn.positions"),
    }
)

#: the models chosen in this context, by component (a component absent: its default)
_chosen: ContextVar[Mapping[str, Model | None]] = ContextVar(
    "justicekg_learned", default=MappingProxyType({})
)


def model(name: str, default: Callable[[], Model | None] | None = None) -> Model | None:
    """The model ``name`` uses here: the one a :func:`using` block set, else ``default()``
    (else ``None``: the rules alone)."""
    chosen = _chosen.get()
    if name in chosen:
        return chosen[name]
    return default() if default is not None else None


@contextmanager
def using(name: str, chosen: Model | None) -> Iterator[None]:
    """Run component ``name`` with ``chosen`` (``None``: the rules alone) inside the block.

    Raises:
        ConfigError: no component has that name.
    """
    names([name])
    token = _chosen.set(MappingProxyType({**_chosen.get(), name: chosen}))
    try:
        yield
    finally:
        _chosen.reset(token)


def names(value: str | Iterable[str]) -> tuple[str, ...]:
    """Component names from ``"a,b"`` (or a list), checked, each once, in the order given.

    Raises:
        ConfigError: a name no component has (the message lists the known ones).
    """
    items = value.split(",") if isinstance(value, str) else list(value)
    out: list[str] = []
    for item in (i.strip() for i in items):
        if not item:
            continue
        if item not in COMPONENTS:
            from justicekg.catalogue import Message  # (babel, only for the error)

            raise ConfigError(
                Message("learned_unknown", name=repr(item)),
                hint=Message("learned_unknown_hint", known=", ".join(sorted(COMPONENTS))),
            )
        if item not in out:
            out.append(item)
    return tuple(out)


def shipped(name: str) -> Model:
    """The shipped model of component ``name`` (its ``data/models/*.json``, read once).

    Raises:
        OntologyError: the model file is missing or broken (the message names it).
    """
    loader: Callable[[], Model] = importlib.import_module(COMPONENTS[name].module).shipped_model
    return loader()


@contextmanager
def switched_on(value: str | Iterable[str]) -> Iterator[None]:
    """Run the components named in ``value`` with their shipped models inside the block
    (``""``: none, the rules alone).

    Raises:
        ConfigError: an unknown name.
        OntologyError: a shipped model file is missing or broken.
    """
    with ExitStack() as stack:
        for name in names(value):
            stack.enter_context(using(name, shipped(name)))
        yield


def pipeline(base: Sequence[str]) -> tuple[str, ...]:
    """``base`` with the recognizer of each component switched on here (a model set), right
    after the step it follows (when ``base`` has that step and not the recognizer yet)."""
    out = list(base)
    chosen = _chosen.get()
    for name, component in COMPONENTS.items():
        if component.step is None or chosen.get(name) is None:
            continue
        after, step = component.step
        if after in out and step not in out:
            out.insert(out.index(after) + 1, step)
    return tuple(out)


def in_effect(steps: Sequence[str]) -> tuple[str, ...]:
    """The components whose model a run of ``steps`` uses here, sorted: one with a recognizer
    of its own when that recognizer is among ``steps``, another when a model is set for it.
    Reports name them after the extractor's version (provenance of every fact).

    >>> from justicekg.extract.learn.logreg import Model
    >>> in_effect(("dates", "events", "event_model"))
    ('events',)
    >>> with using("positions", Model({}, 0.0)):
    ...     in_effect(("dates", "events"))
    ('positions',)
    """
    chosen = _chosen.get()
    return tuple(
        sorted(
            name
            for name, component in COMPONENTS.items()
            if (component.step[1] in steps if component.step else chosen.get(name) is not None)
        )
    )
