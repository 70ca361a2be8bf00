"""The learned event model: candidate features, training on an invented corpus, the hook."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from justicekg.errors import ConfigError, OntologyError
from justicekg.extract import extract
from justicekg.extract.doc import Doc
from justicekg.extract.learn import (
    active,
    event_candidates,
    event_facts,
    event_training,
    events,
    logreg,
)
from justicekg.extract.pipeline import DEFAULT_PIPELINE, recognizers
from justicekg.text.normalize import normalize

HELD = (
    "Ngày 12/3/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023. "
    "Ông Trần Văn Luận, Giám đốc Sở Tư pháp, chủ trì Hội nghị."
)
CITED = (
    "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh Hà Nam, "
    "Sở Tư pháp tỉnh Hà Nam đã triển khai công tác phổ biến pháp luật."
)


def _doc(text: str) -> Doc:
    doc = Doc(normalize(text), published="2024-03-15")
    with events.using(None):
        for recognizer in recognizers(tuple(DEFAULT_PIPELINE)):
            doc = recognizer(doc)
    return doc


def test_candidate_features_describe_the_date_and_its_sentence() -> None:
    found = event_candidates.candidates(_doc(HELD))
    assert [c.date for c in found] == ["2024-03-12", "2023"]  # "năm 2023": a year
    assert found[1].features["form:year"] == 1.0
    f = found[0].features
    assert f["form:day"] == 1.0 and f["cue:conference"] == 1.0
    assert f["pos:opens_sentence"] == 1.0 and f["s:holds"] == 1.0
    assert found[0].kind == "conference"
    cited = event_candidates.candidates(_doc(CITED))[0].features
    assert cited["ctx:document_before"] == 1.0 and cited["ctx:of_issuer"] == 1.0


def test_features_never_hold_a_persons_name() -> None:
    text = "Ngày 12/3/2024, ông Trần Văn Luận dự Hội nghị tập huấn của Sở Tư pháp tỉnh Hà Nam."
    (found,) = event_candidates.candidates(_doc(text))
    names = " ".join(found.features)
    assert "bình" not in names and "trần" not in names
    assert "w:per" in found.features


def _corpus(tmp_path: Path, n: int) -> Path:
    """An invented corpus: a training or a conference held (an event in gold), or a document's
    day cited (none); each item has an "unseen" reading: an event of kind "other" on its day."""
    (tmp_path / "c" / "texts").mkdir(parents=True)
    (tmp_path / "u").mkdir()
    for i in range(n):
        item_id = f"x{i}"
        day = 10 + i % 10
        held = i % 2 == 0
        kind, what = ("training", "tập huấn pháp luật") if i % 4 else ("conference", "tổng kết")
        text = (
            f"Ngày {day}/3/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị {what}."
            if held
            else f"Theo Công văn số {i}/STP ngày {day}/3/2024 của Sở Tư pháp tỉnh Hà Nam, "
            "các xã rà soát văn bản."
        )
        ev = [{"kind": kind, "date": f"2024-03-{day}", "participants": []}] if held else []
        gold = {"events": ev, "organizations": [{"name": "Sở Tư pháp tỉnh Hà Nam"}]}
        (tmp_path / "c" / "texts" / f"{item_id}.txt").write_text(text, encoding="utf-8")
        data = {"id": item_id, "url": None, "part": "dev", "gold": gold}
        (tmp_path / "c" / f"{item_id}.json").write_text(json.dumps(data), encoding="utf-8")
        sentence = text.split(", các")[0]
        old = {
            "events": [
                {
                    "kind": "other",
                    "date": f"2024-03-{day}",
                    "participants": [],
                    "evidence": {"start": 0, "end": len(sentence), "text": sentence},
                }
            ]
        }
        (tmp_path / "u" / f"{item_id}.json").write_text(json.dumps(old), encoding="utf-8")
    return tmp_path


def test_training_on_unseen_readings_learns_to_drop_and_to_relabel(tmp_path: Path) -> None:
    root = _corpus(tmp_path, 30)
    items = event_training.load(root / "c", root / "u")
    assert all(set(it.readings) == {"present", "unseen"} for it in items)
    model = event_training.train_items(items)
    assert {"drop", "relabel", "items", "kinds"} <= set(model.meta)
    held = _doc("Ngày 21/3/2024, Sở Tư pháp tổ chức Hội nghị tập huấn pháp luật.")
    cited = _doc("Theo Công văn số 7/STP ngày 21/3/2024 của Sở Tư pháp, các xã rà soát văn bản.")
    sentence = {"start": 0, "end": 50, "text": held.text[:50]}
    old = {"events": [{"kind": "other", "date": "2024-03-21", "participants": ["A"]}]}
    old["events"][0]["evidence"] = sentence
    # the cited day's event goes, with its participants; the held one stays, a training
    assert events.revise_report(old, cited, model)["events"] == []
    kept = events.revise_report(old, held, model)["events"]
    assert [(e["date"], e["participants"]) for e in kept] == [("2024-03-21", ["A"])]
    (features,) = event_facts.fact_features(held, event_facts.report_facts(old, held.text))
    scores = events.kind_scores(model, features)
    assert scores["training"] > 0.5 > scores["conference"]
    model.meta["relabel"] = 0.5
    assert events.revise_report(old, held, model)["events"][0]["kind"] == "training"
    assert old["events"][0]["kind"] == "other"  # the report itself is not changed


def test_train_and_cv_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _corpus(tmp_path, 20)
    out = tmp_path / "events.json"
    args = [str(root / "c"), str(out), "--unseen", str(root / "u")]
    assert events.main(["train", *args]) == 0
    model = logreg.load(out)
    assert model.meta["unseen"] == 20 and model.meta["items"] == 20
    assert events.main(["cv", str(root / "c"), "--unseen", str(root / "u")]) == 0
    table = capsys.readouterr().out
    assert "(U) unseen readings" in table and "(P) present rules" in table


def test_train_leaves_out_the_excluded_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _corpus(tmp_path, 20)
    listing = tmp_path / "judged.txt"
    listing.write_text("x0\nx5\nnope\n", encoding="utf-8")
    assert [it.id for it in event_training.load(root / "c", exclude={"x0", "x5"})][:3] == [
        "x1",
        "x10",
        "x11",
    ]
    out = tmp_path / "events.json"
    args = [str(root / "c"), str(out), "--unseen", str(root / "u"), "--exclude", str(listing)]
    assert events.main(["train", *args]) == 0
    meta = logreg.load(out).meta
    assert (meta["items"], meta["unseen"], meta["excluded"]) == (18, 18, 2)
    err = capsys.readouterr().err
    assert "nope" in err and "x0" not in err  # only the id that matches no item is named


def test_a_broken_unseen_report_is_named_with_its_line(tmp_path: Path) -> None:
    root = _corpus(tmp_path, 2)
    (root / "u" / "x1.json").write_text('{"events": [\n{"kind": }]}', encoding="utf-8")
    with pytest.raises(OntologyError, match=r"x1\.json:2"):
        event_training.load(root / "c", root / "u")
    assert events.main(["train", str(root / "c"), "--unseen"]) == 2  # --unseen needs a folder


def test_training_on_a_folder_without_items_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.json"
    with pytest.raises(ConfigError, match=r"texts"):
        event_training.load(tmp_path / "nowhere")
    # the command prints the error on one line (the catalogue's, in the command's language)
    assert events.main(["train", str(tmp_path / "nowhere"), str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "texts" in err and "no development item" in err
    assert not out.exists()  # no model trained on nothing


def test_report_facts_find_the_evidence_when_offsets_moved() -> None:
    text = "Mở đầu. Ngày 21/3/2024, Sở tổ chức Hội nghị."
    ev = {"start": 0, "end": 8, "text": "Ngày 21/3/2024, Sở tổ chức Hội nghị."}
    (fact,) = event_facts.report_facts({"events": [{"kind": "conference", "evidence": ev}]}, text)
    assert (fact.kind, fact.date, text[fact.start : fact.end]) == ("conference", None, ev["text"])
    lost = {"events": [{"kind": "meeting", "date": "2024-03-21"}]}
    assert event_facts.report_facts(lost, text)[0].start == -1
    odd = {"start": None, "text": ev["text"]}  # a report's null offset: found by its text
    (fact,) = event_facts.report_facts({"events": [{"kind": "meeting", "evidence": odd}]}, text)
    assert text[fact.start : fact.end] == ev["text"]


def test_fact_features_read_kind_date_and_report_shape() -> None:
    doc = _doc(HELD)
    facts = [
        event_facts.Fact("conference", "2024-03-12", 0, 84),
        event_facts.Fact("meeting", None, 0, 84),
    ]
    first, second = event_facts.fact_features(doc, facts)
    assert first["kind=conference"] == 1.0 and first["ekind:agrees"] == 1.0
    assert first["form:day"] == 1.0 and "date:none" not in first
    assert second["date:none&kind=meeting"] == 1.0 and "ekind:agrees" not in second
    assert first["r:events=2"] == 1.0


def test_usage_error_without_a_folder() -> None:
    assert events.main(["train"]) == 2


def _model(drop: float, weight: float, kinds: dict[str, float] | None = None) -> logreg.Model:
    parts = {k: {"weights": {}, "bias": b} for k, b in (kinds or {}).items()}
    meta = {"drop": drop, "relabel": 0.8, "kinds": parts}
    return logreg.Model({"form:day": weight}, 0.0, 0.5, meta)


def test_hook_drops_and_relabels_with_a_model_and_not_without() -> None:
    rules = extract(HELD, article_id="a", published="2024-03-15", pipeline=events.PIPELINE)
    with events.using(None):
        alone = extract(HELD, article_id="a", published="2024-03-15", pipeline=events.PIPELINE)
    assert [(e.kind, e.date) for e in alone.events] == [("conference", "2024-03-12")]
    assert [(e.kind, e.date) for e in rules.events] == [("conference", "2024-03-12")]
    with events.using(_model(drop=0.5, weight=-5.0)):  # finds the day very unlikely
        dropped = extract(HELD, article_id="a", published="2024-03-15", pipeline=events.PIPELINE)
    assert dropped.events == []
    sure = _model(drop=0.5, weight=5.0, kinds={"meeting": 5.0, "conference": -5.0})
    with events.using(sure):  # keeps it, and reads it as a meeting
        relabelled = extract(HELD, article_id="a", published="2024-03-15")
    assert [(e.kind, e.date) for e in relabelled.events] == [("meeting", "2024-03-12")]
    unsure = _model(drop=0.5, weight=5.0, kinds={"meeting": 1.0, "conference": -5.0})
    with events.using(unsure):  # 0.73 < 0.8: the rules' kind stays
        kept = extract(HELD, article_id="a", published="2024-03-15")
    assert [e.kind for e in kept.events] == ["conference"]


@pytest.mark.parametrize("default", [(), ("events",)], ids=["rules", "events"])
@pytest.mark.parametrize("content", [None, "{", '{"weights": []}'])
def test_missing_or_broken_model_file_names_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: str | None,
    default: tuple[str, ...],
) -> None:
    monkeypatch.setattr(active, "DEFAULT", default)  # shipped, and as a decision may make it
    path = tmp_path / "events.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(events, "MODEL_PATH", path)
    events.shipped_model.cache_clear()
    try:
        with pytest.raises(OntologyError, match=r"events\.json"):
            extract(HELD, article_id="a", pipeline=events.PIPELINE)
        if "events" in default:  # the default pipeline reads it
            with pytest.raises(OntologyError, match=r"events\.json"):
                extract(HELD, article_id="a")
        else:
            assert extract(HELD, article_id="a").events  # the default pipeline does not read it
        with active.switched_on("none"):
            assert extract(HELD, article_id="a").events  # the rules alone do not read it
    finally:
        events.shipped_model.cache_clear()


def test_a_broken_model_file_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    path.write_text('{\n "bias": 0.0,\n "weights": {"a": }\n}', encoding="utf-8")
    with pytest.raises(OntologyError, match=r"events\.json:3"):
        logreg.load(path)


def test_a_model_switched_on_runs_in_the_default_pipeline_too() -> None:
    # the same switch as positions': ``using(model)`` is enough, no PIPELINE needed
    dropping = _model(drop=0.5, weight=-5.0)  # finds the day very unlikely
    assert extract(HELD, article_id="a", published="2024-03-15").events
    with events.using(dropping):
        assert extract(HELD, article_id="a", published="2024-03-15").events == []
        # a pipeline given explicitly is run as given
        assert extract(
            HELD, article_id="a", published="2024-03-15", pipeline=DEFAULT_PIPELINE
        ).events
    assert extract(HELD, article_id="a", published="2024-03-15").events


def test_the_shipped_model_keeps_a_plain_conference() -> None:
    with events.using(events.shipped_model()):
        report = extract(HELD, article_id="a", published="2024-03-15")
    assert [(e.kind, e.date) for e in report.events] == [("conference", "2024-03-12")]


def test_sparse_training_gives_the_dense_model() -> None:
    samples = [{"a": 1.0, "b": 0.5}, {"b": 1.0}, {"a": 0.5, "c": 1.0}, {"c": 1.0}] * 5
    labels = [True, False, True, False] * 5
    dense = logreg.train(samples, labels, l2=2.0, min_count=2)
    sparse = event_training.fit_sparse(samples, labels, l2=2.0, min_count=2)
    assert dense.weights.keys() == sparse.weights.keys()
    assert all(abs(dense.weights[k] - sparse.weights[k]) < 1e-9 for k in dense.weights)
    assert abs(dense.bias - sparse.bias) < 1e-9


def test_candidates_of_some_dates_only_keep_their_features() -> None:
    doc = _doc(HELD)
    full = event_candidates.candidates(doc)
    (some,) = event_candidates.candidates(doc, {"2023"}, kinds=False)
    assert some.features == full[1].features and some.kind == "other"


_FEATURES_SCRIPT = """
import json, sys
from justicekg.extract.doc import Doc
from justicekg.extract.learn import event_facts, events
from justicekg.extract.learn.position_pairs import candidates
from justicekg.extract.pipeline import DEFAULT_PIPELINE, recognizers
doc = Doc(sys.argv[1], published="2024-03-15")
with events.using(None):
    for recognizer in recognizers(tuple(DEFAULT_PIPELINE)):
        doc = recognizer(doc)
facts = event_facts.doc_facts(doc)
out = [list(f) for f in event_facts.fact_features(doc, facts)]
out += [list(c.features) for c in candidates(doc)]
print(json.dumps(out))
"""


def test_features_come_in_the_same_order_whatever_the_hash_seed() -> None:
    # the models sum weights in the features' order: a set's order (strings hash by seed)
    # changed scores in their last digits from one run to the next
    src = str(Path(event_facts.__file__).parents[3])
    runs = [
        subprocess.run(
            [sys.executable, "-c", _FEATURES_SCRIPT, normalize(HELD)],
            env={**os.environ, "PYTHONPATH": src, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    ]
    assert json.loads(runs[0]) and runs[0] == runs[1] == runs[2]


def test_scores_are_the_models_own_to_the_last_bit() -> None:
    # the table reads each feature once for all models; the sums must stay the models' own
    # (Model.score: Python's sum then the bias; each kind: from its bias, feature by feature)
    weights = {f"f{i}": (-1) ** i * (0.1 + i / 7) for i in range(40)}
    kinds = {
        k: {
            "weights": {
                f"f{i}": w * (j + 1) / 3 for i, w in enumerate(weights.values()) if i % (j + 2)
            },
            "bias": 0.3 - j / 5,
        }
        for j, k in enumerate(("ceremony", "meeting", "other"))
    }
    model = logreg.Model(weights, -0.7, 0.5, {"kinds": kinds})
    samples = [
        {f"f{i}": 1.0 if i % 3 else 0.5 for i in range(k, 40, k + 1)} | {"new": 1.0}
        for k in range(6)
    ] + [{}, {"unknown": 1.0, "doc:published": 0.0}]
    for sample, (p, ks) in zip(samples, events.scores(model, samples), strict=True):
        assert p == model.score(sample)
        z = {k: float(part["bias"]) for k, part in kinds.items()}
        for name, value in sample.items():
            for k, part in kinds.items():
                if name in part["weights"]:
                    z[k] += part["weights"][name] * value
        assert ks == {k: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for k, v in z.items()}
        assert list(ks) == list(kinds)  # (ties go to the first kind)


def test_masked_names_as_the_character_by_character_masking() -> None:
    from justicekg.extract.doc import Span

    text = "Ông Lê Văn An và bà Trần Thị Bình, ông Hà Nam dự họp. Lê An phát biểu."
    names = [(text.index(n), text.index(n) + len(n)) for n in ("Lê Văn An", "Trần Thị Bình")]
    names += [(text.index(n), text.index(n) + len(n)) for n in ("Hà Nam", "Lê An")]
    start, end = names[1]  # parts of a name found as names too, and one too short to mask
    inside = [(start, start + 4), (end - 4, end), (names[3][0] + 1, names[3][0] + 3)]

    def masked(spans: list[tuple[int, int]]) -> tuple[str, str]:
        doc = Doc(text)
        for start, end in spans:
            doc.add(Span(start, end, "person", text[start:end]))
        chars = list(text)  # the reference: each name over the ones before it, in text order
        for p in doc.by_label("person"):
            if p.end - p.start >= 3:
                chars[p.start : p.end] = "PER".ljust(p.end - p.start)
        return event_candidates.mask_persons(doc), "".join(chars)

    fast, reference = masked(names)  # no names overlap: masked piece by piece
    assert fast == reference and len(fast) == len(text)
    assert fast.startswith("Ông PER       và bà PER          , ông PER    dự họp. PER  ")
    overlapping, reference = masked(names + inside)
    assert overlapping == reference


def test_words_are_a_new_list_each_time() -> None:
    first = event_candidates.words("Sở Tư pháp họp ngày 12")
    first.append("x")
    assert event_candidates.words("Sở Tư pháp họp ngày 12") == ["sở", "tư", "pháp", "họp", "ngày"]


def test_training_reads_each_article_with_one_run_of_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from justicekg.extract import pipeline

    path = tmp_path / "a.txt"
    path.write_text(HELD + "\n\nBà Lê Thị Hoa, Phó Giám đốc Sở, dự Hội nghị.", encoding="utf-8")
    with events.using(None):
        expected = pipeline.extract_file(path, max_bytes=0).to_dict()
    read = pipeline.read_doc
    runs: list[str] = []

    def counted(text: str, **kwargs: Any) -> tuple[str, Doc]:
        runs.append(text)
        return read(text, **kwargs)

    monkeypatch.setattr(pipeline, "read_doc", counted)
    doc, report = event_training._rules_doc(path)
    assert len(runs) == 1  # one run of the pipeline gives both
    assert report == expected
    _, alone = read(HELD + "\n\nBà Lê Thị Hoa, Phó Giám đốc Sở, dự Hội nghị.")
    with events.using(None):
        for recognizer in recognizers(tuple(DEFAULT_PIPELINE)):
            alone = recognizer(alone)
    assert [(s.start, s.end, s.label, s.name, s.data) for s in doc.spans] == [
        (s.start, s.end, s.label, s.name, s.data) for s in alone.spans
    ]


def test_cv_reports_the_listed_items_beside_the_shipped_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _corpus(tmp_path, 20)
    items = event_training.load(root / "c", root / "u")
    model = event_training.train_items(items)
    every = [it.id for it in items]
    result = event_training.cross_validate(items, subset=every, shipped=model)
    part = result["subset"]
    assert part["items"] == 20
    for t in ("U", "P"):  # every item listed: the listed items' tables are the pooled ones
        assert {k: part[t][k] for k in ("rules", "learned")} == result[t]
        assert part[t]["shipped"]["events"]["gold"] == result[t]["rules"]["events"]["gold"]
    listing = tmp_path / "ids.txt"
    listing.write_text("x0\nx3\nx-not-there\n", encoding="utf-8")
    monkeypatch.setenv("JUSTICEKG_LANG", "en")
    args = ["cv", str(root / "c"), "--unseen", str(root / "u"), "--report-ids", str(listing)]
    assert events.main(args) == 0
    out = capsys.readouterr().out
    assert f"(U) unseen readings, held out, the 2 items listed in {listing}" in out
    assert f"(P) present rules, held out, the 2 items listed in {listing}" in out
    assert out.count("shipped P/R/F1") == 2
    listing.write_text("# none\n", encoding="utf-8")
    assert events.main(args) == 2
    assert "names no item" in capsys.readouterr().err
