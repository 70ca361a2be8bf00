"""``justicekg.web.serve`` as a real server: several HTTP processes, time limit, clean shutdown."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from web_support import free_port, wait_serving

from justicekg.store.oxigraph import OxigraphStore

pytestmark = pytest.mark.slow


def _start(code: str, log: Path) -> subprocess.Popen[bytes]:
    """``python -c code`` with its stderr in ``log`` (for ``wait_serving`` to show)."""
    with log.open("wb") as err:
        return subprocess.Popen([sys.executable, "-c", code], stderr=err)


HEAVY = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . "
    "?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa }"
)


def test_serve_read_only_processes_and_shutdown(tmp_path: Path) -> None:
    store = OxigraphStore(str(tmp_path / "store"))
    store.update("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> 1 } <urn:s> <urn:p> 1 }")
    store.update("INSERT DATA { " + " ".join(f"<urn:s{i}> <urn:p> {i} ." for i in range(60)) + " }")
    store.close()
    port = free_port()
    code = (
        "from justicekg.config import Settings\n"
        "from justicekg.web import serve\n"
        f"serve(Settings(store={str(tmp_path / 'store')!r}, port={port}, workers=2, "
        "query_timeout=2, articles_dir='/nonexistent'))\n"
    )
    proc = _start(code, tmp_path / "serve.log")
    try:
        wait_serving(f"http://127.0.0.1:{port}/sparql", proc, tmp_path / "serve.log", 60)
        base = f"http://127.0.0.1:{port}/sparql?query="
        with urllib.request.urlopen(base + quote("ASK{?s ?p 1}"), timeout=10) as r:
            assert r.read() == b'{"head":{},"boolean":true}'
        outcome: dict[str, object] = {}

        def runaway() -> None:
            start = time.monotonic()
            try:
                # English asked for: the check reads the timeout message's wording
                heavy = urllib.request.Request(
                    base + quote(HEAVY), headers={"Accept-Language": "en"}
                )
                urllib.request.urlopen(heavy, timeout=30)
            except urllib.error.HTTPError as exc:
                outcome.update(status=exc.code, body=exc.read(), took=time.monotonic() - start)

        slow = threading.Thread(target=runaway)
        slow.start()
        time.sleep(0.3)
        for text in ("SELECT ?o { <urn:s> <urn:p> ?o }", "ASK { ?s <urn:p> 59 }"):
            start = time.monotonic()  # other clients are served meanwhile, both paths
            with urllib.request.urlopen(base + quote(text), timeout=10) as r:
                assert r.status == 200
            assert time.monotonic() - start < 1.5
        slow.join(timeout=30)
        assert outcome["status"] == 503 and b"stopped" in outcome["body"]  # type: ignore[operator]
        assert 1.5 < outcome["took"] < 10  # type: ignore[operator]
        with urllib.request.urlopen(base + quote("ASK { ?s <urn:p> 59 }"), timeout=10) as r:
            assert r.read() == b'{"head":{},"boolean":true}'  # the killed worker was replaced
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    time.sleep(1)
    with socket.socket() as s:  # nothing is left listening (TIME_WAIT leftovers are fine)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
    assert os.path.exists(tmp_path / "store")


def test_serve_with_an_update_token_takes_updates(tmp_path: Path) -> None:
    OxigraphStore(str(tmp_path / "store")).close()
    port = free_port()
    code = (
        "from justicekg.config import Settings\n"
        "from justicekg.web import serve\n"
        f"serve(Settings(store={str(tmp_path / 'store')!r}, port={port}, workers=2, "
        "update_token='t0ken', articles_dir='/nonexistent'))\n"
    )
    proc = _start(code, tmp_path / "serve.log")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_serving(base + "/sparql", proc, tmp_path / "serve.log", 60)
        update = b"update=" + quote("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> 7 } }").encode()
        refused = urllib.request.Request(base + "/update", data=update, method="POST")
        try:
            urllib.request.urlopen(refused, timeout=10)
            raise AssertionError("an update without the token was accepted")
        except urllib.error.HTTPError as exc:
            assert exc.code == 401
        ok = urllib.request.Request(
            base + "/update", data=update, headers={"Authorization": "Bearer t0ken"}, method="POST"
        )
        with urllib.request.urlopen(ok, timeout=10) as r:
            assert r.status == 204
        for text in ("ASK { <urn:s> <urn:p> 7 }", "ASK { ?s <urn:p> 7 }"):  # lookup and pooled
            url = base + "/sparql?query=" + quote(text)
            with urllib.request.urlopen(url, timeout=10) as r:
                assert r.read() == b'{"head":{},"boolean":true}', text
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
