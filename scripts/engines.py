"""Start real SPARQL servers on 127.0.0.1 for justicekg's ``http(s)://`` store.

The project's copy of the recipe measured in ``../shared/engines/`` (Debian 12, as root):

* **Oxigraph server 0.5** — the ``oxigraph`` binary of the PyPI wheel ``oxigraph`` (the
  ``bench`` extra): ``oxigraph serve --location DIR --bind 127.0.0.1:PORT``. Query ``/query``,
  update ``/update``, Graph Store ``/store``.
* **Virtuoso Open Source 7.2** — Debian ``virtuoso-opensource``, a private instance with its
  own ini and database under DIR. Query and update ``/sparql``, Graph Store
  ``/sparql-graph-crud``. A new database's ``dba`` password is ``dba``; SPARQL updates over
  HTTP need ``grant SPARQL_UPDATE to "SPARQL"`` (done here).

Usage (ports are free ones unless given)::

    python scripts/engines.py install          # apt-get virtuoso-opensource; pip oxigraph
    python scripts/engines.py start DIR        # prints the justicekg settings for each engine
    python scripts/engines.py stop DIR

From Python (the ``engines`` tests and ``bench/engines.py``)::

    with start_oxigraph(folder) as engine:
        store = open_store(engine.url, settings=engine.settings(Settings()))
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
DBA_PASSWORD = "jkgdba"


@dataclass
class Engine:
    """A running server: its name, PID, and the justicekg store settings that reach it."""

    name: str
    pid: int
    folder: Path
    #: justicekg settings (field → value) for this server, e.g. ``update_url``
    options: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return self.options["store"]

    def settings(self, base: Any) -> Any:
        """``base`` (a justicekg ``Settings``) pointed at this server."""
        return base.replace(**self.options)

    def env(self) -> dict[str, str]:
        """The ``JUSTICEKG_*`` environment variables that point justicekg at this server."""
        return {f"JUSTICEKG_{k.upper()}": v for k, v in self.options.items()}

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        for _ in range(100):
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                return
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, os.WNOHANG)
            time.sleep(0.1)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait_http(url: str, seconds: float, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode}): {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"timeout waiting for {url}; log: {log}")


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server binary: beside this Python, else on PATH."""
    beside = Path(sysconfig.get_path("scripts")) / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t") if VIRTUOSO_INI.exists() else None


def start_oxigraph(folder: Path, *, port: int | None = None) -> Engine:
    """Oxigraph server on 127.0.0.1 with a persistent store in ``folder/oxdata`` (≈0.1 s)."""
    binary = oxigraph_binary()
    if binary is None:
        raise RuntimeError("no oxigraph binary: pip install oxigraph")
    port = port or free_port()
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "oxigraph.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [binary, "serve", "--location", str(folder / "oxdata"), "--bind", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    (folder / "oxigraph.pid").write_text(str(proc.pid))
    base = f"http://127.0.0.1:{port}"
    _wait_http(base + "/", 30, proc, log)
    options = {
        "store": base + "/query",
        "update_url": base + "/update",
        "graph_store_url": base + "/store",
    }
    return Engine("oxigraph", proc.pid, folder, options, proc)


def _isql(sql_port: int, password: str, sql: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["isql-vt", f"127.0.0.1:{sql_port}", "dba", password, f"exec={sql}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def start_virtuoso(
    folder: Path,
    *,
    port: int | None = None,
    sql_port: int | None = None,
    digest_user: str = "",
    digest_password: str = "",
) -> Engine:
    """A private Virtuoso instance on 127.0.0.1 with its database in ``folder/virt`` (≈4 s).

    The anonymous ``SPARQL`` user is granted updates on ``/sparql``; with ``digest_user``, a
    user with SPARQL update rights is also created, for ``/sparql-auth`` (HTTP digest).
    """
    binary = virtuoso_binary()
    if binary is None:
        raise RuntimeError("no virtuoso-t: apt-get install virtuoso-opensource")
    folder = folder.resolve()
    port = port or free_port()
    sql_port = sql_port or free_port()
    db = folder / "virt"
    db.mkdir(parents=True, exist_ok=True)
    ini = []
    for line in VIRTUOSO_INI.read_text().splitlines():
        line = line.replace("/var/lib/virtuoso-opensource-7/db/", f"{db}/")
        key = line.split("=", 1)[0].strip()
        if key == "ServerPort" and line.split("=", 1)[1].strip().startswith("1111"):
            line = f"ServerPort = 127.0.0.1:{sql_port}"
        elif key == "ServerPort" and line.split("=", 1)[1].strip().startswith("8890"):
            line = f"ServerPort = 127.0.0.1:{port}"
        elif key == "DefaultHost":
            line = f"DefaultHost = 127.0.0.1:{port}"
        ini.append(line)
    (db / "virtuoso.ini").write_text("\n".join(ini) + "\n")
    log = folder / "virtuoso.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(db / "virtuoso.ini")],
            cwd=db,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    (folder / "virtuoso.pid").write_text(str(proc.pid))
    base = f"http://127.0.0.1:{port}"
    _wait_http(base + "/sparql", 120, proc, log)
    _isql(sql_port, "dba", f"SET PASSWORD dba {DBA_PASSWORD};")
    sql = 'grant SPARQL_UPDATE to "SPARQL";'
    if digest_user:
        sql += (
            f"DB.DBA.USER_CREATE('{digest_user}', '{digest_password}');"
            f'grant SPARQL_UPDATE to "{digest_user}";'
        )
    done = _isql(sql_port, DBA_PASSWORD, sql + " checkpoint;")
    if done.returncode != 0:
        raise RuntimeError(f"isql-vt failed: {done.stdout}{done.stderr}")
    options = {"store": base + "/sparql", "graph_store_url": base + "/sparql-graph-crud"}
    return Engine("virtuoso", proc.pid, folder, options, proc)


ENGINES = {"oxigraph": start_oxigraph, "virtuoso": start_virtuoso}


def install() -> None:
    """Oxigraph server from PyPI (into this Python), Virtuoso from Debian."""
    if oxigraph_binary() is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "oxigraph"], check=True)
    if virtuoso_binary() is None:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "virtuoso-opensource"],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )


def main(argv: list[str]) -> int:
    if len(argv) < 1 or argv[0] not in ("install", "start", "stop"):
        print(__doc__)
        return 2
    if argv[0] == "install":
        install()
        return 0
    folder = Path(argv[1] if len(argv) > 1 else "var/engines").resolve()
    if argv[0] == "stop":
        for name in ENGINES:
            pid_file = folder / name / f"{name}.pid"
            if pid_file.exists():
                Engine(name, int(pid_file.read_text()), folder).stop()
                pid_file.unlink()
                print(f"stopped {name}")
        return 0
    for name, start in ENGINES.items():
        engine = start(folder / name)
        print(json.dumps({"engine": name, "pid": engine.pid, **engine.env()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
