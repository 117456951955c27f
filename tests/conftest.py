"""Session fixtures: the built site, a local server for it, and headless Chromium."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS
from tests.support.nginx import SUBPATH, Nginx, run_nginx
from tests.support.site import build_site, serve

BROWSER_TESTS = Path(__file__).parent / "browser"


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once per session with `mkdocs build --strict`."""
    path = tmp_path_factory.mktemp("site")
    build_site(path)
    return path


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site served over http://127.0.0.1 (ends in /)."""
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def subpath_site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built for publishing under SUBPATH (site_url set, as README «Publisere» says)."""
    path = tmp_path_factory.mktemp("subpath-site")
    build_site(path, env={"SITE_URL": f"https://eksempel.no{SUBPATH}"})
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium, one for the whole session: Playwright's sync API allows only
    one running instance per thread, so every test that needs a browser shares this one."""
    assert CHROMIUM.exists(), "Debian chromium mangler: apt-get install -y chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def nginx(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Nginx]:
    """Debian nginx serving the built site with the shipped header files (tests/support/nginx)."""
    with run_nginx(tmp_path_factory.mktemp("nginx"), site_dir) as server:
        yield server


@pytest.fixture(scope="session")
def nginx_subpath(
    subpath_site_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Nginx]:
    """The same, with the site built for SUBPATH and served there (nothing at the root)."""
    with run_nginx(tmp_path_factory.mktemp("nginx-subpath"), subpath_site_dir, SUBPATH) as server:
        yield server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/browser as `browser`, so `-m "not browser"` is the fast loop."""
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.browser)
