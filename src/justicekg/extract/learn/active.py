"""Which model each learned component uses: one switch, the same for every component.

The components (:data:`COMPONENTS`, by name) run with their shipped models when they are in
:data:`DEFAULT` (the default extraction; empty at present: the rules alone), the others not. A
block chooses otherwise, by a component's ``using`` or here by name::

    with using("positions", model):          # this model, inside the block
        extract(...)
    with switched_on("positions,events"):     # these shipped models, the others off
        extract(...)
    with switched_on("none"):                 # the rules alone (NONE)
        extract(...)
    with switched_on(""):                     # as chosen around, else DEFAULT
        extract(...)

``Settings.learned`` (``--learned``, ``$JUSTICEKG_LEARNED``) is such a value. The choice lives
in a context variable: it holds inside the block, in this thread, and is undone when the block
ends, even on an error; where no block chose, :data:`DEFAULT` holds (another thread, a worker
process). A component that runs with a recognizer of its own (``events``: ``event_model``,
after the event rules) gets it into the default pipeline (:func:`pipeline`); a pipeline given
explicitly is run as given.

>>> names(" events, positions ,events")
('events', 'positions')
>>> resolve("none"), resolve("positions")
((), ('positions',))
>>> from justicekg.extract.learn.logreg import Model
>>> with using("events", Model({}, 0.0)):
...     pipeline(("dates", "events", "awards"))
('dates', 'events', 'event_model', 'awards')
>>> with switched_on(NONE):
...     pipeline(("dates", "events", "awards"))
('dates', 'events', 'awards')
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, NoReturn

from justicekg.errors import ConfigError

if TYPE_CHECKING:
    from justicekg.extract.learn.logreg import Model

__all__ = [
    "COMPONENTS",
    "DEFAULT",
    "NONE",
    "Component",
    "in_effect",
    "model",
    "names",
    "pipeline",
    "resolve",
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

#: the components of the default extraction, with their shipped models, where no block chose
#: otherwise (``--learned``/``$JUSTICEKG_LEARNED``/``learned`` unset or ""; the Python API, the
#: web app's ingest, eval). Empty would be the rules alone. The one place the default is decided
#: (data/models/README.md, "Switching"): the position model since session 16 (PREREG16 C: it
#: raised the fresh pages F16 nobody trained or decided on, positions .6685 -> .7003).
DEFAULT: tuple[str, ...] = ("positions",)
#: the value that switches every component off (``--learned none``: the rules alone)
NONE = "none"

#: the models chosen in this context, by component (a component absent: its default)
_chosen: ContextVar[Mapping[str, Model | None]] = ContextVar(
    "justicekg_learned", default=MappingProxyType({})
)


def model(name: str, default: Callable[[], Model | None] | None = None) -> Model | None:
    """The model ``name`` uses here: the one a :func:`using` block set, else its shipped one
    when it is in :data:`DEFAULT`, else ``default()`` (else ``None``: the rules alone)."""
    chosen = _chosen.get()
    if name in chosen:
        return chosen[name]
    if name in DEFAULT:
        return shipped(name)
    return default() if default is not None else None


def _runs(name: str, chosen: Mapping[str, Model | None]) -> bool:
    """Whether component ``name`` runs here (a model chosen for it, else in :data:`DEFAULT`)."""
    return chosen[name] is not None if name in chosen else name in DEFAULT


@contextmanager
def using(name: str, chosen: Model | None) -> Iterator[None]:
    """Run component ``name`` with ``chosen`` (``None``: the rules alone) inside the block.

    Raises:
        ConfigError: no component has that name.
    """
    if name not in COMPONENTS:
        _unknown(name)
    token = _chosen.set(MappingProxyType({**_chosen.get(), name: chosen}))
    try:
        yield
    finally:
        _chosen.reset(token)


def names(value: str | Iterable[str]) -> tuple[str, ...]:
    """Component names from ``"a,b"`` (or a list), checked, each once, in the order given;
    :data:`NONE` names none (``"none"``: ``()``), and is alone (``"none,events"`` contradicts
    itself).

    Raises:
        ConfigError: a name no component has (the message lists the known ones), or
            :data:`NONE` with names.
    """
    items = value.split(",") if isinstance(value, str) else list(value)
    given = [i.strip() for i in items if i.strip()]
    out: list[str] = []
    for item in given:
        if item == NONE:
            continue
        if item not in COMPONENTS:
            _unknown(item)
        if item not in out:
            out.append(item)
    if out and NONE in given:
        _mixed(given)
    return tuple(out)


def _unknown(name: str) -> NoReturn:
    """Raises ConfigError: ``name`` is no component's (the message lists the known ones)."""
    from justicekg.catalogue import Message  # (babel, only for the error)

    raise ConfigError(
        Message("learned_unknown", name=repr(name)),
        hint=Message("learned_unknown_hint", known=", ".join(sorted(COMPONENTS))),
    )


def _mixed(given: list[str]) -> NoReturn:
    """Raises ConfigError: :data:`NONE` given with component names (``none,events``)."""
    from justicekg.catalogue import Message  # (babel, only for the error)

    raise ConfigError(
        Message("learned_none_mixed", value=repr(",".join(given))),
        hint=Message("learned_unknown_hint", known=", ".join(sorted(COMPONENTS))),
    )


def _given(value: str | Iterable[str]) -> bool:
    """Whether ``value`` chooses at all (a name, or :data:`NONE`); ``""``: no choice."""
    items = value.split(",") if isinstance(value, str) else list(value)
    return any(i.strip() for i in items)


def resolve(value: str | Iterable[str]) -> tuple[str, ...]:
    """The components ``value`` switches on where no block chose: its names, checked
    (:data:`NONE`: none), or :data:`DEFAULT` when it names nothing (``""``).

    Raises:
        ConfigError: an unknown name.
    """
    chosen = names(value)
    return chosen if _given(value) else DEFAULT


def shipped(name: str) -> Model:
    """The shipped model of component ``name`` (its ``data/models/*.json``, read once).

    Raises:
        OntologyError: the model file is missing or broken (the message names it).
    """
    loader: Callable[[], Model] = importlib.import_module(COMPONENTS[name].module).shipped_model
    return loader()


@contextmanager
def switched_on(value: str | Iterable[str]) -> Iterator[None]:
    """Run exactly the components named in ``value`` inside the block, with their shipped
    models, the others off (:data:`NONE`: every one off, the rules alone); ``""`` chooses
    nothing: the choice around the block holds, else :data:`DEFAULT`.

    Raises:
        ConfigError: an unknown name.
        OntologyError: a shipped model file is missing or broken.
    """
    chosen = names(value)
    with ExitStack() as stack:
        if _given(value):
            for name in COMPONENTS:
                stack.enter_context(using(name, shipped(name) if name in chosen else None))
        else:  # the default: its model files read now (a broken one is an error here)
            for name in DEFAULT:
                if name not in _chosen.get():
                    shipped(name)
        yield


def pipeline(base: Sequence[str]) -> tuple[str, ...]:
    """``base`` with the recognizer of each component that runs here (a model set, or in
    :data:`DEFAULT`), right after the step it follows (when ``base`` has that step and not the
    recognizer yet)."""
    out = list(base)
    chosen = _chosen.get()
    for name, component in COMPONENTS.items():
        if component.step is None or not _runs(name, chosen):
            continue
        after, step = component.step
        if after in out and step not in out:
            out.insert(out.index(after) + 1, step)
    return tuple(out)


def in_effect(steps: Sequence[str]) -> tuple[str, ...]:
    """The components whose model a run of ``steps`` uses here, sorted: one with a recognizer
    of its own when that recognizer is among ``steps``, another when it runs here (a model
    set for it, or in :data:`DEFAULT`). Reports name them after the extractor's version
    (provenance of every fact).

    >>> from justicekg.extract.learn.logreg import Model
    >>> with switched_on(NONE):
    ...     in_effect(("dates", "events", "event_model"))
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
            if (component.step[1] in steps if component.step else _runs(name, chosen))
        )
    )
