# Vendored, unmodified below the end of this header, from the evaluation kit's
# ../shared/eval/score.py (standard library only) so that `justicekg eval` works in any
# clone. tests/test_issue10_core.py checks it against the kit's copy when that exists.
# Update: copy the kit's file below this header. Not linted or type-checked (pyproject.toml).
# --- end of vendoring header ---
#!/usr/bin/env python3
"""Score predicted extraction reports against gold ones (see SCHEMA.md, "Scoring").

usage: python3 score.py GOLD_DIR PRED_DIR [--json] [--verbose]

Files are paired by file name: GOLD_DIR/X.json is compared with PRED_DIR/X.json.
A gold file without a prediction counts as an empty prediction; a prediction
without a gold file is ignored (and named on stderr).

A gold file may be a bare extraction report or the wrapped form
{"id", "url", "query", "text", "gold": {...report...}}; when a "gold" key holds
an object, that object is the report.  A prediction is always the object itself.

Every compared string goes through `normalize`: Unicode NFC, case folding,
abbreviation expansion (UBND, HĐND, THADS, TAND, VKSND, TP./Tp), white-space
folding and one tone-mark convention (old style "hoá", "thuỷ", "khoẻ" is read as
new style "hóa", "thủy", "khỏe").

Fact sets, each a set per file, micro-averaged over all files:
  persons        (name)
  positions      (person, title, organization)   organization may be null
  organizations  (name)
  provinces      (name)
  events         (kind, date)
  participants   (event date, person)
  awards         (award, recipient, status)

Precision = tp / predicted, recall = tp / gold, F1 their harmonic mean.  A set
with nothing in gold and nothing predicted scores 1.0; anything else with a zero
denominator scores 0.0.  The last line of the table output is "overall F1 0.xxx".

Standard library only; Python 3.9 or newer.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

FACT_SETS: Tuple[str, ...] = (
    "persons",
    "positions",
    "organizations",
    "provinces",
    "events",
    "participants",
    "awards",
)

# --------------------------------------------------------------------------
# Normalization
# --------------------------------------------------------------------------

# Applied to case-folded NFC text, whole words only.
_ABBREVIATIONS: Tuple[Tuple[str, str], ...] = (
    ("ubnd", "ủy ban nhân dân"),
    ("hđnd", "hội đồng nhân dân"),
    ("thads", "thi hành án dân sự"),
    ("tand", "tòa án nhân dân"),
    ("vksnd", "viện kiểm sát nhân dân"),
    ("hcm", "hồ chí minh"),
)
_ABBREV_RE = [
    (re.compile(r"(?<!\w)" + re.escape(short) + r"(?!\w)"), long)
    for short, long in _ABBREVIATIONS
]
# "TP." / "TP" / "Tp." / "Tp" (any case after folding) -> "thành phố ";
# "TP.Hồ Chí Minh" gets its missing space back.
_TP_RE = re.compile(r"(?<!\w)tp(?:\.|(?!\w))\s*")

_WS_RE = re.compile(r"\s+")
# Dash variants (en dash, em dash, minus, hyphen-minus) with any spacing -> "-".
_DASH_RE = re.compile(r"\s*[\u2010-\u2015\u2212-]\s*")

# Tone marks as combining characters (NFD): grave, acute, tilde, hook, dot below.
_TONE = "\u0300\u0301\u0303\u0309\u0323"
# One convention puts the tone on the second vowel of oa / oe / uy when the pair
# ends the syllable ("hoá", "khoẻ", "thuỷ"); the other, used here as the canonical
# form, puts it on the first ("hóa", "khỏe", "thủy").  In NFD the pair is plain letters followed directly by the
# tone mark and then by something that is neither a letter nor a combining
# mark.  A preceding "q" makes "u" part of the consonant ("quý" is the same in
# both styles), so "quy" is left alone.
_END = r"(?![\w\u0300-\u036f])"
_OLD_OA_OE = re.compile(r"(o)([ae])([" + _TONE + r"])" + _END, re.IGNORECASE)
_OLD_UY = re.compile(r"(?<![qQ])(u)(y)([" + _TONE + r"])" + _END, re.IGNORECASE)


def normalize_tone_marks(text: str) -> str:
    """Rewrite tone placement on oa/oe/uy to the canonical form (hoá -> hóa)."""
    decomposed = unicodedata.normalize("NFD", text)
    decomposed = _OLD_OA_OE.sub(r"\1\3\2", decomposed)
    decomposed = _OLD_UY.sub(r"\1\3\2", decomposed)
    return unicodedata.normalize("NFC", decomposed)


def expand_abbreviations(text: str) -> str:
    """Expand the abbreviations of SCHEMA.md in case-folded text."""
    for pattern, long in _ABBREV_RE:
        text = pattern.sub(long, text)
    return _TP_RE.sub("thành phố ", text)


def normalize(value: Any) -> Optional[str]:
    """The comparison key of one string value; None for null or blank."""
    if value is None:
        return None
    if not isinstance(value, str):
        value = str(value)
    text = unicodedata.normalize("NFC", value)
    text = unicodedata.normalize("NFC", text.casefold())
    text = expand_abbreviations(text)
    text = _DASH_RE.sub("-", text)
    text = _WS_RE.sub(" ", text).strip()
    text = normalize_tone_marks(text)
    return text or None


# --------------------------------------------------------------------------
# Fact sets
# --------------------------------------------------------------------------

Fact = Tuple[Optional[str], ...]
# fact set name -> {normalized fact: readable form (first seen)}
FactTable = Dict[str, Dict[Fact, str]]


def _dicts(value: Any) -> List[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _show(parts: Iterable[Any]) -> str:
    return " | ".join("null" if p is None else str(p) for p in parts)


def extract_facts(report: Any) -> FactTable:
    """All facts of one extraction report, keyed by normalized tuple."""
    table: FactTable = {name: {} for name in FACT_SETS}
    if not isinstance(report, dict):
        return table

    def add(fact_set: str, raw: Tuple[Any, ...]) -> None:
        key = tuple(normalize(part) for part in raw)
        table[fact_set].setdefault(key, _show(raw))

    for person in _dicts(report.get("persons")):
        name = person.get("name")
        if normalize(name) is None:
            continue
        add("persons", (name,))
        for position in _dicts(person.get("positions")):
            title = position.get("title")
            if normalize(title) is None:
                continue
            add("positions", (name, title, position.get("organization")))

    for org in _dicts(report.get("organizations")):
        if normalize(org.get("name")) is not None:
            add("organizations", (org.get("name"),))

    provinces = report.get("provinces")
    for province in provinces if isinstance(provinces, list) else []:
        if isinstance(province, dict):  # tolerated: {"name": ...}
            province = province.get("name")
        if normalize(province) is not None:
            add("provinces", (province,))

    for event in _dicts(report.get("events")):
        kind, date = event.get("kind"), event.get("date")
        if normalize(kind) is None and normalize(date) is None:
            continue
        add("events", (kind, date))
        participants = event.get("participants")
        for person in participants if isinstance(participants, list) else []:
            if isinstance(person, dict):  # tolerated: {"name": ...}
                person = person.get("name")
            if normalize(person) is not None:
                add("participants", (date, person))

    for award in _dicts(report.get("awards")):
        name, recipient = award.get("award"), award.get("recipient")
        if normalize(name) is None or normalize(recipient) is None:
            continue
        add("awards", (name, recipient, award.get("status")))

    return table


# --------------------------------------------------------------------------
# Loading and pairing
# --------------------------------------------------------------------------


def _warn(message: str) -> None:
    print(f"score.py: {message}", file=sys.stderr)


def load_gold(path: Path) -> Any:
    """A gold report; unwraps {"gold": {...}} when present."""
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    if isinstance(data, dict) and isinstance(data.get("gold"), dict):
        return data["gold"]
    return data


def load_prediction(path: Path) -> Any:
    """A predicted report (the object itself); unreadable files count as empty."""
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        _warn(f"{path}: unreadable prediction, counted as empty ({error})")
        return {}


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


def prf(gold: int, pred: int, tp: int) -> Dict[str, float]:
    if gold == 0 and pred == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    precision = tp / pred if pred else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _sort_key(fact: Fact) -> Tuple[str, ...]:
    return tuple("" if part is None else part for part in fact)


def compare(gold: FactTable, pred: FactTable) -> Dict[str, Dict[str, Any]]:
    """Per fact set: counts plus the readable missed and spurious facts."""
    result: Dict[str, Dict[str, Any]] = {}
    for name in FACT_SETS:
        g, p = gold[name], pred[name]
        hits = g.keys() & p.keys()
        result[name] = {
            "gold": len(g),
            "pred": len(p),
            "tp": len(hits),
            "missed": [g[k] for k in sorted(g.keys() - hits, key=_sort_key)],
            "spurious": [p[k] for k in sorted(p.keys() - hits, key=_sort_key)],
        }
    return result


def score_dirs(gold_dir: Path, pred_dir: Path) -> Dict[str, Any]:
    """Score every GOLD_DIR/*.json against PRED_DIR/<same name>."""
    gold_files = sorted(p for p in gold_dir.glob("*.json") if p.is_file())
    if not gold_files:
        raise ValueError(f"no *.json gold files in {gold_dir}")
    pred_names = (
        {p.name for p in pred_dir.glob("*.json") if p.is_file()} if pred_dir.is_dir() else set()
    )
    totals = {name: {"gold": 0, "pred": 0, "tp": 0} for name in FACT_SETS}
    per_file: Dict[str, Dict[str, Any]] = {}
    missing: List[str] = []
    for gold_path in gold_files:
        if gold_path.name not in pred_names:
            missing.append(gold_path.name)
        gold = extract_facts(load_gold(gold_path))
        pred = extract_facts(load_prediction(pred_dir / gold_path.name))
        compared = compare(gold, pred)
        per_file[gold_path.name] = compared
        for name in FACT_SETS:
            for count in ("gold", "pred", "tp"):
                totals[name][count] += compared[name][count]

    fact_sets = {name: {**counts, **prf(**counts)} for name, counts in totals.items()}
    overall_counts = {
        count: sum(totals[name][count] for name in FACT_SETS) for count in ("gold", "pred", "tp")
    }
    return {
        "gold_dir": str(gold_dir),
        "pred_dir": str(pred_dir),
        "files": len(gold_files),
        "missing_predictions": missing,
        "unpaired_predictions": sorted(pred_names - {p.name for p in gold_files}),
        "fact_sets": fact_sets,
        "overall": {**overall_counts, **prf(**overall_counts)},
        "per_file": per_file,
    }


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def format_table(result: Dict[str, Any]) -> str:
    lines = [
        f"files: {result['files']} gold, "
        f"{result['files'] - len(result['missing_predictions'])} predicted, "
        f"{len(result['missing_predictions'])} missing (counted as empty)",
        "",
        f"{'fact set':<14} {'gold':>6} {'pred':>6} {'tp':>6} {'precision':>9} {'recall':>7} {'F1':>6}",
    ]
    rows = list(result["fact_sets"].items()) + [("all (micro)", result["overall"])]
    for name, row in rows:
        if name == "all (micro)":
            lines.append("-" * 60)
        lines.append(
            f"{name:<14} {row['gold']:>6} {row['pred']:>6} {row['tp']:>6} "
            f"{row['precision']:>9.3f} {row['recall']:>7.3f} {row['f1']:>6.3f}"
        )
    lines.append(f"overall F1 {result['overall']['f1']:.3f}")
    return "\n".join(lines)


def format_verbose(result: Dict[str, Any]) -> str:
    lines: List[str] = []
    for file_name, compared in result["per_file"].items():
        missed = sum(len(compared[n]["missed"]) for n in FACT_SETS)
        spurious = sum(len(compared[n]["spurious"]) for n in FACT_SETS)
        note = " (no prediction file)" if file_name in result["missing_predictions"] else ""
        lines.append(f"== {file_name}{note}: {missed} missed, {spurious} spurious")
        for name in FACT_SETS:
            for label in ("missed", "spurious"):
                for fact in compared[name][label]:
                    lines.append(f"  {label:<8} {name:<13} {fact}")
    return "\n".join(lines)


def to_json(result: Dict[str, Any], verbose: bool) -> str:
    out = {key: value for key, value in result.items() if key != "per_file"}
    out["overall_f1"] = result["overall"]["f1"]
    if verbose:
        out["per_file"] = {
            file_name: {
                name: {k: v for k, v in compared[name].items()} for name in FACT_SETS
            }
            for file_name, compared in result["per_file"].items()
        }
    return json.dumps(out, ensure_ascii=False, indent=2)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="score.py",
        description="Compare predicted extraction reports with gold ones (SCHEMA.md).",
    )
    parser.add_argument("gold_dir", metavar="GOLD_DIR", type=Path)
    parser.add_argument("pred_dir", metavar="PRED_DIR", type=Path)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--verbose", action="store_true", help="list missed and spurious facts per file"
    )
    args = parser.parse_args(argv)

    if not args.gold_dir.is_dir():
        parser.error(f"GOLD_DIR {args.gold_dir} is not a directory")
    if not args.pred_dir.is_dir():
        _warn(f"PRED_DIR {args.pred_dir} is not a directory; every prediction counts as empty")
    try:
        result = score_dirs(args.gold_dir, args.pred_dir)
    except (ValueError, OSError, json.JSONDecodeError) as error:
        _warn(f"error: {error}")
        return 2
    if result["unpaired_predictions"]:
        _warn(
            "predictions without a gold file, ignored: "
            + ", ".join(result["unpaired_predictions"])
        )

    if args.json:
        output = to_json(result, args.verbose)
    else:
        parts = [format_verbose(result), ""] if args.verbose else []
        output = "\n".join(parts + [format_table(result)])
    try:
        print(output)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stdout = open(os.devnull, "w")
    return 0


if __name__ == "__main__":
    sys.exit(main())
