// Runs the py_widgets test suite inside real Pyodide under Node, with pytest and hypothesis from
// pure-Python wheels (no network, no micropip). Usage: node tests/pyodide/run.mjs <wheel dir>
// Prints "Pyodide: N passed, N failed[, N skipped]" and exits with pytest's exit code.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const wheelDir = resolve(process.argv[2] ?? join(root, ".cache/pyodide-wheels"));
const wheels = readdirSync(wheelDir).filter((name) => name.endsWith(".whl"));
if (wheels.length === 0) {
  console.error(`Ingen wheels i ${wheelDir}: kjør 'make test' (den laster dem ned).`);
  process.exit(2);
}

// Only the lock's metadata: every package we need comes from the wheel directory.
const lockPath = createRequire(import.meta.url).resolve("pyodide/pyodide-lock.json");
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const pyodide = await loadPyodide({ lockFileContents: { info: lock.info, packages: {} } });
// Raw writes: Node's line batching would split pytest's progress dots onto separate lines.
pyodide.setStdout({ write: (bytes) => process.stdout.write(bytes) && bytes.length });
pyodide.setStderr({ write: (bytes) => process.stderr.write(bytes) && bytes.length });

const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
for (const name of wheels) {
  const bytes = new Uint8Array(readFileSync(join(wheelDir, name)));
  pyodide.unpackArchive(bytes, "wheel", { extractDir: sitePackages });
}

// The live sources, read-only in spirit: the tests write nothing into the project.
const mount = "/project";
pyodide.FS.mkdirTree(mount);
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, mount);
pyodide.runPython(`import sys; sys.path[:0] = ["${mount}", "${mount}/tests/pyodide"]`);
const rc = pyodide.runPython(`import pytest_main; pytest_main.main("${mount}")`);
process.exit(rc);
