"""Session fixtures: the built site, a local server for it, and headless Chromium."""

from collections.abc import Iterator
from pathlib import Path

import pytest

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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/browser as `browser`, so `-m "not browser"` is the fast loop."""
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.browser)
