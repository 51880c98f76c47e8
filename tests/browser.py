"""Headless Chromium for browser tests: the system's /usr/bin/chromium driven by Playwright for Python.

Never `playwright install` (it downloads browsers); the Debian packages chromium and
fonts-wqy-zenhei are installed by `make browser-deps` (run by `make test` and CI).
Use: `from tests.browser import browser, page  # noqa: F401` in a test module, with live_server.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"

# Browser and page checks test what a page looks like, not how a database stores it: CI runs
# them in its SQLite pass and skips them, saying so, in its PostgreSQL pass.
one_pass_only = pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
    reason="browser and page checks do not depend on the database engine: they run in the SQLite pass only",
)


@contextmanager
def playwright_running() -> Iterator:
    """Playwright's sync API for the block, the ORM allowed meanwhile, and the connections it opened closed.

    Playwright runs an asyncio loop in this thread for as long as it is open, and Django refuses ORM
    calls while a loop runs; the calls of these tests are synchronous all the same, so
    DJANGO_ALLOW_ASYNC_UNSAFE is set while it runs (and only then). While the loop runs, Django keeps
    this thread's connections apart from the others (asgiref's Local is per context in a thread
    with a running loop): a test's ORM call opens a second connection to the test database. Nothing
    else would close it, and pytest could not drop the PostgreSQL test database at the end ("is being
    accessed by other users"), so it is closed here, before the loop stops.
    """
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser-deps` (Debian packages chromium fonts-wqy-zenhei)")
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            try:
                yield playwright
            finally:
                connections.close_all()  # the connections opened while the loop ran


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module."""
    with playwright_running() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page that may reach only 127.0.0.1 (any other request fails the test)."""
    context = local_context(browser)
    tab = context.new_page()
    yield tab
    context.close()
    assert context.external == [], f"pages tried to reach the network: {context.external}"


def local_context(browser, **options):
    """A browser context whose requests may reach only 127.0.0.1; .external lists the refused others."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN", **options)
    external = []

    def only_local(route):
        host = route.request.url.split("/")[2] if "://" in route.request.url else ""
        if host.split(":")[0] in ("127.0.0.1", "localhost"):
            return route.continue_()
        external.append(route.request.url)
        return route.abort()

    context.route("**/*", only_local)
    context.external = external
    return context


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under test-artifacts/ (git-ignored) and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
