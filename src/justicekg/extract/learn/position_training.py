"""Training and held-out scoring of the learned position assembly (:mod:`.positions`).

The model is a logistic regression over the candidates' features, labelled by the gold; the
combination thresholds (drop, add, swap) are chosen by an inner cross-validation inside the
training items. The rules are fitted to the development items, so their readings there are
better than on unseen pages: with ``unseen`` readings (each item read by a checkout that never
saw it, :mod:`.position_readings`) the model learns from those as well, the thresholds are
tuned on both, and ``cv`` reports table (U), those readings with and without the model, beside
table (P), the present rules with and without it.
"""

from __future__ import annotations

import sys
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from justicekg import __version__
from justicekg.errors import JusticeKGError
from justicekg.extract import _score
from justicekg.extract.learn import logreg, position_readings
from justicekg.extract.learn.cv import counts
from justicekg.extract.learn.folds import Example, fold_of, load_examples, warn_unknown_ids
from justicekg.extract.learn.position_pairs import Candidate, candidates
from justicekg.extract.learn.position_readings import Reading
from justicekg.extract.learn.positions import (
    MODEL_PATH,
    Key,
    RuleReadings,
    combine,
    key,
    known_candidates,
    using,
)

#: threshold grids searched inside the training folds (a drop below 0 and an add above 1 = off).
#: Trained on readings of rules that never saw the items, the model knows what the rules'
#: decision is worth (:func:`.positions.rule_features`): out of fold the inner CV settles on
#: dropping below 0.3-0.4, adding at 0.5-0.7 and swapping at 0.5-0.7.
DROP_GRID = (-1.0, 0.05, 0.1, 0.2, 0.3, 0.4)
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 2.0)
SWAP_GRID = (0.5, 0.6, 0.7, 0.8, 2.0)
#: the thresholds that leave the rules' readings as they are
OFF = (-1.0, 2.0, 2.0)
INNER_FOLDS = 4
TRAIN_OPTIONS: dict[str, Any] = {"l2": 2.0, "steps": 300, "rate": 0.3, "min_count": 2}


@dataclass(slots=True)
class Prepared:
    """One training item: its candidates' features and keys, the rules' keys, the gold's."""

    id: str
    features: list[dict[str, float]]
    keys: list[Key]
    pairs: list[tuple[str, int]]
    rule_keys: set[Key]
    gold_keys: set[Key]


def prepare(example: Example) -> Prepared:
    """Run the recognizers and the rules on an item and read its candidates.

    The document is the one extraction reads (:func:`~justicekg.extract.pipeline.file_doc` of
    the item's file; of its text, as :func:`~justicekg.extract.pipeline.extract` reads it,
    when it has none): one apostrophe, the published date, title and site the file gives.
    """
    from justicekg.extract.pipeline import DEFAULT_PIPELINE, file_doc, read_doc, recognizers
    from justicekg.extract.relations import link_positions

    if example.path is not None:
        doc = file_doc(example.path, max_bytes=0)
    else:
        doc = read_doc(example.text)[1]
    for recognizer in recognizers(tuple(DEFAULT_PIPELINE)):
        doc = recognizer(doc)
    people = link_positions(doc)
    cands = known_candidates(doc, people)
    rule_keys = {key(f.name, t, o) for f in people.values() for t, o, _ in f.positions}
    return _prepared_item(example, cands, rule_keys)


def _fit(items: Sequence[Prepared]) -> logreg.Model:
    samples = [f for it in items for f in it.features]
    labels = [k in it.gold_keys for it in items for k in it.keys]
    return logreg.train_sparse(samples, labels, **TRAIN_OPTIONS)


def _f1(items: Sequence[Prepared], probs: Sequence[Sequence[float]], *thresholds: float) -> float:
    c = _counts(items, probs, *thresholds)
    return _score.prf(c["gold"], c["pred"], c["tp"])["f1"]


def prepare_reading(example: Example, reading: Reading) -> Prepared:
    """An item as a checkout that never saw it read it: the candidates of that checkout's
    document (its recognizers' spans), its report's positions as the rules' keys."""
    people = reading.people
    cands = [c for c in candidates(reading.doc) if c.person in people]
    return _prepared_item(example, cands, reading.positions)


def _prepared_item(example: Example, cands: Sequence[Candidate], rule_keys: set[Key]) -> Prepared:
    keys = [key(c.person, c.title, c.org) for c in cands]
    decided = RuleReadings(rule_keys)
    return Prepared(
        example.id,
        [{**c.features, **decided.features(k)} for c, k in zip(cands, keys, strict=True)],
        keys,
        [(c.person, id(c.span)) for c in cands],
        rule_keys,
        {tuple(k) for k in _score.extract_facts(example.gold)["positions"]},  # normalized keys
    )


def train(
    items: Sequence[Prepared],
    *,
    unseen: Sequence[Prepared] = (),
    meta: dict[str, Any] | None = None,
) -> logreg.Model:
    """A model of all ``items`` (and ``unseen``), thresholds chosen by an inner cross-validation.

    Args:
        items: the items as the present rules read them.
        unseen: the same or other items as rules that never saw them read them
            (:mod:`.position_readings`): the model learns from both, and the thresholds
            maximise the sum of the F1 on those readings (as on pages the rules never saw) and
            of the F1 with the present rules (so as not to undo what they read right). An
            item's two readings are always in the same inner fold.
    """
    every = [*items, *unseen]
    oof: dict[int, list[float]] = {}
    for inner in range(INNER_FOLDS):
        fit_on = [it for it in every if fold_of(it.id + "#inner", INNER_FOLDS) != inner]
        held = [it for it in every if fold_of(it.id + "#inner", INNER_FOLDS) == inner]
        if not held or not fit_on:
            continue
        m = _fit(fit_on)
        for it in held:
            oof[id(it)] = [m.score(f) for f in it.features]
    sets = [
        (its, [oof[id(it)] for it in its])
        for its in ([it for it in unseen if id(it) in oof], [it for it in items if id(it) in oof])
        if its
    ]

    def objective(*thresholds: float) -> float:
        return sum(_f1(its, probs, *thresholds) for its, probs in sets)

    best = (objective(*OFF), *OFF)
    for t_drop in DROP_GRID:
        for t_add in ADD_GRID:
            for t_swap in SWAP_GRID:
                f = objective(t_drop, t_add, t_swap)
                if f > best[0] + 1e-9:
                    best = (f, t_drop, t_add, t_swap)
    model = _fit(every)
    info = dict(meta or {})
    info.update(
        {
            "drop": best[1],
            "add": best[2],
            "swap": best[3],
            "tuned_on": "unseen readings and present rules" if unseen else "present rules",
            "tuning_items": [len(its) for its, _ in sets],
            "inner_objective": round(best[0], 4),
        }
    )
    return logreg.Model(model.weights, model.bias, model.threshold, info)


# -- commands ---------------------------------------------------------------------------------


def _prepared(examples: Sequence[Example]) -> dict[str, Prepared]:
    return {e.id: prepare(e) for e in examples}


def _prepared_readings(
    examples: Sequence[Example], readings: Mapping[str, Reading] | None
) -> dict[str, Prepared]:
    if not readings:
        return {}
    return {e.id: prepare_reading(e, readings[e.id]) for e in examples if e.id in readings}


def cross_validate(
    folder: str | Path,
    *,
    readings: Mapping[str, Reading] | None = None,
    subset: Collection[str] | None = None,
    shipped: logreg.Model | None = None,
    exclude: Collection[str] = (),
) -> dict[str, Any]:
    """The held-out table (P) of the present rules against the rules with this component.

    The items of ``exclude`` (ids) are neither trained on nor scored (``--exclude``).

    With ``readings``, the model also learns from them, and ``"unseen"`` is table (U): per
    fold, every fact set of those readings alone and with the fold's model applied to their
    positions, on the fold's items that have them.

    With ``subset`` (item ids), ``"subset"`` (P) and ``"unseen_subset"`` (U) pool the held-out
    scores of those items only (each by the model of the fold that held it out), and with
    ``shipped`` too, their ``"shipped"`` column is that model applied to the same items (no
    fold: the model as it is).
    """
    from justicekg.extract.learn.cv import cross_validate as run
    from justicekg.extract.pipeline import extract, extract_file

    examples = load_examples(folder, exclude=exclude)
    ready = _prepared(examples)
    old = _prepared_readings(examples, readings)
    rules_cache: dict[str, dict[str, Any]] = {}
    models: dict[int, logreg.Model] = {}

    def fit(training: list[Example]) -> logreg.Model:
        model = train(
            [ready[e.id] for e in training], unseen=[old[e.id] for e in training if e.id in old]
        )
        held = {e.fold for e in examples} - {e.fold for e in training}
        models[held.pop() if len(held) == 1 else -1] = model
        return model

    def report(example: Example, model: logreg.Model | None) -> dict[str, Any]:
        if model is None and example.id in rules_cache:
            return rules_cache[example.id]
        with using(model):
            if example.path is not None:
                out = extract_file(example.path, article_id=example.id, max_bytes=0).to_dict()
            else:
                out = extract(example.text, article_id=example.id).to_dict()
        if model is None:
            rules_cache[example.id] = out
        return out

    chosen = None if subset is None else set(subset)
    result = run(examples, fit, report, subset=chosen)
    if chosen is not None and shipped is not None:
        listed = [e for e in examples if e.id in chosen]
        result["subset"]["shipped"] = counts([(e.gold, report(e, shipped)) for e in listed])
    if readings:
        rows = []
        for fold, model in sorted(models.items()):
            held = [e for e in examples if e.fold == fold and e.id in old]
            rows.append(
                {
                    "fold": fold,
                    "items": len(held),
                    "rules": _reading_counts(held, readings, old, None),
                    "learned": _reading_counts(held, readings, old, model),
                }
            )
        result["unseen"] = rows
        if chosen is not None:
            parts = [
                {
                    which: _reading_counts(
                        [e for e in examples if e.fold == fold and e.id in old and e.id in chosen],
                        readings,
                        old,
                        model if which == "learned" else None,
                    )
                    for which in ("rules", "learned")
                }
                for fold, model in sorted(models.items())
            ]
            table = pooled(parts)
            listed = [e for e in examples if e.id in chosen and e.id in old]
            table["items"] = len(listed)
            if shipped is not None:
                table["shipped"] = _reading_counts(listed, readings, old, shipped)
            result["unseen_subset"] = table
    return result


def _reading_counts(
    held: Sequence[Example],
    readings: Mapping[str, Reading],
    old: Mapping[str, Prepared],
    model: logreg.Model | None,
) -> dict[str, dict[str, int]]:
    """gold / pred / tp per fact set of the readings, their positions combined with ``model``."""
    total = {name: {"gold": 0, "pred": 0, "tp": 0} for name in _score.FACT_SETS}
    for e in held:
        facts = _score.extract_facts(readings[e.id].report)
        if model is not None:
            it = old[e.id]
            probs = [model.score(f) for f in it.features]
            final = _final(it, probs, *_thresholds(model))
            shown = facts["positions"]
            facts["positions"] = {k: shown.get(k, str(k)) for k in final}
        compared = _score.compare(_score.extract_facts(e.gold), facts)
        for name in _score.FACT_SETS:
            for k in ("gold", "pred", "tp"):
                total[name][k] += compared[name][k]
    return total


def _thresholds(model: logreg.Model) -> tuple[float, float, float]:
    m = model.meta
    return float(m.get("drop", -1.0)), float(m.get("add", 2.0)), float(m.get("swap", 2.0))


def _counts(
    items: Sequence[Prepared], probs: Sequence[Sequence[float]], *thresholds: float
) -> dict[str, int]:
    tp = pred = gold = 0
    for it, ps in zip(items, probs, strict=True):
        final = _final(it, ps, *thresholds)
        tp += len(final & it.gold_keys)
        pred += len(final)
        gold += len(it.gold_keys)
    return {"gold": gold, "pred": pred, "tp": tp}


def _final(it: Prepared, probs: Sequence[float], *thresholds: float) -> set[Key]:
    """The item's positions: the rules' combined with the scored candidates."""
    drop, add = combine(it.rule_keys, list(zip(it.keys, it.pairs, probs, strict=True)), *thresholds)
    return (it.rule_keys - drop) | add


def pooled(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Rows of per-fold counts (``rules`` and ``learned``) with the pooled counts added."""
    total: dict[str, Any] = {"folds": list(rows)}
    for which in ("rules", "learned"):
        table = {name: {"gold": 0, "pred": 0, "tp": 0} for name in _score.FACT_SETS}
        for row in rows:
            for name, c in row[which].items():
                for k in c:
                    table[name][k] += c[k]
        total[which] = table
    return total


def format_prf(result: Mapping[str, Any], *, lang: str | None = None) -> str:
    """Pooled P / R / F1 of each fact set and overall (micro), rules against rules + model
    (and the shipped model, a ``"shipped"`` column, when the result has one); its words from
    the catalogue in ``lang`` (:func:`.cv.language`)."""
    from justicekg.catalogue import gettext
    from justicekg.extract.learn.cv import language

    lang = language(lang)
    names = [*_score.FACT_SETS, "overall"]
    heads = [gettext("learn_overall", lang) if n == "overall" else n for n in names]
    lines = [f"{'P / R / F1':12}" + "".join(f"{n[:18]:>20}" for n in heads)]
    columns = [("rules", "learn_col_rules"), ("learned", "learn_col_learned")]
    if "shipped" in result:
        columns.append(("shipped", "learn_col_shipped"))
    for which, word in columns:
        table = result[which]
        cells = []
        for name in names:
            parts = list(table) if name == "overall" else [name]
            g, p, t = (sum(table[n][k] for n in parts) for k in ("gold", "pred", "tp"))
            s = _score.prf(g, p, t)
            cells.append(f"{s['precision']:.3f} {s['recall']:.3f} {s['f1']:.4f}")
        lines.append(f"{gettext(word, lang):12}" + "".join(f"{c:>20}" for c in cells))
    return "\n".join(lines)


_CMD = "python -m justicekg.extract.learn.positions"


def main(argv: Sequence[str] | None = None) -> int:
    """``train``, ``cv`` and ``readings`` (usage: ``learn_positions_usage``); what they print,
    and an error (one line, ``lỗi: …`` / ``error: …``, exit 2), from the catalogue in the
    command line's language."""
    from justicekg.cli_lang import current, developer_parser, error_line, parse_developer_args

    lang = current()
    parser, command = developer_parser(_CMD, "learn_positions_usage", lang)
    for name in ("train", "cv", "readings"):
        sub = command(name)
        sub.add_argument("corpus", metavar="CORPUS")
        if name == "readings":
            sub.add_argument("out", metavar="OUT")
            sub.add_argument("--since", type=int)
            place = sub.add_mutually_exclusive_group()
            place.add_argument("--checkout")
            place.add_argument("--map")
        else:
            sub.add_argument("--unseen")
            sub.add_argument("--exclude")
        if name == "cv":
            sub.add_argument("--report-ids")
        if name == "train":
            sub.add_argument("--out")
    parsed = parse_developer_args(parser, sys.argv[1:] if argv is None else argv, lang)
    if isinstance(parsed, int):
        return parsed
    found = vars(parsed)
    args = [found.pop("command"), found.pop("corpus")]
    if args[0] == "readings":
        args.append(found.pop("out"))
    opts = {k: str(v) for k, v in found.items() if v is not None}
    try:
        print(_run(args, opts, lang))
    except JusticeKGError as error:
        print(error_line(error), file=sys.stderr)
        return 2
    return 0


def _subset_lines(result: Mapping[str, Any], ids: str, lang: str) -> list[str]:
    """The held-out tables of the items listed in the file ``ids`` (``cv --report-ids``):
    (P), then (U) when there are unseen readings; each with the shipped model's column."""
    from justicekg.catalogue import gettext

    model = MODEL_PATH.name
    lines = []
    for part, title in (
        ("subset", "learn_subset_present"),
        ("unseen_subset", "learn_subset_unseen"),
    ):
        if part in result:
            table = result[part]
            lines.append(gettext(title, lang, n=table["items"], path=ids, model=model))
            lines.append(format_prf(table, lang=lang))
    return lines


def _run(args: list[str], opts: dict[str, str], lang: str) -> str:
    """What a command of :func:`main` prints when done."""
    from justicekg.catalogue import gettext

    if args[0] == "readings":
        n = position_readings.write(
            args[1],
            args[2],
            since=int(opts.get("since", "0")),
            checkout=opts.get("checkout"),
            checkouts=position_readings.checkouts_of(opts["map"]) if "map" in opts else None,
        )
        return gettext("learn_readings_written", lang, path=args[2], n=n)
    from justicekg.extract.learn.cv import read_ids

    readings = position_readings.load(opts["unseen"]) if "unseen" in opts else None
    excluded = set(read_ids(opts["exclude"])) if "exclude" in opts else set()
    warn_unknown_ids(args[1], excluded, lang)
    if args[0] == "cv":
        from justicekg.extract.learn.cv import format_cv, listed

        ids = opts.get("report_ids")
        subset = read_ids(ids) if ids else None
        if subset is not None:
            found = {e.id for e in load_examples(args[1], exclude=excluded)}
            listed(found & set(subset), str(ids))
        shipped = logreg.load(MODEL_PATH) if subset is not None else None
        result = cross_validate(
            args[1], readings=readings, subset=subset, shipped=shipped, exclude=excluded
        )
        lines = [gettext("learn_cv_present", lang), format_cv(result, lang=lang)]
        lines.append(format_prf(result, lang=lang))
        if readings:
            table = pooled(result["unseen"])
            lines.append(gettext("learn_cv_unseen", lang))
            lines += [format_cv(table, lang=lang), format_prf(table, lang=lang)]
        if subset is not None:
            lines += _subset_lines(result, str(ids), lang)
        return "\n".join(lines)
    examples = load_examples(args[1], exclude=excluded)
    meta: dict[str, Any] = {"corpus": Path(args[1]).name, "items": len(examples)}
    if excluded:  # the listed dev items with their texts left out
        meta["excluded"] = len(load_examples(args[1])) - len(examples)
    meta["version"] = __version__
    if readings:
        meta["unseen_items"] = sum(1 for e in examples if e.id in readings)
    old = list(_prepared_readings(examples, readings).values())
    model = train(list(_prepared(examples).values()), unseen=old, meta=meta)
    out = Path(opts.get("out", MODEL_PATH))
    model.save(out)
    t = _thresholds(model)
    n = len(model.weights)
    return gettext("learn_positions_trained", lang, path=out, n=n, drop=t[0], add=t[1], swap=t[2])
