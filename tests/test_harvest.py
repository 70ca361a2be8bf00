"""`justicekg harvest` against a fixture site on 127.0.0.1, then `justicekg ingest` of its WARCs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from harvest_site import (
    ARTICLE_PATHS,
    CP1258_PAGE,
    DUPLICATE,
    FLAKY,
    OLD_URL,
    PRIVATE,
    TCVN_PAGE,
    TOO_MANY,
    SiteServer,
)

from justicekg.cli import main
from justicekg.harvest.warcs import iter_records

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


def _harvest(runner: CliRunner, base: str, out: Path, *extra: str) -> str:
    result = runner.invoke(main, ["harvest", base, "--out", str(out), "--delay", "0", *extra])
    assert result.exit_code == 0, result.output
    return result.output


def _article_records(out: Path) -> list[str]:
    return [
        r.url
        for warc in sorted(out.glob("*.warc.gz"))
        for r in iter_records(warc)
        if r.role == "article" and r.record_type == "response"
    ]


def _stored_urls(store: Path) -> set[str]:
    db = ox.Store.read_only(str(store))
    rows = db.query("SELECT DISTINCT ?url WHERE { GRAPH ?g { ?a <https://schema.org/url> ?url } }")
    return {row["url"].value for row in rows}  # type: ignore[index,union-attr]


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_harvest_then_ingest_stores_one_graph_per_article_page(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "harvest"
    with SiteServer() as site:
        output = _harvest(runner, site.base, out)
        base = site.base
        log = list(site.log)
    assert "10 page(s) stored" in output and "1 duplicate(s)" in output
    assert "1 disallowed by robots.txt" in output
    # the disallowed page was never requested; robots.txt was read first
    paths = [path for path, _headers in log]
    assert PRIVATE not in paths and paths[0] == "/robots.txt"
    # 429 with Retry-After and 500 were retried until they succeeded
    assert paths.count(TOO_MANY) == 2 and paths.count(FLAKY) == 2
    # every request named justicekg
    assert all(h["user-agent"].startswith("justicekg/") for _p, h in log)
    # the raw responses are kept, under the final URL after a redirect
    kept = _article_records(out)
    assert len(kept) == 10
    assert f"{base}{OLD_URL}" not in kept
    assert f"{base}/tin-tuc/doan-cong-tac-kiem-tra-thi-hanh-an.html" in kept

    store = tmp_path / "store"
    result = runner.invoke(main, ["ingest", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "10 article(s) stored" in result.output
    urls = _stored_urls(store)
    pair = {f"{base}{DUPLICATE}", f"{base}/tin-tuc/ban-tin-phap-luat-so-mot-nam-2024.html"}
    expected = {f"{base}{p}" for p in ARTICLE_PATHS} - pair
    # one graph per page, none for the disallowed one, one for the pair (the first URL seen)
    assert len(urls) == 10 and urls - pair == expected and len(urls & pair) == 1


def test_legacy_charsets_are_decoded_by_their_declaration(
    runner: CliRunner, tmp_path: Path
) -> None:
    from justicekg.pipeline import collect_sources, read_report

    out = tmp_path / "harvest"
    with SiteServer() as site:
        _harvest(runner, site.base, out)
        base = site.base
    reports = {
        str(getattr(src, "url", "")): read_report(src, root=root)  # type: ignore[arg-type]
        for src, root in collect_sources([out])
    }
    cp1258 = reports[f"{base}{CP1258_PAGE}"]
    tcvn = reports[f"{base}{TCVN_PAGE}"]
    assert "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Thanh Hóa" in (cp1258.article.text or "")
    assert "Đỗ Minh Tuấn" in {p.name for p in cp1258.persons}
    assert "Lễ đón nhận Cờ thi đua của Chính phủ" in (tcvn.article.text or "")
    assert cp1258.article.url == f"{base}{CP1258_PAGE}"


def test_second_run_makes_only_conditional_requests(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "harvest"
    with SiteServer() as site:
        _harvest(runner, site.base, out)
        first = len(site.log)
        second_output = _harvest(runner, site.base, out)
        second = site.log[first:]
        assert second, "the second run asked nothing"
        unconditional = [p for p, h in second if "if-none-match" not in h]
        assert unconditional == []
        assert "0 page(s) stored" in second_output and "11 not modified" in second_output
        # a changed page is fetched again, and only it
        site.change(FLAKY, "<p>Cập nhật: hội nghị đã thông qua chương trình công tác.</p>")
        third_output = _harvest(runner, site.base, out)
    assert "1 page(s) stored" in third_output
    assert len(_article_records(out)) == 11
    # ingest reads the latest copy of the changed page
    store = tmp_path / "store"
    result = runner.invoke(main, ["ingest", str(out), "--store", str(store)])
    assert "10 article(s) stored" in result.output, result.output


def test_max_pages_and_since_limit_a_run(runner: CliRunner, tmp_path: Path) -> None:
    with SiteServer() as site:
        output = _harvest(runner, site.base, tmp_path / "a", "--max-pages", "3")
        assert "3 page(s) stored" in output
        output = _harvest(runner, site.base, tmp_path / "b", "--since", "2024-04-01")
    # sitemap and feed entries dated before April 2024 are not fetched (four in the sitemaps,
    # one in the feed)
    assert "5 older than --since" in output


def test_delay_spaces_requests_to_one_host() -> None:
    from justicekg.harvest.fetch import Fetcher

    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with SiteServer() as site:
        fetcher = Fetcher(agent="justicekg/test", delay=5.0, sleep=sleep, clock=lambda: now[0])
        fetcher.get(f"{site.base}/")
        now[0] += 1.0
        fetcher.get(f"{site.base}/tin-tuc")
    assert slept == [pytest.approx(4.0)]


def test_kill_mid_harvest_loses_no_stored_response(tmp_path: Path) -> None:
    out = tmp_path / "harvest"
    with SiteServer() as site:
        hang = threading.Event()
        reached = threading.Event()
        site.slow[CP1258_PAGE] = hang
        site.hit[CP1258_PAGE] = reached
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "justicekg", "harvest", site.base, "--out", str(out),
             "--delay", "0"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            assert reached.wait(60), "the harvest never reached the slow page"
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            hang.set()
            if proc.poll() is None:
                proc.kill()
        before = _article_records(out)
        assert before, "nothing was stored before the kill"
        runner = CliRunner()
        output = _harvest(runner, site.base, out)
    after = _article_records(out)
    assert set(before) <= set(after)
    assert len(set(after)) == 10
    assert f"{len(before)} not modified" in output


def test_source_registry_rows_are_well_formed() -> None:
    import csv

    from justicekg.config import DATA_DIR
    from justicekg.harvest.sources import load_sources, resolve_targets

    with open(DATA_DIR / "gazetteers" / "provinces.tsv", encoding="utf-8") as handle:
        current = {
            row["name"] for row in csv.DictReader(handle, delimiter="\t") if not row["valid_to"]
        }
    sources = load_sources()
    assert len(sources) >= 40
    for source in sources.values():
        assert source.base_url.startswith(("http://", "https://")), source
        assert source.status in ("current", "legacy"), source
        assert not source.province or source.province in current, source
    assert [s.id for s in resolve_targets(["moj"])] == ["moj"]
    assert all(s.status == "current" for s in resolve_targets([]))
