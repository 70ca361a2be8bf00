"""``justicekg eval``'s table in the command's language: in English it is the kit scorer's own
output, character for character; in Vietnamese every label comes from the catalogue."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from justicekg.cli import main
from justicekg.config import PROJECT_ROOT
from justicekg.extract import _score, bootstrap, scores_text

SET_A = PROJECT_ROOT / "data" / "eval" / "a"


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Set a's gold against a copy with one file gone and facts dropped or changed."""
    pred = tmp_path_factory.mktemp("pred")
    files = sorted((SET_A / "gold").glob("*.json"))
    for path in files[1:]:
        shutil.copy(path, pred / path.name)
    changed = json.loads((pred / files[1].name).read_text(encoding="utf-8"))
    for value in changed.values():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            value.pop()
            if value and "name" in value[0]:
                value[0]["name"] = "Tên Khác"
    (pred / files[1].name).write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    return _score.score_dirs(SET_A / "gold", pred)


def test_english_is_the_scorers_own_table(scored: dict) -> None:
    result = json.loads(_score.to_json(scored, True))
    assert result["missing_predictions"]
    assert scores_text.format_table(result, "en") == _score.format_table(scored)
    verbose = scores_text.format_verbose(result, list(_score.FACT_SETS), "en")
    assert verbose == _score.format_verbose(scored)
    compared = next(iter(result["per_file"].values()))
    assert any(compared[n]["missed"] for n in _score.FACT_SETS)
    assert "  missed   persons" in verbose


def test_vietnamese_labels_and_decimal_commas(scored: dict) -> None:
    result = json.loads(_score.to_json(scored, True))
    table = scores_text.format_table(result, "vi")
    lines = table.splitlines()
    assert lines[0].startswith("tệp: 6 chuẩn, 5 có dự đoán, 1 thiếu (tính là rỗng)")
    assert lines[2].split()[:3] == ["tập", "dữ", "kiện"] and "độ chính xác" in lines[2]
    assert lines[-1] == "F1 tổng thể " + f"{result['overall']['f1']:.3f}".replace(".", ",")
    assert "tất cả (micro)" in table and "all (micro)" not in table
    header, rule = lines[2], lines[-3]
    assert len(rule) == len(header)  # the columns widen to the Vietnamese labels
    verbose = scores_text.format_verbose(result, list(_score.FACT_SETS), "vi")
    assert "(không có tệp dự đoán)" in verbose and "bỏ sót" in verbose


def test_intervals_in_both_languages() -> None:
    ci = {
        "persons": {"f1": 0.5, "low": 0.25, "high": 0.75},
        "overall": {"f1": 1, "low": 1, "high": 1},
    }
    en = scores_text.format_intervals(ci, samples=200, level=0.95, lang="en")
    assert en.splitlines()[0] == "95% bootstrap interval of F1 (200 resamples of the articles)"
    assert en.splitlines()[2] == "persons         0.500  0.250  0.750"
    vi = scores_text.format_intervals(ci, samples=200, level=0.95, lang="vi")
    assert "lấy mẫu lại" in vi and "0,250" in vi and "cận dưới" in vi and "tổng thể" in vi
    assert en.splitlines()[-1].startswith("overall ")
    assert bootstrap.OVERALL == "overall"


def test_eval_prints_vietnamese_by_default(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("JUSTICEKG_LANG")
    vi = runner.invoke(main, ["eval", str(SET_A)])
    en = runner.invoke(main, ["--lang", "en", "eval", str(SET_A)])
    assert vi.exit_code == en.exit_code == 0, vi.output
    assert "F1 tổng thể" in vi.output and "overall F1" not in vi.output
    assert "overall F1" in en.output and "files: " in en.output
    as_json = runner.invoke(main, ["eval", str(SET_A), "--json"])  # JSON: the same keys
    assert "overall_f1" in json.loads(as_json.output)
