"""Train and cross-validate the organization tagger: ``python -m justicekg.extract.learn.orgs``.

    python -m justicekg.extract.learn.orgs train DEV_DIR [--out data/models/orgs.json]
    python -m justicekg.extract.learn.orgs cv DEV_DIR

Training fits the CRF (:mod:`.org_tagger`) on every item of DEV_DIR and chooses the model's
two thresholds (:mod:`.org_model`) on held-out tagging: each fold of the items is tagged by a
CRF trained on the other folds, and the thresholds are those that give the best organization
F1 over all items when the rules' organizations are revised with those held-out candidates.
``cv`` does the same inside each training part of a 5-fold cross-validation and prints the
held-out table (rules vs learned, per fold and pooled, every fact set).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from justicekg import __version__
from justicekg.extract import _score
from justicekg.extract.doc import Doc
from justicekg.extract.learn import org_model
from justicekg.extract.learn.cv import cross_validate, f1, format_cv
from justicekg.extract.learn.folds import FOLDS, Example, load_examples
from justicekg.extract.learn.org_model import Candidates, OrgModel
from justicekg.extract.learn.org_tagger import Tagger, labelled_sentences, train_tagger
from justicekg.extract.learn.org_tagger import prepared as prepared_text
from justicekg.model import ExtractionReport

__all__ = ["Prepared", "choose_thresholds", "main", "prepare", "train_model"]


@dataclass(slots=True)
class Prepared:
    """One item as the rules read it: its Doc and report, and its tagged sentences."""

    example: Example
    doc: Doc
    report: ExtractionReport
    sentences: list[tuple[list[str], list[str]]]

    @property
    def fold(self) -> int:
        return self.example.fold


def prepare(example: Example) -> Prepared:
    """Run the rules on an item (no tagger) and label its sentences from its gold."""
    from justicekg.extract.pipeline import DEFAULT_PIPELINE, _recognizers, _report

    doc = Doc(prepared_text(example.text))
    for recognizer in _recognizers(DEFAULT_PIPELINE):
        doc = recognizer(doc)
    with org_model.using(None):
        report = _report(doc, article_id=example.id, url=example.url, source=None)
    return Prepared(example, doc, report, labelled_sentences(example.text, example.gold))


def _gold_keys(item: Prepared) -> set[str]:
    names = (o.get("name") for o in item.example.gold.get("organizations") or [])
    return {k for n in names if (k := _score.normalize(n))}


def _revised(item: Prepared, found: Candidates, model: OrgModel) -> list[str]:
    orgs = org_model.apply(
        item.report.organizations, found, model, org_model._protected(item.report)
    )
    return [o.name for o in orgs]


def _f1(items: list[tuple[Prepared, Candidates]], model: OrgModel) -> float:
    g = p = t = 0
    for item, found in items:
        gold = _gold_keys(item)
        pred = {k for n in _revised(item, found, model) if (k := _score.normalize(n))}
        g, p, t = g + len(gold), p + len(pred), t + len(gold & pred)
    return _score.prf(g, p, t)["f1"]


def choose_thresholds(items: list[tuple[Prepared, Candidates]], tagger: Tagger) -> OrgModel:
    """The add and drop thresholds with the best organization F1 over held-out candidates
    (ties: the more cautious threshold)."""
    model = OrgModel(tagger)
    adds = sorted({c for _i, f in items for c in f.adds.values()}, reverse=True)
    best = _f1(items, model)
    for t in adds:
        trial = OrgModel(tagger, add=t)
        score = _f1(items, trial)
        if score > best + 1e-9:
            best, model = score, trial
    drops = sorted({p for _i, f in items for p in f.judged.values()})
    for t in drops:
        trial = OrgModel(tagger, add=model.add, drop=t + 1e-9)
        score = _f1(items, trial)
        if score > best + 1e-9:
            best, model = score, trial
    model.meta["threshold_f1"] = round(best, 4)
    return model


class Trainer:
    """Trains CRFs on fold subsets of prepared items, each subset once."""

    def __init__(self, items: list[Prepared], **params: Any) -> None:
        self.items = items
        self.params = params
        self._cache: dict[frozenset[int], Tagger] = {}

    def tagger(self, excluded: frozenset[int]) -> Tagger:
        if excluded not in self._cache:
            samples = [s for i in self.items if i.fold not in excluded for s in i.sentences]
            self._cache[excluded] = train_tagger(samples, **self.params)
        return self._cache[excluded]

    def model(self, excluded: frozenset[int]) -> OrgModel:
        """A model trained on the folds not in ``excluded``, thresholds from its inner folds."""
        held: list[tuple[Prepared, Candidates]] = []
        for g in range(FOLDS):
            if g in excluded:
                continue
            inner = self.tagger(excluded | {g})
            for item in self.items:
                if item.fold == g:
                    names = [o.name for o in item.report.organizations]
                    held.append((item, org_model.candidates(item.doc, inner, names)))
        return choose_thresholds(held, self.tagger(excluded))


def train_model(folder: str | Path, **params: Any) -> OrgModel:
    """The shipped model: the CRF trained on every item of ``folder``, thresholds held out.

    The model is only switched on when it gains: the same training run cross-validates the
    whole procedure (:func:`cv_table`), and when the pooled held-out organization F1 of the
    revised output does not exceed the rules' (or the overall F1 falls), both thresholds are
    set off and ``meta["off"]`` says why.
    """
    examples = load_examples(folder)
    items = {e.id: prepare(e) for e in examples}
    trainer = Trainer(list(items.values()), **params)
    result = _cross_validate(examples, items, trainer)
    model = trainer.model(frozenset())
    rules, learned = result["rules"], result["learned"]
    gain = f1(learned, "organizations") - f1(rules, "organizations")
    model.meta.update(
        {
            "corpus": Path(folder).name,
            "items": len(items),
            "code_version": __version__,
            "cv_organizations_f1": {
                "rules": round(f1(rules, "organizations"), 4),
                "learned": round(f1(learned, "organizations"), 4),
            },
            "cv_overall_f1": {"rules": round(f1(rules), 4), "learned": round(f1(learned), 4)},
        }
    )
    if gain <= 1e-9 or f1(learned) < f1(rules) - 1e-9:
        model.meta["off"] = (
            f"no held-out gain (chosen add {model.add:.3f}, drop {model.drop:.3f}; "
            f"organizations F1 {f1(rules, 'organizations'):.4f} -> "
            f"{f1(learned, 'organizations'):.4f})"
        )
        model.add, model.drop = org_model.NEVER_ADD, org_model.NEVER_DROP
    return model


def _cross_validate(
    examples: list[Example], items: dict[str, Prepared], trainer: Trainer
) -> dict[str, Any]:
    def train(training: list[Example]) -> OrgModel:
        excluded = frozenset(range(FOLDS)) - {e.fold for e in training}
        model = trainer.model(excluded)
        sys.stderr.write(f"fold {sorted(excluded)}: add {model.add:.3f} drop {model.drop:.3f}\n")
        return model

    def extract(example: Example, model: OrgModel | None) -> dict[str, Any]:
        item = items[example.id]
        report = item.report
        data = report.to_dict(include_text=False)
        if model is not None:
            names = [o.name for o in report.organizations]
            found = org_model.candidates(item.doc, model.tagger, names)
            data["organizations"] = [{"name": n} for n in _revised(item, found, model)]
        return data

    return cross_validate(examples, train, extract)


def cv_table(folder: str | Path, **params: Any) -> dict[str, Any]:
    """Cross-validated scores of the rules and of the rules revised by the tagger."""
    examples = load_examples(folder)
    items = {e.id: prepare(e) for e in examples}
    return _cross_validate(examples, items, Trainer(list(items.values()), **params))


def main(argv: list[str] | None = None, *, echo: Callable[[str], Any] = print) -> int:
    parser = argparse.ArgumentParser(prog="python -m justicekg.extract.learn.orgs")
    parser.add_argument("command", choices=("train", "cv"))
    parser.add_argument("folder", help="the development corpus (items with texts/)")
    parser.add_argument("--out", default=str(org_model.MODEL_PATH))
    parser.add_argument("--iterations", type=int, default=80)
    args = parser.parse_args(argv)
    if args.command == "train":
        model = train_model(args.folder, iterations=args.iterations)
        model.save(args.out)
        state = f"off: {model.meta['off']}" if "off" in model.meta else "on"
        echo(f"wrote {args.out} (add {model.add:.3f}, drop {model.drop:.3f}; {state})")
    else:
        echo(format_cv(cv_table(args.folder, iterations=args.iterations)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
