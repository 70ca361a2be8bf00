"""The benchmarks' measures (bench/measures.py): percentiles and peak RSS written once, used by
every bench, computed as the benches computed them before they shared it."""

from __future__ import annotations

import ast
import doctest
import importlib.util
import os
import random
import statistics
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from justicekg.config import PROJECT_ROOT

BENCH = PROJECT_ROOT / "bench"


@pytest.fixture(scope="module")
def measures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("measures", BENCH / "measures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_doctests(measures: ModuleType) -> None:
    assert doctest.testmod(measures).failed == 0


@pytest.mark.parametrize("n", [1, 2, 3, 10, 19, 20, 21, 99, 100, 257])
def test_latency_is_what_scale_and_search_index_reported(measures: ModuleType, n: int) -> None:
    samples = [random.Random(n).expovariate(500) for _ in range(n)]
    ordered = sorted(samples)
    p95 = ordered[min(n - 1, round(0.95 * (n - 1)))]  # as bench/scale.py computed it
    expected = {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
    }
    assert measures.latency_ms(samples) == expected
    raw = measures.latency_ms(samples, digits=None)
    assert raw["p50_ms"] == statistics.median(ordered) * 1000 and raw["p95_ms"] == p95 * 1000


def test_peak_rss(measures: ModuleType) -> None:
    now = measures.rss_bytes()
    assert now > 0 and measures.peak_rss_bytes() > 0
    assert measures.peak_rss_of(os.getpid()) >= now  # (ru_maxrss is updated lazily: not >= now)
    child = subprocess.run([sys.executable, "-c", "x = bytearray(64 << 20)"], check=True)
    assert child.returncode == 0
    assert measures.peak_rss_bytes(children=True) >= 64 << 20
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert measures.peak_rss_of(gone.pid) == 0 and measures.rss_bytes(gone.pid) == 0


def _own_measures(path: Path) -> list[str]:
    """Where a bench reads its peak memory or computes a percentile by itself."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            (isinstance(node, ast.Attribute) and node.attr in ("ru_maxrss", "quantiles"))
            or (isinstance(node, ast.Constant) and node.value == 0.95)
            or (isinstance(node, ast.Constant) and str(node.value).startswith(("VmHWM", "VmRSS")))
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


@pytest.mark.parametrize("path", sorted(BENCH.glob("*.py")), ids=lambda p: p.name)
def test_benches_measure_with_the_shared_helpers(path: Path) -> None:
    if path.name != "measures.py":
        assert _own_measures(path) == [], "use bench/measures.py"


def test_the_shared_helpers_are_seen_by_the_check() -> None:
    assert len(_own_measures(BENCH / "measures.py")) >= 4
