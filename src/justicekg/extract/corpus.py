"""An evaluation corpus whose texts live outside git: gold items plus restorable excerpts.

A corpus folder (``data/eval/real/``) holds one item per article, ``<id>.json``, with the keys
``id``, ``url``, ``query``, ``text_sha256``, ``text_chars``, ``part`` (``dev`` or ``blind``) and
``gold`` (an extraction report, ``../shared/eval/SCHEMA.md``). The article text itself is
third-party material: it is kept in ``texts/<id>.txt`` beside the items, ignored by git, and
restored from the stored page it came from (the folder's README says how). ``text_sha256`` is
the SHA-256 of the text as UTF-8 after NFC, with line ends folded to ``\\n`` and trailing white
space at the very end removed, so a restored copy can be checked.

Run as ``python -m justicekg.extract.corpus fill|check|lint DIR [ID_PREFIX]``: ``fill``
writes the hash, length and part of every item whose text is present, ``check`` names missing
texts and hash mismatches, ``lint`` the gold's problems (shape, enums, NFC, closure, names
not in the text). ``queries DIR`` and ``restore DIR ANSWER.json...`` restore missing texts from
saved answers of the search tool (:mod:`justicekg.extract.corpus_restore`).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "Item",
    "Status",
    "is_corpus",
    "load_items",
    "status",
    "text_hash",
]

PARTS = ("dev", "blind")


def canonical_text(text: str) -> str:
    """The form of an excerpt that is hashed and extracted: NFC, ``\\n`` line ends, no tail.

    >>> canonical_text("Hoa\\r\\nX  \\n")
    'Hoa\\nX'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).rstrip()


def text_hash(text: str) -> str:
    """SHA-256 (hex) of an excerpt's canonical form."""
    return hashlib.sha256(canonical_text(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Item:
    """One corpus item: its JSON file, metadata and the path its text is kept at."""

    path: Path
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.data.get("id") or self.path.stem)

    @property
    def part(self) -> str:
        return str(self.data.get("part") or "dev")

    @property
    def text_path(self) -> Path:
        return self.path.parent / "texts" / f"{self.id}.txt"


@dataclass(frozen=True, slots=True)
class Status:
    """Which items have their text, which do not, and which texts differ from the hash."""

    present: list[Item]
    missing: list[Item]
    mismatched: list[Item]


def is_corpus(folder: str | Path) -> bool:
    """True when ``folder`` holds corpus items (JSON files with a ``text_sha256`` key)."""
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return isinstance(data, dict) and "text_sha256" in data and "gold" in data
    return False


def load_items(folder: str | Path, *, part: str | None = None) -> list[Item]:
    """The items of a corpus folder, sorted by id; only those of ``part`` when given."""
    items = []
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "gold" not in data:
            continue
        item = Item(path, data)
        if part is None or item.part == part:
            items.append(item)
    return items


def status(items: list[Item]) -> Status:
    """Split ``items`` by whether their text is present and matches its hash."""
    present, missing, mismatched = [], [], []
    for item in items:
        if not item.text_path.is_file():
            missing.append(item)
            continue
        expected = item.data.get("text_sha256")
        if expected and text_hash(item.text_path.read_text(encoding="utf-8")) != expected:
            mismatched.append(item)
        present.append(item)
    return Status(present, missing, mismatched)


def _write(item: Item) -> None:
    item.path.write_text(json.dumps(item.data, ensure_ascii=False, indent=1) + "\n", "utf-8")


def part_for(url: str) -> str:
    """The part an item belongs to, fixed by its URL alone: ``blind`` for about 37 %.

    >>> part_for("https://example.org/a"), part_for("https://example.org/c")
    ('dev', 'blind')
    """
    return "blind" if hashlib.sha256(url.encode("utf-8")).hexdigest()[0] < "6" else "dev"


def fill(folder: str | Path, prefix: str = "") -> int:
    """Write ``text_sha256``, ``text_chars`` and ``part`` of every item whose text is present.

    Only items whose id starts with ``prefix`` are touched (annotators work side by side).
    """
    count = 0
    for item in load_items(folder):
        if not item.id.startswith(prefix) or not item.text_path.is_file():
            continue
        text = canonical_text(item.text_path.read_text(encoding="utf-8"))
        item.data["text_sha256"] = text_hash(text)
        item.data["text_chars"] = len(text)
        item.data["part"] = part_for(str(item.data.get("url") or ""))
        _write(item)
        count += 1
    return count


_ORG_KINDS = {
    *("ministry", "general-department", "ministry-unit", "provincial-department"),
    *("provincial-enforcement", "district-enforcement", "peoples-committee"),
    *("peoples-council", "party-committee", "court", "procuracy", "police"),
    *("emulation-group", "government", "other"),
}
_EVENT_KINDS = {"conference", "ceremony", "meeting", "training", "inspection", "signing", "other"}
_STATUSES = {"nominated", "conferred", "registered"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_KEYS = {"id", "url", "query", "text_sha256", "text_chars", "part", "gold"}


def lint(item: Item, norm: Callable[[str], str | None]) -> list[str]:
    """Problems of one item's gold: shape, enums, NFC, the closure rule, names not in the text.

    ``norm`` is the scorer's comparison key (``score.normalize``).
    """
    problems = [f"missing key {key!r}" for key in sorted(_KEYS - set(item.data))]
    gold = item.data.get("gold") or {}
    try:
        _lint_gold(gold, problems, norm)
    except (KeyError, TypeError, AttributeError) as exc:
        problems.append(f"malformed gold: {exc!r}")
        return problems
    if item.text_path.is_file():
        text = norm(item.text_path.read_text(encoding="utf-8")) or ""
        for person in gold["persons"]:
            names = [person["name"], *(p["title"] for p in person["positions"])]
            problems += [f"not in the text: {n!r}" for n in names if (norm(n) or "") not in text]
        problems += [
            f"province not in the text: {p!r}"
            for p in gold["provinces"]
            if (norm(p) or "") not in text
        ]
    return problems


def _lint_gold(gold: dict[str, Any], problems: list[str], norm: Callable[[str], Any]) -> None:
    for key in ("article", "persons", "organizations", "provinces", "events", "awards"):
        if key not in gold:
            problems.append(f"gold lacks {key!r}")
            return
    problems += [
        f"not NFC: {s!r}" for s in _strings(gold) if not unicodedata.is_normalized("NFC", s)
    ]
    persons = {norm(p["name"]) for p in gold["persons"]}
    orgs = {norm(o["name"]) for o in gold["organizations"]}
    provinces = {norm(p) for p in gold["provinces"]}
    problems += [
        f"bad organization kind: {o}"
        for o in gold["organizations"]
        if o.get("kind") not in _ORG_KINDS
    ]
    refs = [p["organization"] for person in gold["persons"] for p in person["positions"]]
    for event in gold["events"]:
        if event.get("kind") not in _EVENT_KINDS:
            problems.append(f"bad event kind: {event.get('kind')!r}")
        if event.get("date") is not None and not _DATE.match(str(event["date"])):
            problems.append(f"bad event date: {event.get('date')!r}")
        problems += [
            f"participant not a person: {n!r}"
            for n in event.get("participants", [])
            if norm(n) not in persons
        ]
        refs.append(event.get("organizer"))
    for award in gold["awards"]:
        if award.get("status") not in _STATUSES:
            problems.append(f"bad award status: {award.get('status')!r}")
        if norm(award.get("recipient") or "") not in persons | orgs:
            problems.append(f"recipient not a person or organization: {award.get('recipient')!r}")
        refs.append(award.get("conferrer"))
    refs.append(gold["article"].get("publisher"))
    problems += [f"not in organizations: {r!r}" for r in refs if r and norm(r) not in orgs]
    problems += [
        f"organization's province not in provinces: {o['name']!r}"
        for o in gold["organizations"]
        if o.get("province") and norm(o["province"]) not in provinces
    ]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


_USAGE = (
    "usage: python -m justicekg.extract.corpus fill|check|lint DIR [PREFIX]\n"
    "       python -m justicekg.extract.corpus queries DIR\n"
    "       python -m justicekg.extract.corpus restore DIR ANSWER.json...\n"
)


def _restore_main(command: str, folder: str, answers: list[str]) -> int:
    from justicekg.extract.corpus_restore import restore, wanted_queries

    if command == "queries":
        wanted = wanted_queries(load_items(folder))
        for query, items in wanted.items():
            print(
                json.dumps(
                    {"query": query, "want": [[i.id, i.data.get("url")] for i in items]},
                    ensure_ascii=False,
                )
            )
        return 0
    try:
        done = restore(folder, answers)
    except ValueError as error:
        sys.stderr.write(f"{error}\n")
        return 2
    for ident in done.written:
        print(f"restored: {ident}")
    for ident in done.mismatched:
        text = Path(folder) / "texts" / f"{ident}.txt"
        print(f"excerpt differs from the hash, not written: {text} (from {done.sources[ident]})")
    print(f"{len(done.written)} restored, {len(done.mismatched)} mismatched")
    return 1 if done.mismatched else 0


def _main(argv: list[str]) -> int:
    if (argv[:1] == ["queries"] and len(argv) == 2) or (argv[:1] == ["restore"] and len(argv) >= 3):
        return _restore_main(argv[0], argv[1], argv[2:])
    if len(argv) not in {2, 3} or argv[0] not in {"fill", "check", "lint"}:
        sys.stderr.write(_USAGE)
        return 2
    command, folder, prefix = (*argv, "")[:3]
    if command == "fill":
        print(f"{fill(folder, prefix)} items filled")
        return 0
    if command == "lint":
        from justicekg.extract.evaluate import load_scorer

        norm = load_scorer().normalize
        bad = 0
        for item in load_items(folder):
            if not item.id.startswith(prefix):
                continue
            for problem in lint(item, norm):
                print(f"{item.path.name}: {problem}")
                bad += 1
        return 1 if bad else 0
    found = status(load_items(folder))
    for item in found.missing:
        print(f"missing text: {item.text_path} ({item.data.get('url')})")
    for item in found.mismatched:
        print(f"text differs from its hash: {item.text_path}")
    print(f"{len(found.present)} present, {len(found.missing)} missing")
    return 1 if found.missing or found.mismatched else 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
