"""Sizes on disk: the built site, the offline zip, and what a plan page loads for Python."""

from dataclasses import dataclass
from pathlib import Path

from .common import NODE_PYODIDE, gzip_size

# What a plan page loads for Python beyond a reading page (overrides/plan.html).
# plan-runtime.js and the plan page's own scripts: every assets/javascripts/plan-*.js.
PLAN_SCRIPTS = "assets/javascripts/plan-*.js"
PYODIDE_DIR = "assets/pyodide"
# The files of PYODIDE_DIR a plan page loads over http(s), besides the py_widgets wheel
# (pyodide-lock.json is there to read, its copy is inside app-data.js; runtime-code.js and
# runtime-files.js are for pages opened from disk).
PYODIDE_LOADED = (
    "app-data.js",
    "pyodide.js",
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
)
WHEEL = "*.whl"
# What the standard loadPyodide() fetches from the npm package (the bare page).
BARE_FILES = (
    "pyodide.js",
    "pyodide-lock.json",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
)


@dataclass(frozen=True)
class Size:
    """Bytes as stored and after gzip -9 (summed file by file), and how many files."""

    raw: int
    gzip: int
    files: int


def files_size(paths: list[Path]) -> Size:
    raw = gz = 0
    for path in paths:
        data = path.read_bytes()
        raw += len(data)
        gz += min(len(data), gzip_size(data))
    return Size(raw, gz, len(paths))


def tree_size(folder: Path) -> tuple[int, int]:
    """(total bytes, number of files) of a folder."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def pyodide_loaded(site_dir: Path) -> list[Path]:
    """The files of PYODIDE_DIR a plan page loads over http(s), the wheel last."""
    folder = site_dir / PYODIDE_DIR
    return [folder / name for name in PYODIDE_LOADED] + sorted(folder.glob(WHEEL))


def plan_payload(site_dir: Path) -> Size:
    """The runtime files a plan page loads, plan-runtime.js and the page's own scripts."""
    return files_size(pyodide_loaded(site_dir) + sorted(site_dir.glob(PLAN_SCRIPTS)))


def bare_payload() -> Size:
    """The npm package's files that the standard loader fetches."""
    return files_size([NODE_PYODIDE / name for name in BARE_FILES])


@dataclass(frozen=True)
class Sizes:
    site_bytes: int
    site_files: int
    zip_bytes: int
    bundle_bytes: int
    bundle_files: int
    payload: Size
    bare: Size
    payload_files: dict[str, int]


def measure(site_dir: Path, zip_path: Path, bundle_dir: Path) -> Sizes:
    site_bytes, site_files = tree_size(site_dir)
    bundle_bytes, bundle_files = tree_size(bundle_dir)
    payload_files = {
        f"{PYODIDE_DIR}/{path.name}": path.stat().st_size for path in pyodide_loaded(site_dir)
    }
    return Sizes(
        site_bytes=site_bytes,
        site_files=site_files,
        zip_bytes=zip_path.stat().st_size,
        bundle_bytes=bundle_bytes,
        bundle_files=bundle_files,
        payload=plan_payload(site_dir),
        bare=bare_payload(),
        payload_files=payload_files,
    )
