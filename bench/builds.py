"""Build time of `make bundle` and `make site` (wall clock), and the unzipped bundle.

`make bundle` also writes site/ (the offline build), so the bundle is built first and
`make site` last: site/ is the http site afterwards, as after a plain `make site`.
"""

import shutil
import subprocess
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from plugins.offline_bundle.naming import bundle_stem

from .common import DIST_DIR, ROOT, WORK_DIR, Samples

RUNTIME_CACHE = ROOT / ".cache" / "pyodide-runtime"


def runtime_cache_warm() -> bool:
    """Whether plugins/pyodide_runtime already has its compressed runtime cached."""
    return RUNTIME_CACHE.is_dir() and any(RUNTIME_CACHE.glob("*.js"))


def make(target: str) -> float:
    """Run `make <target>` and return its wall-clock seconds; its output goes to a log."""
    log = WORK_DIR / f"make-{target}.log"
    start = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(
            ["make", "--no-print-directory", target],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"make {target} failed; see {log}")
    return seconds


@dataclass(frozen=True)
class BuildResults:
    site: Samples
    bundle: Samples
    cache_warm_at_start: bool
    zip_path: Path
    bundle_dir: Path


def unzip_bundle(zip_path: Path) -> Path:
    """Unzip the bundle as a shelter would; returns the folder that holds index.html."""
    target = WORK_DIR / "usb"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(target)
    (folder,) = target.iterdir()
    return folder


def measure(runs: int) -> BuildResults:
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    warm = runtime_cache_warm()
    bundle = Samples(tuple(make("bundle") for _ in range(runs)))
    zip_path = DIST_DIR / f"{bundle_stem()}.zip"
    bundle_dir = unzip_bundle(zip_path)
    site = Samples(tuple(make("site") for _ in range(runs)))
    return BuildResults(site, bundle, warm, zip_path, bundle_dir)
