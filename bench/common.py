"""Shared pieces of the benchmark: paths, the static server, Chromium, and small statistics."""

import gzip
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, Playwright

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / "bench"
WORK_DIR = ROOT / ".cache" / "bench"
SITE_DIR = ROOT / "site"
DIST_DIR = ROOT / "dist"
NODE_PYODIDE = ROOT / "node_modules" / "pyodide"
# Generous: only guards against a hang on a busy machine, never a measurement.
TIMEOUT_MS = 120_000


@dataclass(frozen=True)
class Samples:
    """Repeated measurements of one quantity (milliseconds or bytes)."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def runs(self) -> int:
        return len(self.values)

    @property
    def spread(self) -> tuple[float, float]:
        return min(self.values), max(self.values)


def gzip_size(data: bytes) -> int:
    """Bytes after gzip -9: what a compressing web server would send, at best."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


@contextmanager
def serve(directory: Path, *, use_gzip: bool = False) -> Iterator[str]:
    """Serve directory from a separate process on a free port; yields the base URL (ends in /)."""
    command = [sys.executable, "-m", "bench.server", str(directory)]
    if use_gzip:
        command.append("--gzip")
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url.startswith("http://"):
            raise RuntimeError(f"bench.server did not start: {url!r}")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def launch_args() -> dict:
    """Keyword arguments for Playwright's chromium.launch*: Debian Chromium, the tests' flags."""
    if not CHROMIUM.exists():
        raise RuntimeError("Debian chromium mangler: apt-get install -y chromium")
    return {"executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS, "headless": True}


@contextmanager
def fresh_profile(playwright: Playwright, **options: object) -> Iterator[BrowserContext]:
    """A new Chromium with an empty --user-data-dir: nothing cached (a true cold start)."""
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, **launch_args(), locale="nb-NO", **options
        )
        try:
            yield context
        finally:
            context.close()


def poll(page: Page, expression: str, timeout_ms: int = TIMEOUT_MS) -> object:
    """Evaluate expression until it is not null/undefined; page.evaluate works under the plan
    pages' strict CSP, where wait_for_function (which needs eval) does not."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        value = page.evaluate(expression)
        if value is not None:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {expression}")
        time.sleep(0.05)


def timed(action: Callable[[], object]) -> float:
    """Wall-clock milliseconds that action took."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000
