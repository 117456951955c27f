"""The Pyodide runtime travels as classic scripts: conversion, embedding, the package zip."""

import base64
import gzip
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from plugins.pyodide_runtime.assets import (
    RuntimeAssetError,
    classic_asm_script,
    embed_script,
    package_zip,
    without_source_map,
)
from tests.support.site import ROOT

NPM = ROOT / "node_modules" / "pyodide"


def test_asm_module_becomes_a_classic_script():
    script = classic_asm_script((NPM / "pyodide.asm.mjs").read_text(encoding="utf-8"))
    assert "export default" not in script
    assert "import.meta" not in script
    assert "globalThis._createPyodideModule=_createPyodideModule;" in script
    assert "sourceMappingURL" not in script
    # Shared memory only on first use (Chrome flags it as deprecated without isolation).
    assert not re.search(r"var \w+=new Int32Array\(new WebAssembly\.Memory\(\{shared", script)
    assert "??=new Int32Array(new WebAssembly.Memory({shared:!0" in script


def test_unexpected_asm_module_is_refused():
    with pytest.raises(RuntimeAssetError):
        classic_asm_script("export default _createPyodideModule; import.meta.url")


def test_embedded_files_decode_to_the_original_bytes():
    files = {"a.wasm": gzip.compress(b"\0asm"), "b.zip": b"PK"}
    script = embed_script("__files", files, {"a.wasm"})
    prefix = r"globalThis\.__files=Object\.assign\(globalThis\.__files\|\|\{\},"
    match = re.fullmatch(prefix + r"(.*)\);\n", script)
    entries = json.loads(match.group(1))
    assert entries["a.wasm"]["gzip"] is True
    assert gzip.decompress(base64.b64decode(entries["a.wasm"]["data"])) == b"\0asm"
    assert entries["b.zip"] == {"gzip": False, "data": base64.b64encode(b"PK").decode()}


def test_package_zip_holds_the_sources_and_is_reproducible(tmp_path: Path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("X = 1\n")
    (package / "sub" / "mod.py").write_text("Y = 2\n")
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "junk.py").write_text("")
    first = package_zip(package)
    assert package_zip(package) == first
    names = zipfile.ZipFile(io.BytesIO(first)).namelist()
    assert names == ["pkg/__init__.py", "pkg/sub/mod.py"]


def test_source_map_comment_is_dropped():
    assert without_source_map("a();\n//# sourceMappingURL=x.map\n") == "a();\n"


def test_built_site_ships_the_runtime_without_module_scripts(site_dir: Path):
    runtime = site_dir / "assets" / "pyodide"
    names = sorted(p.name for p in runtime.iterdir())
    assert names == ["app-data.js", "pyodide.asm.js", "pyodide.js", "runtime-data.js"]
    assert not list(site_dir.rglob("*.wasm")), "the wasm travels inside runtime-data.js"
    assert not list(site_dir.rglob("*.mjs"))
