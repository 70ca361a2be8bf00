"""Restoring a corpus's texts from saved search answers: only exact copies are written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from justicekg.extract.corpus import _main, fill, load_items, status
from justicekg.extract.corpus_restore import read_answers, restore, wanted_queries

TEXTS = {
    "a": "Sáng 9/1, ông Trần Văn An, Giám đốc Sở Tư pháp tỉnh Nam Định chủ trì hội nghị.",
    "b": "Chiều 14-12, bà Lê Thị Mơ, Cục trưởng Cục Thi hành án dân sự tỉnh Hà Nam phát biểu.",
    "c": "Ngày 3.5, Sở Tư pháp tỉnh Yên Bái tổ chức tập huấn.",
}


def _corpus(folder: Path) -> None:
    """Three items with hashes filled from their texts, then the texts taken away."""
    for ident, text in TEXTS.items():
        data = {"id": ident, "url": f"https://example.org/{ident}", "query": "q1"}
        data |= {"text_sha256": None, "text_chars": None, "part": None, "gold": {}}
        if ident == "c":
            data["query"] = "q2"
        (folder / f"{ident}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        (folder / "texts").mkdir(exist_ok=True)
        (folder / "texts" / f"{ident}.txt").write_text(text, encoding="utf-8")
    assert fill(folder) == 3
    for path in (folder / "texts").iterdir():
        path.unlink()


def _answer(path: Path, results: list[dict[str, object]], *, wrapped: bool = True) -> Path:
    data: object = {"corpus": "pages", "query": "q1", "results": results} if wrapped else results
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_wanted_queries_group_missing_items_by_query(tmp_path: Path) -> None:
    _corpus(tmp_path)
    wanted = wanted_queries(load_items(tmp_path))
    assert {q: [i.id for i in items] for q, items in wanted.items()} == {
        "q1": ["a", "b"],
        "q2": ["c"],
    }


def test_restore_writes_exact_copies_and_reports_changed_ones(tmp_path: Path) -> None:
    _corpus(tmp_path)
    answer = _answer(
        tmp_path / "answer.json",
        [
            {"rank": 1, "url": "https://example.org/a", "excerpt": TEXTS["a"] + "\n"},
            {"rank": 2, "url": "https://example.org/b", "excerpt": TEXTS["b"][:-1]},
            {"rank": 3, "url": "https://example.org/unrelated", "excerpt": "x"},
        ],
    )
    done = restore(tmp_path, [answer])
    assert done.written == ["a"] and done.mismatched == ["b"]
    found = status(load_items(tmp_path))
    assert [i.id for i in found.missing] == ["b", "c"] and not found.mismatched
    assert (tmp_path / "texts" / "a.txt").read_text("utf-8").rstrip() == TEXTS["a"]


def test_restore_accepts_plain_result_lists_and_decomposed_text(tmp_path: Path) -> None:
    import unicodedata

    _corpus(tmp_path)
    nfd = unicodedata.normalize("NFD", TEXTS["c"])
    answer = _answer(
        tmp_path / "answer-c.json",
        [{"url": "https://example.org/c", "excerpt": nfd}],
        wrapped=False,
    )
    assert restore(tmp_path, [answer]).written == ["c"]
    assert "c" not in {q for q in wanted_queries(load_items(tmp_path))}


def test_bad_answer_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json"):
        list(read_answers(bad))
    bad.write_text('"a string"', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json"):
        list(read_answers(bad))


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _corpus(tmp_path)
    assert _main(["queries", str(tmp_path)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["query"] for line in lines] == ["q1", "q2"]
    answer = _answer(
        tmp_path / "answer.json",
        [{"url": "https://example.org/b", "excerpt": TEXTS["b"]}],
    )
    assert _main(["restore", str(tmp_path), str(answer)]) == 0
    assert "restored: b" in capsys.readouterr().out
    changed = _answer(
        tmp_path / "answer-c.json", [{"url": "https://example.org/c", "excerpt": "?"}]
    )
    assert _main(["restore", str(tmp_path), str(changed)]) == 1
    assert _main(["restore", str(tmp_path)]) == 2


def test_mismatch_names_the_text_and_the_answer_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path)
    changed = _answer(
        tmp_path / "answer-b.json", [{"url": "https://example.org/b", "excerpt": "?"}]
    )
    assert restore(tmp_path, [changed]).sources == {"b": str(changed)}
    assert _main(["restore", str(tmp_path), str(changed)]) == 1
    out = capsys.readouterr().out
    assert str(tmp_path / "texts" / "b.txt") in out and "answer-b.json" in out


def test_an_id_that_leaves_texts_is_refused_and_named(tmp_path: Path) -> None:
    _corpus(tmp_path)
    item = tmp_path / "a.json"
    data = json.loads(item.read_text("utf-8"))
    data["id"] = "../escaped"
    item.write_text(json.dumps(data), "utf-8")
    answer = _answer(
        tmp_path / "answer.json", [{"url": "https://example.org/a", "excerpt": TEXTS["a"]}]
    )
    with pytest.raises(ValueError, match=r"a\.json"):
        restore(tmp_path, [answer])
    assert not (tmp_path / "escaped.txt").exists()


def test_an_interrupted_write_leaves_no_partial_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    _corpus(tmp_path)
    answer = _answer(
        tmp_path / "answer.json", [{"url": "https://example.org/a", "excerpt": TEXTS["a"]}]
    )

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        restore(tmp_path, [answer])
    assert sorted(p.name for p in (tmp_path / "texts").iterdir()) == []
