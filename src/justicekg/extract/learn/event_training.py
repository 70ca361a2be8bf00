"""Training and held-out scoring of the learned event model (:mod:`.events`).

The training items are the development items of a corpus folder, each read twice: by the
present rules (this checkout) and, when a folder of them is given (``--unseen DIR``), by an
older checkout that had never seen the item (``DIR/<id>.json``). Every event of every reading
is a training example, its features read on the article as the present rules read it
(:mod:`.event_facts`): it is *right* when the gold reports an event on its date (the verifier),
and its kind is the gold's kind on that date (the kind models, one against the rest). An
item's readings are always in the same fold.

The thresholds (``drop``: below it an event goes; ``relabel``: at or above it another kind
replaces the event's) are chosen by an inner cross-validation inside the training items: they
maximize the F1 of events and participants together, summed over the readings.

``cv`` prints the pre-registered held-out tables: 5 folds by id hash, a model trained on four
applied to the fifth, pooled; (U) the older checkout's readings without and with the model,
(P) the present rules without and with it (the model in the pipeline).
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from justicekg import __version__
from justicekg.errors import ConfigError, JusticeKGError, OntologyError
from justicekg.extract import _score
from justicekg.extract.corpus import load_items
from justicekg.extract.doc import Doc
from justicekg.extract.learn import active, logreg
from justicekg.extract.learn.cv import counts, listed, read_ids
from justicekg.extract.learn.cv import f1 as cv_f1
from justicekg.extract.learn.event_facts import KINDS, Fact, fact_features, report_facts
from justicekg.extract.learn.events import MODEL_PATH, pick_kind, scores, using
from justicekg.extract.learn.folds import FOLDS, fold_of, warn_unknown_ids

__all__ = ["Item", "Reading", "load", "main", "train_items"]

#: a rule event is dropped only below these (precision first), and relabelled at or above these
DROP_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
RELABEL_GRID = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
L2 = 2.0
MIN_COUNT = 3
STEPS = 400
RATE = 0.5
READINGS = ("unseen", "present")


@dataclass(slots=True)
class Reading:
    """One extractor's report of an item, with its events' features and participants."""

    report: dict[str, Any]
    facts: list[Fact]
    features: list[dict[str, float]]
    participants: list[set[tuple[Any, ...]]]  # normalized (date, person) of each event


@dataclass(slots=True)
class Item:
    """One development item: its gold, the present rules' document and its readings."""

    id: str
    path: Path
    gold: dict[str, Any]
    doc: Doc
    readings: dict[str, Reading] = field(default_factory=dict)
    gold_events: set[tuple[Any, ...]] = field(default_factory=set)
    gold_participants: set[tuple[Any, ...]] = field(default_factory=set)

    def __post_init__(self) -> None:
        facts = _score.extract_facts(self.gold)
        self.gold_events = set(facts["events"])
        self.gold_participants = set(facts["participants"])


def _rules_doc(path: Path) -> tuple[Doc, dict[str, Any]]:
    """The present rules' document of an article file and their report (as a dict), from one
    run of the pipeline: the document as the recognizers left it (a copy taken before the
    report marks some of its spans), the report as :func:`_extract` without a model makes it."""
    from justicekg.extract.pipeline import DEFAULT_PIPELINE, read_doc, recognizers, report_of
    from justicekg.text.read import read_article

    raw = read_article(path, max_bytes=0)
    written, doc = read_doc(
        raw.text, published=raw.published, title=raw.title, site_name=raw.site_name
    )
    with using(None):
        names = active.pipeline(DEFAULT_PIPELINE)
        for recognizer in recognizers(names):
            doc = recognizer(doc)
        rules = copy.deepcopy(doc)
        report = report_of(
            doc, written, names, article_id=path.stem, url=raw.url, source=raw.source
        )
    return rules, report.to_dict()


def _extract(path: Path, model: logreg.Model | None) -> dict[str, Any]:
    from justicekg.extract.pipeline import extract_file

    with using(model):
        return extract_file(path, max_bytes=0).to_dict()


def reading(report: dict[str, Any], doc: Doc) -> Reading:
    """A report's events with their features on ``doc`` and their participants."""
    facts = report_facts(report, doc.text)
    events = [e for e in report.get("events") or [] if isinstance(e, dict)]
    parts = [set(_score.extract_facts({"events": [e]})["participants"]) for e in events]
    return Reading(report, facts, fact_features(doc, facts), parts)


def load(
    folder: str | Path, unseen: str | Path | None = None, *, exclude: Collection[str] = ()
) -> list[Item]:
    """The development items of ``folder`` with their texts, each read by the present rules
    and, when ``unseen`` is given, by the report ``unseen/<id>.json`` (when there is one);
    those whose id is in ``exclude`` left out (``--exclude``).

    Raises:
        ConfigError: no development item of the folder has its text (a model trained on
            nothing would replace the shipped one).
        OntologyError: an unseen report is not JSON (names the file and line).
    """
    items = []
    for it in load_items(folder, part="dev"):
        if it.id in exclude or not it.text_path.is_file():
            continue
        doc, present = _rules_doc(it.text_path)
        item = Item(it.id, it.text_path, it.data["gold"], doc)
        item.readings["present"] = reading(present, doc)
        old = Path(unseen) / f"{it.id}.json" if unseen else None
        if old is not None and old.is_file():
            item.readings["unseen"] = reading(_unseen_report(old), doc)
        items.append(item)
    if not items:
        from justicekg.catalogue import Message  # (babel, only for the error)

        raise ConfigError(
            Message("learn_no_dev_texts"),
            where=str(Path(folder) / "texts"),
            hint=Message("learn_no_dev_texts_hint"),
        )
    return items


def _unseen_report(path: Path) -> dict[str, Any]:
    """An older checkout's report of an item (``UDIR/<id>.json``).

    Raises:
        OntologyError: the file is not a report in JSON (names the file, and the line).
    """
    from justicekg.catalogue import Message  # (babel, only for the errors)

    try:
        report = json.loads(path.read_text("utf-8"))
    except json.JSONDecodeError as error:
        raise OntologyError(
            Message("learn_report_unreadable_json", detail=error.msg),
            where=f"{path}:{error.lineno}",
            hint=Message("learn_report_unreadable_hint"),
        ) from error
    except (OSError, ValueError) as error:
        raise OntologyError(
            Message("learn_report_unreadable"),
            where=str(path),
            hint=Message("learn_report_unreadable_detail_hint", detail=str(error)),
        ) from error
    if not isinstance(report, dict):
        raise OntologyError(
            Message("learn_report_not_object"),
            where=str(path),
            hint=Message("learn_report_not_object_hint"),
        )
    return report


# ---------------------------------------------------------------------------------------
# fitting


def _labels(item: Item, r: Reading) -> tuple[list[bool], list[str | None]]:
    """Per event of ``r``: is its date a gold event's date; the gold's one kind there."""
    by_date: dict[Any, set[Any]] = {}
    for kind, date in item.gold_events:
        by_date.setdefault(date, set()).add(kind)
    right, kinds = [], []
    for fact in r.facts:
        gold = by_date.get(_score.normalize(fact.date))
        right.append(gold is not None)
        kinds.append(next(iter(gold)) if gold and len(gold) == 1 else None)
    return right, kinds


def fit_sparse(
    samples: Sequence[dict[str, float]], labels: Sequence[bool], *, l2: float, min_count: int
) -> logreg.Model:
    """:func:`.logreg.train_sparse` with this model's steps and rate (full-batch Adagrad over
    the samples' non-zero features: event features are few per sample among thousands).

    >>> m = fit_sparse([{"x": 1.0}, {"y": 1.0}] * 10, [True, False] * 10, l2=0.01, min_count=1)
    >>> m.accepts({"x": 1.0}), m.accepts({"y": 1.0})
    (True, False)
    """
    return logreg.train_sparse(samples, labels, l2=l2, min_count=min_count, steps=STEPS, rate=RATE)


def _fit(items: Sequence[Item]) -> logreg.Model:
    samples: list[dict[str, float]] = []
    right: list[bool] = []
    kinds: list[str | None] = []
    for item in items:
        for r in item.readings.values():
            y, k = _labels(item, r)
            samples += r.features
            right += y
            kinds += k
    model = fit_sparse(samples, right, l2=L2, min_count=MIN_COUNT)
    parts = {}
    known = [(s, k) for s, k in zip(samples, kinds, strict=True) if k is not None]
    for kind in KINDS:
        ys = [k == kind for _, k in known]
        if any(ys) and not all(ys):
            m = fit_sparse([s for s, _ in known], ys, l2=L2, min_count=MIN_COUNT)
            parts[kind] = {"weights": m.weights, "bias": m.bias}
    return logreg.Model(model.weights, model.bias, 0.5, {"kinds": parts})


@dataclass(slots=True)
class _Scored:
    """Held-out scores of one reading's events: right, and each kind."""

    right: list[float]
    kinds: list[dict[str, float]]


def _score_reading(model: logreg.Model, r: Reading) -> _Scored:
    scored = scores(model, r.features)
    return _Scored([p for p, _ in scored], [k for _, k in scored])


def _combined(r: Reading, s: _Scored, drop: float, threshold: float) -> tuple[set[Any], set[Any]]:
    """The event and participant facts of reading ``r`` after the model's corrections."""
    events: set[Any] = set()
    parts: set[Any] = set()
    for fact, p, ks, pp in zip(r.facts, s.right, s.kinds, r.participants, strict=True):
        if p < drop:
            continue
        kind = pick_kind(ks, fact.kind, threshold)
        events.add((_score.normalize(kind), _score.normalize(fact.date)))
        parts |= pp
    return events, parts


def _f1s(
    items: Sequence[Item], scored: Sequence[dict[str, _Scored]], drop: float, threshold: float
) -> dict[str, float]:
    """The F1 of events and participants together, per reading, after the corrections."""
    out = {}
    for name in READINGS:
        g = p = t = 0
        for item, sc in zip(items, scored, strict=True):
            if name not in item.readings:
                continue
            ev, pa = _combined(item.readings[name], sc[name], drop, threshold)
            ge, gp = item.gold_events, item.gold_participants
            g += len(ge) + len(gp)
            p += len(ev) + len(pa)
            t += len(ev & ge) + len(pa & gp)
        if g or p:
            out[name] = _score.prf(g, p, t)["f1"]
    return out


def _thresholds(items: Sequence[Item], scored: Sequence[dict[str, _Scored]]) -> tuple[float, float]:
    """The (drop, relabel) pair with the best F1 on the unseen readings among those that cost
    the present rules' readings nothing (precision first: the present rules come first);
    without unseen readings, the best on the present ones. Ties go to the most cautious."""
    base = _f1s(items, scored, 0.0, 1.01).get("present", 0.0)
    best: tuple[float, float, float] | None = None
    for drop in DROP_GRID:
        for threshold in sorted(RELABEL_GRID, reverse=True):
            f = _f1s(items, scored, drop, threshold)
            if f.get("present", 0.0) < base - 1e-9:
                continue
            score = f.get("unseen", f.get("present", 0.0))
            if best is None or score > best[0] + 1e-9:
                best = (score, drop, threshold)
    assert best is not None  # (0.0, 1.01) changes nothing, so it always qualifies
    return best[1], best[2]


def train_items(items: Sequence[Item], *, inner: int = FOLDS) -> logreg.Model:
    """A model over ``items``, its thresholds chosen by an inner cross-validation over them
    (the scores that choose them come from models not trained on the item)."""
    scored: list[dict[str, _Scored]] = [{} for _ in items]
    for k in range(inner):
        held = {i for i, it in enumerate(items) if fold_of(it.id + "/inner", inner) == k}
        if not held:
            continue
        model = _fit([it for i, it in enumerate(items) if i not in held])
        for i in held:
            scored[i] = {n: _score_reading(model, r) for n, r in items[i].readings.items()}
    drop, threshold = _thresholds(items, scored)
    model = _fit(items)
    model.meta.update({"drop": drop, "relabel": threshold, "items": len(items)})
    return model


# ---------------------------------------------------------------------------------------
# held-out tables


def cross_validate(
    items: Sequence[Item],
    *,
    subset: Collection[str] | None = None,
    shipped: logreg.Model | None = None,
) -> dict[str, Any]:
    """Pooled held-out counts: ``{"U": {"rules", "learned"}, "P": {...}}`` and per fold.

    With ``subset`` (item ids), ``"subset"`` holds the same two tables pooled over those items
    only (each scored by the model of the fold that held it out) and their number
    (``"items"``); with ``shipped`` too, a ``"shipped"`` column: that model applied to the same
    items as it is (no fold).
    """
    from justicekg.extract.learn.events import revise_report

    tables = ("U", "P")
    pairs: dict[str, dict[str, list[Any]]] = {t: {"rules": [], "learned": []} for t in tables}
    in_subset: dict[str, dict[str, list[Any]]] = {t: {"rules": [], "learned": []} for t in tables}
    chosen = set(subset) if subset is not None else set()
    models = []
    for fold in range(FOLDS):
        training = [it for it in items if fold_of(it.id) != fold]
        held = [it for it in items if fold_of(it.id) == fold]
        if not held:
            continue
        model = train_items(training)
        models.append({k: model.meta[k] for k in ("drop", "relabel")})
        for it in held:
            row: dict[str, dict[str, Any]] = {"U": {}, "P": {}}
            if "unseen" in it.readings:
                old = it.readings["unseen"].report
                row["U"] = {
                    "rules": (it.gold, old),
                    "learned": (it.gold, revise_report(old, it.doc, model)),
                }
            row["P"] = {
                "rules": (it.gold, it.readings["present"].report),
                "learned": (it.gold, _extract(it.path, model)),
            }
            for where in [pairs, in_subset] if it.id in chosen else [pairs]:
                for t, values in row.items():
                    for k, pair in values.items():
                        where[t][k].append(pair)
    out: dict[str, Any] = {"thresholds": models}
    for t, d in pairs.items():
        out[t] = {k: counts(v) for k, v in d.items()}
    if subset is not None:
        part: dict[str, Any] = {"items": sum(1 for it in items if it.id in chosen)}
        for t, d in in_subset.items():
            part[t] = {k: counts(v) for k, v in d.items()}
        if shipped is not None:
            inside = [it for it in items if it.id in chosen]
            part["U"]["shipped"] = counts(
                (it.gold, revise_report(it.readings["unseen"].report, it.doc, shipped))
                for it in inside
                if "unseen" in it.readings
            )
            part["P"]["shipped"] = counts((it.gold, _extract(it.path, shipped)) for it in inside)
        out["subset"] = part
    return out


def format_tables(
    result: dict[str, Any], *, lang: str | None = None, ids: str | None = None
) -> str:
    """The two held-out tables: P/R/F1 per fact set and overall, rules vs rules + model; their
    words from the catalogue in ``lang`` (:func:`.cv.language`). With a ``"subset"`` (``cv
    --report-ids``; ``ids``: the file that lists them), the same tables of its items, with the
    shipped model's column."""
    from justicekg.catalogue import gettext
    from justicekg.extract.learn.cv import language

    lang = language(lang)
    lines = [gettext("learn_thresholds_by_fold", lang, thresholds=result["thresholds"])]
    for t, title in (("U", "learn_table_unseen"), ("P", "learn_table_present")):
        lines.append(gettext(title, lang))
        lines += _table(result[t], lang)
    if "subset" in result:
        part = result["subset"]
        for t, title in (("U", "learn_subset_unseen"), ("P", "learn_subset_present")):
            name = MODEL_PATH.name
            lines.append(gettext(title, lang, n=part["items"], path=ids, model=name))
            lines += _table(part[t], lang)
    return "\n".join(lines)


def _table(columns: dict[str, Any], lang: str) -> list[str]:
    """One table's lines: P/R/F1 per fact set and overall, a column per extractor (rules,
    rules + model, and the shipped model when ``columns`` has it)."""
    from justicekg.catalogue import gettext

    words = {
        "rules": "learn_col_rules_prf",
        "learned": "learn_col_learned_prf",
        "shipped": "learn_col_shipped_prf",
    }
    which = [w for w in words if w in columns]
    heads = [gettext(words[w], lang) for w in which]
    lines = [f"{'':22}" + "".join(f"{h:>{22 if i == 0 else 24}}" for i, h in enumerate(heads))]
    for name in [*_score.FACT_SETS, None]:
        cells = []
        for w in which:
            table = columns[w]
            names = [name] if name else list(table)
            g = sum(table[n]["gold"] for n in names)
            p = sum(table[n]["pred"] for n in names)
            tp = sum(table[n]["tp"] for n in names)
            s = _score.prf(g, p, tp)
            cells.append(f"{s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f}")
        label = name or gettext("learn_overall", lang)
        lines.append(
            f"{label:22}" + "".join(f"{c:>{22 if i == 0 else 24}}" for i, c in enumerate(cells))
        )
    overall = [cv_f1(columns[w]) for w in which]
    label = gettext("learn_overall_f1", lang)
    lines.append(
        f"{label:22}" + "".join(f"{f:>{22 if i == 0 else 24}.4f}" for i, f in enumerate(overall))
    )
    return lines


_CMD = "python -m justicekg.extract.learn.events"


def main(argv: list[str] | None = None) -> int:
    """``train DIR [OUT] [--unseen UDIR]`` writes the model; ``cv DIR [--unseen UDIR]
    [--report-ids FILE]`` prints the held-out tables (and those of the items the file lists,
    with the shipped model's column); what they print, and an error (one line, ``lỗi: …`` /
    ``error: …``, exit 2), from the catalogue in the command line's language."""
    from justicekg.catalogue import gettext
    from justicekg.cli_lang import current, developer_parser, error_line, parse_developer_args

    lang = current()
    parser, command = developer_parser(_CMD, "learn_events_usage", lang)
    for name in ("train", "cv"):
        sub = command(name)
        sub.add_argument("dir", metavar="DIR")
        if name == "train":
            sub.add_argument("out", nargs="?", metavar="OUT")
        else:
            sub.add_argument("--report-ids")
        sub.add_argument("--unseen")
        sub.add_argument("--exclude")
    parsed = parse_developer_args(parser, sys.argv[1:] if argv is None else argv, lang)
    if isinstance(parsed, int):
        return parsed
    args = [parsed.command, parsed.dir, *([parsed.out] if getattr(parsed, "out", None) else [])]
    unseen = parsed.unseen
    ids = getattr(parsed, "report_ids", None)
    try:
        subset = read_ids(ids) if ids else None
        excluded = set(read_ids(parsed.exclude)) if parsed.exclude else set()
        warn_unknown_ids(args[1], excluded, lang)
        items = load(args[1], unseen, exclude=excluded)
        if args[0] == "cv":
            shipped = None
            if subset is not None:
                listed({it.id for it in items} & set(subset), str(ids))
                shipped = logreg.load(MODEL_PATH)
            result = cross_validate(items, subset=subset, shipped=shipped)
            print(format_tables(result, lang=lang, ids=ids))
            return 0
        out = Path(args[2]) if len(args) > 2 else MODEL_PATH
        model = train_items(items)
        model.meta["corpus"] = Path(args[1]).name
        if excluded:  # the listed dev items with their texts left out
            model.meta["excluded"] = len(
                {it.id for it in load_items(args[1], part="dev") if it.text_path.is_file()}
                & excluded
            )
        model.meta["unseen"] = sum("unseen" in it.readings for it in items)
        model.meta["version"] = __version__
        model.save(out)
    except JusticeKGError as error:
        print(error_line(error), file=sys.stderr)
        return 2
    meta = model.meta
    print(
        gettext(
            "learn_events_trained",
            lang,
            path=out,
            n=len(model.weights),
            drop=meta["drop"],
            relabel=meta["relabel"],
            items=len(items),
        )
    )
    return 0
