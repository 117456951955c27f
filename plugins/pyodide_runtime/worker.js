/*
 * The plan page's Python worker: Pyodide with py_widgets, behind py_widgets.bridge.PlanPage.
 *
 * plan-runtime.js builds this worker from text as a blob, because a page opened from file://
 * may neither fetch files nor start a worker from one. It posts {type: "start", network, files,
 * lock, indexURL, templateJson, text}. Over http(s) (network) the worker loads Pyodide's
 * scripts and files from indexURL, the site's own folder, as they are: the browser caches them,
 * and V8 the compiled WebAssembly. From file:// the blob already holds Pyodide's code and
 * `files` its binary files (base64). Then the site's pyodide-lock.json, the plan template and
 * this file's texts in the page's language (bokmål when absent). A fetch shim answers Pyodide
 * from those files, or from indexURL only: nothing is fetched from anywhere else.
 *
 * Messages out: {type: "ready"}, {type: "failed", message}, and per call {id, result} or
 * {id, error, fatal} (fatal: Python itself is broken, and the page starts a fresh worker). A call's str result is JSON-parsed here; a dict becomes a plain object with
 * bytes as Uint8Array (transferred).
 */
"use strict";

const MEDIA_TYPES = { wasm: "application/wasm", zip: "application/zip", whl: "application/zip" };
const TEXT = {
  checksum:
    "en av filene til planverktøyet er skadet eller endret (kontrollsummen stemmer ikke)." +
    " Last inn siden på nytt, eller hent offline-pakken på nytt",
  python: "Planverktøyet fikk en feil ({reason}). Det du har skrevet, står fortsatt i skjemaet.",
  missing: "filen {name} til planverktøyet kunne ikke lastes",
};

let bridge = null;
let pyodide = null;

function decodeBase64(text) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64(bytes) {
  if (bytes.toBase64) return bytes.toBase64();
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(""));
}

/** SHA-256 of bytes, base64. Plain http off localhost has no crypto.subtle: Python's hashlib
 * (Pyodide is running by the time a package is checked) gives the same sum. */
async function sha256Base64(bytes) {
  if (self.crypto && self.crypto.subtle) {
    return toBase64(new Uint8Array(await self.crypto.subtle.digest("SHA-256", bytes)));
  }
  const sum = pyodide.runPython(
    "import base64, hashlib\n" +
      "lambda data: base64.b64encode(hashlib.sha256(data.to_py()).digest()).decode()",
  );
  try {
    return sum(bytes);
  } finally {
    sum.destroy();
  }
}

/** The body, if its SHA-256 is the one Pyodide asks for (subresource integrity, as fetch does). */
async function verified(response, integrity) {
  if (!integrity) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (integrity !== `sha256-${await sha256Base64(bytes)}`) throw new TypeError("integrity");
  return new Response(bytes, { headers: response.headers });
}

/** fetch() that answers for the embedded files by name and refuses everything else. */
function embeddedFetch(files) {
  return async (input, init = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const name = url.split("/").pop();
    const entry = Object.hasOwn(files, name) ? files[name] : null;
    if (!entry) throw new TypeError(`${name}: ikke en del av planverktøyet`);
    const bytes = decodeBase64(entry.data);
    const body = entry.gzip
      ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))
      : bytes;
    const type = MEDIA_TYPES[name.split(".").pop()] || "application/octet-stream";
    return verified(new Response(body, { headers: { "Content-Type": type } }), init.integrity);
  };
}

/** Stop the start at once: Pyodide only logs a wasm that fails to load, and would wait. */
function fail(message) {
  self.postMessage({ type: "failed", message });
  return new TypeError(message);
}

/** fetch() of the site's own runtime files under indexURL, and nothing else. The response is
 * passed on untouched, so the browser can stream and cache the compiled wasm; a server that
 * sends the wasm with another media type gets it relabelled (compiled, but not cached). */
function siteFetch(indexURL, nativeFetch) {
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), indexURL).href;
    const name = url.split("/").pop();
    if (!url.startsWith(indexURL)) throw new TypeError(`${name}: ikke en del av planverktøyet`);
    let response;
    try {
      response = await nativeFetch(url, init);
    } catch (error) {
      if (init.integrity) throw error; // a wrong checksum: loadPackage reports it
      throw fail(TEXT.missing.replace("{name}", name));
    }
    const sent = (response.headers.get("Content-Type") || "").split(";")[0].trim();
    // Some hosts answer a missing file with a page (200 text/html) instead of a 404.
    if (!response.ok || sent === "text/html") throw fail(TEXT.missing.replace("{name}", name));
    if (!name.endsWith(".wasm") || sent === MEDIA_TYPES.wasm) return response;
    return new Response(response.body, { headers: { "Content-Type": MEDIA_TYPES.wasm } });
  };
}

/** Pyodide's two scripts, from the site (over http(s); from file:// the blob holds them). */
function loadPyodideScripts(indexURL) {
  for (const name of ["pyodide.js", "pyodide.asm.js"]) {
    try {
      loadScripts(new URL(name, indexURL).href); // eslint-disable-line no-undef -- see plan-runtime.js
    } catch {
      throw new Error(TEXT.missing.replace("{name}", name));
    }
  }
}

async function start({ network, files, lock, indexURL, templateJson, text }) {
  Object.assign(TEXT, text); // the page's language, if not bokmål
  if (network) {
    loadPyodideScripts(indexURL);
    self.fetch = siteFetch(indexURL, self.fetch.bind(self));
  } else {
    self.fetch = embeddedFetch(files);
  }
  pyodide = await self.loadPyodide({
    indexURL,
    packageBaseUrl: indexURL,
    lockFileContents: lock,
    createPyodideModule: self._createPyodideModule,
    stdout: () => {},
    stderr: () => {},
  });
  // The site's lock holds one package: py_widgets (its lock name is "py-widgets"). A wrong
  // checksum does not make loadPackage throw: it reports through errorCallback.
  const [name] = Object.keys(lock.packages);
  const problems = [];
  await pyodide.loadPackage(name, {
    checkIntegrity: true,
    messageCallback: () => {},
    errorCallback: (message) => problems.push(message),
  });
  if (problems.length || !Object.hasOwn(pyodide.loadedPackages, name)) {
    throw new Error(TEXT.checksum);
  }
  const PlanPage = pyodide.pyimport("py_widgets.bridge").PlanPage;
  bridge = PlanPage(templateJson);
  PlanPage.destroy();
}

/** A Python result as plain data, with the buffers to transfer. */
function plain(result) {
  if (typeof result === "string") return { value: JSON.parse(result), transfer: [] };
  if (result === undefined || result === null) return { value: null, transfer: [] };
  const value = result.toJs({ dict_converter: Object.fromEntries });
  result.destroy();
  const transfer = Object.values(value)
    .filter((item) => item instanceof Uint8Array)
    .map((item) => item.buffer);
  return { value, transfer };
}

function call({ id, method, args }) {
  try {
    const { value, transfer } = plain(bridge[method](...args));
    self.postMessage({ id, result: value }, transfer);
  } catch (error) {
    // A Python exception leaves Python usable; anything else (a WebAssembly trap, out of
    // memory) does not, and the page then starts a fresh worker.
    const fatal = !(error instanceof pyodide.ffi.PythonError);
    const reason = error && error.message ? error.message.trim().split("\n").pop() : error;
    self.postMessage({ id, fatal, error: TEXT.python.replace("{reason}", reason) });
  }
}

self.onmessage = (event) => {
  const message = event.data;
  if (message.type === "start") {
    start(message).then(
      () => self.postMessage({ type: "ready" }),
      (error) => self.postMessage({ type: "failed", message: error.message || String(error) }),
    );
  } else if (message.type === "call") {
    call(message);
  }
};
