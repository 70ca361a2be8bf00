"""The extra evaluation sets in data/eval must not regress (slow: extracts 30 articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from justicekg.config import DATA_DIR, PROJECT_ROOT

SCORE_PY = PROJECT_ROOT.parent / "shared" / "eval" / "score.py"
SETS = sorted(p.name for p in (DATA_DIR / "eval").iterdir() if (p / "gold").is_dir())


@pytest.mark.slow
@pytest.mark.skipif(not SCORE_PY.exists(), reason="needs ../shared/eval/score.py")
@pytest.mark.parametrize("name", SETS)
def test_eval_set_scores(name: str) -> None:
    from justicekg.extract.evaluate import run_eval

    folder: Path = DATA_DIR / "eval" / name
    result = run_eval(folder / "articles", folder / "gold", score_py=SCORE_PY, echo=False)
    assert result["overall_f1"] >= 0.90, result
    for fact_set, scores in result["fact_sets"].items():
        assert scores["f1"] >= 0.65, (fact_set, scores)
