"""Documentation that cannot fall behind: the README names every CLI command and setting."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys

from click.testing import CliRunner

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


_QUERY_EXAMPLE = re.compile(r"justicekg query '([^']+)'")


def test_issue10_08_every_readme_query_example_returns_rows() -> None:
    """Each ``justicekg query '…'`` of the README, run on the bundled articles, finds rows."""
    examples = _QUERY_EXAMPLE.findall(README)
    assert examples, "the README shows no `justicekg query '…'` example"
    runner = CliRunner()
    for sparql in examples:
        result = runner.invoke(main, ["query", sparql, "--store", "memory:", "--format", "json"])
        assert result.exit_code == 0, f"{sparql}\n{result.output}"
        rows = json.loads(result.stdout)["results"]["bindings"]
        assert rows, f"the README example returns no rows: {sparql}"
