"""Build the site once per test session and serve it from 127.0.0.1."""

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build_site(site_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Build this project's site into site_dir (strict); raises with MkDocs' output on failure."""
    return build_site_from(ROOT / "mkdocs.yml", site_dir, env)


def build_site_from(
    config_file: Path, site_dir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` for config_file into site_dir."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    result = subprocess.run(
        [*command, "--config-file", str(config_file), "--site-dir", str(site_dir)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise AssertionError(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    return result


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(directory: Path, mime_overrides: dict[str, str] | None = None) -> Iterator[str]:
    """Serve directory on a free port of 127.0.0.1; yields the base URL (ending in /)."""
    handler_class = type(
        "Handler",
        (_QuietHandler,),
        {"extensions_map": {**_QuietHandler.extensions_map, **(mime_overrides or {})}},
    )
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
