"""Headless Debian Chromium (never a downloaded browser) for the browser tests."""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, RequestLog


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `nginx` run twice: on Python's http.server and on Debian nginx with the
    shipped header files (the policy as HTTP headers, as on a real host)."""
    if metafunc.definition.get_closest_marker("nginx") and "base_url" in metafunc.fixturenames:
        metafunc.parametrize("web_server", ["http.server", "nginx"])


@pytest.fixture
def web_server() -> str:
    return "http.server"


@pytest.fixture
def base_url(base_url: str, web_server: str, request: pytest.FixtureRequest) -> str:
    """The site's base URL on the web server this test runs against (see `nginx` marker)."""
    return request.getfixturevalue("nginx").site if web_server == "nginx" else base_url


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
