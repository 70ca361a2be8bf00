"""Bootstrap confidence intervals for extraction scores: how much a score could move with
another draw of articles of the same kind.

The kit's scorer micro-averages facts over articles, and facts of one article are not
independent (one missed event loses its participants too), so the unit resampled is the
**article**: each of ``samples`` resamples draws as many articles as were scored, with
replacement, sums their gold / predicted / matched counts per fact set and computes F1 from
the sums. The interval is the percentile interval of those F1 values (``level`` 0.95: the 2.5th
and 97.5th percentiles). The draw is seeded, so the same scores give the same interval.

>>> per_file = {"a.json": {"events": {"gold": 2, "pred": 2, "tp": 2}},
...             "b.json": {"events": {"gold": 2, "pred": 2, "tp": 0}}}
>>> ci = intervals(per_file, ["events"], samples=400)
>>> ci["events"]["f1"], ci["events"]["low"] < 0.5 < ci["events"]["high"]
(0.5, True)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

__all__ = ["OVERALL", "intervals"]

#: The key of the interval of all fact sets together (micro-averaged, as the scorer's).
OVERALL = "overall"
_COUNTS = ("gold", "pred", "tp")


def intervals(
    per_file: Mapping[str, Mapping[str, Mapping[str, Any]]],
    fact_sets: Sequence[str],
    *,
    samples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> dict[str, dict[str, float]]:
    """F1 with its bootstrap interval per fact set and overall: ``{name: {f1, low, high}}``.

    ``per_file`` is the scorer's per-file comparison (``score_dirs(...)["per_file"]``): for
    each file and fact set at least the counts ``gold``, ``pred`` and ``tp``.

    Raises:
        ValueError: no file, fewer than one sample, or a level outside (0, 1).
    """
    if not per_file:
        raise ValueError("no scored file to resample")
    if samples < 1 or not 0 < level < 1:
        raise ValueError(f"need samples >= 1 and 0 < level < 1 (got {samples}, {level})")
    names = [*fact_sets, OVERALL]
    counts = np.array(
        [[[file[name][c] for c in _COUNTS] for name in fact_sets] for file in per_file.values()],
        dtype=np.int64,
    )  # files × fact sets × (gold, pred, tp)
    counts = np.concatenate([counts, counts.sum(axis=1, keepdims=True)], axis=1)
    n = counts.shape[0]
    rng = np.random.default_rng(seed)
    weights = rng.multinomial(n, np.full(n, 1.0 / n), size=samples)  # samples × files
    drawn = np.einsum("sf,fkc->skc", weights, counts)  # samples × sets × counts
    observed = counts.sum(axis=0)
    tail = (1 - level) / 2 * 100
    out: dict[str, dict[str, float]] = {}
    for k, name in enumerate(names):
        f1s = _f1(drawn[:, k, 0], drawn[:, k, 1], drawn[:, k, 2])
        low, high = np.percentile(f1s, [tail, 100 - tail])
        f1 = float(_f1(observed[k, 0], observed[k, 1], observed[k, 2]))
        out[name] = {"f1": round(f1, 4), "low": round(float(low), 4), "high": round(float(high), 4)}
    return out


def _f1(gold: Any, pred: Any, tp: Any) -> Any:
    """F1 = 2·tp / (gold + pred); 1.0 when there is nothing to find and nothing found (as the
    scorer counts an empty fact set)."""
    gold, pred, tp = (np.asarray(x, dtype=float) for x in (gold, pred, tp))
    total = gold + pred
    return np.where(total > 0, 2 * tp / np.where(total > 0, total, 1), 1.0)
