"""The extra evaluation sets in data/eval must not regress (slow: extracts 30 articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from justicekg.config import DATA_DIR

SETS = sorted(p.name for p in (DATA_DIR / "eval").iterdir() if (p / "gold").is_dir())


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_eval_set_scores(name: str) -> None:
    from justicekg.extract.evaluate import run_eval

    folder: Path = DATA_DIR / "eval" / name
    # the scorer shipped with the package (a copy of the kit's score.py): runs in any clone
    result = run_eval(folder / "articles", folder / "gold", echo=False)
    assert result["overall_f1"] >= 0.90, result
    for fact_set, scores in result["fact_sets"].items():
        assert scores["f1"] >= 0.65, (fact_set, scores)


REAL = DATA_DIR / "eval" / "real"


@pytest.mark.slow
@pytest.mark.skipif(
    not any((REAL / "texts").glob("*.txt")),
    reason="the real-article texts are not restored (data/eval/real/README.md)",
)
def test_real_corpus_development_part() -> None:
    """The development part of the real-article corpus (never the blind part: nobody working on
    the extractor reads its scores before a session's end)."""
    from justicekg.extract.evaluate import run_eval

    result = run_eval(None, REAL, echo=False, part="dev")
    assert result["overall_f1"] >= 0.90, result
    for fact_set, scores in result["fact_sets"].items():
        assert scores["f1"] >= 0.80, (fact_set, scores)
