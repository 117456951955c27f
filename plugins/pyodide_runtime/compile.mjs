// Compiles Python to bytecode inside Pyodide under Node: the host has no Python 3.14, and
// Pyodide's Python needs its own bytecode. Used by plugins/pyodide_runtime/bytecode.py.
//
// Usage: node compile.mjs <node_modules dir> <work dir>
// Reads <work>/stdlib.zip, <work>/package/ (the package's sources) and <work>/drop.json (top-level
// stdlib names to leave out). Imports every module of the package, then writes
// <work>/out/stdlib.zip (each module that was imported as .pyc, the dropped names left out, the
// rest unchanged) and <work>/out/package/**.pyc. The standard library is compiled as `python
// -OO` would (no docstrings or asserts: smaller, and CPython supports it); the package as is.
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

def pyc(source, path, optimize):
    code = compile(source, path, "exec", dont_inherit=True, optimize=optimize)
    return importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(code)

package = next(p for p in os.listdir("/work/package") if not p.startswith("."))
sys.path.insert(0, "/work/package")
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
out = io.BytesIO()
with zipfile.ZipFile("/work/stdlib.zip") as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
    for info in source.infolist():
        top = info.filename.split("/")[0].removesuffix(".py")
        if top in drop:
            continue
        data = source.read(info)
        if info.filename in loaded:
            info = zipfile.ZipInfo(info.filename[:-3] + ".pyc", date_time=info.date_time)
            data = pyc(data, info.filename[:-1], 2)
        info.compress_type = zipfile.ZIP_DEFLATED
        target.writestr(info, data)
os.makedirs("/work/out", exist_ok=True)
with open("/work/out/stdlib.zip", "wb") as file:
    file.write(out.getvalue())
for folder, _, names in os.walk(f"/work/package/{package}"):
    for name in names:
        if name.endswith(".py"):
            path = os.path.join(folder, name)
            target = "/work/out/package/" + os.path.relpath(path, "/work/package")[:-3] + ".pyc"
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(path, "rb") as file, open(target, "wb") as compiled:
                compiled.write(pyc(file.read(), path, 0))
`);
