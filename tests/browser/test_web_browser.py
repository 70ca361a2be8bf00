"""A real browser against a real server: person page, search suggestions, the SPARQL editor.

Needs Debian ``chromium`` at /usr/bin/chromium (``.ci/run`` installs it); run with
``pytest -m browser``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from waitress_thread import serving
    from web_support import ingested_store

    from justicekg.web import create_app

    store = ingested_store(str(tmp_path_factory.getbasetemp() / "browser-articles"))
    app = create_app({"TESTING": True, "STORE": store, "STORE_URL": "memory:"})
    with serving(app) as url:  # stopped in order: see tests/waitress_thread.py
        yield url


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("JUSTICEKG_REQUIRE_BROWSER"):  # .ci/run: a missing browser is a failure
            pytest.fail("Debian chromium is not installed at /usr/bin/chromium")
        pytest.skip("Debian chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(locale="vi-VN")
        tab = context.new_page()
        tab.set_default_timeout(20_000)
        yield tab
        context.close()
        browser.close()


def test_person_page_search_and_editor(base_url: str, page: object) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    refused: list[str] = []
    page.on(
        "console",
        lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.goto(base_url + "/browse/person")
    page.locator("ol.browse a").first.click()
    expect(page).to_have_url(re.compile(r"/page/person/"))
    expect(page.locator("h1")).not_to_be_empty()
    expect(page.locator("#positions")).to_be_visible()

    page.locator("#q").fill("")
    page.locator("#q").press_sequentially("le anh tuan", delay=30)
    suggestion = page.locator("#suggestions a.suggestion").first
    expect(suggestion).to_contain_text("Lê Anh Tuấn")
    suggestion.click()
    expect(page).to_have_url(re.compile(r"/page/person/le-anh-tuan"))
    expect(page.locator("h1")).to_have_text("Lê Anh Tuấn")

    page.goto(base_url + "/editor")
    page.locator('button.example[data-key="kinds"]').click()
    rows = page.locator(".yasr table tbody tr")
    expect(rows.first).to_be_visible()
    assert rows.count() > 3
    assert "Person" in page.locator(".yasr table").inner_text()
    page.goto(base_url + "/")
    assert refused == [], refused  # issue 10: the CSP lets the pages and the editor work
