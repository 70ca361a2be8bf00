"""Held-out scoring: the extractor with and without a learned component, fold by fold.

``cross_validate`` trains the component on all folds but one and scores both extractors on the
held-out fold, with the evaluation kit's own fact keys (:mod:`justicekg.extract._score`). The
pooled held-out score is the honest estimate of what the component adds on unseen articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from justicekg.extract import _score
from justicekg.extract.learn.folds import FOLDS, Example, split

M = TypeVar("M")
Extractor = Callable[[Example, Any], dict[str, Any]]
Counts = dict[str, dict[str, int]]


def counts(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> Counts:
    """gold / pred / tp per fact set over (gold report, predicted report) pairs."""
    total = {name: {"gold": 0, "pred": 0, "tp": 0} for name in _score.FACT_SETS}
    for gold, pred in pairs:
        compared = _score.compare(_score.extract_facts(gold), _score.extract_facts(pred))
        for name in _score.FACT_SETS:
            for key in ("gold", "pred", "tp"):
                total[name][key] += compared[name][key]
    return total


def f1(table: Counts, fact_set: str | None = None) -> float:
    """F1 of one fact set, or micro F1 over all of them (``fact_set=None``)."""
    names = [fact_set] if fact_set else list(table)
    g = sum(table[n]["gold"] for n in names)
    p = sum(table[n]["pred"] for n in names)
    t = sum(table[n]["tp"] for n in names)
    return _score.prf(g, p, t)["f1"]


def cross_validate(
    examples: list[Example],
    train: Callable[[list[Example]], M],
    extract: Callable[[Example, M | None], dict[str, Any]],
    *,
    folds: int = FOLDS,
) -> dict[str, Any]:
    """Score ``extract(example, None)`` (rules) and ``extract(example, model)`` on held-out folds.

    Returns:
        ``{"folds": [{"fold", "items", "rules", "learned"}...], "rules": Counts,
        "learned": Counts}`` where the last two pool all held-out folds.
    """
    rows = []
    pooled_rules: list[tuple[dict[str, Any], dict[str, Any]]] = []
    pooled_learned: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for fold in range(folds):
        training, held = split(examples, fold)
        if not held:
            continue
        model = train(training)
        rules = [(e.gold, extract(e, None)) for e in held]
        learned = [(e.gold, extract(e, model)) for e in held]
        pooled_rules += rules
        pooled_learned += learned
        rows.append(
            {"fold": fold, "items": len(held), "rules": counts(rules), "learned": counts(learned)}
        )
    return {"folds": rows, "rules": counts(pooled_rules), "learned": counts(pooled_learned)}


def language(lang: str | None = None) -> str:
    """``lang``, else the command line's language (``$JUSTICEKG_LANG``, the locale; Vietnamese
    unless English is asked for): the language of the developer commands' tables."""
    if lang is not None:
        return lang
    from justicekg.cli_lang import current

    return current()


def format_cv(result: dict[str, Any], *, lang: str | None = None) -> str:
    """A table: per fold and pooled, rules vs learned F1 (overall and per fact set); its words
    from the catalogue in ``lang`` (:func:`language`)."""
    from justicekg.catalogue import gettext

    lang = language(lang)
    which_word = {
        "rules": gettext("learn_col_rules", lang),
        "learned": gettext("learn_col_learned", lang),
    }
    names = list(_score.FACT_SETS)
    overall = gettext("learn_overall", lang)
    head = f"{'':14}" + "".join(f"{n[:8]:>9}" for n in names) + f"{overall[:8]:>9}"
    lines = [head]
    for row in [*result["folds"], {"fold": gettext("learn_fold_all", lang), **result}]:
        for which in ("rules", "learned"):
            table = row[which]
            cells = "".join(f"{f1(table, n):9.3f}" for n in names)
            label = f"{row['fold']} {which_word[which]}"
            lines.append(f"{label:14}{cells}{f1(table):9.3f}")
    return "\n".join(lines)
