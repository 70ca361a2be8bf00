"""Score the extractor against gold reports with the evaluation kit's ``score.py``.

``run_eval(articles_dir, gold_dir)`` extracts every article, writes the reports to a
temporary folder and scores them with the kit's scorer: the copy shipped with the package
(:mod:`justicekg.extract._score`, vendored unmodified from ``../shared/eval/score.py``), or the
file ``score_py`` names; it returns the scorer's JSON result and prints it as a table in the
command's language (:mod:`justicekg.extract.scores_text`). With
``ci=N`` it adds bootstrap intervals of F1 over N resamples of the articles
(:mod:`justicekg.extract.bootstrap`) under the key ``ci``. With ``against=DIR`` nothing is
extracted: the reports in ``DIR`` (a second, independent annotation of some of the items) are
scored against the gold instead, which measures how far two annotators agree
(:mod:`justicekg.extract.agreement`).
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import json
import shutil
import sys
import tempfile
from collections.abc import Iterable
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType
from typing import Any

from justicekg.catalogue import DEFAULT, Message, translator
from justicekg.errors import ConfigError
from justicekg.extract import bootstrap, scores_text
from justicekg.extract.corpus import is_corpus, load_items, status
from justicekg.extract.learn.active import switched_on
from justicekg.extract.pipeline import extract_file

__all__ = ["load_scorer", "run_eval", "write_reports"]

_SUFFIXES = (".txt", ".html", ".htm")


def write_reports(articles: str | Path | list[Path], out_dir: str | Path) -> list[Path]:
    """Extract every article in a folder (or a list of files) into ``out_dir/<stem>.json``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    paths = articles if isinstance(articles, list) else sorted(Path(articles).iterdir())
    for path in paths:
        if path.suffix.lower() not in _SUFFIXES:
            continue
        report = extract_file(path)
        target = out / f"{path.stem}.json"
        target.write_text(
            json.dumps(report.to_dict(include_text=False), ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
        written.append(target)
    return written


def _load_scorer(score_py: Path | None) -> ModuleType:
    if score_py is None:
        return importlib.import_module("justicekg.extract._score")
    spec = importlib.util.spec_from_file_location("justicekg_eval_score", score_py)
    if spec is None or spec.loader is None:
        raise ConfigError(Message("eval_cannot_load_scorer"), where=str(score_py))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_eval(
    articles_dir: str | Path | None,
    gold_dir: str | Path,
    *,
    score_py: str | Path | None = None,
    verbose: bool = False,
    echo: bool = True,
    part: str | None = None,
    ci: int = 0,
    learned: str | Iterable[str] = "",
    lang: str = DEFAULT,
    against: str | Path | None = None,
) -> dict[str, Any]:
    """Extract ``articles_dir`` (default: ``gold_dir/../articles``) and score against gold.

    When ``gold_dir`` is a corpus of items whose texts live outside git
    (:mod:`justicekg.extract.corpus`, e.g. ``data/eval/real``), the texts are read from its
    ``texts/`` folder, only the items of ``part`` are scored when it is given, and items whose
    text is missing are named on stderr and left out of the score. ``learned`` names the
    learned components to extract with (:func:`justicekg.extract.learn.active.switched_on`:
    ``"none"`` the rules alone, ``""`` the default set).
    ``against`` scores the reports of that folder instead of the extractor's (only the gold items
    it holds a report for; no text is needed).
    What is printed (the scores table when ``echo``, the missing texts) is in ``lang``
    (:mod:`justicekg.extract.scores_text`); the returned result is the same in every language.

    Returns:
        The scorer's JSON result: ``overall_f1``, ``fact_sets`` (P/R/F1 per fact set) …;
        with ``ci`` > 0 also ``ci``: ``{samples, level, intervals: {fact set: {f1, low, high}}}``.

    Raises:
        ConfigError: ``score_py`` is not a file, or ``learned`` names an unknown component.
    """
    gold = Path(gold_dir)
    if against is not None:
        return _eval_against(gold, Path(against), score_py, verbose, echo, part, ci, lang)
    if not articles_dir and (gold / "gold").is_dir() and (gold / "articles").is_dir():
        gold = gold / "gold"  # a set folder holding gold/ and articles/ (data/eval/a …)
    articles: Path | list[Path] = Path(articles_dir) if articles_dir else gold.parent / "articles"
    if isinstance(articles, Path) and not is_corpus(gold) and not articles.is_dir():
        raise ConfigError(
            Message("eval_no_articles_folder"),
            where=str(articles),
            hint=Message("eval_no_articles_folder_hint"),
        )
    scorer = _load_scorer(_find_scorer(score_py))
    with (
        switched_on(learned),
        tempfile.TemporaryDirectory(prefix="justicekg-eval-") as tmp,
    ):
        if is_corpus(gold):
            gold, articles = _stage_corpus(gold, Path(tmp) / "gold", part=part, lang=lang)
        pred = Path(tmp) / "pred"
        write_reports(articles, pred)
        return _score_shown(scorer, gold, pred, verbose=verbose, echo=echo, ci=ci, lang=lang)


def _eval_against(
    gold: Path,
    second: Path,
    score_py: str | Path | None,
    verbose: bool,
    echo: bool,
    part: str | None,
    ci: int,
    lang: str,
) -> dict[str, Any]:
    """:func:`run_eval` with ``against``: score ``second``'s reports against ``gold``."""
    from justicekg.extract.agreement import stage

    scorer = _load_scorer(_find_scorer(score_py))
    with tempfile.TemporaryDirectory(prefix="justicekg-agree-") as tmp:
        gold_dir, pred_dir = stage(gold, second, Path(tmp), part=part, lang=lang)
        return _score_shown(
            scorer, gold_dir, pred_dir, verbose=verbose, echo=echo, ci=ci, lang=lang
        )


def _score_shown(
    scorer: ModuleType,
    gold: Path,
    pred: Path,
    *,
    verbose: bool,
    echo: bool,
    ci: int,
    lang: str,
) -> dict[str, Any]:
    """Score ``pred`` against ``gold``; print the table when ``echo``; add the bootstrap
    intervals when ``ci`` > 0."""
    result = _score(scorer, gold, pred, verbose=verbose)
    if echo:
        sys.stdout.write(_scores_text(result, verbose=verbose, lang=lang) + "\n")
    if ci > 0:
        result["ci"] = _intervals(scorer, gold, pred, samples=ci, echo=echo, lang=lang)
    return result


def _scores_text(result: dict[str, Any], *, verbose: bool, lang: str) -> str:
    """What the scorer prints without ``--json``, in ``lang``: the missed and spurious facts
    per file (``verbose``), then the table."""
    parts = [scores_text.format_verbose(result, list(result["fact_sets"]), lang), ""]
    return "\n".join([*(parts if verbose else []), scores_text.format_table(result, lang)])


def _intervals(
    scorer: ModuleType, gold: Path, pred: Path, *, samples: int, echo: bool, lang: str
) -> dict[str, Any]:
    """Bootstrap intervals of the scores of ``pred`` against ``gold`` (printed when ``echo``)."""
    level = 0.95
    scored = scorer.score_dirs(gold, pred)
    per_file = {
        name: {fact_set: compared[fact_set] for fact_set in scored["fact_sets"]}
        for name, compared in scored["per_file"].items()
    }
    found = bootstrap.intervals(per_file, list(scored["fact_sets"]), samples=samples, level=level)
    if echo:
        sys.stdout.write(
            "\n"
            + scores_text.format_intervals(found, samples=samples, level=level, lang=lang)
            + "\n"
        )
    return {"samples": samples, "level": level, "intervals": found}


def _stage_corpus(
    folder: Path, staged: Path, *, part: str | None, lang: str
) -> tuple[Path, list[Path]]:
    """Copy the items of ``folder`` whose text is present into ``staged``; name the others
    (on stderr, in ``lang``)."""
    tr = translator(lang)
    found = status(load_items(folder, part=part))
    for item in found.missing:
        sys.stderr.write(tr("eval_missing_text", path=item.text_path, url=item.data.get("url")))
        sys.stderr.write("\n")
    for item in found.mismatched:
        sys.stderr.write(tr("eval_text_differs", path=item.text_path) + "\n")
    readme = folder / "README.md"
    if found.missing:
        total = len(found.missing) + len(found.present)
        sys.stderr.write(
            tr("eval_texts_missing", missing=len(found.missing), total=total, readme=readme)
        )
        sys.stderr.write("\n")
    if not found.present:
        raise ConfigError(
            Message("eval_no_texts"),
            where=str(folder / "texts"),
            hint=Message("eval_restore_texts", readme=str(readme)),
        )
    staged.mkdir(parents=True)
    for item in found.present:
        shutil.copyfile(item.path, staged / f"{item.id}.json")
    return staged, [item.text_path for item in found.present]


def load_scorer(score_py: str | Path | None = None) -> ModuleType:
    """The evaluation kit's scorer module: the shipped copy, or the file ``score_py``.

    >>> load_scorer().normalize("UBND tỉnh")
    'ủy ban nhân dân tỉnh'
    """
    return _load_scorer(_find_scorer(score_py))


def _find_scorer(score_py: str | Path | None) -> Path | None:
    """None (the shipped copy) unless ``score_py`` names a scorer file."""
    if not score_py:
        return None
    script = Path(score_py)
    if not script.is_file():
        raise ConfigError(
            Message("eval_no_scorer"), where=str(script), hint=Message("eval_no_scorer_hint")
        )
    return script


def _score(scorer: ModuleType, gold: Path, pred: Path, *, verbose: bool) -> dict[str, Any]:
    """Run the scorer on the reports of ``pred`` against ``gold``; its JSON result."""
    args = [str(gold), str(pred)]
    buf = io.StringIO()
    with redirect_stdout(buf):
        scorer.main([*args, "--json", *(["--verbose"] if verbose else [])])
    if not buf.getvalue().strip():
        raise ConfigError(
            Message("eval_no_result"), where=str(gold), hint=Message("eval_no_result_hint")
        )
    result: dict[str, Any] = json.loads(buf.getvalue())
    return result


def main(argv: list[str] | None = None) -> int:
    """``python -m justicekg.extract.evaluate GOLD_DIR [ARTICLES_DIR] [-v]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args or "--verbose" in args
    pos = [a for a in args if not a.startswith("-")]
    if not pos:
        sys.stderr.write(
            "usage: python -m justicekg.extract.evaluate GOLD_DIR [ARTICLES_DIR] [-v]\n"
        )
        return 2
    run_eval(pos[1] if len(pos) > 1 else None, pos[0], verbose=verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
