"""Agreement between two independent annotations of the same items.

The gold of a corpus (``data/eval/real``) was written by annotators; how far a second annotator,
working alone from the same excerpts and conventions, agrees with it is the ceiling any extractor
can be measured against. The second annotation of some items lives in a folder of its own
(``data/eval/real/agreement/<id>.json``: ``{"id", "gold", "notes"}``, or a bare report), and
``justicekg eval GOLD --against data/eval/real/agreement`` scores it against the gold of ``GOLD``
with the same scorer as the extractor (F1 is symmetric: the two annotations can swap sides).
Since the items' own gold became the adjudicated report, the first annotation is kept as item
copies in ``data/eval/real/agreement/first``: ``GOLD`` is that folder for the agreement of the two
annotators, ``data/eval/real`` for how far the adjudication moved from the second one.

:func:`stage` copies the gold items that have a second report, and those reports unwrapped, into
two folders the scorer pairs by file name. No text is needed: agreement can be measured on a
machine where the third-party texts were never restored.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from justicekg.catalogue import Message, translator
from justicekg.errors import ConfigError
from justicekg.extract.corpus import is_corpus, load_items

__all__ = ["read_reports", "stage"]


def read_reports(folder: Path) -> dict[str, dict[str, Any]]:
    """The reports in ``folder`` by file stem: the object under ``gold`` or the object itself.

    Raises:
        ConfigError: a file is not JSON (naming the file and line) or not an object.
    """
    reports = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise ConfigError(
                Message("eval_against_not_json", detail=error.msg), where=f"{path}:{error.lineno}"
            ) from error
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(
                Message("eval_against_not_json", detail=str(error)), where=str(path)
            ) from error
        report = data.get("gold") if isinstance(data, dict) and "gold" in data else data
        if not isinstance(report, dict):
            raise ConfigError(Message("eval_against_not_report"), where=str(path))
        reports[path.stem] = report
    return reports


def _gold_files(gold: Path) -> dict[str, tuple[Path, str | None]]:
    """The gold files of ``gold`` by id, each with its part: a corpus's items, or its
    ``*.json`` (no part)."""
    if is_corpus(gold):
        return {item.id: (item.path, item.part) for item in load_items(gold)}
    return {path.stem: (path, None) for path in sorted(gold.glob("*.json"))}


def stage(
    gold: Path, second: Path, staged: Path, *, part: str | None = None, lang: str
) -> tuple[Path, Path]:
    """Copy into ``staged/gold`` and ``staged/pred`` the gold items ``second`` has a report for
    (only those of ``part`` in a corpus) and those reports; name on stderr, in ``lang``, the
    reports that have no gold item.

    Raises:
        ConfigError: ``second`` has no report for any gold item.
    """
    reports = read_reports(second)
    tr = translator(lang)
    golds = _gold_files(gold)
    for ident in sorted(reports.keys() - golds.keys()):
        sys.stderr.write(tr("eval_against_unpaired", path=second / f"{ident}.json") + "\n")
    paired = [
        ident
        for ident in sorted(reports.keys() & golds.keys())
        if part is None or golds[ident][1] in (part, None)
    ]
    if not paired:
        raise ConfigError(Message("eval_against_none"), where=str(second))
    gold_dir, pred_dir = staged / "gold", staged / "pred"
    gold_dir.mkdir(parents=True)
    pred_dir.mkdir(parents=True)
    for ident in paired:
        shutil.copyfile(golds[ident][0], gold_dir / f"{ident}.json")
        (pred_dir / f"{ident}.json").write_text(
            json.dumps(reports[ident], ensure_ascii=False), encoding="utf-8"
        )
    return gold_dir, pred_dir
