"""A logistic regression over named features: trained with numpy, applied in plain Python.

Features are ``{name: value}`` dicts (value 1.0 for a present indicator). The model keeps only
the features it saw in training; unknown features weigh nothing. Training is full-batch
gradient descent with L2 regularisation and a fixed number of steps: deterministic, so the same
data always gives the same model file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from justicekg.errors import OntologyError

Features = Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Model:
    """Weights by feature name, a bias and the decision threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, features: Features) -> float:
        """The probability of the positive class.

        >>> Model({"a": 2.0}, bias=-2.0).score({"a": 1.0})
        0.5
        """
        z = self.bias + sum(self.weights.get(name, 0.0) * v for name, v in features.items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def accepts(self, features: Features) -> bool:
        return self.score(features) >= self.threshold

    def to_dict(self) -> dict[str, Any]:
        weights = {k: round(w, 6) for k, w in sorted(self.weights.items()) if abs(w) >= 1e-6}
        return {
            "version": 1,
            "threshold": self.threshold,
            "bias": round(self.bias, 6),
            "meta": self.meta,
            "weights": weights,
        }

    def save(self, path: str | Path) -> None:
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=1, sort_keys=True)
        Path(path).write_text(text + "\n", encoding="utf-8")


def load(path: str | Path) -> Model:
    """Read a model file written by :meth:`Model.save`.

    Raises:
        OntologyError: the file is missing or not a model (names the file, and the line when
            the JSON is broken).
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Model(
            {str(k): float(v) for k, v in data["weights"].items()},
            float(data["bias"]),
            float(data.get("threshold", 0.5)),
            dict(data.get("meta", {})),
        )
    except json.JSONDecodeError as error:
        from justicekg.catalogue import Message  # (babel, only for the error)

        raise OntologyError(
            Message("learned_model_unreadable"),
            where=f"{path}:{error.lineno}",
            hint=Message("learned_model_unreadable_hint", detail=str(error)),
        ) from error
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        from justicekg.catalogue import Message

        raise OntologyError(
            Message("learned_model_unreadable"),
            where=str(path),
            hint=Message("learned_model_unreadable_hint", detail=str(error)),
        ) from error


def train(
    samples: Sequence[Features],
    labels: Sequence[bool],
    *,
    l2: float = 1.0,
    steps: int = 400,
    rate: float = 0.5,
    min_count: int = 1,
    threshold: float = 0.5,
    meta: dict[str, Any] | None = None,
) -> Model:
    """Fit a model to ``samples`` and their ``labels``.

    Args:
        l2: the regularisation strength (per training sample, on all weights but the bias).
        steps: gradient steps (Adagrad-scaled, full batch).
        min_count: keep only features present in at least this many samples.

    >>> m = train([{"x": 1.0}, {"y": 1.0}] * 10, [True, False] * 10, l2=0.01)
    >>> m.accepts({"x": 1.0}), m.accepts({"y": 1.0})
    (True, False)
    """
    if len(samples) != len(labels):
        raise ValueError("samples and labels differ in length")
    index = _vocabulary(samples, min_count)
    x = np.zeros((len(samples), len(index)), dtype=np.float64)
    for row, sample in enumerate(samples):
        for name, value in sample.items():
            col = index.get(name)
            if col is not None:
                x[row, col] = value
    return _fit(
        lambda w: x @ w,
        lambda err: x.T @ err,
        index,
        labels,
        l2=l2,
        steps=steps,
        rate=rate,
        threshold=threshold,
        meta=meta,
    )


def train_sparse(
    samples: Sequence[Features],
    labels: Sequence[bool],
    *,
    l2: float = 1.0,
    steps: int = 400,
    rate: float = 0.5,
    min_count: int = 1,
    threshold: float = 0.5,
    meta: dict[str, Any] | None = None,
) -> Model:
    """:func:`train` with the samples held sparse (their non-zero values only): the same model
    (up to rounding) in far less time and memory when samples have few of many features.

    >>> m = train_sparse([{"x": 1.0}, {"y": 1.0}] * 10, [True, False] * 10, l2=0.01)
    >>> m.accepts({"x": 1.0}), m.accepts({"y": 1.0})
    (True, False)
    """
    if len(samples) != len(labels):
        raise ValueError("samples and labels differ in length")
    index = _vocabulary(samples, min_count)
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for row, sample in enumerate(samples):
        for name, value in sample.items():
            col = index.get(name)
            if col is not None:
                rows.append(row)
                cols.append(col)
                vals.append(value)
    r, c, v = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64), np.asarray(vals)
    return _fit(
        lambda w: np.bincount(r, weights=v * w[c], minlength=len(samples)),
        lambda err: np.bincount(c, weights=v * err[r], minlength=len(index)),
        index,
        labels,
        l2=l2,
        steps=steps,
        rate=rate,
        threshold=threshold,
        meta=meta,
    )


def _vocabulary(samples: Sequence[Features], min_count: int) -> dict[str, int]:
    """The column of each feature present in at least ``min_count`` samples (sorted names)."""
    counts: dict[str, int] = {}
    for sample in samples:
        for name in sample:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= min_count)
    return {n: i for i, n in enumerate(names)}


def _fit(
    margins: Callable[[np.ndarray], np.ndarray],
    gradient: Callable[[np.ndarray], np.ndarray],
    index: dict[str, int],
    labels: Sequence[bool],
    *,
    l2: float,
    steps: int,
    rate: float,
    threshold: float,
    meta: dict[str, Any] | None,
) -> Model:
    """Full-batch Adagrad on the L2-regularised log loss, the samples seen through
    ``margins`` (weights → each sample's ``x·w``) and ``gradient`` (errors → ``xᵀ·err``)."""
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(len(index))
    b = 0.0
    gw_acc = np.full(len(index), 1e-8)
    gb_acc = 1e-8
    n = max(len(labels), 1)
    for _ in range(steps):
        z = np.clip(margins(w) + b, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        err = p - y
        gw = gradient(err) / n + l2 * w / n
        gb = float(err.mean()) if len(labels) else 0.0
        gw_acc += gw * gw
        gb_acc += gb * gb
        w -= rate * gw / np.sqrt(gw_acc)
        b -= rate * gb / math.sqrt(gb_acc)
    return Model(
        {name: float(w[i]) for name, i in index.items()}, float(b), threshold, dict(meta or {})
    )
