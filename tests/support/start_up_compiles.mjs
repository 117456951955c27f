// Starts Pyodide under Node the way the plan page's worker does, from a built site's own files
// (python_stdlib.zip, pyodide-lock.json and the py_widgets wheel), and prints as JSON the files
// Python had to compile from source on the way: {"loadPyodide": [...], "after": [...]}.
// Usage: node start_up_compiles.mjs <site>/assets/pyodide/ <plan template JSON file>
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [folder, templateFile] = process.argv.slice(2);
const lock = JSON.parse(readFileSync(`${folder}pyodide-lock.json`, "utf8"));
const pyodide = await loadPyodide({
  stdLibURL: `${folder}python_stdlib.zip`,
  packageBaseUrl: folder,
  lockFileContents: lock,
});
// Modules imported while Python started (frozen ones aside): bytecode, or compiled from source.
const atStart = pyodide.runPython(`
import builtins, json, sys
compiled = []
_compile = builtins.compile
def _recording(source, filename, *args, **kwargs):
    if isinstance(filename, str) and filename.endswith(".py"):
        compiled.append(filename)
    return _compile(source, filename, *args, **kwargs)
builtins.compile = _recording
origins = (getattr(module.__spec__, "origin", None) for module in list(sys.modules.values()))
json.dumps(sorted(origin for origin in origins if (origin or "").endswith(".py")))`);
const [name] = Object.keys(lock.packages);
await pyodide.loadPackage(name, { messageCallback: () => {} });
pyodide.pyimport("py_widgets.bridge").PlanPage(readFileSync(templateFile, "utf8"));
const after = pyodide.runPython("json.dumps(compiled)");
console.log(JSON.stringify({ loadPyodide: JSON.parse(atStart), after: JSON.parse(after) }));
