"""No sentence of a real article is copied into code or tests.

The project's law: test examples and docstrings use invented sentences only; swapping the names
of a real sentence does not make it invented. This test builds the runs of ``RUN`` consecutive
words (``\\w+`` tokens after NFC and lower-casing) of the development texts of the real-article
corpus (``data/eval/real/texts/<id>.txt`` of the items whose ``part`` is not ``blind``; an
item's JSON is read only for its ``part`` and ``id``) and fails, naming ``file:line`` only, when
a string literal in ``tests/`` or ``src/`` shares one of them. The texts are git-ignored, so the
test is skipped where they are absent (CI).
"""

from __future__ import annotations

import ast
import json
import re
import unicodedata
from pathlib import Path

import pytest

from justicekg.config import DATA_DIR

ROOT = Path(__file__).resolve().parent.parent
REAL = DATA_DIR / "eval" / "real"
TEXTS = REAL / "texts"
SCANNED = ("src", "tests")
RUN = 20
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _dev_runs() -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for item in sorted(REAL.glob("*.json")):
        meta = json.loads(item.read_text(encoding="utf-8"))
        if meta.get("part") == "blind":
            continue
        text = TEXTS / f"{meta['id']}.txt"
        if text.is_file():
            runs |= _runs(_words(text.read_text(encoding="utf-8")))
    return runs


def _literals(path: Path) -> list[tuple[int, str]]:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError):
        return []
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


@pytest.mark.skipif(not TEXTS.is_dir(), reason="the real texts are git-ignored (absent in CI)")
def test_no_string_literal_shares_a_run_of_words_with_a_real_text() -> None:
    runs = _dev_runs()
    assert runs, "no development text found"
    hits = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for line, value in _literals(path):
                words = _words(value)
                if len(words) >= RUN and not _runs(words).isdisjoint(runs):
                    hits.append(f"{path.relative_to(ROOT)}:{line}")
    assert not hits, "string literals sharing a run of words with a real text: " + ", ".join(hits)
