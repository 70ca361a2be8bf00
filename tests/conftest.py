"""Shared fixtures: settings, an in-memory store, the CLI runner, paths to bundled data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from justicekg.config import PROJECT_ROOT, Settings
from justicekg.extract.learn.active import NONE, switched_on
from justicekg.store.oxigraph import OxigraphStore

SHARED_EVAL = PROJECT_ROOT.parent / "shared" / "eval"
ARTICLES = PROJECT_ROOT / "data" / "articles"


@pytest.fixture(scope="session", autouse=True)
def _english_cli() -> Iterator[None]:
    """The CLI tests were written against the English catalogue: run the command line in
    English (``JUSTICEKG_LANG=en``), for the whole session (module fixtures ingest through the
    CLI too). ``tests/test_cli_messages.py`` drops it to check the Vietnamese default."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUSTICEKG_LANG", "en")
        yield


@pytest.fixture(autouse=True)
def _rules_only(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test marked ``rules_only`` (``pytestmark = pytest.mark.rules_only`` in the modules of
    the rules' own tests on invented pages) runs the rules alone: the learned components off
    (``--learned none``), whatever ``active.DEFAULT`` holds. The rules are the candidate
    generator the learned components refine, and these tests say what the rules read; the
    whole default extraction is tested elsewhere (eval sets a-f, the kit, golden, CLI, web)."""
    if request.node.get_closest_marker("rules_only") is None:
        yield
        return
    with switched_on(NONE):
        yield


@pytest.fixture
def settings() -> Settings:
    return Settings(store="memory:")


@pytest.fixture
def store() -> Iterator[OxigraphStore]:
    s = OxigraphStore("memory:")
    yield s


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seed_article() -> Path:
    return ARTICLES / "seed.txt"
