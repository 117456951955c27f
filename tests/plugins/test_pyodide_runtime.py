"""The Pyodide runtime travels as classic scripts of data: conversion, embedding, the py_widgets
wheel in the site's pyodide-lock.json, and bytecode made inside Pyodide."""

import base64
import gzip
import hashlib
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from plugins.pyodide_runtime.assets import (
    RuntimeAssetError,
    classic_asm_script,
    embed_script,
    text_script,
    without_source_map,
)
from plugins.pyodide_runtime.bytecode import DROP
from plugins.pyodide_runtime.lockfile import lock_with_wheel
from plugins.pyodide_runtime.wheel import build_wheel, package_modules, wheel_name
from tests.py_widgets.real_templates import data
from tests.support.site import ROOT

NPM = ROOT / "node_modules" / "pyodide"
LOADER = re.compile(r'<script src="[^"]*plan-runtime\.js"[^>]*>')


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


def _embedded(script: str, name: str) -> dict:
    """The entries a data script assigns to globalThis.<name>."""
    match = re.search(
        rf"globalThis\.{name}=Object\.assign\(globalThis\.{name}\|\|\{{\}},(.*?)\);\n", script
    )
    return json.loads(match.group(1))


def test_code_travels_as_text():
    script = text_script("__code", {"worker.js": 'self.onmessage = () => "</script>";'})
    assert _embedded(script, "__code") == {"worker.js": 'self.onmessage = () => "</script>";'}


def test_wheel_holds_the_modules_and_a_valid_record(tmp_path: Path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("X = 1\n")
    (package / "sub" / "mod.py").write_text("Y = 2\n")
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "junk.py").write_text("")
    modules = package_modules(package)
    assert list(modules) == ["pkg/__init__.py", "pkg/sub/mod.py"]
    wheel = build_wheel("pkg", "1.2.3", modules)
    assert build_wheel("pkg", "1.2.3", modules) == wheel, "same modules, same bytes"
    archive = zipfile.ZipFile(io.BytesIO(wheel))
    record = archive.read("pkg-1.2.3.dist-info/RECORD").decode().splitlines()
    for line in record[:-1]:
        path, digest, size = line.split(",")
        content = archive.read(path)
        expected = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=")
        assert digest == "sha256=" + expected.decode() and int(size) == len(content)
    assert record[-1] == "pkg-1.2.3.dist-info/RECORD,,"
    assert b"Tag: py3-none-any" in archive.read("pkg-1.2.3.dist-info/WHEEL")


def test_add_wheels_registers_the_wheel_by_its_sha256():
    wheel = build_wheel("pkg", "1.2.3", {"pkg/__init__.py": b"X = 1\n"})
    npm_lock = (NPM / "pyodide-lock.json").read_text(encoding="utf-8")
    lock = lock_with_wheel(npm_lock, wheel_name("pkg", "1.2.3"), wheel)
    assert lock["info"] == json.loads(npm_lock)["info"]
    assert list(lock["packages"]) == ["pkg"]
    entry = lock["packages"]["pkg"]
    assert entry["file_name"] == "pkg-1.2.3-py3-none-any.whl"
    assert entry["sha256"] == hashlib.sha256(wheel).hexdigest()
    assert entry["imports"] == ["pkg"]


def test_source_map_comment_is_dropped():
    assert without_source_map("a();\n//# sourceMappingURL=x.map\n") == "a();\n"


def test_built_site_ships_the_runtime_as_files_and_as_data_scripts(site_dir: Path):
    runtime = site_dir / "assets" / "pyodide"
    lock = json.loads((runtime / "pyodide-lock.json").read_text("utf-8"))
    (entry,) = lock["packages"].values()
    names = sorted(p.name for p in runtime.iterdir())
    scripts = ["app-data.js", "pyodide-lock.json", "runtime-code.js", "runtime-files.js"]
    plain = ["pyodide.js", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip"]
    assert names == sorted([*scripts, *plain, entry["file_name"]])
    assert not list(site_dir.rglob("*.mjs"))
    code = _embedded((runtime / "runtime-code.js").read_text("ascii"), "__pyodideCode")
    assert sorted(code) == ["pyodide.asm.js", "pyodide.js"]
    app = (runtime / "app-data.js").read_text("ascii")
    assert "self.onmessage" in _embedded(app, "__pyodideCode")["worker.js"]
    # Over http the worker loads the same bytes that a page from disk gets as data.
    files = _embedded((runtime / "runtime-files.js").read_text("ascii"), "__pyodideFiles")
    assert sorted(files) == sorted(["pyodide.asm.wasm", "python_stdlib.zip", entry["file_name"]])
    for name, embedded in files.items():
        data = base64.b64decode(embedded["data"])
        data = gzip.decompress(data) if embedded["gzip"] else data
        assert data == (runtime / name).read_bytes()
    for name, text in code.items():
        assert (runtime / name).read_text("utf-8") == text
    assert (runtime / "pyodide.asm.wasm").read_bytes() == (NPM / "pyodide.asm.wasm").read_bytes()


def test_site_plan_pages_let_the_worker_fetch_its_files(site_dir: Path):
    (tag,) = LOADER.findall((site_dir / "oppfolgingsplan.html").read_text("utf-8"))
    assert "data-network" in tag


def test_the_site_lock_registers_the_wheel(site_dir: Path):
    runtime = site_dir / "assets" / "pyodide"
    lock = json.loads((runtime / "pyodide-lock.json").read_text("utf-8"))
    (entry,) = lock["packages"].values()
    assert entry["imports"] == ["py_widgets"]
    wheel = (runtime / entry["file_name"]).read_bytes()
    assert hashlib.sha256(wheel).hexdigest() == entry["sha256"]
    names = zipfile.ZipFile(io.BytesIO(wheel)).namelist()
    assert "py_widgets/bridge.py" in names
    bytecode = zipfile.ZipFile(io.BytesIO(wheel)).read(
        "py_widgets/__pycache__/bridge.cpython-314.pyc"
    )
    assert bytecode[4:8] == b"\x01\0\0\0", "hash-based, not checked against the source"


def test_stdlib_has_bytecode_for_start_up_and_leaves_out_what_is_never_imported(site_dir: Path):
    stdlib = zipfile.ZipFile(site_dir / "assets" / "pyodide" / "python_stdlib.zip")
    names = set(stdlib.namelist())
    for module in ("json/__init__", "dataclasses", "zipfile/__init__", "xml/etree/ElementTree"):
        assert f"{module}.pyc" in names and f"{module}.py" not in names
    assert stdlib.read("dataclasses.pyc")[2:4] == b"\r\n", "a .pyc starts with a magic number"
    assert "calendar.py" in names, "modules the page does not import stay as source"
    assert not {n for n in names if n.split("/")[0].removesuffix(".py") in DROP}


def test_python_compiles_no_source_while_the_plan_page_starts(site_dir: Path, tmp_path: Path):
    """Python started from the site's files, its wheel installed from the lock and the bridge
    given a plan: every module on the way (Pyodide's, the wheel installer's, py_widgets') is
    bytecode, so nothing is compiled in the page."""
    template = tmp_path / "template.json"
    template.write_text(json.dumps(data("oppfolgingsplan", "nb")), encoding="utf-8")
    script = ROOT / "tests" / "support" / "start_up_compiles.mjs"
    node = shutil.which("node")
    assert node, "Node trengs"
    folder = f"{site_dir / 'assets' / 'pyodide'}/"
    done = subprocess.run(
        [node, str(script), folder, str(template)], capture_output=True, text=True, check=True
    )
    compiled = json.loads(done.stdout.strip().splitlines()[-1])
    assert compiled == {"loadPyodide": [], "after": []}
