"""No real person of the real-article corpus is named in code, gazetteers or tests.

The project's law: tests and rules use invented names and sentences only. This test reads only
the ``gold.persons[].name`` values of ``data/eval/real/r*.json`` (and of the second annotation,
``data/eval/real/agreement/r*.json``) and fails when a full name
(three or more syllables) of one of them occurs in a source, test, bench or gazetteer file.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from justicekg.config import DATA_DIR
from justicekg.text.normalize import normalize_tone

ROOT = Path(__file__).resolve().parent.parent
REAL = DATA_DIR / "eval" / "real"
SCANNED = ("src", "tests", "bench", "data/gazetteers")
SUFFIXES = {".py", ".json", ".jsonl", ".txt", ".tsv", ".ttl", ".trig", ".md", ".yaml", ".yml"}

#: names that are also in the real gold but stay, each for a reason:
ALLOWED = {
    # the city (and the gazetteers' provinces, organizations and awards named after him)
    "Hồ Chí Minh",
    # the project's stock placeholders, used in hundreds of unrelated invented sentences
    # (SHACL fixtures, web fixtures, pipeline docstrings) and among the most common full names
    "Nguyễn Văn An",
    "Nguyễn Văn Bình",
    "Lê Văn Hùng",
    "Trần Thị Hà",
    # only a near-miss pair for slug distinctness in tests/test_mint.py, with no role or context
    "Nguyễn Anh Tuấn",
}

#: names allowed only in some files: the kit's seed article (data/articles/seed.txt, from
#: ../shared/eval) names this official; the bundled data, its build fixture and the tests that
#: ingest the seed keep the kit's text as given
ALLOWED_IN = {
    "Trần Tiến Dũng": {
        "tests/data/build/expected.trig",
        "tests/data/build/report.json",
        "tests/test_cli.py",
        "tests/test_issue10_core.py",
        "src/justicekg/analytics/cli_support.py",
        "tests/test_no_real_names.py",  # this list
    },
}

#: a Python string literal broken over lines: ``"... Lê Văn"`` newline ``" Toàn ..."``
_LITERAL_BREAK = re.compile(r"\"\s*\n\s*[rRfFbBuU]{0,2}\"")


@cache
def _gold_names() -> frozenset[str]:
    names: set[str] = set()
    for path in sorted([*REAL.glob("r*.json"), *(REAL / "agreement").glob("r*.json")]):
        gold = json.loads(path.read_text(encoding="utf-8")).get("gold") or {}
        for person in gold.get("persons") or []:
            name = normalize_tone(" ".join(str(person.get("name") or "").split()))
            if len(name.split()) >= 3:
                names.update({name, name.title()})
    return frozenset(names)


def _pattern(names: frozenset[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(n) for n in names), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(alternatives) + r")(?!\w)")


def _real_names_in(text: str, pattern: re.Pattern[str]) -> set[str]:
    text = normalize_tone(text)
    found = set(pattern.findall(text)) | set(pattern.findall(_LITERAL_BREAK.sub("", text)))
    return found - ALLOWED


def _files() -> list[Path]:
    return [
        path
        for folder in SCANNED
        for path in sorted((ROOT / folder).rglob("*"))
        if path.is_file() and path.suffix in SUFFIXES and ".venv" not in path.parts
    ]


needs_gold = pytest.mark.skipif(
    not any(REAL.glob("r*.json")), reason="the real-article corpus (data/eval/real) is absent"
)


@needs_gold
def test_no_file_names_a_real_person_of_the_corpus() -> None:
    pattern = _pattern(_gold_names())
    offenders = {
        where: sorted(found)
        for path in _files()
        if (where := path.relative_to(ROOT).as_posix())
        and (
            found := {
                name
                for name in _real_names_in(
                    path.read_text(encoding="utf-8", errors="ignore"), pattern
                )
                if where not in ALLOWED_IN.get(name, ())
            }
        )
    }
    assert offenders == {}, f"real persons named (replace with invented names): {offenders}"


@needs_gold
def test_the_check_finds_a_gold_name_even_across_a_literal_break() -> None:
    names = sorted(n for n in _gold_names() if n not in ALLOWED and n == n.title())
    assert names, "no gold person name of three or more syllables"
    pattern = _pattern(_gold_names())
    first, *rest = names[0].split()
    assert _real_names_in(f'x = "Ông {names[0]} phát biểu."', pattern) == {names[0]}
    broken = f'x = ("Ông {first}"\n    f" {" ".join(rest)} phát biểu {{y}}.")'
    assert _real_names_in(broken, pattern) == {names[0]}
    assert _real_names_in('x = "Ông Nguyễn Văn An phát biểu."', pattern) == set()


#: the learned models' features are lower-case words joined by ``_`` and tagged with ``|``/``=``
_FEATURE_JOINERS = re.compile(r"[_|=]")


def _model_words(path: Path) -> str:
    """A model file's text as lower-case words, so a name inside a feature can be matched."""
    return " ".join(_FEATURE_JOINERS.sub(" ", path.read_text(encoding="utf-8").lower()).split())


def test_model_words_join_a_feature_back_into_words(tmp_path: Path) -> None:
    model = tmp_path / "m.json"
    model.write_text('{"weights": {"L|w=trần_thị_hoa": 0.5}}', encoding="utf-8")
    assert "trần thị hoa" in _model_words(model)


@needs_gold
def test_no_learned_model_names_a_real_person_of_the_corpus() -> None:
    names = frozenset(n.lower() for n in _gold_names())
    pattern = _pattern(names)
    offenders = {
        path.name: sorted(found)
        for path in sorted((ROOT / "data" / "models").glob("*.json"))
        if (found := set(pattern.findall(normalize_tone(_model_words(path)))) - ALLOWED)
    }
    assert not offenders, offenders
