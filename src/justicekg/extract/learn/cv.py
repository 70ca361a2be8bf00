"""Held-out scoring: the extractor with and without a learned component, fold by fold.

``cross_validate`` trains the component on all folds but one and scores both extractors on the
held-out fold, with the evaluation kit's own fact keys (:mod:`justicekg.extract._score`). The
pooled held-out score is the honest estimate of what the component adds on unseen articles.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from pathlib import Path
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
    subset: Collection[str] | None = None,
) -> dict[str, Any]:
    """Score ``extract(example, None)`` (rules) and ``extract(example, model)`` on held-out folds.

    Args:
        subset: item ids whose held-out scores are also pooled on their own (``"subset"``).

    Returns:
        ``{"folds": [{"fold", "items", "rules", "learned"}...], "rules": Counts,
        "learned": Counts}`` where the last two pool all held-out folds; with ``subset``,
        ``"subset": {"items", "rules", "learned"}`` pools its items only (each scored by the
        model of the fold that held it out).
    """
    rows = []
    pooled: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {"rules": [], "learned": []}
    in_subset: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {"rules": [], "learned": []}
    for fold in range(folds):
        training, held = split(examples, fold)
        if not held:
            continue
        model = train(training)
        rules = [(e.gold, extract(e, None)) for e in held]
        learned = [(e.gold, extract(e, model)) for e in held]
        pooled["rules"] += rules
        pooled["learned"] += learned
        if subset is not None:
            inside = [i for i, e in enumerate(held) if e.id in subset]
            in_subset["rules"] += [rules[i] for i in inside]
            in_subset["learned"] += [learned[i] for i in inside]
        rows.append(
            {"fold": fold, "items": len(held), "rules": counts(rules), "learned": counts(learned)}
        )
    result: dict[str, Any] = {"folds": rows, **{k: counts(v) for k, v in pooled.items()}}
    if subset is not None:
        result["subset"] = {"items": len(in_subset["rules"])} | {
            k: counts(v) for k, v in in_subset.items()
        }
    return result


def read_ids(path: str | Path) -> list[str]:
    """The item ids listed in a file (``--report-ids``): one a line, blank lines and ``#``
    comments skipped, in their order, each once.

    Raises:
        ConfigError: the file cannot be read or lists no id (the message names it).
    """
    from justicekg.catalogue import Message  # (babel, only for the errors)
    from justicekg.errors import ConfigError

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError) as error:
        raise ConfigError(
            Message("learn_ids_unreadable"),
            where=str(path),
            hint=Message("learn_ids_unreadable_hint", detail=str(error)),
        ) from error
    ids = [line.split("#", 1)[0].strip() for line in lines]
    found = list(dict.fromkeys(i for i in ids if i))
    if not found:
        raise ConfigError(
            Message("learn_ids_none"), where=str(path), hint=Message("learn_ids_none_hint")
        )
    return found


def listed(found: Collection[str], path: str | Path) -> None:
    """Check that some of the ids of ``path`` are among the items ``found`` (dev items with
    their texts), else the subset's tables would pool nothing.

    Raises:
        ConfigError: none is (the message names the file).
    """
    if found:
        return
    from justicekg.catalogue import Message  # (babel, only for the error)
    from justicekg.errors import ConfigError

    raise ConfigError(
        Message("learn_ids_not_dev"), where=str(path), hint=Message("learn_ids_not_dev_hint")
    )


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
