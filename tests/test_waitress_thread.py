"""tests/waitress_thread.py: a waitress server started and stopped again and again in one process
leaves no thread behind and logs no error (waitress logs a failed request or socket at ERROR),
with connections kept alive or mid-request at the stop.

The browser fixtures used to stop their server with ``server.close()`` from the test's thread;
in one pytest process with the fast suite, the server thread then sometimes died of
``OSError: [Errno 9] Bad file descriptor``, charged to the next test.
"""

from __future__ import annotations

import http.client
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from waitress_thread import serving

ROUNDS = 20


def _app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    if environ["PATH_INFO"] == "/slow":
        time.sleep(0.1)
    body = b"ok " + environ["PATH_INFO"].encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


@pytest.fixture
def thread_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Exceptions that end a thread, as the thread's name and the exception."""
    seen: list[str] = []

    def hook(args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread else "?"
        seen.append(f"{name}: {args.exc_type.__name__}: {args.exc_value}")

    monkeypatch.setattr(threading, "excepthook", hook)
    yield seen


def _connect(url: str) -> http.client.HTTPConnection:
    port = urlsplit(url).port
    assert port
    return http.client.HTTPConnection("127.0.0.1", port, timeout=10)


def test_start_and_stop_again_and_again(
    thread_errors: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    before = set(threading.enumerate())
    for _ in range(ROUNDS):
        answers: list[bytes] = []
        with serving(_app) as url:
            kept = _connect(url)  # a client that keeps its connection open, as a browser does
            kept.request("GET", "/kept")
            assert kept.getresponse().read() == b"ok /kept"

            def slow(url: str = url, answers: list[bytes] = answers) -> None:
                conn = _connect(url)
                conn.request("GET", "/slow")
                answers.append(conn.getresponse().read())
                conn.close()

            in_flight = threading.Thread(target=slow)
            in_flight.start()
            time.sleep(0.05)  # the request is in the app when the stop begins
        # What the next test does: open files and sockets, which reuse the freed descriptors.
        others = [open(__file__, "rb") for _ in range(4)]
        time.sleep(0.01)
        for f in others:
            f.close()
        in_flight.join(10)
        kept.close()
        assert answers == [b"ok /slow"], "the request in progress at the stop was not answered"
    time.sleep(0.2)  # a loop thread still running would trip on the closed descriptors by now
    assert thread_errors == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    left = sorted(t.name for t in set(threading.enumerate()) - before if t.is_alive())
    assert left == [], f"{len(left)} threads left running after {ROUNDS} stops: {left[:8]}"
