"""Documentation that cannot fall behind: the README names every CLI command and setting."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

from justicekg.cli import main
from justicekg.config import PROJECT_ROOT, Settings

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_cli_command() -> None:
    missing = [name for name in main.commands if f"`justicekg {name}" not in README]
    assert missing == []


def test_readme_documents_every_setting() -> None:
    missing = [f.name for f in dataclasses.fields(Settings) if f"`{f.name}`" not in README]
    missing = [m for m in missing if m not in ("host", "port", "workers")]
    assert missing == []
    assert "`host`, `port`, `workers`" in README


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]'"
        " && .venv/bin/python -m pytest -q"
    )
    assert command in README
    assert command in ci


def test_extractor_imports_neither_rdflib_nor_flask() -> None:
    code = (
        "import sys, justicekg.extract, justicekg.text.read;"
        "print(sorted(m for m in ('rdflib', 'flask', 'pyshacl') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
