"""`make preview` (mkdocs serve): pages reload on save; the policy stays out of the preview only."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest

from tests.support.site import ROOT


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def preview() -> Iterator[str]:
    port = _free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr"]
    process = subprocess.Popen(
        [*command, f"127.0.0.1:{port}"],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(600):
            assert process.poll() is None, "mkdocs serve stoppet"
            try:
                urllib.request.urlopen(url).close()
                break
            except OSError:
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_preview_pages_reload_on_save_and_run_without_a_policy(preview: str):
    with urllib.request.urlopen(preview + "oppfolgingsplan.html") as response:
        page = response.read().decode("utf-8")
        assert response.headers["Content-Security-Policy"] is None
    assert "livereload(" in page  # the script mkdocs serve adds, which polls for changes
    assert 'http-equiv="Content-Security-Policy"' not in page  # it would block that script
