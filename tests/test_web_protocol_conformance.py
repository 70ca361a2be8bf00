"""``../shared/conformance/protocol.py`` against a real ``justicekg serve`` on loopback, with
the W3C dataset fixture and the update endpoint, destructive checks included (they run on the
throw-away in-memory copy that ``load_fixture`` serves).

``protocol.py`` sends no ``Authorization`` header, and ``/update`` takes none without the bearer
token: a loopback relay in front of the server adds the token to every request and passes
everything else (method, path, headers, body) through unchanged.
"""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from web_support import free_port, wait_serving

from justicekg.config import PROJECT_ROOT

KIT = PROJECT_ROOT.parent / "shared" / "conformance"
PROTOCOL = KIT / "protocol.py"
FIXTURE = KIT / "fixtures" / "protocol-fixture.trig"
TOKEN = "conformance-token"

pytestmark = pytest.mark.skipif(
    not PROTOCOL.exists(), reason="needs ../shared/conformance/protocol.py"
)


def _relay(target_port: int) -> ThreadingHTTPServer:
    class Relay(BaseHTTPRequestHandler):
        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host",)}
            headers["Authorization"] = f"Bearer {TOKEN}"
            conn = http.client.HTTPConnection("127.0.0.1", target_port, timeout=60)
            conn.request(self.command, self.path, body=body, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            conn.close()
            self.send_response(answer.status)
            for key, value in answer.getheaders():
                if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def do_GET(self) -> None:
            self._forward()

        def do_POST(self) -> None:
            self._forward()

        def do_PUT(self) -> None:
            self._forward()

        def do_DELETE(self) -> None:
            self._forward()

        def do_HEAD(self) -> None:
            self._forward()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Relay)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("protocol")
    port = free_port()
    env = dict(
        os.environ,
        JUSTICEKG_UPDATE_TOKEN=TOKEN,
        JUSTICEKG_LOAD_FIXTURE=str(FIXTURE),
        JUSTICEKG_STORE=str(root / "store"),
    )
    log = (root / "serve.log").open("wb")
    cli = [sys.executable, "-m", "justicekg", "serve", "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cli, env=env, stdout=subprocess.DEVNULL, stderr=log)
    relay = None
    try:
        wait_serving(f"http://127.0.0.1:{port}/sparql", proc, root / "serve.log")
        relay = _relay(port)
        yield f"http://127.0.0.1:{relay.server_address[1]}"
    finally:
        if relay is not None:
            relay.shutdown()
            relay.server_close()
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def test_protocol_with_update_and_dataset_fixture(endpoint: str, tmp_path: Path) -> None:
    out = tmp_path / "protocol.json"
    args = [sys.executable, str(PROTOCOL), "--endpoint", endpoint + "/sparql"]
    args += ["--update", endpoint + "/update", "--destructive", "--json-out", str(out)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    report = json.loads(out.read_text(encoding="utf-8"))
    results = report["results"]
    failed = [r for r in results if r["status"] == "FAIL"]
    skipped = [r for r in results if r["status"] == "SKIP"]
    assert not failed, "\n".join(f"{r['check']}: {r['reason']}" for r in failed)
    assert not skipped, [r["check"] for r in skipped]  # the fixture and update were present
    passed = sum(r["status"] == "PASS" for r in results)
    assert passed >= 70 and done.returncode == 0
    assert done.stdout.rstrip().endswith(f"protocol {passed}/{passed} passed")
