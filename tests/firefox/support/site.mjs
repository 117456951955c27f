/**
 * The two ways a reader gets the site: site/ served over http from 127.0.0.1 (`make site`), and
 * the offline bundle (`make bundle`'s zip in dist/) unzipped and opened from disk (file://).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const PYTHON = path.join(ROOT, ".venv/bin/python");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".zip": "application/zip",
  ".whl": "application/zip",
  ".txt": "text/plain; charset=utf-8",
};

/** Serve `dir` on a free port of 127.0.0.1; resolves to {base (ends in /), origin, close()}. */
export async function serve(dir) {
  const server = http.createServer((request, response) => {
    const wanted = decodeURIComponent(new URL(request.url, "http://x").pathname);
    let file = path.join(dir, path.normalize(wanted));
    if (file.endsWith(path.sep)) file = path.join(file, "index.html");
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    base: `${origin}/`,
    origin,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The built site (make site). */
export function siteDir() {
  const dir = path.join(ROOT, "site");
  if (!fs.existsSync(path.join(dir, "index.html"))) throw new Error("Bygg nettstedet: make site");
  return dir;
}

/** make bundle's zip unzipped into a fresh folder, as a shelter would; {base, close()}. */
export function unzipBundle() {
  const pyproject = fs.readFileSync(path.join(ROOT, "pyproject.toml"), "utf8");
  const name = pyproject.match(/^name = "([^"]+)"/m)[1];
  const version = pyproject.match(/^version = "([^"]+)"/m)[1];
  const zip = path.join(ROOT, "dist", `${name}-${version}.zip`);
  if (!fs.existsSync(zip)) throw new Error(`${zip} mangler: make bundle`);
  const target = fs.mkdtempSync(path.join(os.tmpdir(), "minnepinne-"));
  execFileSync(PYTHON, ["-m", "zipfile", "-e", zip, target]);
  const folder = path.join(target, `${name}-${version}`);
  return {
    base: pathToFileURL(folder).href + "/",
    origin: "file://",
    close: async () => fs.rmSync(target, { recursive: true, force: true }),
  };
}

/** One member of a zip file (ODT, DOCX), as text. */
export function readZipMember(zip, member) {
  const script =
    "import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))";
  return execFileSync(PYTHON, ["-c", script, zip, member]).toString("utf8");
}

/** Both ways of opening the site, each as {name, open() -> {base, origin, close()}}. */
export const MODES = [
  { name: "over http", open: () => serve(siteDir()) },
  { name: "fra offline-pakken (file://)", open: async () => unzipBundle() },
];
