"""The developer commands of the learned models and the gazetteers' loading errors speak the
command line's language (Vietnamese first) from the one catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from justicekg.catalogue import Message
from justicekg.extract import _score
from justicekg.extract import gazetteers as gz
from justicekg.extract.learn import cv, event_training, positions, unseen


@pytest.mark.parametrize(
    ("lang", "usage"),
    [("vi", "cách dùng: python -m justicekg"), ("en", "usage: python -m justicekg")],
)
def test_usage_in_the_language_of_the_command_line(
    lang: str, usage: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("JUSTICEKG_LANG", lang)
    assert positions.main(["fit", "x"]) == 2
    assert event_training.main(["fit"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(usage) and "positions train CORPUS" in err[0]
    assert any(line.startswith(usage) and "events train|cv DIR" in line for line in err)
    # then what is wrong, argparse's words in the same language
    wrong = {
        "vi": "lỗi: đối số COMMAND: lựa chọn không hợp lệ: 'fit' (chọn trong 'train', 'cv')",
        "en": "error: argument COMMAND: invalid choice: 'fit' (choose from 'train', 'cv')",
    }[lang]
    assert err[-1] == f"python -m justicekg.extract.learn.events: {wrong}"


@pytest.mark.parametrize(
    ("lang", "usage", "english"),
    [("vi", "cách dùng: python -m justicekg", True), ("en", "usage: python -m justicekg", False)],
)
@pytest.mark.parametrize(
    "argv", [[], ["map"], ["reports", "m.tsv"], ["checkouts", "m", "d", "--workers", "2"]]
)
def test_unseen_usage_in_the_language_of_the_command_line(
    lang: str,
    usage: str,
    english: bool,
    argv: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("JUSTICEKG_LANG", lang)
    assert unseen.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(usage) and "reports MAP OUT" in err
    # no word of argparse's own English under Vietnamese
    assert not english or not any(w in err for w in ("usage:", "error:", "options:"))


def test_unseen_help_is_the_usage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("JUSTICEKG_LANG", "vi")
    assert unseen.main(["--help"]) == 0
    assert capsys.readouterr().out.startswith("cách dùng: python -m justicekg.extract.learn.unseen")


def test_an_error_of_a_developer_command_is_one_line_in_vietnamese_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("JUSTICEKG_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    nowhere = str(tmp_path / "nowhere")
    assert positions.main(["train", nowhere, "--out", str(tmp_path / "m.json")]) == 2
    assert event_training.main(["cv", nowhere]) == 2
    assert unseen.main(["checkouts", str(tmp_path / "nomap.tsv"), str(tmp_path / "w")]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3 and all(line.startswith("lỗi: ") for line in lines)
    assert "không mục nào của kho ngữ liệu có văn bản" in lines[0]
    assert "không mục phát triển nào" in lines[1]
    assert "nomap.tsv" in lines[2] and "không đọc được bản đồ unseen" in lines[2]


def test_held_out_tables_take_their_words_from_the_catalogue() -> None:
    table = {name: {"gold": 1, "pred": 1, "tp": 1} for name in _score.FACT_SETS}
    result = {"folds": [{"fold": 0, "rules": table, "learned": table}]}
    result.update(rules=table, learned=table)
    assert "tổng thể" in cv.format_cv(result, lang="vi") and "0 luật" in cv.format_cv(
        result, lang="vi"
    )
    english = cv.format_cv(result, lang="en")
    assert "overall" in english and "all learned" in english


def test_gazetteer_errors_come_from_the_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty.tsv").write_text("# only a comment\n", encoding="utf-8")
    (tmp_path / "short.tsv").write_text("name\tkind\nSở Tư pháp\n", encoding="utf-8")
    monkeypatch.setattr(gz, "GAZETTEER_DIR", tmp_path)
    gz.load_rows.cache_clear()
    try:
        found = {}
        for name in ("missing", "empty", "short"):
            with pytest.raises(gz.OntologyError) as caught:
                gz.load_rows(name)
            assert isinstance(caught.value.message, Message)
            found[name] = caught.value
    finally:
        gz.load_rows.cache_clear()
    assert found["missing"].message.render("en").startswith("cannot read gazetteer: ")  # type: ignore[attr-defined]
    assert found["empty"].message.render("vi") == "danh mục (gazetteer) rỗng"  # type: ignore[attr-defined]
    short = found["short"]
    assert short.where == f"{tmp_path / 'short.tsv'}:2"
    assert short.message.render("en") == "expected 2 cells, found 1"  # type: ignore[attr-defined]
    assert short.message.render("vi") == "cần 2 ô, có 1"  # type: ignore[attr-defined]


def argparse_messages() -> dict[str, tuple[str, ...]]:
    """Every text argparse marks for translation: msgid → (msgid, plural …)."""
    import argparse

    from babel.messages.extract import extract_from_file

    found: dict[str, tuple[str, ...]] = {}
    for _, message, _, _ in extract_from_file(
        "python", argparse.__file__, keywords={"_": None, "ngettext": (1, 2)}
    ):
        ids = (message,) if isinstance(message, str) else tuple(message)
        found.setdefault(ids[0], ids)
    return found


def test_every_argparse_text_has_its_vietnamese_with_the_same_fields() -> None:
    """A Python upgrade whose argparse adds a text fails here until it is translated."""
    import re
    import unicodedata

    from babel.messages.pofile import read_po

    from justicekg import catalogue

    with catalogue.po_path("vi", catalogue.ARGPARSE_DOMAIN).open("rb") as fh:
        ours = {
            (m.id if isinstance(m.id, str) else m.id[0]): m.string
            for m in read_po(fh, locale="vi", domain=catalogue.ARGPARSE_DOMAIN)
            if m.id
        }
    theirs = argparse_messages()
    assert len(theirs) > 25
    assert not sorted(set(theirs) - set(ours)), "argparse texts without Vietnamese"
    assert not sorted(set(ours) - set(theirs)), "argparse.po entries argparse no longer has"

    def fields(text: str) -> list[str]:
        return sorted(re.findall(r"%(?:\((\w+)\))?[-#0 +]?\d*[srd]", text))

    for msgid, string in ours.items():
        for text in (string,) if isinstance(string, str) else tuple(string):
            assert text and unicodedata.is_normalized("NFC", text), msgid
            assert fields(text) == fields(msgid), (msgid, text)


def test_developer_help_is_the_usage_and_argparse_stays_english_elsewhere(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    monkeypatch.setenv("JUSTICEKG_LANG", "vi")
    assert positions.main(["--help"]) == 0
    assert event_training.main(["train", "x", "--unseen"]) == 2
    out, err = capsys.readouterr()
    assert out.startswith("cách dùng: python -m justicekg.extract.learn.positions train")
    assert err.splitlines()[-1].endswith("lỗi: đối số --unseen: cần một đối số")
    # another argparse program in the process keeps argparse's English
    with pytest.raises(SystemExit):
        argparse.ArgumentParser(prog="other").parse_args(["--nothing"])
    assert capsys.readouterr().err.splitlines()[-1] == (
        "other: error: unrecognized arguments: --nothing"
    )


def test_argparse_is_its_own_again_after_a_developer_command_parses(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse
    import gettext

    monkeypatch.setenv("JUSTICEKG_LANG", "vi")
    assert positions.main(["--help"]) == 0  # (parsed, then ended by argparse)
    assert event_training.main(["train", "x", "--unseen"]) == 2  # (a usage error)
    assert unseen.main(["reports", "m.tsv", "out", "--workers", "0"]) == 2
    assert "lỗi: đối số --workers" in capsys.readouterr().err
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert argparse.ngettext is gettext.ngettext  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("lang", "error"),
    [
        ("vi", "lỗi: đối số --workers: phải là một số nguyên dương: {n}"),
        ("en", "error: argument --workers: must be a positive whole number: {n}"),
    ],
)
@pytest.mark.parametrize("n", ["0", "-1", "abc"])
def test_unseen_workers_must_be_positive(
    lang: str,
    error: str,
    n: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # review 14 M9: not read silently as 1
    monkeypatch.setenv("JUSTICEKG_LANG", lang)
    assert unseen.main(["reports", "m.tsv", "out", "--workers", n]) == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(error.format(n=n))


@pytest.mark.parametrize("n", ["1", "4"])
def test_unseen_workers_positive_is_read(n: str) -> None:
    parsed = unseen._parse(["reports", "m.tsv", "out", "--workers", n], "en")
    assert not isinstance(parsed, int) and parsed.options["workers"] == n
