"""Bytecode for Pyodide's Python, made inside Pyodide under Node (compile.mjs).

Start-up then skips compiling: the standard library modules that Pyodide, its wheel installer
(loadPackage) and py_widgets import travel as .pyc (instead of their source), and py_widgets
with a .pyc beside each module. Modules
the page never imports stay as source, except the packages in DROP, which only tests, debuggers,
servers and other processes use.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

COMPILER = Path(__file__).with_name("compile.mjs")
# Top-level stdlib names the plan page never imports (nor does anything it imports: compile.mjs
# stops the build if start-up imports one of them).
DROP = sorted(
    {
        "_pydatetime",
        "_pyio",
        "_pyrepl",
        "antigravity",
        "argparse",
        "bdb",
        "cProfile",
        "ctypes",
        "curses",
        "dbm",
        "difflib",
        "doctest",
        "ensurepip",
        "ftplib",
        "getpass",
        "http",
        "idlelib",
        "imaplib",
        "mailbox",
        "modulefinder",
        "multiprocessing",
        "optparse",
        "pdb",
        "pickletools",
        "poplib",
        "profile",
        "pstats",
        "pyclbr",
        "pydoc",
        "pydoc_data",
        "sched",
        "smtplib",
        "socketserver",
        "sqlite3",
        "statistics",
        "tabnanny",
        "this",
        "timeit",
        "tkinter",
        "trace",
        "turtle",
        "turtledemo",
        "unittest",
        "venv",
        "wave",
        "wsgiref",
        "xmlrpc",
        "zipapp",
    }
)


class BytecodeError(RuntimeError):
    """Compiling inside Pyodide failed."""


def compile_in_pyodide(
    node_modules: Path, stdlib: bytes, modules: dict[str, bytes]
) -> tuple[bytes, dict[str, bytes]]:
    """(stdlib zip with .pyc and without DROP, {__pycache__ path: .pyc}) for a package's modules."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "stdlib.zip").write_bytes(stdlib)
        (work / "drop.json").write_text(json.dumps(DROP), "utf-8")
        for path, content in modules.items():
            target = work / "package" / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        node = shutil.which("node")
        if not node:
            raise BytecodeError("Node mangler: den trengs for å lage bytekode for Pyodide.")
        command = [node, str(COMPILER), str(node_modules.resolve()), str(work)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BytecodeError(f"Bytekoden kunne ikke lages i Pyodide:\n{done.stderr[-3000:]}")
        out = work / "out"
        compiled = {
            path.relative_to(out / "package").as_posix(): path.read_bytes()
            for path in sorted((out / "package").rglob("*.pyc"))
        }
        return (out / "stdlib.zip").read_bytes(), compiled
