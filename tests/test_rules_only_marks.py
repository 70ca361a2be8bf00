"""Every module of the rules' own tests on invented pages carries the ``rules_only`` mark.

Those tests say what the rules read (the candidate generator the learned components refine);
``conftest._rules_only`` runs them with the learned components off whatever ``active.DEFAULT``
holds. A new module of a rules family that forgot the mark would silently test the default
extraction instead, and would start failing the day a model is switched on by default.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_TESTS = Path(__file__).parent
#: the file name prefixes of the rules' own test modules
_RULES_FAMILIES = ("test_extract_family_", "test_extract_general", "test_extract_real_")
_MARK = "pytestmark = pytest.mark.rules_only"


def _rules_modules() -> list[Path]:
    return sorted(p for p in _TESTS.glob("test_extract_*.py") if p.name.startswith(_RULES_FAMILIES))


def test_there_are_rules_modules() -> None:
    assert len(_rules_modules()) > 100


@pytest.mark.parametrize("path", _rules_modules(), ids=lambda p: p.stem)
def test_a_rules_module_is_marked_rules_only(path: Path) -> None:
    assert _MARK in path.read_text(encoding="utf-8"), f"{path.name}: add `{_MARK}`"
