"""The shared pieces of the learned components: folds, logistic regression, held-out scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from justicekg.errors import ConfigError, OntologyError
from justicekg.extract import extract
from justicekg.extract.learn import cv, folds, logreg


def test_folds_are_stable_and_cover_every_fold() -> None:
    ids = [f"r{n}" for n in range(200)]
    assigned = {folds.fold_of(i) for i in ids}
    assert assigned == set(range(folds.FOLDS))
    assert [folds.fold_of(i) for i in ids] == [folds.fold_of(i) for i in ids]


def test_train_separates_and_round_trips(tmp_path: Path) -> None:
    samples = [{"cue:hội nghị": 1.0}, {"cue:bài viết": 1.0}] * 20
    labels = [True, False] * 20
    model = logreg.train(samples, labels, l2=0.1, meta={"trained_on": "invented"})
    assert model.score({"cue:hội nghị": 1.0}) > 0.8 > 0.2 > model.score({"cue:bài viết": 1.0})
    path = tmp_path / "m.json"
    model.save(path)
    again = logreg.load(path)
    assert again.meta == {"trained_on": "invented"}
    assert abs(again.score({"cue:hội nghị": 1.0}) - model.score({"cue:hội nghị": 1.0})) < 1e-4
    assert again.score({"unseen": 1.0}) == pytest.approx(model.score({}), abs=1e-4)


def test_unreadable_model_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"broken\.json"):
        logreg.load(bad)


def test_train_refuses_mismatched_lengths() -> None:
    with pytest.raises(ValueError):
        logreg.train([{"a": 1.0}], [True, False])


def _corpus(tmp_path: Path, texts: dict[str, tuple[str, dict[str, object]]]) -> Path:
    (tmp_path / "texts").mkdir()
    for item_id, (text, gold) in texts.items():
        (tmp_path / "texts" / f"{item_id}.txt").write_text(text, encoding="utf-8")
        data = {"id": item_id, "url": f"https://example.invalid/{item_id}", "gold": gold}
        (tmp_path / f"{item_id}.json").write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def test_cross_validation_scores_held_out_folds_only(tmp_path: Path) -> None:
    person = "Ông Trần Văn Luận, Giám đốc Sở Tư pháp tỉnh Thanh Hóa, phát biểu."
    gold = {
        "persons": [{"name": "Trần Văn Luận", "positions": []}],
        "organizations": [{"name": "Sở Tư pháp tỉnh Thanh Hóa"}],
    }
    corpus = _corpus(tmp_path, {f"x{n}": (person, gold) for n in range(12)})
    examples = folds.load_examples(corpus, part=None)
    seen: list[set[str]] = []

    def train(items: list[folds.Example]) -> set[str]:
        seen.append({e.id for e in items})
        return {e.id for e in items}

    def run(example: folds.Example, model: set[str] | None) -> dict[str, object]:
        assert model is None or example.id not in model  # never scored on its training data
        report = extract(example.text, article_id=example.id).to_dict()
        if model is not None:
            report["organizations"] = []  # a "component" that drops every organization
        return report

    result = cv.cross_validate(examples, train, run)
    assert sum(row["items"] for row in result["folds"]) == 12
    assert cv.f1(result["rules"], "organizations") == 1.0
    assert cv.f1(result["learned"], "organizations") == 0.0
    assert cv.f1(result["rules"], "persons") == cv.f1(result["learned"], "persons") == 1.0
    assert "overall" in cv.format_cv(result)


def test_excluded_items_are_not_loaded(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {f"x{n}": ("Văn bản.", {}) for n in range(4)})
    found = folds.load_examples(corpus, part=None, exclude={"x1", "x3", "nope"})
    assert [e.id for e in found] == ["x0", "x2"]
    with pytest.raises(ConfigError, match="texts"):  # every item excluded: nothing to train on
        folds.load_examples(corpus, part=None, exclude={f"x{n}" for n in range(4)})


def test_a_corpus_without_texts_is_named(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"x1": ("Văn bản.", {})})
    (corpus / "texts" / "x1.txt").unlink()
    with pytest.raises(ConfigError, match="texts"):
        folds.load_examples(corpus, part=None)


def test_cross_validation_pools_the_listed_items_apart(tmp_path: Path) -> None:
    person = "Ông Trần Văn Luận, Giám đốc Sở Tư pháp tỉnh Thanh Hóa, phát biểu."
    gold = {"persons": [{"name": "Trần Văn Luận", "positions": []}]}
    corpus = _corpus(tmp_path, {f"x{n}": (person, gold) for n in range(12)})
    examples = folds.load_examples(corpus, part=None)

    def run(example: folds.Example, model: set[str] | None) -> dict[str, object]:
        report = extract(example.text, article_id=example.id).to_dict()
        if model is not None and example.id in {"x1", "x2"}:
            report["persons"] = []  # a "component" that loses the persons of two items
        return report

    ids = {e.id for e in examples}
    result = cv.cross_validate(examples, lambda items: {e.id for e in items}, run, subset=ids)
    assert result["subset"] == {"items": 12, "rules": result["rules"], "learned": result["learned"]}
    some = cv.cross_validate(examples, lambda items: set(), run, subset={"x1", "x5", "nope"})
    assert some["subset"]["items"] == 2 and some["subset"]["rules"]["persons"]["gold"] == 2
    assert cv.f1(some["subset"]["learned"], "persons") == pytest.approx(2 / 3)  # x1 lost
    assert "subset" not in cv.cross_validate(examples, lambda items: set(), run)


def test_listed_ids_are_read_one_a_line(tmp_path: Path) -> None:
    listing = tmp_path / "ids.txt"
    listing.write_text("r2\n\n# new items\nr1  # first\nr2\n", encoding="utf-8")
    assert cv.read_ids(listing) == ["r2", "r1"]
    listing.write_text("# nothing\n\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"ids\.txt"):
        cv.read_ids(listing)
    with pytest.raises(ConfigError, match=r"missing\.txt"):
        cv.read_ids(tmp_path / "missing.txt")
    with pytest.raises(ConfigError, match=r"ids\.txt"):
        cv.listed(set(), listing)
    cv.listed({"r1"}, listing)
