"""Turn the npm `pyodide` package into files a page can load with classic <script> tags.

Browsers refuse fetch() and module imports of file:// URLs (and workers started from them), and
some static servers send .wasm with the wrong MIME type. So the worker's code travels as text and
the runtime's binary parts base64-encoded, inside scripts that only assign them to a global;
plan-runtime.js builds the worker from them (see plugins/pyodide_runtime/worker.js).
"""

import base64
import gzip
import json
import re

_EXPORT = "export default _createPyodideModule;"
_IMPORT_META_URL = "import.meta.url"
_SOURCE_MAP = "//# sourceMappingURL="
# A shared memory made when the script loads, only for sleeping while stdin says EAGAIN (which
# this site never reads). Chrome flags shared memory without cross-origin isolation as
# deprecated, so it is made on first use instead.
_EAGER_SHARED_MEMORY = re.compile(
    r"var (\w+)=(new Int32Array\(new WebAssembly\.Memory\(\{shared:!0,initial:1,maximum:1\}\)"
    r"\.buffer\));function (\w+)\((\w+)\)\{try\{return Atomics\.wait\(\1,"
)


class RuntimeAssetError(RuntimeError):
    """The npm package does not look the way this build expects (for example a new version)."""


def without_source_map(script: str) -> str:
    """The script without its sourceMappingURL comment (the maps are not shipped)."""
    lines = script.rstrip("\n").split("\n")
    return "\n".join(line for line in lines if not line.startswith(_SOURCE_MAP)) + "\n"


def classic_asm_script(module_source: str) -> str:
    """pyodide.asm.mjs rewritten as a classic script that defines globalThis._createPyodideModule.

    The module's only export is the factory, and import.meta.url serves Node and a locateFile
    fallback that a browser page with an indexURL never reaches.
    """
    if module_source.count(_EXPORT) != 1:
        raise RuntimeAssetError(f"pyodide.asm.mjs: expected one '{_EXPORT}'")
    if module_source.count(_IMPORT_META_URL) != 3:
        raise RuntimeAssetError("pyodide.asm.mjs: expected import.meta.url three times")
    script = module_source.replace(_EXPORT, "globalThis._createPyodideModule=_createPyodideModule;")
    script = script.replace(_IMPORT_META_URL, "globalThis.location.href")
    script, count = _EAGER_SHARED_MEMORY.subn(
        r"var \1;function \3(\4){try{return Atomics.wait(\1??=\2,", script
    )
    if count != 1:
        raise RuntimeAssetError("pyodide.asm.mjs: expected one shared memory for syncSleep")
    return without_source_map(script)


def embed_script(global_name: str, files: dict[str, bytes], gzipped: set[str]) -> str:
    """A classic script that assigns {name: {data: base64, gzip: bool}} to a global."""
    entries = {
        name: {"gzip": name in gzipped, "data": base64.b64encode(content).decode("ascii")}
        for name, content in files.items()
    }
    target = f"globalThis.{global_name}"
    return f"{target}=Object.assign({target}||{{}},{json.dumps(entries)});\n"


def text_script(global_name: str, texts: dict[str, str]) -> str:
    """A classic script that assigns {name: text} to a global (code to run elsewhere)."""
    target = f"globalThis.{global_name}"
    return f"{target}=Object.assign({target}||{{}},{json.dumps(texts)});\n"


def gzip_bytes(content: bytes) -> bytes:
    """Deterministic gzip (no file name, no time) at the best compression."""
    return gzip.compress(content, compresslevel=9, mtime=0)
