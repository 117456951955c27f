"""Headless Debian Chromium (never a downloaded browser) for the browser tests."""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, RequestLog


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), "Debian chromium mangler: apt-get install -y chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def bfcache_browser(browser: Browser) -> Iterator[Browser]:
    """A second Chromium with the back/forward cache on (Playwright turns it off by default)."""
    with_cache = browser.browser_type.launch(
        executable_path=str(CHROMIUM),
        args=CHROMIUM_ARGS,
        ignore_default_args=["--disable-back-forward-cache"],
    )
    yield with_cache
    with_cache.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(locale="nb-NO", accept_downloads=True)
    yield context
    context.close()


@pytest.fixture
def requests(context: BrowserContext) -> RequestLog:
    """Every request made in this test's browser context."""
    return RequestLog().attach(context)


@pytest.fixture
def page(context: BrowserContext, requests: RequestLog) -> Page:
    return context.new_page()
