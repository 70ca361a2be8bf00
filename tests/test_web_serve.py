"""``justicekg.web.serve`` as a real server: several HTTP processes, clean shutdown."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from justicekg.store.oxigraph import OxigraphStore

pytestmark = pytest.mark.slow


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_read_only_processes_and_shutdown(tmp_path: Path) -> None:
    store = OxigraphStore(str(tmp_path / "store"))
    store.update("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> 1 } <urn:s> <urn:p> 1 }")
    store.close()
    port = _port()
    code = (
        "from justicekg.config import Settings\n"
        "from justicekg.web import serve\n"
        f"serve(Settings(store={str(tmp_path / 'store')!r}, port={port}, workers=2, "
        "articles_dir='/nonexistent'))\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code])
    try:
        url = f"http://127.0.0.1:{port}/sparql?query=ASK%7B%3Fs%20%3Fp%201%7D"
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as r:
                    assert r.read() == b'{"head":{},"boolean":true}'
                    break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.3)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    time.sleep(1)
    with socket.socket() as s:  # nothing is left listening (TIME_WAIT leftovers are fine)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
    assert os.path.exists(tmp_path / "store")
