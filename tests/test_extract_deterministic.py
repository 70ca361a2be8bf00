"""The same input gives the same reports in every process.

Python randomizes the hash of strings per process, so a rule that picks from a ``set`` (or
sorts with ties) can give another report in the next run. Two processes with different
``PYTHONHASHSEED`` extract the written evaluation sets (``data/eval/a``–``f``), the bundled
articles and, where they are present (not in CI), the development texts of the real-article
corpus; their reports must be byte-identical.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from justicekg.config import DATA_DIR

pytestmark = pytest.mark.slow

REAL = DATA_DIR / "eval" / "real"


def _inputs(root: Path) -> Path:
    """One folder of every text to extract (copies: the real texts are dev ones only)."""
    folder = root / "in"
    folder.mkdir()
    sources = [DATA_DIR / "eval" / s / "articles" for s in "abcdef"] + [DATA_DIR / "articles"]
    for n, source in enumerate(sources):
        for f in sorted(source.glob("*.txt")):
            shutil.copy(f, folder / f"{n}-{f.name}")
    for item in sorted(REAL.glob("*.json")):
        meta = json.loads(item.read_text(encoding="utf-8"))
        text = REAL / "texts" / f"{meta['id']}.txt"
        if meta.get("part") != "blind" and text.is_file():
            shutil.copy(text, folder / f"real-{text.name}")
    return folder


def _extract(folder: Path, out: Path, seed: str) -> dict[str, bytes]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run(
        [sys.executable, "-m", "justicekg", "extract", str(folder), "--out", str(out)],
        env=env,
        check=True,
        capture_output=True,
    )
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json"))}


def test_reports_do_not_depend_on_the_string_hash(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    one = _extract(folder, tmp_path / "one", "1")
    two = _extract(folder, tmp_path / "two", "2")
    assert one, "no report written"
    differ = sorted(name for name in one if one[name] != two.get(name))
    assert not differ, f"reports differ between two processes: {differ[:10]}"
    assert one.keys() == two.keys()
