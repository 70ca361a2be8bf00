"""Helpers shared by the web tests: a store ingested once from the bundled and hostile articles."""

from __future__ import annotations

import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from functools import cache
from pathlib import Path

from justicekg.config import PROJECT_ROOT, Settings
from justicekg.store.oxigraph import OxigraphStore

ARTICLES = PROJECT_ROOT / "data" / "articles"

HOSTILE = """Sở Tư pháp tỉnh Thanh Hóa <script>alert("xss")</script>

Hội nghị <img src=x onerror=alert(1)> tổng kết năm 2023

Ngày 15-12-2023, tại Thanh Hóa, Sở Tư pháp tỉnh Thanh Hóa tổ chức hội nghị tổng kết.
Ông Nguyễn Văn An <script>document.title="pwned"</script> – Giám đốc Sở Tư pháp tỉnh Thanh Hóa
chủ trì hội nghị. Bà Trần Thị Bình – Phó Giám đốc Sở Tư pháp tỉnh Thanh Hóa phát biểu.
"""


@cache
def ingested_store(workdir: str) -> OxigraphStore:
    """An in-memory store holding the seed article and a hostile one (built once per run)."""
    from justicekg.pipeline import ingest_paths

    folder = Path(workdir)
    folder.mkdir(parents=True, exist_ok=True)
    for f in ARTICLES.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    store = OxigraphStore("memory:")
    ingest_paths(store, [folder], Settings(store="memory:"))
    return store


def first_link(html: str, prefix: str) -> str:
    m = re.search(r'href="(' + re.escape(prefix) + r'[^"?#]+)"', html)
    assert m, f"no link starting with {prefix}"
    return m.group(1)


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_serving(url: str, proc: subprocess.Popen[bytes], log: Path, seconds: float = 90) -> None:
    """Wait until ``justicekg serve`` at ``url`` (its ``/sparql``) answers an ``ASK {}``; fail
    with its log when the process ends or ``seconds`` pass first."""
    deadline = time.time() + seconds
    while True:
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=5).read()
            return
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                err = log.read_text(errors="replace")
                raise AssertionError(f"justicekg serve did not start:\n{err}") from None
            time.sleep(0.3)


def stop_serving(proc: subprocess.Popen[bytes]) -> None:
    """Stop a ``justicekg serve`` process: SIGTERM, then SIGKILL if it is still running after
    20 s."""
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
