// Compiles Python to bytecode inside Pyodide under Node: the host has no Python 3.14, and
// Pyodide's Python needs its own bytecode. Used by plugins/pyodide_runtime/bytecode.py.
//
// Usage: node compile.mjs <node_modules dir> <work dir>
// Reads <work>/stdlib.zip, <work>/package/ (the package's sources) and <work>/drop.json (top-level
// stdlib names to leave out). Imports every module of the package, then writes
// <work>/out/stdlib.zip (each module that was imported as .pyc, the dropped names left out, the
// rest unchanged) and <work>/out/package/**/__pycache__/*.pyc. The standard library is compiled
// as `python -OO` would (no docstrings or asserts: smaller, and CPython supports it).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [nodeModules, work] = process.argv.slice(2).map((p) => resolve(p));
const require = createRequire(join(nodeModules, "pyodide", "package.json"));
const { loadPyodide } = await import(pathToFileURL(join(nodeModules, "pyodide", "pyodide.mjs")).href);
const lock = JSON.parse(readFileSync(require.resolve("pyodide/pyodide-lock.json"), "utf8"));
const pyodide = await loadPyodide({ lockFileContents: { info: lock.info, packages: {} } });
pyodide.FS.mkdirTree("/work");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: work }, "/work");
pyodide.runPython(`
import importlib, importlib.util, io, json, marshal, os, pkgutil, sys, zipfile

def pyc(source, path):
    code = compile(source, path, "exec", dont_inherit=True, optimize=2)
    return importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(code)

package = next(p for p in os.listdir("/work/package") if not p.startswith("."))
sys.path.insert(0, "/work/package")
# What loadPackage() runs in the page to install the package's wheel (a small wheel unpacked as
# it does, so that the modules it imports only then count too), then the package itself.
from pyodide._package_loader import unpack_buffer
from pyodide.ffi import to_js
wheel = io.BytesIO()
with zipfile.ZipFile(wheel, "w") as archive:
    archive.writestr("probe/__init__.py", "")
    archive.writestr("probe-0.dist-info/METADATA", "Metadata-Version: 2.1\\nName: probe\\nVersion: 0\\n")
    archive.writestr("probe-0.dist-info/WHEEL", "Wheel-Version: 1.0\\nRoot-Is-Purelib: true\\n")
unpack_buffer(to_js(wheel.getvalue()), filename="probe-0-py3-none-any.whl",
              extract_dir="/tmp/probe", calculate_dynlibs=True, metadata={"INSTALLER": "pyodide.loadPackage"})
importlib.invalidate_caches()  # loadPackage's last step; it imports importlib.metadata
importlib.import_module(package)
for info in pkgutil.walk_packages([f"/work/package/{package}"], package + "."):
    importlib.import_module(info.name)
stdlib_zip = next(p for p in sys.path if p.endswith(".zip"))
loaded = set()
for module in list(sys.modules.values()):
    origin = getattr(getattr(module, "__spec__", None), "origin", None) or ""
    if origin.startswith(stdlib_zip + "/"):
        loaded.add(origin[len(stdlib_zip) + 1:])

drop = set(json.load(open("/work/drop.json")))
needed = sorted(name for name in loaded if name.split("/")[0].removesuffix(".py") in drop)
if needed:
    raise SystemExit(f"DROP holds modules that start-up imports: {needed}")
out = io.BytesIO()
with zipfile.ZipFile("/work/stdlib.zip") as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
    for info in source.infolist():
        top = info.filename.split("/")[0].removesuffix(".py")
        if top in drop:
            continue
        data = source.read(info)
        if info.filename in loaded:
            info = zipfile.ZipInfo(info.filename[:-3] + ".pyc", date_time=info.date_time)
            data = pyc(data, info.filename[:-1])
        info.compress_type = zipfile.ZIP_DEFLATED
        target.writestr(info, data)
os.makedirs("/work/out", exist_ok=True)
with open("/work/out/stdlib.zip", "wb") as file:
    file.write(out.getvalue())
# The package keeps its sources (tracebacks show them) with unchecked hash-based .pyc files in
# __pycache__: Python uses those without comparing them to the source (PEP 552).
from importlib._bootstrap_external import _code_to_hash_pyc
for folder, _, names in os.walk(f"/work/package/{package}"):
    for name in names:
        if name.endswith(".py"):
            path = os.path.join(folder, name)
            with open(path, "rb") as file:
                source = file.read()
            code = compile(source, path, "exec", dont_inherit=True)
            data = _code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False)
            cached = importlib.util.cache_from_source(path)
            target = "/work/out/package/" + os.path.relpath(cached, "/work/package")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as compiled:
                compiled.write(data)
`);
