"""The learned event model: candidate features, training on an invented corpus, the hook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from justicekg.errors import OntologyError
from justicekg.extract import extract
from justicekg.extract.doc import Doc
from justicekg.extract.learn import event_candidates, events, logreg
from justicekg.extract.pipeline import DEFAULT_PIPELINE, _recognizers
from justicekg.text.normalize import normalize

HELD = (
    "Ngày 12/3/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tổng kết công tác năm 2023. "
    "Ông Trần Văn Bình, Giám đốc Sở Tư pháp, chủ trì Hội nghị."
)
CITED = (
    "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh Hà Nam, "
    "Sở Tư pháp tỉnh Hà Nam đã triển khai công tác phổ biến pháp luật."
)


def _doc(text: str) -> Doc:
    doc = Doc(normalize(text), published="2024-03-15")
    with events.using(None):
        for recognizer in _recognizers(tuple(DEFAULT_PIPELINE)):
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
    text = "Ngày 12/3/2024, ông Trần Văn Bình dự Hội nghị tập huấn của Sở Tư pháp tỉnh Hà Nam."
    (found,) = event_candidates.candidates(_doc(text))
    names = " ".join(found.features)
    assert "bình" not in names and "trần" not in names
    assert "w:per" in found.features


def _corpus(tmp_path: Path, n: int) -> Path:
    (tmp_path / "texts").mkdir(parents=True)
    for i in range(n):
        item_id = f"x{i}"
        day = 10 + i % 10
        held = i % 2 == 0
        text = (
            f"Ngày {day}/3/2024, Sở Tư pháp tỉnh Hà Nam tổ chức Hội nghị tập huấn pháp luật."
            if held
            else f"Theo Công văn số {i}/STP ngày {day}/3/2024 của Sở Tư pháp tỉnh Hà Nam, "
            "các xã rà soát văn bản."
        )
        ev = [{"kind": "training", "date": f"2024-03-{day}", "participants": []}] if held else []
        gold = {"events": ev, "organizations": [{"name": "Sở Tư pháp tỉnh Hà Nam"}]}
        (tmp_path / "texts" / f"{item_id}.txt").write_text(text, encoding="utf-8")
        data = {"id": item_id, "url": None, "gold": gold}
        (tmp_path / f"{item_id}.json").write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def test_train_command_writes_a_model_that_learned_the_task(tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    assert events.main(["train", str(_corpus(tmp_path / "c", 20)), str(out)]) == 0
    model = logreg.load(out)
    assert {"drop", "add", "items"} <= set(model.meta)
    held = event_candidates.candidates(_doc("Ngày 21/3/2024, Sở tổ chức Hội nghị tập huấn."))
    cited = event_candidates.candidates(
        _doc("Theo Công văn số 7/STP ngày 21/3/2024 của Sở Tư pháp, các xã rà soát văn bản.")
    )
    assert model.score(held[0].features) > 0.5 > model.score(cited[0].features)


def test_usage_error_without_a_folder() -> None:
    assert events.main(["train"]) == 2


def _model(drop: float, add: float, weight: float) -> logreg.Model:
    return logreg.Model({"form:day": weight}, 0.0, 0.5, {"drop": drop, "add": add})


def test_hook_drops_and_adds_with_a_model_and_not_without() -> None:
    rules = extract(HELD, article_id="a", published="2024-03-15", pipeline=events.PIPELINE)
    with events.using(None):
        alone = extract(HELD, article_id="a", published="2024-03-15", pipeline=events.PIPELINE)
    assert [(e.kind, e.date) for e in alone.events] == [("conference", "2024-03-12")]
    assert [(e.kind, e.date) for e in rules.events] == [("conference", "2024-03-12")]
    with events.using(_model(drop=0.5, add=1.01, weight=-5.0)):  # finds the day very unlikely
        dropped = extract(HELD, article_id="a", published="2024-03-15", pipeline=events.PIPELINE)
    assert dropped.events == []
    text = "Ngày 14/3/2024, Sở Tư pháp tỉnh Hà Nam nhận được văn bản của Bộ."  # no activity
    with events.using(None):
        assert (
            extract(text, article_id="b", published="2024-03-15", pipeline=events.PIPELINE).events
            == []
        )
    with events.using(_model(drop=0.0, add=0.9, weight=5.0)):  # finds the day very likely
        added = extract(text, article_id="b", published="2024-03-15", pipeline=events.PIPELINE)
    assert [e.date for e in added.events] == ["2024-03-14"]


@pytest.mark.parametrize("content", [None, "{", '{"weights": []}'])
def test_missing_or_broken_model_file_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str | None
) -> None:
    path = tmp_path / "events.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(events, "MODEL_PATH", path)
    events.shipped_model.cache_clear()
    try:
        with pytest.raises(OntologyError, match=r"events\.json"):
            extract(HELD, article_id="a", pipeline=events.PIPELINE)
    finally:
        events.shipped_model.cache_clear()
    assert extract(HELD, article_id="a").events  # the default pipeline does not read it


def test_a_model_switched_on_runs_in_the_default_pipeline_too() -> None:
    # the same switch as positions': ``using(model)`` is enough, no PIPELINE needed
    dropping = _model(drop=0.5, add=1.01, weight=-5.0)  # finds the day very unlikely
    assert extract(HELD, article_id="a", published="2024-03-15").events
    with events.using(dropping):
        assert extract(HELD, article_id="a", published="2024-03-15").events == []
        # a pipeline given explicitly is run as given
        assert extract(
            HELD, article_id="a", published="2024-03-15", pipeline=DEFAULT_PIPELINE
        ).events
    assert extract(HELD, article_id="a", published="2024-03-15").events
