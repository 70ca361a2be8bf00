"""The learned event model: is an event of a report right, and of which kind?

Each event a report gives (a kind, a date or none, its evidence sentence) is described by the
features of :mod:`.event_facts`, read on the article as the present rules read it, so the model
checks any extractor's events: the present rules' (the ``event_model`` recognizer, right after
the event rules: :func:`revise`) or an older checkout's report (:func:`revise_report`). A
logistic regression (the verifier) gives the chance that the gold reports an event on that
date; one model per kind (one against the rest, ``meta.kinds``) reads the kind. An event below
``meta.drop`` is dropped (with its participants); one whose best other kind scores at least
``meta.relabel`` and more than its own takes that kind. Training and the thresholds:
:mod:`.event_training` (the gold of the development items, read by the present rules and by
older checkouts that had never seen them; thresholds by an inner cross-validation).

The recognizer runs when asked for (``extract(..., pipeline=PIPELINE)``) or when a model is
switched on (:func:`using`, ``events`` in ``Settings.learned``, or in the default set
``active.DEFAULT``); ``data/models/README.md`` has the held-out numbers and the decisions.

``python -m justicekg.extract.learn.events train DIR --unseen UDIR`` writes
``data/models/events.json``; ``... cv DIR --unseen UDIR`` prints the held-out tables.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from typing import Any

import numpy as np

from justicekg.config import DATA_DIR
from justicekg.extract.doc import Doc
from justicekg.extract.learn import active, logreg
from justicekg.extract.learn.event_facts import Fact, doc_facts, fact_features, report_facts
from justicekg.extract.pipeline import DEFAULT_PIPELINE

__all__ = [
    "MODEL_PATH",
    "PIPELINE",
    "active_model",
    "decide",
    "kind_scores",
    "pick_kind",
    "relabel",
    "revise",
    "revise_report",
    "scores",
    "shipped_model",
    "using",
]

MODEL_PATH = DATA_DIR / "models" / "events.json"
#: the default pipeline with the model after the event rules (``extract(..., pipeline=PIPELINE)``)
PIPELINE = tuple(
    name
    for step in DEFAULT_PIPELINE
    for name in ((step, "event_model") if step == "events" else (step,))
)


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
    """Correct the rule events of ``doc`` with ``model`` (:func:`decide`): an event the model
    finds very unlikely is dropped, one whose kind it reads otherwise with confidence takes
    that kind."""
    spans = doc.by_label("event")
    if not spans:
        return doc
    decisions = decide(model, doc, doc_facts(doc))
    dropped = {id(s) for s, (keep, _) in zip(spans, decisions, strict=True) if not keep}
    for s, (keep, kind) in zip(spans, decisions, strict=True):
        if keep and kind != s.data["kind"]:
            s.data["kind"] = kind
    if dropped:
        doc.spans = [s for s in doc.spans if id(s) not in dropped]
    return doc


def revise_report(report: dict[str, Any], doc: Doc, model: logreg.Model) -> dict[str, Any]:
    """``report`` (any extractor's, as a dict) with its events corrected as :func:`revise`
    corrects a document's, their features read on ``doc`` (the article as the present rules
    read it): a dropped event goes with its participants. ``report`` is not changed."""
    events = [e for e in report.get("events") or [] if isinstance(e, dict)]
    if not events:
        return report
    decisions = decide(model, doc, report_facts({"events": events}, doc.text))
    kept = [{**e, "kind": kind} for e, (keep, kind) in zip(events, decisions, strict=True) if keep]
    return {**report, "events": kept}


def decide(model: logreg.Model, doc: Doc, facts: Sequence[Fact]) -> list[tuple[bool, str]]:
    """(keep, kind) for each of ``facts``: dropped when the model gives it less than
    ``meta.drop``; its kind replaced by the kind model's best when that scores at least
    ``meta.relabel`` and above the fact's own kind."""
    if not facts:
        return []
    drop = float(model.meta.get("drop", 0.0))
    threshold = float(model.meta.get("relabel", 1.01))
    return [
        (p >= drop, pick_kind(kinds, fact.kind, threshold))
        for (p, kinds), fact in zip(scores(model, fact_features(doc, facts)), facts, strict=True)
    ]


def relabel(model: logreg.Model, features: dict[str, float], kind: str) -> str:
    """The kind the model gives an event of ``kind`` with ``features`` (``kind`` itself unless
    another kind scores at least ``meta.relabel`` and more than ``kind``)."""
    return pick_kind(kind_scores(model, features), kind, float(model.meta.get("relabel", 1.01)))


def pick_kind(scores: dict[str, float], kind: str, threshold: float) -> str:
    """The best-scoring kind when it is not ``kind``, scores at least ``threshold`` and more
    than ``kind``; else ``kind``.

    >>> pick_kind({"meeting": 0.9, "other": 0.2}, "other", 0.8)
    'meeting'
    >>> pick_kind({"meeting": 0.7, "other": 0.2}, "other", 0.8)
    'other'
    """
    if not scores:
        return kind
    best = max(scores, key=lambda k: (scores[k], k == kind))
    if best != kind and scores[best] >= threshold and scores[best] > scores.get(kind, 0.0):
        return best
    return kind


def kind_scores(model: logreg.Model, features: dict[str, float]) -> dict[str, float]:
    """Each kind's score (one-against-the-rest models in ``meta.kinds``)."""
    return scores(model, [features])[0][1]


def scores(
    model: logreg.Model, samples: Sequence[dict[str, float]]
) -> list[tuple[float, dict[str, float]]]:
    """The verifier's score (:meth:`.logreg.Model.score`) and each kind's
    (:func:`kind_scores`) of each of ``samples``, read from one table of the model's weights:
    a row per feature it knows, so each feature is looked up once for all its models. The
    sums run in the features' order, as the models' own do, so the scores are the same to
    the last bit (a feature no model knows adds nothing).

    >>> m = logreg.Model({"a": 2.0}, -2.0, meta={"kinds": {"x": {"weights": {"a": 1.0},
    ...     "bias": -1.0}}})
    >>> scores(m, [{"a": 1.0, "b": 1.0}, {}])
    [(0.5, {'x': 0.5}), (0.11920292202211755, {'x': 0.2689414213699951})]
    """
    table = _table(model)
    unknown = len(table.weights) - 1  # (a row of zeros: an unknown feature adds 0.0)
    out = []
    for features in samples:
        rows = np.fromiter(map(table.rows.get, features, repeat(unknown)), np.intp, len(features))
        values = np.fromiter(features.values(), np.float64, len(features))
        terms = table.weights[rows] * values[:, None]
        # the verifier's sum as Model.score's (Python's sum), then its bias; each kind's from
        # its bias, feature after feature as kind_scores added them (cumsum: no pairwise sums)
        z = model.bias + sum(terms[:, 0].tolist())
        p = 0.0 if z < -30 else 1.0 / (1.0 + math.exp(-z))
        sums = np.concatenate((table.start, terms[:, 1:])).cumsum(axis=0)[-1].tolist()
        kinds = {
            k: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v))))
            for k, v in zip(table.kinds, sums, strict=True)
        }
        out.append((p, kinds))
    return out


@dataclass(frozen=True, slots=True)
class _Table:
    """A model's weights by feature: ``weights[rows[name]]`` holds the verifier's weight then
    each kind's (in ``kinds``' order, 0.0 where a model lacks the feature; the last row, all
    0.0, is an unknown feature's); ``start``: the kinds' biases, their sums' first row."""

    rows: dict[str, int]
    weights: np.ndarray
    kinds: tuple[str, ...]
    start: np.ndarray


_TABLES: dict[int, tuple[logreg.Model, _Table]] = {}


def _table(model: logreg.Model) -> _Table:
    """The table of ``model`` (built once per model object)."""
    held = _TABLES.get(id(model))
    if held is not None and held[0] is model:
        return held[1]
    parts = model.meta.get("kinds") or {}
    kinds = tuple(parts)
    names = list(model.weights)
    rows = {name: i for i, name in enumerate(names)}
    for part in parts.values():
        for name in part["weights"]:
            if name not in rows:
                rows[name] = len(names)
                names.append(name)
    weights = np.zeros((len(names) + 1, 1 + len(kinds)), dtype=np.float64)
    for name, w in model.weights.items():
        weights[rows[name], 0] = w
    for col, part in enumerate(parts.values(), start=1):
        for name, w in part["weights"].items():
            weights[rows[name], col] = float(w)
    start = np.array([[float(p["bias"]) for p in parts.values()]], dtype=np.float64)
    table = _Table(rows, weights, kinds, start)
    if len(_TABLES) > 8:
        _TABLES.clear()
    _TABLES[id(model)] = (model, table)
    return table


def main(argv: list[str] | None = None) -> int:
    """``python -m justicekg.extract.learn.events train|cv DIR ...``
    (:func:`justicekg.extract.learn.event_training.main`)."""
    from justicekg.extract.learn.event_training import main as _main

    return _main(argv)


if __name__ == "__main__":
    # run the imported module's main: the recognizer reads that module's state, not __main__'s
    from justicekg.extract.learn.events import main as _imported_main

    raise SystemExit(_imported_main())
