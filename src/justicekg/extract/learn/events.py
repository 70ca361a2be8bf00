"""The learned event model: is a dated sentence an event the conventions would report?

A logistic regression (:mod:`.logreg`) over the features of :mod:`.event_candidates` is
trained from the gold of the development corpus: a candidate (a date in the body with its
sentence) is positive when the gold reports an event on its date. It is combined with the
rules after they ran (the ``event_model`` recognizer): a rule event whose date the model finds
very unlikely (``p < drop``) is dropped, and a date the rules left without an event that the
model finds very likely (``p >= add``) becomes an event, its kind from the cue words. Both
thresholds are chosen inside the training items only, from scores the model gave items it was
not trained on (an inner cross-validation), so a held-out fold never tunes them.

The recognizer is opt-in (``extract(..., pipeline=PIPELINE)``, or a model switched on:
:func:`using`, ``events`` in ``Settings.learned``), not in the default pipeline:
on the held-out folds of the development corpus it did not gain (the rules were tuned on those
items, so they have almost no errors there for it to remove); ``data/models/README.md`` has
the numbers.

Run ``python -m justicekg.extract.learn.events train DIR`` to write ``data/models/events.json``
and ``python -m justicekg.extract.learn.events cv DIR`` for the held-out table.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from justicekg import __version__
from justicekg.config import DATA_DIR
from justicekg.extract import _score
from justicekg.extract.doc import Doc, Span
from justicekg.extract.learn import active, logreg
from justicekg.extract.learn.cv import cross_validate, format_cv
from justicekg.extract.learn.event_candidates import (
    Candidate,
    candidates,
    reported_date,
)
from justicekg.extract.learn.folds import FOLDS, Example, fold_of, load_examples
from justicekg.extract.pipeline import DEFAULT_PIPELINE

__all__ = [
    "MODEL_PATH",
    "PIPELINE",
    "active_model",
    "revise",
    "shipped_model",
    "train",
    "using",
]

MODEL_PATH = DATA_DIR / "models" / "events.json"
#: the default pipeline with the model after the event rules (``extract(..., pipeline=PIPELINE)``)
PIPELINE = tuple(
    name
    for step in DEFAULT_PIPELINE
    for name in ((step, "event_model") if step == "events" else (step,))
)
#: threshold grids searched inside the training items: a rule event is dropped only when the
#: model gives its date less than a 10 % chance (precision first)
DROP_GRID = (0.0, 0.02, 0.05, 0.1)
ADD_GRID = (0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
L2 = 2.0
MIN_COUNT = 2


@cache
def shipped_model() -> logreg.Model:
    """The model file in ``data/models/events.json``, read once.

    Raises:
        OntologyError: the file is missing or broken (the message names it).
    """
    return logreg.load(MODEL_PATH)


def active_model() -> logreg.Model | None:
    """The model in use: the one set by :func:`using`, else the shipped file (read once): the
    ``event_model`` recognizer only runs when asked for (``PIPELINE``, or a model switched on).

    Raises:
        OntologyError: the shipped model file is missing or broken (names the file).
    """
    return active.model("events", default=shipped_model)


def using(model: logreg.Model | None) -> AbstractContextManager[None]:
    """Extract with ``model`` (``None``: the rules alone) inside the block; with a model, the
    default pipeline runs ``event_model`` too (:func:`justicekg.extract.learn.active.using`)."""
    return active.using("events", model)


def revise(doc: Doc, model: logreg.Model) -> Doc:
    """Correct the rule events of ``doc`` with ``model``: a rule event on a date the model
    finds very unlikely (``p < drop``) is dropped; a date without an event the model finds very
    likely (``p >= add``) becomes one, its kind from the cue words."""
    events = doc.by_label("event")
    found = candidates(doc)
    if not found:
        return doc
    best = _best_by_date(found, [model.score(c.features) for c in found])
    drop = float(model.meta.get("drop", 0.0))
    add = float(model.meta.get("add", 1.01))
    dropped = {
        id(e) for e in events if e.name in best and best[e.name][0] < drop and e.rule in _DROPPABLE
    }
    if dropped:
        doc.spans = [s for s in doc.spans if id(s) not in dropped]
    dates = {e.name for e in events}
    for date, (p, c) in sorted(best.items()):
        if p >= add and date not in dates:
            s0, s1 = c.sentence
            doc.add(Span(s0, s1, "event", date, "learned", {"kind": c.kind, "date_start": c.start}))
    return doc


#: the rule events the model may drop: those a dated sentence alone decided
_DROPPABLE = frozenset({"date-sentence", "second-activity", "same-date", "later-signing"})


def _best_by_date(
    found: Sequence[Candidate], scores: Sequence[float]
) -> dict[str, tuple[float, Candidate]]:
    best: dict[str, tuple[float, Candidate]] = {}
    for c, p in zip(found, scores, strict=True):
        if c.date is not None and (c.date not in best or p > best[c.date][0]):
            best[c.date] = (p, c)
    return best


# ---------------------------------------------------------------------------------------
# training


@dataclass(slots=True)
class _Item:
    """One training article: its candidates, gold events and rule events."""

    example: Example
    found: list[Candidate]
    labels: list[bool]
    gold: set[tuple[Any, ...]]
    rules: list[tuple[str, str | None, str]]  # (kind, report date, rule) of the rule events


def _rules_doc(example: Example) -> Doc:
    from justicekg.extract.pipeline import _recognizers
    from justicekg.text.normalize import normalize
    from justicekg.text.segment import unwrap

    doc = Doc(unwrap(normalize(example.text)))
    with using(None):
        for recognizer in _recognizers(tuple(DEFAULT_PIPELINE)):
            doc = recognizer(doc)
    return doc


def _item(example: Example) -> _Item:
    doc = _rules_doc(example)
    found = candidates(doc)
    gold = set(_score.extract_facts(example.gold)["events"])
    gold_dates = {d for _, d in gold}
    labels = [_score.normalize(c.date) in gold_dates for c in found]
    rules = [(str(e.data["kind"]), reported_date(e.name), e.rule) for e in doc.by_label("event")]
    return _Item(example, found, labels, gold, rules)


def _fit(items: Sequence[_Item]) -> logreg.Model:
    samples = [c.features for it in items for c in it.found]
    labels = [y for it in items for y in it.labels]
    return logreg.train(samples, labels, l2=L2, min_count=MIN_COUNT)


def _combined(item: _Item, scores: Sequence[float], drop: float, add: float) -> set[Any]:
    """The event facts of ``item`` after the model's corrections (as :func:`revise` makes)."""
    best = _best_by_date(item.found, scores)
    kept = [
        (k, d)
        for k, d, rule in item.rules
        if not (d in best and best[d][0] < drop and rule in _DROPPABLE)
    ]
    dates = {d for _, d, _ in item.rules}
    kept += [(c.kind, d) for d, (p, c) in best.items() if p >= add and d not in dates]
    return set(
        _score.extract_facts({"events": [{"kind": k, "date": d} for k, d in kept]})["events"]
    )


def _f1(
    items: Sequence[_Item], scores: Sequence[Sequence[float]], drop: float, add: float
) -> float:
    tp = pred = gold = 0
    for it, sc in zip(items, scores, strict=True):
        facts = _combined(it, sc, drop, add)
        tp += len(facts & it.gold)
        pred += len(facts)
        gold += len(it.gold)
    return _score.prf(gold, pred, tp)["f1"]


def _thresholds(items: Sequence[_Item], scores: Sequence[Sequence[float]]) -> tuple[float, float]:
    """The (drop, add) pair with the best event F1 over ``items``, given held-out ``scores``.

    Among equal scores the highest ``drop`` wins: the rules' in-sample score on these items
    overstates them, while the model's scores are held-out; but the highest ``add`` (an added
    event costs precision, which matters most).
    """
    best: tuple[float, float, float] | None = None
    for drop in DROP_GRID:
        for add in sorted(ADD_GRID, reverse=True):
            f = _f1(items, scores, drop, add)
            if best is None or f > best[0] + 1e-9 or (f > best[0] - 1e-9 and drop > best[1]):
                best = (f, drop, add)
    assert best is not None
    return best[1], best[2]


def train_items(items: Sequence[_Item], *, inner: int = FOLDS) -> logreg.Model:
    """A model over ``items`` with its thresholds chosen by an inner cross-validation over
    them (the scores that choose the thresholds come from models not trained on the item)."""
    scores: list[list[float]] = [[] for _ in items]
    for k in range(inner):
        held = {i for i, it in enumerate(items) if fold_of(it.example.id + "/inner", inner) == k}
        if not held:
            continue
        model = _fit([it for i, it in enumerate(items) if i not in held])
        for i in held:
            scores[i] = [model.score(c.features) for c in items[i].found]
    drop, add = _thresholds(items, scores)
    model = _fit(items)
    meta = {"drop": drop, "add": add, "items": len(items)}
    return logreg.Model(model.weights, model.bias, 0.5, meta)


def train(examples: Sequence[Example]) -> logreg.Model:
    """The event model trained on ``examples`` (their gold), thresholds included."""
    return train_items([_item(e) for e in examples])


def extract_with(example: Example, model: logreg.Model | None) -> dict[str, Any]:
    """The report of ``example`` with ``model`` (``None``: the rules alone)."""
    from justicekg.extract.pipeline import extract

    with using(model):
        return extract(example.text, article_id=example.id, pipeline=PIPELINE).to_dict()


def main(argv: list[str] | None = None) -> int:
    """``python -m justicekg.extract.learn.events train|cv DIR [OUT]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2 or args[0] not in ("train", "cv"):
        sys.stderr.write("usage: python -m justicekg.extract.learn.events train|cv DIR [OUT]\n")
        return 2
    examples = load_examples(args[1])
    if args[0] == "train":
        out = Path(args[2]) if len(args) > 2 else MODEL_PATH
        model = train(examples)
        model.meta["corpus"] = Path(args[1]).name
        model.meta["version"] = __version__
        model.save(out)
        print(
            f"wrote {out} ({len(model.weights)} weights, drop {model.meta['drop']}, "
            f"add {model.meta['add']}, {len(examples)} items)"
        )
        return 0
    items = {e.id: _item(e) for e in examples}
    result = cross_validate(
        examples, lambda train_set: train_items([items[e.id] for e in train_set]), extract_with
    )
    print(format_cv(result))
    return 0


if __name__ == "__main__":
    # run the imported module's main: the recognizer reads that module's state, not __main__'s
    from justicekg.extract.learn.events import main as _main

    raise SystemExit(_main())
