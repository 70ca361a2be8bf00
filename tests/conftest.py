"""Shared fixtures: settings, an in-memory store, the CLI runner, paths to bundled data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from justicekg.config import PROJECT_ROOT, Settings
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
