"""Golden regression articles: invented texts in the genre (``tests/golden_extract/*.txt``)
and the facts a careful annotator would record for them (``*.json``, same stem).

The facts are compared the way ``score.py`` counts them (persons, positions, organizations,
provinces, events, participants, awards), after case and tone-mark folding. Regenerate a JSON
file only after checking every fact by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from justicekg.extract import extract_file
from justicekg.model import ExtractionReport
from justicekg.text.normalize import fold

GOLDEN = Path(__file__).parent / "golden_extract"
CASES = sorted(GOLDEN.glob("*.txt"))


def facts(report: ExtractionReport) -> dict[str, list[list[str | None]]]:
    """The scored fact sets of a report, as sorted lists (JSON-friendly, as written)."""

    def f(value: str | None) -> str | None:
        return value

    sets: dict[str, set[tuple[str | None, ...]]] = {
        "persons": {(f(p.name),) for p in report.persons},
        "positions": {
            (f(p.name), f(q.title), f(q.organization)) for p in report.persons for q in p.positions
        },
        "organizations": {(f(o.name),) for o in report.organizations},
        "provinces": {(f(p),) for p in report.provinces},
        "events": {(e.kind, e.date) for e in report.events},
        "participants": {(e.date, f(n)) for e in report.events for n in e.participants},
        "awards": {(f(a.award), f(a.recipient), a.status) for a in report.awards},
    }
    return {k: sorted([list(t) for t in v], key=str) for k, v in sets.items()}


def _folded(rows: list[list[str | None]]) -> list[tuple[str | None, ...]]:
    return sorted((tuple(fold(v) if v else v for v in row) for row in rows), key=str)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    got = facts(extract_file(path))
    for key, want in expected["facts"].items():
        assert _folded(got[key]) == _folded(want), key
    for key, value in expected.get("article", {}).items():
        assert getattr(extract_file(path).article, key) == value, key


if __name__ == "__main__":  # write the JSON for a new article (then check it by hand)
    import sys

    for name in sys.argv[1:]:
        p = Path(name)
        r = extract_file(p)
        art = {k: getattr(r.article, k) for k in ("title", "published", "publisher", "author")}
        out = {"article": art, "facts": facts(r)}
        body = ",\n".join(
            f"  {json.dumps(k)}: [\n"
            + ",\n".join(f"   {json.dumps(row, ensure_ascii=False)}" for row in rows)
            + "\n  ]"
            for k, rows in out["facts"].items()
        )
        head = json.dumps(art, ensure_ascii=False)
        p.with_suffix(".json").write_text(
            f'{{\n "article": {head},\n "facts": {{\n{body}\n }}\n}}\n', encoding="utf-8"
        )
