"""Session fixtures: the built site, a local server for it, and headless Chromium."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.site import build_site, serve


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
