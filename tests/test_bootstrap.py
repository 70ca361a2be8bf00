"""Bootstrap intervals of extraction scores (``justicekg eval --ci N``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from justicekg.cli import main
from justicekg.extract.bootstrap import OVERALL, intervals


def _file(gold: int, pred: int, tp: int) -> dict[str, dict[str, int]]:
    return {"events": {"gold": gold, "pred": pred, "tp": tp}}


def test_identical_articles_give_a_point_interval() -> None:
    per_file = {f"{i}.json": _file(4, 5, 3) for i in range(20)}
    ci = intervals(per_file, ["events"], samples=300)
    assert ci["events"] == {
        "f1": pytest.approx(6 / 9, abs=1e-4),
        "low": ci["events"]["f1"],
        "high": ci["events"]["f1"],
    }


def test_interval_holds_the_score_and_narrows_with_more_articles() -> None:
    mixed = [_file(3, 3, 3), _file(3, 2, 0), _file(2, 4, 1), _file(5, 5, 4)]
    few = {f"{i}.json": f for i, f in enumerate(mixed)}
    many = {f"{i}.json": mixed[i % 4] for i in range(400)}
    a, b = intervals(few, ["events"], samples=1000), intervals(many, ["events"], samples=1000)
    assert a["events"]["f1"] == pytest.approx(b["events"]["f1"], abs=1e-4)  # same proportions
    for ci in (a, b):
        assert ci["events"]["low"] <= ci["events"]["f1"] <= ci["events"]["high"]
    assert b["events"]["high"] - b["events"]["low"] < (a["events"]["high"] - a["events"]["low"]) / 3


def test_overall_is_micro_averaged_over_fact_sets_and_the_draw_is_seeded() -> None:
    per_file = {
        "a.json": {
            "events": {"gold": 2, "pred": 2, "tp": 2},
            "awards": {"gold": 2, "pred": 0, "tp": 0},
        },
        "b.json": {
            "events": {"gold": 1, "pred": 3, "tp": 1},
            "awards": {"gold": 0, "pred": 0, "tp": 0},
        },
    }
    ci = intervals(per_file, ["events", "awards"], samples=500, seed=7)
    assert ci[OVERALL]["f1"] == pytest.approx(2 * 3 / (5 + 5), abs=1e-4)
    assert ci == intervals(per_file, ["events", "awards"], samples=500, seed=7)


def test_nothing_to_resample_is_an_error() -> None:
    with pytest.raises(ValueError, match="no scored file"):
        intervals({}, ["events"])
    with pytest.raises(ValueError, match="samples"):
        intervals({"a.json": _file(1, 1, 1)}, ["events"], samples=0)


def test_eval_ci_option(tmp_path: Path) -> None:
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir()
    articles.mkdir()
    text = "Sáng 12/1/2024, Sở Tư pháp tỉnh Đắk Lắk tổ chức Hội nghị tổng kết công tác năm 2023.\n"
    (articles / "x1.txt").write_text(text, encoding="utf-8")
    report = {
        "persons": [],
        "organizations": [{"name": "Sở Tư pháp tỉnh Đắk Lắk"}, {"name": "Bộ Tư pháp"}],
        "provinces": ["Đắk Lắk"],
        "events": [{"kind": "conference", "date": "2024-01-12", "participants": []}],
        "awards": [],
    }
    (gold / "x1.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--ci", "50", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["ci"]["samples"] == 50
    assert set(out["ci"]["intervals"]) == set(out["fact_sets"]) | {OVERALL}
    organizations = out["ci"]["intervals"]["organizations"]
    assert organizations["f1"] == pytest.approx(out["fact_sets"]["organizations"]["f1"], abs=1e-4)
    assert organizations["f1"] < 1.0  # one of the two gold organizations is not in the text
    plain = CliRunner().invoke(main, ["eval", str(gold), "--ci", "50"])
    assert "bootstrap interval of F1" in plain.output
    bad = CliRunner().invoke(main, ["eval", str(gold), "--ci", "-1"])
    assert bad.exit_code != 0
