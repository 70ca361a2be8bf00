"""Rule readings by checkouts that never saw the items: what the rules do on unseen pages.

The rules are fitted to the development items, so their readings there are better than on
pages they never saw. An older checkout of the project, run on items annotated after it, reads
them as the rules read a new page. This module runs such checkouts (each on its own items, in a
subprocess with its ``src`` first on the path) and keeps, per item, the old rules' internals the
learned position model needs: the recognizers' spans (persons, titles, bodies...) of the
document the old pipeline assembled its report from, and that report (without its text).

:func:`load` rebuilds each item's document from those spans, so that the present candidate
features (:mod:`.position_pairs`) describe what the old rules saw. The file names real people:
keep it out of git.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from justicekg.errors import OntologyError
from justicekg.extract import _score
from justicekg.extract.doc import Doc, Span
from justicekg.extract.learn import unseen
from justicekg.extract.learn.folds import load_examples

Key = tuple[str | None, ...]

#: run in a subprocess with an older checkout's ``src`` first on the path: ``OUT PATH...``
_READ_SCRIPT = """
import json, sys
from justicekg.extract import pipeline
try:  # the rules alone, in a checkout that has the learned position component
    from justicekg.extract.learn import positions
    positions.using(None).__enter__()  # kept for the rest of this process
except (ImportError, AttributeError):
    pass
seen = []
report_of = pipeline._report
def keep(doc, **kwargs):
    seen.append(doc)
    return report_of(doc, **kwargs)
pipeline._report = keep
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sys.argv[2:]:
        seen.clear()
        report = pipeline.extract_file(path).to_dict()
        doc = seen[-1]
        report["article"].pop("text", None)
        spans = [[s.start, s.end, s.label, s.name, s.rule, s.data] for s in doc.spans]
        row = {"id": report["article"]["id"], "text": doc.text, "published": doc.published,
               "title": doc.title, "meta": doc.meta, "spans": spans, "report": report}
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\\n")
"""


@dataclass(slots=True)
class Reading:
    """One item as an older checkout read it: its document (spans) and its report."""

    id: str
    checkout: str
    doc: Doc
    report: dict[str, Any]

    @property
    def people(self) -> set[str]:
        """The names of the persons of the report."""
        return {str(p.get("name")) for p in self.report.get("persons", [])}

    @property
    def positions(self) -> set[Key]:
        """The scorer's keys of the report's positions."""
        return {tuple(k) for k in _score.extract_facts(self.report)["positions"]}


def checkouts_of(map_path: str | Path) -> dict[str, str]:
    """The checkout of each item in a map file (:func:`.unseen.read_map`'s rows, each with
    its checkout: ``id TAB commit TAB parent TAB checkout``).

    Raises:
        OntologyError: the file is missing, a line is not such a row or has no checkout
            (names the file and line).
    """
    return {row.id: str(row.checkout) for row in unseen.read_map(map_path, checkouts=True)}


def write(
    folder: str | Path,
    out: str | Path,
    *,
    since: int = 0,
    checkout: str | Path | None = None,
    checkouts: Mapping[str, str] | None = None,
    workers: int = 2,
) -> int:
    """Each dev item's reading by its checkout, as JSON lines in ``out``; the number written.

    Args:
        since: only the items numbered ``since`` or more.
        checkout: the one checkout that reads them all (default: this one).
        checkouts: the checkout of each item (items it does not name are skipped).
    """
    groups: dict[str, list[Path]] = {}
    for e in load_examples(folder):
        if int("".join(ch for ch in e.id if ch.isdigit()) or 0) < since:
            continue
        where = checkouts.get(e.id) if checkouts is not None else checkout
        if checkouts is not None and where is None:
            continue
        src = str(Path(where) / "src") if where else str(Path(__file__).parents[3])
        groups.setdefault(src, []).append(Path(folder) / "texts" / f"{e.id}.txt")
    tmp = Path(str(out) + ".parts")
    tmp.mkdir(parents=True, exist_ok=True)
    jobs = [
        (src, paths, tmp / f"{i}.jsonl") for i, (src, paths) in enumerate(sorted(groups.items()))
    ]
    with ThreadPoolExecutor(max(1, workers)) as pool:
        list(pool.map(lambda job: _run(*job), jobs))
    n = 0
    with Path(out).open("w", encoding="utf-8") as sink:
        for src, _, part in jobs:
            for line in part.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                row["checkout"] = str(Path(src).parent)
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
            part.unlink()
    tmp.rmdir()
    return n


def _run(src: str, paths: Iterable[Path], part: Path) -> None:
    env = {**os.environ, "PYTHONPATH": src}
    subprocess.run(
        [sys.executable, "-c", _READ_SCRIPT, str(part), *map(str, paths)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


def load(path: str | Path) -> dict[str, Reading]:
    """The readings written by :func:`write`, by item id, each with its document rebuilt.

    Raises:
        OntologyError: the file is missing or not such a file (the message names it, and the
            line at fault).
    """
    from justicekg.catalogue import Message  # (babel, only for the errors)

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError) as error:
        raise OntologyError(
            Message("learn_readings_unreadable"),
            where=str(path),
            hint=Message("learn_report_unreadable_detail_hint", detail=str(error)),
        ) from error
    out: dict[str, Reading] = {}
    for n, line in enumerate(lines, start=1):
        try:
            row = json.loads(line)
            doc = Doc(row["text"], published=row.get("published"), title=row.get("title"))
            doc.meta.update(row.get("meta") or {})
            for start, end, label, name, rule, data in row["spans"]:
                doc.add(Span(int(start), int(end), label, name, rule, dict(data or {})))
            out[str(row["id"])] = Reading(
                str(row["id"]), str(row.get("checkout")), doc, row["report"]
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise OntologyError(
                Message("learn_reading_unreadable"),
                where=f"{path}:{n}",
                hint=Message(
                    "learn_readings_write_again", detail=f"{type(error).__name__}: {error}"
                ),
            ) from error
    return out
