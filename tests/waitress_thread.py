"""A WSGI app served by waitress in a thread of the test process, and stopped in order.

``server.close()`` called from the test's thread is not a shutdown: it closes the listening
socket and waitress's trigger pipe while the server thread may be inside ``select()`` on them,
leaves the connections a client kept alive in the loop's map (so the loop goes on, on closed or
reused file descriptors) and never stops the request threads. The loop thread then dies of
``OSError: [Errno 9] Bad file descriptor``, which pytest charges to whatever test runs next.

:func:`serving` stops the request threads first (a request in progress finishes: the loop is
still there to send its answer), then closes every socket on the loop thread itself, through
the trigger, which empties the map so that ``run()`` returns, joins that thread, and only then
closes the trigger's pipe.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: How long a stop may take before it is a failure (a request in progress has this long).
STOP_TIMEOUT = 10.0


@contextmanager
def serving(app: Any, *, threads: int = 4) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 on a free port; yield its base URL; stop in order on exit.

    Raises:
        RuntimeError: the server thread was still running ``STOP_TIMEOUT`` s after the stop.
    """
    import waitress.server

    server: Any = waitress.server.create_server(app, host="127.0.0.1", port=0, threads=threads)
    thread = threading.Thread(target=server.run, name="waitress-loop", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        stop(server, thread)


def stop(server: Any, thread: threading.Thread) -> None:
    """Stop a waitress server whose ``run()`` is running in ``thread``, and join that thread."""
    from waitress import wasyncore
    from waitress.channel import HTTPChannel

    # 1. No more requests: the request threads finish what they hold and exit (joined here).
    server.task_dispatcher.shutdown(cancel_pending=True, timeout=STOP_TIMEOUT)

    # 2. Every connection and the listening socket are closed by the thread that polls them, in
    #    a thunk run through the trigger; emptying the map ends the loop. The trigger itself is
    #    only taken out of the map there: this thread may still be writing to it (the loop can
    #    run the thunk, woken by another pull, before ``pull_trigger`` has written its byte).
    def close_all() -> None:
        for dispatcher in list(server._map.values()):
            if isinstance(dispatcher, HTTPChannel):
                dispatcher.handle_close()  # also wakes a request thread waiting to write
            elif dispatcher is not server.trigger:
                wasyncore.dispatcher.close(dispatcher)  # the listening socket
        server._map.clear()

    if thread.is_alive():
        server.trigger.pull_trigger(close_all)
        thread.join(STOP_TIMEOUT)
        if thread.is_alive():
            raise RuntimeError(f"the waitress thread still runs {STOP_TIMEOUT} s after the stop")
    # 3. The loop is gone (or died earlier): nothing else touches these descriptors now.
    close_all()
    server.close()  # the trigger's pipe
