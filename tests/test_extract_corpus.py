"""The real-article corpus format: items with out-of-git texts, hashes, parts, lint, eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from justicekg.config import PROJECT_ROOT
from justicekg.extract.corpus import (
    canonical_text,
    fill,
    is_corpus,
    lint,
    load_items,
    status,
    text_hash,
)

SCORE_PY = PROJECT_ROOT.parent / "shared" / "eval" / "score.py"
TEXT = "Sáng 9/1, ông Trần Văn An, Giám đốc Sở Tư pháp tỉnh Nam Định chủ trì hội nghị.\n"


def _item(folder: Path, ident: str, *, text: str | None = TEXT) -> Path:
    gold = {
        "article": {k: None for k in ("id", "url", "title", "published", "publisher", "author")},
        "persons": [
            {
                "name": "Trần Văn An",
                "positions": [{"title": "Giám đốc", "organization": "Sở Tư pháp tỉnh Nam Định"}],
            }
        ],
        "organizations": [
            {
                "name": "Sở Tư pháp tỉnh Nam Định",
                "kind": "provincial-department",
                "province": "Nam Định",
            }
        ],
        "provinces": ["Nam Định"],
        "events": [],
        "awards": [],
    }
    path = folder / f"{ident}.json"
    data = {"id": ident, "url": f"https://example.org/{ident}", "query": "q"}
    data |= {"text_sha256": None, "text_chars": None, "part": None, "gold": gold}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    if text is not None:
        (folder / "texts").mkdir(exist_ok=True)
        (folder / "texts" / f"{ident}.txt").write_text(text, encoding="utf-8")
    return path


def test_canonical_form_ignores_line_ends_and_tail() -> None:
    assert text_hash("a\r\nb \n\n") == text_hash("a\nb")
    assert canonical_text("Hoa\u0300") == "Hoà"


def test_fill_writes_hash_length_and_part(tmp_path: Path) -> None:
    _item(tmp_path, "a")
    assert is_corpus(tmp_path) and fill(tmp_path) == 1
    (item,) = load_items(tmp_path)
    assert item.data["text_sha256"] == text_hash(TEXT)
    assert item.data["text_chars"] == len(TEXT.rstrip())
    assert item.part in {"dev", "blind"}


def test_status_names_missing_and_changed_texts(tmp_path: Path) -> None:
    _item(tmp_path, "a")
    _item(tmp_path, "b")
    fill(tmp_path)
    _item(tmp_path, "c", text=None)
    (tmp_path / "texts" / "b.txt").write_text("changed", encoding="utf-8")
    found = status(load_items(tmp_path))
    assert [i.id for i in found.missing] == ["c"]
    assert [i.id for i in found.mismatched] == ["b"]


@pytest.mark.skipif(not SCORE_PY.exists(), reason="needs ../shared/eval/score.py")
def test_lint_finds_broken_closure_and_names_not_in_text(tmp_path: Path) -> None:
    from justicekg.extract.evaluate import load_scorer

    path = _item(tmp_path, "a")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["gold"]["organizations"] = []
    data["gold"]["persons"][0]["name"] = "Lê Thị Bình"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    problems = lint(load_items(tmp_path)[0], load_scorer(SCORE_PY).normalize)
    assert any("not in organizations" in p for p in problems)
    assert any("Lê Thị Bình" in p for p in problems)


@pytest.mark.skipif(not SCORE_PY.exists(), reason="needs ../shared/eval/score.py")
def test_eval_scores_present_texts_and_names_missing_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from justicekg.extract.evaluate import run_eval

    _item(tmp_path, "a")
    _item(tmp_path, "b", text=None)
    fill(tmp_path)
    result = run_eval(None, tmp_path, score_py=SCORE_PY, echo=False, lang="en")
    err = capsys.readouterr().err
    assert "missing text" in err and "b.txt" in err
    run_eval(None, tmp_path, score_py=SCORE_PY, echo=False)  # Vietnamese by default
    err = capsys.readouterr().err
    assert "thiếu văn bản: " in err and "b.txt" in err and "thiếu 1/2 văn bản" in err
    assert result["fact_sets"]["persons"]["gold"] == 1  # b is left out, not scored as empty
