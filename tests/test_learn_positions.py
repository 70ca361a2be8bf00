"""The learned position assembly: candidates and features, combination, training, the hook.

All texts are invented (names, sentences); no sentence of a real article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from justicekg.errors import OntologyError
from justicekg.extract import _score, extract
from justicekg.extract.learn import active, logreg, positions
from justicekg.extract.learn import position_readings as readings
from justicekg.extract.learn import position_training as training
from justicekg.extract.learn.folds import Example
from justicekg.extract.learn.position_pairs import candidates

LIST = (
    "Dự hội nghị có ông Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Thanh Hóa; "
    "bà Trần Thị Bình, Phó Giám đốc Sở Tư pháp tỉnh Thanh Hóa."
)


def _doc(text: str):  # type: ignore[no-untyped-def]
    from justicekg.extract.doc import Doc
    from justicekg.extract.pipeline import DEFAULT_PIPELINE, recognizers
    from justicekg.text.normalize import normalize

    doc = Doc(normalize(text))
    for recognizer in recognizers(tuple(DEFAULT_PIPELINE)):
        doc = recognizer(doc)
    return doc


def _rules(text: str) -> dict[str, list[tuple[str, str | None]]]:
    with positions.using(None):
        report = extract(text, article_id="x")
    return {p.name: [(q.title, q.organization) for q in p.positions] for p in report.persons}


def test_candidates_pair_every_name_with_the_titles_on_both_sides() -> None:
    found = candidates(_doc(LIST))
    pairs = {(c.person, c.title, c.org) for c in found}
    assert ("Nguyễn Văn An", "Giám đốc", "Sở Tư pháp tỉnh Thanh Hóa") in pairs
    assert ("Trần Thị Bình", "Giám đốc", "Sở Tư pháp tỉnh Thanh Hóa") in pairs  # a wrong pairing
    assert ("Trần Thị Bình", "Phó Giám đốc", "Sở Tư pháp tỉnh Thanh Hóa") in pairs


def test_features_describe_side_separators_and_intervening_people() -> None:
    found = {(c.person, c.title): c.features for c in candidates(_doc(LIST))}
    own = found[("Nguyễn Văn An", "Giám đốc")]
    assert own["R|nearest_person"] == 1.0  # the title follows its holder's name
    assert own["R|person_then_title_this|sep=,"] == 1.0
    assert own["R|persons_between=0"] == 1.0
    other = found[("Trần Thị Bình", "Giám đốc")]
    assert other["L|sep_semi=1"] == 1.0  # a list separator between the title and the name
    assert other["L|person_then_title_other|sep=,"] == 1.0  # An's apposition, not Bình's
    assert all(v == 1.0 for v in own.values())


def test_historical_figures_and_bylines_make_no_candidate() -> None:
    text = "Học tập theo lời dạy của Chủ tịch Hồ Chí Minh, Sở Tư pháp tỉnh Nghệ An phát động."
    assert not [c for c in candidates(_doc(text)) if c.person == "Hồ Chí Minh"]


def test_combine_drops_unlikely_rule_readings_and_adds_confident_ones() -> None:
    rule = {("a", "giám đốc", None), ("b", "chánh án", "x")}
    scored = [
        (("a", "giám đốc", None), ("a", 1), 0.02),
        (("a", "giám đốc", "sở tư pháp"), ("a", 1), 0.9),  # a better body for the same title
        (("b", "chánh án", "x"), ("b", 2), 0.9),
        (("c", "phó chánh án", "x"), ("c", 3), 0.95),  # a title the rules gave nobody
    ]
    drop, add = positions.combine(rule, scored, 0.05, 0.9, 0.8)
    assert drop == {("a", "giám đốc", None)}
    assert add == {("a", "giám đốc", "sở tư pháp"), ("c", "phó chánh án", "x")}
    # everything off: the rules stand
    assert positions.combine(rule, scored, -1.0, 2.0, 2.0) == (set(), set())


def test_combine_gives_a_title_only_to_its_best_person() -> None:
    scored = [(("a", "t", "o"), ("a", 7), 0.92), (("b", "t", "o"), ("b", 7), 0.97)]
    assert positions.combine(set(), scored, -1.0, 0.9)[1] == {("b", "t", "o")}


def test_combine_keeps_what_the_rules_read_more_fully() -> None:
    # the rules' "Ban Thường vụ Tỉnh ủy X" extends the candidate's "Tỉnh ủy X"; a shortened title
    # of a body the person holds in full, and a bodiless title held with a body, are not added
    rule = {("a", "ủy viên", "ban thường vụ tỉnh ủy x"), ("a", "phó chủ tịch thường trực", "u")}
    scored = [
        (("a", "ủy viên", "tỉnh ủy x"), ("a", 1), 0.99),
        (("a", "phó chủ tịch", "u"), ("a", 2), 0.99),
        (("a", "phó chủ tịch thường trực", None), ("a", 3), 0.99),
    ]
    assert positions.combine(rule, scored, -1.0, 0.5, 0.5) == (set(), set())


def _corpus(tmp_path: Path, n: int) -> Path:
    (tmp_path / "texts").mkdir(parents=True)
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"]
    for i in range(n):
        a, b = names[i % 5], names[(i + 2) % 5]
        text = (
            f"Ngày 5/3/2024, Sở Tư pháp tỉnh Nghệ An tổ chức hội nghị. Dự hội nghị có ông {a}, "
            f"Giám đốc Sở Tư pháp tỉnh Nghệ An; bà {b}, Phó Giám đốc Sở Tư pháp tỉnh Nghệ An."
        )
        org = "Sở Tư pháp tỉnh Nghệ An"
        gold = {
            "persons": [
                {"name": a, "positions": [{"title": "Giám đốc", "organization": org}]},
                {"name": b, "positions": [{"title": "Phó Giám đốc", "organization": org}]},
            ]
        }
        (tmp_path / "texts" / f"r{i}.txt").write_text(text, encoding="utf-8")
        item = {"id": f"r{i}", "url": None, "gold": gold}
        (tmp_path / f"r{i}.json").write_text(json.dumps(item, ensure_ascii=False), "utf-8")
    return tmp_path


def test_training_command_writes_a_model_that_learns_the_pairing(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 12)
    out = tmp_path / "m.json"
    assert positions.main(["train", str(corpus), "--out", str(out)]) == 0
    model = logreg.load(out)
    assert {"drop", "add", "swap", "items"} <= set(model.meta)
    assert "excluded" not in model.meta  # nothing excluded (--exclude): no such key
    found = {(c.person, c.title): c for c in candidates(_doc(LIST))}
    right = model.score(found[("Trần Thị Bình", "Phó Giám đốc")].features)
    wrong = model.score(found[("Trần Thị Bình", "Giám đốc")].features)
    assert right > 0.5 > wrong


def test_excluded_items_are_neither_trained_on_nor_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "c", 12)
    listing = tmp_path / "judged.txt"
    listing.write_text("# judged apart\nr0\nr3\nz9\n", encoding="utf-8")  # z9: no such item
    out = tmp_path / "m.json"
    assert positions.main(["train", str(corpus), "--exclude", str(listing), "--out", str(out)]) == 0
    meta = logreg.load(out).meta
    assert (meta["items"], meta["excluded"]) == (10, 2)
    assert "z9" in capsys.readouterr().err  # the listed id that matches no item is named
    result = training.cross_validate(corpus, exclude={"r0", "r3"})
    assert sum(row["items"] for row in result["folds"]) == 10
    assert result["rules"]["positions"]["gold"] == 20  # two positions an item, r0 and r3 out
    monkeypatch.setenv("JUSTICEKG_LANG", "en")
    assert positions.main(["cv", str(corpus), "--exclude", str(listing)]) == 0
    assert "(P) present rules" in capsys.readouterr().out
    every = tmp_path / "every.txt"
    every.write_text("".join(f"r{i}\n" for i in range(12)), encoding="utf-8")
    assert positions.main(["train", str(corpus), "--exclude", str(every), "--out", str(out)]) == 2
    assert "texts" in capsys.readouterr().err  # nothing left to train on: no model


def test_unseen_readings_round_trip_and_tune_thresholds(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 10)
    out = tmp_path / "unseen.jsonl"
    assert positions.main(["readings", str(corpus), str(out), "--since", "5"]) == 0
    found = readings.load(out)
    assert sorted(found) == ["r5", "r6", "r7", "r8", "r9"]
    # the document is rebuilt from the checkout's spans, the report kept without its text
    r5 = found["r5"]
    assert {"person", "title", "org"} <= {s.label for s in r5.doc.spans}
    assert "text" not in r5.report["article"]
    assert r5.positions == {
        tuple(k)
        for k in _score.extract_facts(extract(r5.doc.text, article_id="r5").to_dict())["positions"]
    }
    examples = {
        f"r{i}": Example(f"r{i}", None, (corpus / "texts" / f"r{i}.txt").read_text("utf-8"), {})
        for i in range(10)
    }
    items = [training.prepare(e) for e in examples.values()]
    old = [training.prepare_reading(examples[i], r) for i, r in found.items()]
    assert any("rule_reads_this" in f for f in old[0].features)  # what the old rules decided
    model = training.train(items, unseen=old)
    assert model.meta["tuned_on"] == "unseen readings and present rules"
    assert model.meta["tuning_items"] == [5, 10]


def test_readings_by_a_map_read_each_item_with_its_checkout(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 4)
    here = Path(readings.__file__).parents[4]  # this checkout: its src/ holds the package
    mapping = tmp_path / "map.tsv"
    mapping.write_text(f"r1\tc1\tp1\t{here}\nr3\tc3\tp3\t{here}\n", encoding="utf-8")
    assert readings.checkouts_of(mapping) == {"r1": str(here), "r3": str(here)}
    out = tmp_path / "u.jsonl"
    assert positions.main(["readings", str(corpus), str(out), "--map", str(mapping)]) == 0
    found = readings.load(out)
    assert sorted(found) == ["r1", "r3"]
    assert found["r1"].checkout == str(here)


def test_unreadable_readings_and_maps_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "readings.jsonl"
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"readings\.jsonl"):
        readings.load(bad)
    with pytest.raises(OntologyError, match=r"nomap\.tsv"):
        readings.checkouts_of(tmp_path / "nomap.tsv")
    # a line at fault is named too
    bad.write_text('{"id": "r1"}\n', encoding="utf-8")
    with pytest.raises(OntologyError, match=r"readings\.jsonl:1"):
        readings.load(bad)
    # the map is unseen's (id TAB commit TAB parent TAB checkout): a short row, or one
    # without its checkout, is named by file and line
    mapping = tmp_path / "map.tsv"
    mapping.write_text("r1\tc1\tp1\t/x\n\nr2\t/x\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"map\.tsv:3") as caught:
        readings.checkouts_of(mapping)
    assert "unreadable unseen map" in caught.value.message.render("en")  # type: ignore[attr-defined]
    mapping.write_text("r1\tc1\tp1\t/x\n\nr2\tc2\tp2\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"map\.tsv:3") as caught:
        readings.checkouts_of(mapping)
    assert "without a checkout" in caught.value.message.render("en")  # type: ignore[attr-defined]


def test_rule_features_tell_the_model_what_the_rules_decided() -> None:
    rule = {("a", "giám đốc", "sở"), ("b", "phó giám đốc", "sở")}
    assert positions.rule_features(("a", "giám đốc", "sở"), rule) == {"rule_reads_this": 1.0}
    assert positions.rule_features(("a", "giám đốc", None), rule) == {"rule_title_other_org": 1.0}
    assert positions.rule_features(("a", "phó giám đốc", "sở"), rule) == {
        "rule_gave_other_person": 1.0
    }
    assert positions.rule_features(("c", "giám đốc", "sở"), rule) == {
        "rule_gave_other_person": 1.0,
        "rule_person_bare": 1.0,
    }


def test_the_hook_drops_what_the_model_gives_up_on_with_the_rules_decision() -> None:
    # a model that trusts nothing the rules read: every rule reading falls below the drop
    distrust = logreg.Model({"rule_reads_this": -20.0}, 0.0, meta={"drop": 0.3})
    with positions.using(distrust):
        report = extract(LIST, article_id="x")
    assert all(not p.positions for p in report.persons)
    assert _rules(LIST)["Nguyễn Văn An"]  # the rules alone read them


def test_sparse_training_gives_the_dense_model() -> None:
    samples = [{"x": 1.0, "z": 0.5}, {"y": 1.0}, {"x": 1.0, "y": 1.0}] * 5
    labels = [True, False, True] * 5
    dense = logreg.train(samples, labels, l2=0.5, steps=50)
    sparse = logreg.train_sparse(samples, labels, l2=0.5, steps=50)
    assert dense.weights.keys() == sparse.weights.keys()
    assert all(abs(dense.weights[k] - sparse.weights[k]) < 1e-9 for k in dense.weights)
    assert abs(dense.bias - sparse.bias) < 1e-9


def test_usage_errors_exit_2() -> None:
    assert positions.main(["fit", "x"]) == 2
    assert positions.main(["readings", "x"]) == 2


def test_hook_without_a_model_is_the_rules(tmp_path: Path) -> None:
    text = "Ông Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Thanh Hóa, phát biểu."
    assert _rules(text) == {"Nguyễn Văn An": [("Giám đốc", "Sở Tư pháp tỉnh Thanh Hóa")]}


def test_hook_applies_the_active_model() -> None:
    # an invented model that trusts every pairing with a semicolon between: it gives An's
    # title to Bình as well (an add), which the rules never do, but only when the rules gave
    # Bình no title of her own
    eager = logreg.Model(
        {"L|sep_semi=1": 20.0}, bias=-10.0, meta={"drop": -1.0, "add": 0.5, "swap": 2.0}
    )
    bare = "Dự hội nghị có ông Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Thanh Hóa; bà Trần Thị Bình."
    assert not _rules(bare).get("Trần Thị Bình")
    for text, added in ((bare, True), (LIST, False)):
        with positions.using(eager):
            report = extract(text, article_id="x")
        got = {p.name: {(q.title, q.organization) for q in p.positions} for p in report.persons}
        assert (("Giám đốc", "Sở Tư pháp tỉnh Thanh Hóa") in got["Trần Thị Bình"]) is added
    assert ("Giám đốc", "Sở Tư pháp tỉnh Thanh Hóa") not in dict(_rules(LIST))["Trần Thị Bình"]


def test_missing_or_broken_shipped_model_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for content in (None, "{not json"):
        path = tmp_path / "positions.json"
        if content is not None:
            path.write_text(content, encoding="utf-8")
        monkeypatch.setattr(positions, "MODEL_PATH", path)
        positions.shipped_model.cache_clear()
        try:
            with pytest.raises(OntologyError, match=r"positions\.json"):
                positions.shipped_model()
        finally:
            positions.shipped_model.cache_clear()


@pytest.mark.parametrize("default", [(), ("positions",)], ids=["rules", "positions"])
def test_the_default_set_decides_none_is_the_rules_alone_the_model_when_asked(
    monkeypatch: pytest.MonkeyPatch, default: tuple[str, ...]
) -> None:
    monkeypatch.setattr(active, "DEFAULT", default)  # shipped, and as a decision may make it
    text = "Ông Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Nghệ An, phát biểu."
    by_default = positions.shipped_model() if default else None
    assert positions.active_model() is by_default
    with positions.using(positions.shipped_model()):
        assert positions.active_model() is positions.shipped_model()
        with_model = extract(text, article_id="x").to_dict()
    with active.switched_on("none"):
        assert positions.active_model() is None
        rules = extract(text, article_id="x").to_dict()
    assert positions.active_model() is by_default
    assert with_model["persons"] == rules["persons"]  # one plain title: the model agrees


def test_the_shipped_model_loads_and_says_what_it_was_trained_on() -> None:
    model = positions.shipped_model()
    assert model.meta["items"] > 0 and model.meta["corpus"]
    assert {"drop", "add", "swap"} <= set(model.meta)


def test_training_reads_an_item_as_extraction_reads_its_file(tmp_path: Path) -> None:
    from justicekg.extract.pipeline import extract_file, file_doc

    page = tmp_path / "r1.html"
    page.write_text(
        "<html><head><title>Hội nghị ngành tư pháp</title>"
        '<meta property="article:published_time" content="2024-05-03T08:00:00"></head>'
        f"<body><article><h1>Hội nghị ngành tư pháp</h1><p>{LIST}</p></article></body></html>",
        encoding="utf-8",
    )
    doc = file_doc(page)
    assert (doc.title, doc.published) == ("Hội nghị ngành tư pháp", "2024-05-03")
    assert "<p>" not in doc.text
    item = training.prepare(Example("r1", None, page.read_text("utf-8"), {}, page))
    # the page's markup is no word next to a title: the features are read on extraction's text
    assert not any(name.endswith("=p") for f in item.features for name in f)
    with positions.using(None):
        report = extract_file(page, max_bytes=0).to_dict()
    assert item.rule_keys == {tuple(k) for k in _score.extract_facts(report)["positions"]}
    assert len(item.rule_keys) == 2


def test_cv_reports_the_listed_items_beside_the_shipped_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "c", 10)
    unseen = tmp_path / "unseen.jsonl"
    assert positions.main(["readings", str(corpus), str(unseen), "--since", "5"]) == 0
    found = readings.load(unseen)
    every = {f"r{i}" for i in range(10)}
    result = training.cross_validate(
        corpus, readings=found, subset=every, shipped=positions.shipped_model()
    )
    # every item listed: the listed items' tables are the pooled ones
    assert result["subset"]["items"] == 10
    assert {k: result["subset"][k] for k in ("rules", "learned")} == {
        k: result[k] for k in ("rules", "learned")
    }
    table = training.pooled(result["unseen"])
    assert result["unseen_subset"]["items"] == 5
    assert {k: result["unseen_subset"][k] for k in ("rules", "learned")} == {
        k: table[k] for k in ("rules", "learned")
    }
    # the shipped model applied as it is: the gold's positions of the listed items
    assert result["subset"]["shipped"]["positions"]["gold"] == 20
    assert result["unseen_subset"]["shipped"]["positions"]["gold"] == 10
    listing = tmp_path / "ids.txt"
    listing.write_text("r1\nr7\n", encoding="utf-8")
    monkeypatch.setenv("JUSTICEKG_LANG", "en")
    assert (
        positions.main(["cv", str(corpus), "--unseen", str(unseen), "--report-ids", str(listing)])
        == 0
    )
    out = capsys.readouterr().out
    assert (
        f"the 2 items listed in {listing}" in out
        and "(U) unseen readings, held out, the 1 items" in out
    )
    assert sum(line.startswith("shipped") for line in out.splitlines()) == 2
    listing.write_text("z9\n", encoding="utf-8")
    assert positions.main(["cv", str(corpus), "--report-ids", str(listing)]) == 2
    assert "no item of the list is a development item" in capsys.readouterr().err
