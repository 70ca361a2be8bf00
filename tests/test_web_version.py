"""Issue 10, item 5: a running server reflects writes made by another process within seconds."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from justicekg.config import PROJECT_ROOT, Settings
from justicekg.pipeline import ingest_paths
from justicekg.store.oxigraph import OxigraphStore
from justicekg.web import create_app

NEW_ARTICLE = """Sở Tư pháp tỉnh Cà Mau tổng kết công tác năm 2023

Ngày 20-12-2023, tại Cà Mau, Sở Tư pháp tỉnh Cà Mau tổ chức hội nghị tổng kết công tác tư pháp.
Ông Phạm Quốc Khánh – Giám đốc Sở Tư pháp tỉnh Cà Mau chủ trì hội nghị.
"""


def _counts(html: str) -> tuple[int, int]:
    # "<articles> bài viết · <entities> thực thể" (numbers grouped the Vietnamese way: 1.234)
    m = re.search(r"([\d.]+) bài viết · ([\d.]+) thực thể", html)
    assert m, html[:1500]
    return int(m.group(2).replace(".", "")), int(m.group(1).replace(".", ""))


def test_issue10_05_server_sees_an_ingest_from_another_process(tmp_path: Path) -> None:
    path = tmp_path / "store"
    settings = Settings(store=f"oxigraph:{path}")
    writer = OxigraphStore(settings.store)
    ingest_paths(writer, [PROJECT_ROOT / "data" / "articles" / "seed.txt"], settings)
    writer.close()
    del writer

    # As a `justicekg serve` worker: the store open read-only, queries in this process.
    reader = OxigraphStore(settings.store, read_only=True)
    app = create_app({"TESTING": True, "SETTINGS": settings, "STORE": reader})
    app.config["QUERY_PROCESSES"] = 0
    client = app.test_client()
    home = client.get("/")
    triples, graphs = _counts(home.get_data(as_text=True))
    assert "Khánh" not in client.get("/search?q=pham+quoc+khanh").get_data(as_text=True)
    browse_before = client.get("/browse/person").get_data(as_text=True)
    data = client.get("/data/province/" + _province_slug(client) + ".ttl")
    stamp = data.headers["Last-Modified"]
    assert client.get(data.request.path, headers={"If-Modified-Since": stamp}).status_code == 304

    article = tmp_path / "in" / "camau-2023.txt"
    article.parent.mkdir()
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "justicekg", "ingest", "--store", settings.store, str(article)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr

    deadline = time.monotonic() + 30
    while True:
        html = client.get("/").get_data(as_text=True)
        if _counts(html)[1] == graphs + 1 or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert _counts(html)[1] == graphs + 1
    assert _counts(html)[0] > triples  # more entities
    assert "Khánh" in client.get("/search?q=pham+quoc+khanh").get_data(as_text=True)
    assert client.get("/browse/person").get_data(as_text=True) != browse_before
    again = client.get(data.request.path, headers={"If-Modified-Since": stamp})
    assert again.status_code == 200
    assert again.headers["Last-Modified"] != stamp


def _province_slug(client: object) -> str:
    html = client.get("/browse/province").get_data(as_text=True)  # type: ignore[attr-defined]
    m = re.search(r'href="/page/province/([^"?#]+)"', html)
    assert m, html[:1000]
    return m.group(1)


def test_issue10_05_version_checks_are_rate_limited(tmp_path: Path) -> None:
    from justicekg.web.version import StoreVersion

    class Counting:
        path = None

        def __init__(self) -> None:
            self.inner = OxigraphStore("memory:")
            self.calls = 0

        def graph_names(self) -> list[str]:
            self.calls += 1
            return []

        def query(self, *args: object, **kwargs: object) -> object:
            return self.inner.query(*args, **kwargs)  # type: ignore[arg-type]

    store = Counting()
    version = StoreVersion(store, Settings(store="memory:"))
    first = store.calls
    for _ in range(50):
        version.check()
    assert store.calls - first <= 1


@pytest.mark.parametrize(
    "update", ["INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/p> 1 } }"]
)
def test_issue10_05_update_moves_last_modified(update: str) -> None:
    app = create_app({"TESTING": True, "STORE_URL": "memory:", "UPDATE_TOKEN": "t"})
    client = app.test_client()
    before = client.get("/ontology.ttl").headers["Last-Modified"]
    r = client.post(
        "/update",
        data={"update": update},
        headers={"Authorization": "Bearer t"},
    )
    assert r.status_code in (200, 204), r.get_data(as_text=True)
    after = client.get("/ontology.ttl", headers={"If-Modified-Since": before})
    assert after.status_code == 200
