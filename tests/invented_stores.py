"""Stores built from the small invented articles of ``tests/data/<folder>/`` (tenure, awards,
mergers), and reading them back."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from justicekg.cli import main
from justicekg.store.oxigraph import OxigraphStore

DATA = Path(__file__).parent / "data"


def ingest_invented(tmp_path_factory: pytest.TempPathFactory, folder: str) -> Path:
    """A fresh on-disk store holding every article of ``tests/data/<folder>/``."""
    path = tmp_path_factory.mktemp(folder) / "store"
    files = sorted(map(str, (DATA / folder).glob("*.txt")))
    result = CliRunner().invoke(main, ["ingest", *files, "--store", str(path)])
    assert result.exit_code == 0 and "0 rejected" in result.output, result.output
    return path


def select(store_dir: Path, query: str) -> list[tuple[str, ...]]:
    """The rows of a SELECT on the store, each value as a string ("" when unbound)."""
    store = OxigraphStore(str(store_dir), read_only=True)
    try:
        results = store.query(query)
        names = [v.value for v in results.variables]
        return [tuple(s[n].value if s[n] is not None else "" for n in names) for s in results]
    finally:
        store.close()
