"""The command line speaks Vietnamese by default, English when asked, from the one catalogue.

Language: ``--lang`` wins, then ``$JUSTICEKG_LANG``, then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``.
The guard scans the AST of ``src/justicekg/cli*.py``, ``src/justicekg/store`` and the modules
behind ``harvest`` (all of ``src/justicekg/harvest``), ``holders``, ``analyze`` and ``eval``: a
string literal holding a letter, written into an error (a call to a class ending in ``Error``)
or into what the CLI prints (``click.echo``, ``secho``, ``progressbar``, ``fail``), must sit inside
a catalogue lookup (``Message``, ``tr``, ``gettext``), where it is a key or a value.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from justicekg import catalogue
from justicekg.catalogue import gettext
from justicekg.cli import main
from justicekg.cli_lang import SOURCE_HELP, helped, localize_help, pick_language
from justicekg.config import PROJECT_ROOT
from tests.literal_guard import call_name, literals

SRC = PROJECT_ROOT / "src" / "justicekg"
#: The CLI, the store, and the modules behind the commands that print prose (their errors
#: and echoes; ``tests/test_cli_output_guard.py`` reads the text they lay out).
BEHIND_COMMANDS = [
    "harvest/cli.py",
    "holders.py",
    "analytics/cli_support.py",
    "extract/evaluate.py",
    # the gazetteers' loading errors and the developer commands of the learned models
    "extract/gazetteers.py",
    *(f"extract/learn/{m}.py" for m in ("unseen", "folds", "cv")),
    *(f"extract/learn/{m}.py" for m in ("position_readings", "position_training")),
    "extract/learn/event_training.py",
]
GUARDED = sorted(
    [
        *SRC.glob("cli*.py"),
        *(SRC / "store").glob("*.py"),
        *(SRC / "harvest").glob("*.py"),
        *(SRC / m for m in BEHIND_COMMANDS),
    ]
)
LOOKUPS = {"Message", "tr", "gettext", "translate"}
PRINTS = {"echo", "secho", "progressbar", "fail"}
#: Errors no person reads: programming errors (a term of a kind the converter cannot take).
INTERNAL = {"AssertionError", "TypeError"}
#: Keywords that carry a location, a stream or a flag, not prose.
NOT_PROSE = {"where", "err", "nl", "file"}


def _literals(node: ast.AST) -> list[ast.Constant]:
    """String literals with a letter in ``node``'s own text (a nested call is the text it
    returns: a lookup, or a call this guard checks where it is made)."""
    return literals(node, skip=lambda call: True)


def english_literals(source: str) -> list[tuple[int, str]]:
    """``(line, text)`` of every literal a person would read that bypasses the catalogue."""
    found: list[ast.Constant] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node.func)
        if (name.endswith("Error") and name not in INTERNAL) or name in PRINTS:
            for arg in [*node.args, *(k.value for k in node.keywords if k.arg not in NOT_PROSE)]:
                found += _literals(arg)
    return sorted((n.lineno, str(n.value)) for n in found)


def test_the_guard_catches_english_literals() -> None:
    """The check itself can fail: each of these bypasses the catalogue."""
    bad = (
        'raise InputError("no article files found", where=path)\n'
        'click.echo(f"error: {exc}", err=True)\n'
        'raise StoreError(Message("store_read_only"), hint="check --store")\n'
        'raise ConfigError(f"unknown {x!r}", hint="use " + " or ".join(KINDS))\n'
        'with click.progressbar(length=3, label="ingesting") as bar: pass\n'
        'click.echo(line or "nothing to compact")\n'
    )
    assert [line for line, _ in english_literals(bad)] == [1, 2, 3, 4, 4, 5, 6]
    good = (
        'raise InputError(Message("cli_no_article_files"), where=" ".join(paths))\n'
        "click.echo(error_line(exc), err=True)\n"
        'click.echo(tr("cli_wrote", path=target))\n'
        'click.echo(proc.stdout.decode("utf-8", "replace"), nl=False)\n'
        'raise TypeError(f"cannot convert {term!r}")\n'
    )
    assert english_literals(good) == []


@pytest.mark.parametrize("path", GUARDED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_cli_and_store_messages_hold_no_literal_text(path: Path) -> None:
    found = english_literals(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: literal text bypasses the catalogue: {found}"


@pytest.mark.parametrize(
    "environ,lang",
    [
        ({}, "vi"),
        ({"LANG": "C.UTF-8"}, "vi"),
        ({"LANG": "POSIX"}, "vi"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LC_MESSAGES": "en_GB", "LANG": "vi_VN.UTF-8"}, "en"),
        ({"LC_ALL": "vi_VN.UTF-8", "LC_MESSAGES": "en_GB"}, "vi"),
        ({"LC_ALL": "", "LANG": "en_US"}, "en"),  # an empty variable is not set
        ({"JUSTICEKG_LANG": "vi", "LC_ALL": "en_US.UTF-8"}, "vi"),
        ({"JUSTICEKG_LANG": "en", "LANG": "vi_VN"}, "en"),
        ({"JUSTICEKG_LANG": "fr", "LANG": "en_US"}, "en"),  # not a catalogue: the locale decides
    ],
)
def test_the_language_comes_from_the_environment(environ: dict[str, str], lang: str) -> None:
    assert pick_language(environ) == lang


@pytest.fixture
def no_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """No variable names a language (the conftest's English setting dropped)."""
    for name in ("JUSTICEKG_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


def test_errors_are_vietnamese_by_default(
    runner: CliRunner, tmp_path: Path, no_language: None
) -> None:
    result = runner.invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == "lỗi: " + f"{tmp_path}: " + gettext(
        "cli_no_article_files", "vi"
    )
    assert "không tìm thấy tệp bài viết nào" in result.stderr


def test_english_from_the_locale_the_option_or_the_variable(
    runner: CliRunner, tmp_path: Path, no_language: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = f"error: {tmp_path}: no article files (.txt, .html) found"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert runner.invoke(main, ["extract", str(tmp_path)]).stderr.strip() == english
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    by_option = runner.invoke(main, ["--lang", "en", "extract", str(tmp_path)])
    assert (by_option.exit_code, by_option.stderr.strip()) == (2, english)
    monkeypatch.setenv("JUSTICEKG_LANG", "en")
    assert runner.invoke(main, ["extract", str(tmp_path)]).stderr.strip() == english
    vi = runner.invoke(main, ["--lang", "vi", "extract", str(tmp_path)])  # the option wins
    assert (vi.exit_code, vi.stderr.strip().startswith("lỗi: ")) == (2, True)


def test_plain_output_follows_the_language_exit_code_does_not(
    runner: CliRunner, no_language: None
) -> None:
    vi = runner.invoke(main, ["compact", "--store", "memory:"])
    en = runner.invoke(main, ["--lang", "en", "compact", "--store", "memory:"])
    assert vi.exit_code == en.exit_code == 0
    assert vi.output.strip() == "không có gì để nén: không phải kho trên đĩa"
    assert en.output.strip() == "nothing to compact: not an on-disk store"


def test_the_query_child_process_speaks_the_language_of_the_command(
    runner: CliRunner, tmp_path: Path, no_language: None
) -> None:
    """``query`` runs in a child process: the language chosen here is handed to it."""
    folder = tmp_path / "store"
    store = ox.Store(str(folder))
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("o")))
    store.flush()
    del store
    args = ["query", "SELECT ?s WHERE { ?s ?p ?o }", "--format", "turtle", "--store", str(folder)]
    vi = runner.invoke(main, args)
    en = runner.invoke(main, ["--lang", "en", *args])
    assert vi.exit_code == en.exit_code == 2
    assert vi.stderr.startswith("lỗi: --format turtle dành cho truy vấn CONSTRUCT và DESCRIBE")
    assert en.stderr.startswith("error: --format turtle is for CONSTRUCT and DESCRIBE queries")


def test_every_help_text_is_in_both_catalogues_and_english_is_the_codes() -> None:
    """A new command or option without catalogue help fails here; so does English help
    edited in the code but not in the catalogue."""
    localize_help(main, "vi")
    items = [(item, keys) for item, keys in helped(main, "main") if item in SOURCE_HELP]
    assert len(items) > 40
    for lang in ("vi", "en"):
        known = catalogue.keys(lang)
        missing = [keys[0] for _, keys in items if not any(k in known for k in keys)]
        assert not missing, f"{lang}: no help text for {missing}"
    for item, keys in items:
        key = next(k for k in keys if k in catalogue.keys("en"))
        assert gettext(key, "en") == SOURCE_HELP[item], key


def test_help_is_vietnamese_by_default_english_when_asked(
    runner: CliRunner, no_language: None
) -> None:
    vi = runner.invoke(main, ["extract", "--help"])
    en = runner.invoke(main, ["--lang", "en", "extract", "--help"])
    again = runner.invoke(main, ["extract", "--help"])
    assert vi.exit_code == en.exit_code == again.exit_code == 0
    assert "Trích xuất tệp bài viết (.txt, .html)" in vi.output
    assert "Không đưa văn bản bài viết vào báo cáo." in vi.output
    assert "Extract article files (.txt, .html)" in en.output
    assert "Leave the article text out of the reports." in en.output
    assert again.output == vi.output  # the English of the last run does not stay behind
    top = runner.invoke(main, ["--help"])
    assert "Trích xuất, ánh xạ, kiểm tra và lưu bài viết" in top.output  # `ingest`'s short help
