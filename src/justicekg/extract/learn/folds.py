"""The development corpus as training data: items with their texts, split into folds."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from justicekg.errors import ConfigError
from justicekg.extract.corpus import load_items

FOLDS = 5


@dataclass(frozen=True, slots=True)
class Example:
    """One corpus item ready for training: its id, text and gold report (and its text file,
    which extraction reads: the document is built from it as :func:`extract_file` builds it)."""

    id: str
    url: str | None
    text: str
    gold: dict[str, Any]
    path: Path | None = None

    @property
    def fold(self) -> int:
        return fold_of(self.id)


def fold_of(item_id: str, folds: int = FOLDS) -> int:
    """The fold of an item, fixed by its id's hash (stable across runs and machines).

    >>> fold_of("r101") == fold_of("r101")
    True
    >>> 0 <= fold_of("r101") < FOLDS
    True
    """
    return int(hashlib.sha256(item_id.encode("utf-8")).hexdigest(), 16) % folds


def load_examples(
    folder: str | Path, *, part: str | None = "dev", exclude: Collection[str] = ()
) -> list[Example]:
    """The items of a corpus folder whose text is present (only the ``part`` when given),
    less those whose id is in ``exclude`` (held out for another judgement: ``--exclude``).

    Raises:
        ConfigError: no item of the folder has its text (or every one is excluded).
    """
    examples = []
    for item in load_items(folder, part=part):
        if item.id in exclude or not item.text_path.is_file():
            continue
        text = item.text_path.read_text(encoding="utf-8")
        examples.append(
            Example(item.id, item.data.get("url"), text, item.data["gold"], item.text_path)
        )
    if not examples:
        from justicekg.catalogue import Message  # (babel, only for the error)

        raise ConfigError(
            Message("learn_no_texts"),
            where=str(Path(folder) / "texts"),
            hint=Message("learn_no_texts_hint"),
        )
    return examples


def unknown_ids(folder: str | Path, ids: Collection[str]) -> list[str]:
    """The ids of ``ids`` that name no item of ``folder`` (of any part), sorted: a typo in an
    ``--exclude`` file leaves out nothing."""
    known = {item.id for item in load_items(folder)}
    return sorted(i for i in ids if i not in known)


def warn_unknown_ids(folder: str | Path, ids: Collection[str], lang: str) -> None:
    """Name on stderr the ids of ``ids`` (``--exclude``) that match no item of ``folder``."""
    unknown = unknown_ids(folder, ids)
    if unknown:
        from justicekg.catalogue import gettext  # (babel, only for the warning)

        print(
            gettext("learn_exclude_unknown", lang, n=len(unknown), ids=", ".join(unknown)),
            file=sys.stderr,
        )


def split(examples: list[Example], fold: int) -> tuple[list[Example], list[Example]]:
    """(training items, held-out items) for one fold."""
    train = [e for e in examples if e.fold != fold]
    held = [e for e in examples if e.fold == fold]
    return train, held
