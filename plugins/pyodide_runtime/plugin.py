"""Add the Pyodide runtime and the py_widgets wheel to the site, under assets/pyodide/.

app-data.js: the worker's own code and the site's pyodide-lock.json, which registers the wheel
(also written as pyodide-lock.json to read); every plan page loads it. From file:// the page
also loads runtime-code.js (Pyodide's code, as text) and runtime-files.js (its wasm, gzip, the
standard library with bytecode and the wheel, base64) and hands them to the worker. Over http(s)
the worker loads the same files itself, as they are (pyodide.js, pyodide.asm.js,
pyodide.asm.wasm, python_stdlib.zip, the wheel): the offline bundle leaves those out.
"""

import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .assets import classic_asm_script, embed_script, gzip_bytes, text_script, without_source_map
from .bytecode import compile_in_pyodide
from .config import PyodideRuntimeConfig
from .lockfile import lock_with_wheel
from .wheel import build_wheel, package_modules, wheel_name

# plan-runtime.js and worker.js know these names.
FILES_GLOBAL = "__pyodideFiles"
CODE_GLOBAL = "__pyodideCode"
LOCK_GLOBAL = "__pyodideLock"
WORKER = Path(__file__).with_name("worker.js")


class PyodideRuntimePlugin(BasePlugin[PyodideRuntimeConfig]):
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        npm = Path(self.config.node_modules) / "pyodide"
        if not (npm / "pyodide.asm.wasm").is_file():
            raise PluginError(f"{npm} mangler: kjør 'npm ci' (eller 'make setup') først.")
        stdlib, wheel_file, wheel, lock = self._python(npm)
        code = {
            "pyodide.js": without_source_map((npm / "pyodide.js").read_text(encoding="utf-8")),
            "pyodide.asm.js": classic_asm_script((npm / "pyodide.asm.mjs").read_text("utf-8")),
        }
        wasm = (npm / "pyodide.asm.wasm").read_bytes()
        embedded = {"pyodide.asm.wasm": self._gzipped(wasm), "python_stdlib.zip": stdlib}
        embedded[wheel_file] = wheel
        lock_json = json.dumps(lock, separators=(",", ":"))
        generated: dict[str, str | bytes] = {
            "app-data.js": text_script(CODE_GLOBAL, {"worker.js": WORKER.read_text("utf-8")})
            + f"globalThis.{LOCK_GLOBAL}={lock_json};\n",
            "pyodide-lock.json": json.dumps(lock, indent=2) + "\n",
            "runtime-code.js": text_script(CODE_GLOBAL, code),
            "runtime-files.js": embed_script(FILES_GLOBAL, embedded, gzipped={"pyodide.asm.wasm"}),
        }
        if not self.config.offline:
            generated |= code | {"pyodide.asm.wasm": wasm, "python_stdlib.zip": stdlib}
            generated[wheel_file] = wheel
        for name, content in generated.items():
            files.append(File.generated(config, f"{self.config.dest}/{name}", content=content))
        return files

    def _cache(self, *parts: bytes) -> Path:
        key = hashlib.sha256(b"".join(hashlib.sha256(p).digest() for p in parts)).hexdigest()
        return Path(self.config.cache_dir) / key[:16]

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        # overrides/plan.html tells plan-runtime.js whether the worker may fetch the files.
        network = self.config.enabled and not self.config.offline
        env.globals["pyodide_runtime"] = {"network": network}
        return env

    def _gzipped(self, wasm: bytes) -> bytes:
        """The wasm, gzip -9 (slow, so cached; it only changes with Pyodide)."""
        cached = self._cache(wasm).with_suffix(".wasm.gz")
        if not cached.is_file():
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(gzip_bytes(wasm))
        return cached.read_bytes()

    def _python(self, npm: Path) -> tuple[bytes, str, bytes, dict[str, Any]]:
        """(stdlib zip, wheel file name, wheel, lock), compiled in Pyodide; cached by content."""
        package = Path(self.config.package)
        modules = package_modules(package)
        stdlib = (npm / "python_stdlib.zip").read_bytes()
        npm_lock = (npm / "pyodide-lock.json").read_text(encoding="utf-8")
        here = Path(__file__).parent
        tools = [(here / n).read_bytes() for n in ("compile.mjs", "bytecode.py", "wheel.py")]
        sources = [path.encode() + content for path, content in modules.items()]
        folder = self._cache(stdlib, npm_lock.encode(), *tools, *sources)
        if not (folder / "pyodide-lock.json").is_file():
            compiled_stdlib, compiled = compile_in_pyodide(npm.parent, stdlib, modules)
            name = package.name
            version = _project_version()
            wheel_file = wheel_name(name, version)
            wheel = build_wheel(name, version, {**modules, **compiled})
            lock = lock_with_wheel(npm_lock, wheel_file, wheel)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "python_stdlib.zip").write_bytes(compiled_stdlib)
            (folder / wheel_file).write_bytes(wheel)
            (folder / "pyodide-lock.json").write_text(json.dumps(lock), "utf-8")
        lock = json.loads((folder / "pyodide-lock.json").read_text("utf-8"))
        (entry,) = lock["packages"].values()
        wheel_file = entry["file_name"]
        stdlib = (folder / "python_stdlib.zip").read_bytes()
        return stdlib, wheel_file, (folder / wheel_file).read_bytes(), lock


def _project_version() -> str:
    """The site's version (pyproject.toml), which the wheel carries too."""
    with Path("pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])
