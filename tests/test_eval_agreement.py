"""`justicekg eval GOLD --against DIR`: a second annotation scored against the gold.

Invented reports only. The second annotation is paired with the gold by item id, restricted to
a part of a corpus when asked, and needs no text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from justicekg.cli import main
from justicekg.errors import ConfigError
from justicekg.extract.evaluate import run_eval

ORG = "Sở Tư pháp tỉnh Nam Định"


def _report(name: str, title: str) -> dict[str, Any]:
    org = {"name": ORG, "kind": "provincial-department", "province": "Nam Định"}
    return {
        "persons": [{"name": name, "positions": [{"title": title, "organization": ORG}]}],
        "organizations": [org],
        "provinces": ["Nam Định"],
        "events": [],
        "awards": [],
    }


def _corpus(folder: Path) -> Path:
    """Three items, no texts: a (dev), b (dev), c (blind)."""
    folder.mkdir()
    for ident, part, name in (
        ("a", "dev", "Trần Văn An"),
        ("b", "dev", "Lê Thị Bình"),
        ("c", "blind", "Đỗ Minh Cường"),
    ):
        data = {"id": ident, "url": f"https://example.org/{ident}", "query": "q"}
        data |= {"text_sha256": "0" * 64, "text_chars": 10, "part": part}
        data["gold"] = _report(name, "Giám đốc")
        (folder / f"{ident}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return folder


def _second(folder: Path, reports: dict[str, dict[str, Any]], *, wrap: bool = True) -> Path:
    folder.mkdir()
    for ident, report in reports.items():
        data = {"id": ident, "gold": report, "notes": "n"} if wrap else report
        (folder / f"{ident}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return folder


def test_identical_annotation_agrees_fully_and_needs_no_text(tmp_path: Path) -> None:
    gold = _corpus(tmp_path / "real")
    second = _second(tmp_path / "second", {"a": _report("Trần Văn An", "Giám đốc")})
    result = run_eval(None, gold, against=second, echo=False, lang="en")
    assert result["files"] == 1  # only the item the second annotation covers
    assert result["overall"]["f1"] == 1.0


def test_a_different_title_counts_against_agreement(tmp_path: Path) -> None:
    gold = _corpus(tmp_path / "real")
    reports = {"a": _report("Trần Văn An", "Phó Giám đốc"), "b": _report("Lê Thị Bình", "Giám đốc")}
    second = _second(tmp_path / "second", reports, wrap=False)
    result = run_eval(None, gold, against=second, echo=False, lang="en")
    positions = result["fact_sets"]["positions"]
    assert (positions["gold"], positions["pred"], positions["tp"]) == (2, 2, 1)
    assert result["fact_sets"]["persons"]["f1"] == 1.0


def test_part_keeps_only_that_parts_items(tmp_path: Path) -> None:
    gold = _corpus(tmp_path / "real")
    reports = {"a": _report("Trần Văn An", "Giám đốc"), "c": _report("Đỗ Minh Cường", "Chánh án")}
    second = _second(tmp_path / "second", reports)
    blind = run_eval(None, gold, against=second, part="blind", echo=False, lang="en")
    dev = run_eval(None, gold, against=second, part="dev", echo=False, lang="en")
    assert (blind["files"], dev["files"]) == (1, 1)
    assert blind["fact_sets"]["positions"]["tp"] == 0
    assert dev["fact_sets"]["positions"]["tp"] == 1


def test_report_without_gold_item_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _corpus(tmp_path / "real")
    reports = {"a": _report("Trần Văn An", "Giám đốc"), "zz": _report("Phan Văn Dũng", "Giám đốc")}
    second = _second(tmp_path / "second", reports)
    result = run_eval(None, gold, against=second, echo=False, lang="en")
    assert result["files"] == 1
    err = capsys.readouterr().err
    assert "no gold item" in err and str(second / "zz.json") in err


def test_nothing_paired_is_an_error_naming_the_folder(tmp_path: Path) -> None:
    gold = _corpus(tmp_path / "real")
    second = _second(tmp_path / "second", {"zz": _report("Phan Văn Dũng", "Giám đốc")})
    with pytest.raises(ConfigError) as caught:
        run_eval(None, gold, against=second, echo=False, lang="en")
    assert caught.value.where == str(second)


def test_bad_json_names_file_and_line(tmp_path: Path) -> None:
    gold = _corpus(tmp_path / "real")
    second = _second(tmp_path / "second", {})
    (second / "a.json").write_text('{"persons": [\n  oops\n]}', "utf-8")
    result = CliRunner().invoke(main, ["--lang", "en", "eval", str(gold), "--against", str(second)])
    assert result.exit_code == 2
    assert f"{second / 'a.json'}:2" in result.output


def test_a_list_is_not_a_report(tmp_path: Path) -> None:
    gold = _corpus(tmp_path / "real")
    second = _second(tmp_path / "second", {})
    (second / "a.json").write_text("[]", "utf-8")
    with pytest.raises(ConfigError) as caught:
        run_eval(None, gold, against=second, echo=False, lang="en")
    assert caught.value.where == str(second / "a.json")


def test_cli_prints_the_table_in_the_readers_language(tmp_path: Path) -> None:
    gold = _corpus(tmp_path / "real")
    second = _second(tmp_path / "second", {"b": _report("Lê Thị Bình", "Giám đốc")})
    vi = CliRunner().invoke(main, ["--lang", "vi", "eval", str(gold), "--against", str(second)])
    en = CliRunner().invoke(main, ["--lang", "en", "eval", str(gold), "--against", str(second)])
    assert vi.exit_code == 0 and en.exit_code == 0, vi.output + en.output
    assert "overall F1 1.000" in en.output
    assert "overall F1" not in vi.output and "1,000" in vi.output
