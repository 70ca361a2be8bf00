"""What the benchmarks measure, computed one way for all of them: latency percentiles and peak
resident memory (RSS) of this process, of its children or of another live process.

Linux only, as the benchmarks are: ``ru_maxrss`` is in KiB, ``/proc/<pid>/status`` is read.

>>> latency_ms([0.003, 0.001, 0.002, 0.004])
{'p50_ms': 2.5, 'p95_ms': 4.0}
>>> percentile([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0], 0.95)
10.0
"""

from __future__ import annotations

import resource
import statistics
from collections.abc import Iterable
from pathlib import Path


def percentile(ordered: list[float], q: float) -> float:
    """The sample at rank ``round(q * (n - 1))`` of ``ordered`` (sorted, not empty): the
    nearest rank, never an interpolated value."""
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def latency_ms(samples: Iterable[float], *, digits: int | None = 2) -> dict[str, float]:
    """The median and the 95th :func:`percentile` of ``samples`` (seconds) in milliseconds,
    as ``p50_ms`` and ``p95_ms``, rounded to ``digits`` (None: not rounded)."""
    ordered = sorted(samples)
    p50 = statistics.median(ordered) * 1000
    p95 = percentile(ordered, 0.95) * 1000
    if digits is None:
        return {"p50_ms": p50, "p95_ms": p95}
    return {"p50_ms": round(p50, digits), "p95_ms": round(p95, digits)}


def peak_rss_bytes(*, children: bool = False) -> int:
    """The peak resident size of this process, in bytes (``children``: the largest of its
    children that have been waited for, and of theirs)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss * 1024


def peak_rss_of(pid: int) -> int:
    """The largest resident size a live process has had (``VmHWM``), in bytes (0: gone)."""
    return _status_bytes(pid, "VmHWM")


def rss_bytes(pid: int | str = "self") -> int:
    """The resident size of a process now (``VmRSS``), in bytes (0: gone)."""
    return _status_bytes(pid, "VmRSS")


def _status_bytes(pid: int | str, field: str) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    return 0
