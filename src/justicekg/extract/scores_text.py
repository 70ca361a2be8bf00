"""The human view of ``justicekg eval``'s scores, in the command's language (Vietnamese first).

The kit's scorer (``_score.py``, vendored unmodified) prints English tables; ``justicekg eval``
reads its JSON result instead and lays it out here with catalogue labels. In English the
output is the scorer's own, character for character (``tests/test_eval_text.py`` compares).
The fact-set names (``persons``, ``positions`` …) are the SCHEMA's keys and stay as they are.

>>> result = {"files": 2, "missing_predictions": [], "fact_sets": {},
...           "overall": {"gold": 4, "pred": 2, "tp": 2, "precision": 1.0, "recall": 0.5,
...                       "f1": 0.667}}
>>> print(format_table(result, "vi").splitlines()[-1])
F1 tổng thể 0,667
>>> print(format_table(result, "en").splitlines()[-1])
overall F1 0.667
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from justicekg.catalogue import DEFAULT, translator
from justicekg.extract.bootstrap import OVERALL

#: The scorer's column widths (its English labels fit them).
_WIDTHS = {"fact_set": 14, "gold": 6, "pred": 6, "tp": 6, "precision": 9, "recall": 7, "f1": 6}
_DECIMALS = {"precision": 3, "recall": 3, "f1": 3}


def _number(value: float, lang: str) -> str:
    """Three decimals, with the decimal comma in Vietnamese (0,667)."""
    text = f"{value:.3f}"
    return text.replace(".", ",") if lang == "vi" else text


def format_table(result: Mapping[str, Any], lang: str = DEFAULT) -> str:
    """The scores table: files, one row per fact set, the micro-average, the overall F1."""
    tr = translator(lang)
    missing = len(result["missing_predictions"])
    labels = {col: tr(f"eval_col_{col}") for col in _WIDTHS}
    widths = {col: max(w, len(labels[col])) for col, w in _WIDTHS.items()}
    total = tr("eval_all")
    widths["fact_set"] = max(widths["fact_set"], len(total))

    def row(cells: Mapping[str, str]) -> str:
        first = f"{cells['fact_set']:<{widths['fact_set']}}"
        rest = [f"{cells[col]:>{widths[col]}}" for col in _WIDTHS if col != "fact_set"]
        return " ".join([first, *rest])

    lines = [
        tr(
            "eval_files", gold=result["files"], predicted=result["files"] - missing, missing=missing
        ),
        "",
        row(labels),
    ]
    rows = [*result["fact_sets"].items(), (None, result["overall"])]
    for name, scores in rows:
        if name is None:
            lines.append("-" * (sum(widths.values()) + len(widths) - 1))
        cells = {"fact_set": total if name is None else str(name)}
        for col in ("gold", "pred", "tp"):
            cells[col] = str(scores[col])
        for col in _DECIMALS:
            cells[col] = _number(scores[col], lang)
        lines.append(row(cells))
    lines.append(tr("eval_overall", f1=_number(result["overall"]["f1"], lang)))
    return "\n".join(lines)


def format_verbose(result: Mapping[str, Any], fact_sets: list[str], lang: str = DEFAULT) -> str:
    """Per file: how many facts were missed and spurious, then each of them."""
    tr = translator(lang)
    words = {label: tr(f"eval_{label}") for label in ("missed", "spurious")}
    width = max(8, *(len(w) for w in words.values()))
    lines: list[str] = []
    for file_name, compared in result.get("per_file", {}).items():
        missed = sum(len(compared[n]["missed"]) for n in fact_sets)
        spurious = sum(len(compared[n]["spurious"]) for n in fact_sets)
        note = tr("eval_no_prediction") if file_name in result["missing_predictions"] else ""
        lines.append(
            tr("eval_file_line", file=file_name, note=note, missed=missed, spurious=spurious)
        )
        for name in fact_sets:
            for label in ("missed", "spurious"):
                for fact in compared[name][label]:
                    lines.append(f"  {words[label]:<{width}} {name:<13} {fact}")
    return "\n".join(lines)


def format_intervals(
    ci: Mapping[str, Mapping[str, float]], *, samples: int, level: float, lang: str = DEFAULT
) -> str:
    """The bootstrap intervals of F1, a table under the scores."""
    tr = translator(lang)
    cols = [tr("eval_col_fact_set"), tr("eval_col_f1"), tr("eval_ci_low"), tr("eval_ci_high")]
    widths = [max(14, len(cols[0])), *(max(6, len(c)) for c in cols[1:])]

    def line(cells: list[str]) -> str:
        first = f"{cells[0]:<{widths[0]}}"
        return " ".join([first, *(f"{c:>{w}}" for c, w in zip(cells[1:], widths[1:], strict=True))])

    lines = [tr("eval_ci_title", level=f"{level:.0%}", samples=samples), line(cols)]
    for name, row in ci.items():
        label = tr("eval_ci_overall") if name == OVERALL else name
        lines.append(line([label, *(_number(row[k], lang) for k in ("f1", "low", "high"))]))
    return "\n".join(lines)
