"""Click's own words (``Usage:``, ``Options:``, ``Error: No such option`` …) follow the
command's language: Vietnamese by default, English with ``--lang en``, through the catalogue
domain ``click`` (``translations/vi/LC_MESSAGES/click.po``)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import click
import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po
from click.testing import CliRunner

from justicekg import catalogue
from justicekg.catalogue import CLICK_DOMAIN
from justicekg.cli import main
from justicekg.cli_lang import HOOKED

CLICK_SOURCE = Path(click.__file__).parent


def click_messages() -> dict[str, tuple[str, ...]]:
    """Every text click marks for translation: msgid → (msgid, plural …)."""
    found: dict[str, tuple[str, ...]] = {}
    for path in sorted(CLICK_SOURCE.glob("*.py")):
        for _, message, _, _ in extract_from_file(
            "python", str(path), keywords={"_": None, "ngettext": (1, 2)}
        ):
            ids = (message,) if isinstance(message, str) else tuple(message)
            found.setdefault(ids[0], ids)
    return found


def vietnamese() -> dict[str, tuple[str, ...]]:
    with catalogue.po_path("vi", CLICK_DOMAIN).open("rb") as fh:
        catalog = read_po(fh, locale="vi", domain=CLICK_DOMAIN)
    out: dict[str, tuple[str, ...]] = {}
    for m in catalog:
        if not m.id:
            continue
        key = m.id if isinstance(m.id, str) else m.id[0]
        out[key] = (m.string,) if isinstance(m.string, str) else tuple(m.string)
    return out


def fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)", text)) | set(re.findall(r"%\((\w+)\)", text))


def test_every_click_text_has_its_vietnamese_with_the_same_fields() -> None:
    """A click upgrade that adds a text fails here until it is translated."""
    ours, theirs = vietnamese(), click_messages()
    assert len(theirs) > 50
    missing = sorted(set(theirs) - set(ours))
    assert not missing, f"click texts without Vietnamese in click.po: {missing}"
    stale = sorted(set(ours) - set(theirs))
    assert not stale, f"click.po entries click no longer has: {stale}"
    for msgid, strings in ours.items():
        allowed = set().union(*(fields(i) for i in theirs[msgid]))
        for text in strings:
            assert text, msgid
            assert unicodedata.is_normalized("NFC", text), msgid
            assert fields(text) <= allowed, (msgid, text)


def test_clicks_modules_are_hooked(runner: CliRunner) -> None:
    runner.invoke(main, ["--help"], prog_name="justicekg")
    for name in ("click.core", "click.exceptions", "click.formatting", "click.types"):
        assert name in HOOKED, f"{name}: click no longer imports gettext's _ the same way"


@pytest.fixture
def no_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("JUSTICEKG_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


def test_help_headings_are_vietnamese_by_default(runner: CliRunner, no_language: None) -> None:
    vi = runner.invoke(main, ["--help"], prog_name="justicekg")
    assert vi.exit_code == 0
    assert vi.output.startswith("Cách dùng: justicekg ")
    assert "\nTùy chọn:\n" in vi.output and "\nLệnh:\n" in vi.output
    assert "Hiện hướng dẫn này rồi thoát." in vi.output
    assert "Usage:" not in vi.output and "Show this message" not in vi.output
    en = runner.invoke(main, ["--lang", "en", "--help"], prog_name="justicekg")
    assert en.output.startswith("Usage: justicekg ")
    assert "\nOptions:\n" in en.output and "\nCommands:\n" in en.output
    assert "Show this message and exit." in en.output
    sub = runner.invoke(
        main, ["stats", "--help"], prog_name="justicekg"
    )  # a command registered from another module
    assert sub.output.startswith("Cách dùng: justicekg stats")
    assert "Hiện hướng dẫn này rồi thoát." in sub.output


@pytest.mark.parametrize(
    "args,vi,en",
    [
        (
            ["extract"],
            "Lỗi: Thiếu đối số 'PATHS...'.",
            "Error: Missing argument 'PATHS...'.",
        ),
        (
            ["extract", "--bogus", "x"],
            "Lỗi: Không có tùy chọn '--bogus'.",
            "Error: No such option '--bogus'.",
        ),
        (
            ["validate", "--format", "xml"],
            "Lỗi: Giá trị không hợp lệ cho '--format': 'xml' không phải là một trong các giá trị",
            "Error: Invalid value for '--format': 'xml' is not one of",
        ),
        (["nosuch"], "Lỗi: Không có lệnh 'nosuch'.", "Error: No such command 'nosuch'."),
    ],
    ids=["missing-argument", "no-such-option", "invalid-value", "no-such-command"],
)
def test_usage_errors_follow_the_language(
    runner: CliRunner, no_language: None, args: list[str], vi: str, en: str
) -> None:
    out_vi = runner.invoke(main, args, prog_name="justicekg")
    out_en = runner.invoke(main, ["--lang", "en", *args], prog_name="justicekg")
    assert out_vi.exit_code == out_en.exit_code == 2
    assert vi in out_vi.stderr and out_vi.stderr.startswith("Cách dùng: justicekg")
    assert "để xem hướng dẫn." in out_vi.stderr
    assert en in out_en.stderr and out_en.stderr.startswith("Usage: justicekg")
    assert "for help." in out_en.stderr


def test_the_language_variable_reaches_clicks_words(
    runner: CliRunner, no_language: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JUSTICEKG_LANG", "en")
    assert runner.invoke(main, ["extract"], prog_name="justicekg").stderr.startswith("Usage: ")
    assert runner.invoke(
        main, ["--lang", "vi", "extract"], prog_name="justicekg"
    ).stderr.startswith("Cách dùng: ")


def test_other_click_programs_are_left_alone(runner: CliRunner, no_language: None) -> None:
    """Only a running ``justicekg`` command line speaks Vietnamese: a click program beside it
    in the same process keeps click's English."""
    runner.invoke(main, ["--help"], prog_name="justicekg")  # hooks click

    @click.command()
    @click.argument("name")
    def other(name: str) -> None:
        """Another program."""

    assert runner.invoke(other, ["--help"]).output.startswith("Usage: other [OPTIONS] NAME")
    assert "Error: Missing argument 'NAME'." in runner.invoke(other, []).stderr
