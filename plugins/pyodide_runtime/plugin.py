"""Add the Pyodide runtime and the py_widgets package to the site as classic scripts."""

import hashlib
import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .assets import (
    classic_asm_script,
    embed_script,
    gzip_bytes,
    minimal_lock,
    package_zip,
    without_source_map,
)
from .config import PyodideRuntimeConfig

# The page's loader (plan-runtime.js) knows these names.
EMBED_GLOBAL = "__pyodideFiles"
RUNTIME_DATA = "runtime-data.js"
APP_DATA = "app-data.js"
APP_ZIP = "py_widgets.zip"


class PyodideRuntimePlugin(BasePlugin[PyodideRuntimeConfig]):
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        npm = Path(self.config.node_modules) / "pyodide"
        if not (npm / "pyodide.asm.wasm").is_file():
            raise PluginError(f"{npm} mangler: kjør 'npm ci' (eller 'make setup') først.")
        generated = {
            "pyodide.js": without_source_map((npm / "pyodide.js").read_text(encoding="utf-8")),
            "pyodide.asm.js": classic_asm_script((npm / "pyodide.asm.mjs").read_text("utf-8")),
            RUNTIME_DATA: self._runtime_data(npm),
            APP_DATA: embed_script(
                EMBED_GLOBAL, {APP_ZIP: package_zip(Path(self.config.package))}, set()
            ),
        }
        for name, content in generated.items():
            files.append(File.generated(config, f"{self.config.dest}/{name}", content=content))
        return files

    def _runtime_data(self, npm: Path) -> str:
        """Embedded wasm (gzipped), standard library and lock; cached, as gzip -9 is slow."""
        wasm = (npm / "pyodide.asm.wasm").read_bytes()
        stdlib = (npm / "python_stdlib.zip").read_bytes()
        lock = (npm / "pyodide-lock.json").read_text(encoding="utf-8")
        code = b"".join(p.read_bytes() for p in sorted(Path(__file__).parent.glob("*.py")))
        key = hashlib.sha256(wasm + stdlib + lock.encode() + code)
        cached = Path(self.config.cache_dir) / f"{key.hexdigest()[:16]}.js"
        if cached.is_file():
            return cached.read_text(encoding="ascii")
        files = {"pyodide.asm.wasm": gzip_bytes(wasm), "python_stdlib.zip": stdlib}
        script = embed_script(EMBED_GLOBAL, files, gzipped={"pyodide.asm.wasm"})
        lock_json = json.dumps(minimal_lock(lock), separators=(",", ":"))
        script += f"globalThis.__pyodideLock={lock_json};\n"
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(script, encoding="ascii")
        return script
