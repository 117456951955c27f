"""The site's own pyodide-lock.json: Pyodide's lock with no packages, plus py_widgets.

The wheel is registered with Pyodide's own tool, `pyodide lockfile add-wheels` (pyodide-lock),
so the entry (file name, sha256, imports) is exactly what Pyodide's loader checks.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


class LockfileError(RuntimeError):
    """`pyodide lockfile add-wheels` failed or is missing."""


def empty_lock(npm_lock_text: str) -> dict[str, Any]:
    """The npm package's lock `info` with no packages: the site loads none from an index."""
    return {"info": json.loads(npm_lock_text)["info"], "packages": {}}


def pyodide_command() -> str:
    """The `pyodide` command of the environment this build runs in."""
    beside = Path(sys.executable).parent / "pyodide"
    found = str(beside) if beside.is_file() else shutil.which("pyodide")
    if not found:
        raise LockfileError("Kommandoen 'pyodide' mangler: kjør 'make setup' (pyodide-build).")
    return found


def lock_with_wheel(npm_lock_text: str, wheel_file: str, wheel: bytes) -> dict[str, Any]:
    """Pyodide's lock `info` and one package: the wheel, as add-wheels registers it."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "input.json").write_text(json.dumps(empty_lock(npm_lock_text)), "utf-8")
        (folder / wheel_file).write_bytes(wheel)
        command = [
            pyodide_command(),
            "lockfile",
            "add-wheels",
            "--input",
            str(folder / "input.json"),
            "--output",
            str(folder / "pyodide-lock.json"),
            "--base-path",
            str(folder),
            str(folder / wheel_file),
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise LockfileError(f"pyodide lockfile add-wheels feilet:\n{done.stderr}")
        lock: dict[str, Any] = json.loads((folder / "pyodide-lock.json").read_text("utf-8"))
        return lock
