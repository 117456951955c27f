/*
 * Starts Python (Pyodide) for a plan page from files the site ships itself.
 *
 * Works the same over http and from file://: browsers refuse fetch() of file:// URLs,
 * so the runtime's binary files arrive base64-encoded inside classic scripts, and a fetch
 * shim, installed only while Pyodide starts, hands them over. Nothing else is fetched.
 *
 * Exposes window.krisesenterPython: a promise of the ready Pyodide instance, with
 * py_widgets importable.
 */
(() => {
  "use strict";

  const loader = document.currentScript;
  const base = new URL(loader.dataset.pyodide, document.baseURI);
  const SCRIPTS = ["runtime-data.js", "app-data.js", "pyodide.js", "pyodide.asm.js"];
  const MEDIA_TYPES = { wasm: "application/wasm", zip: "application/zip" };
  const APP_ZIP = "py_widgets.zip";
  const APP_DIR = "/home/pyodide/app";

  function loadScript(url) {
    return new Promise((resolve, reject) => {
      const element = document.createElement("script");
      element.src = url;
      element.async = false; // run in list order, download in parallel
      element.onload = resolve;
      element.onerror = () => reject(new Error(`fila ${url} kunne ikke lastes`));
      document.head.appendChild(element);
    });
  }

  function decodeBase64(text) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function embeddedResponse(name, entry) {
    const bytes = decodeBase64(entry.data);
    const body = entry.gzip
      ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))
      : bytes;
    const type = MEDIA_TYPES[name.split(".").pop()] || "application/octet-stream";
    return new Response(body, { headers: { "Content-Type": type } });
  }

  function withEmbeddedFetch(files, run) {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
      const name = url.pathname.split("/").pop();
      if (url.href.startsWith(base.href) && Object.hasOwn(files, name)) {
        return Promise.resolve(embeddedResponse(name, files[name]));
      }
      return realFetch(input, init);
    };
    return run().finally(() => {
      globalThis.fetch = realFetch;
    });
  }

  async function start() {
    if (typeof WebAssembly !== "object" || typeof DecompressionStream !== "function") {
      throw new Error("nettleseren er for gammel til å kjøre planverktøyet");
    }
    await Promise.all(SCRIPTS.map((name) => loadScript(new URL(name, base).href)));
    const files = globalThis.__pyodideFiles;
    const lock = globalThis.__pyodideLock;
    delete globalThis.__pyodideFiles; // let the base64 text be freed once Python runs
    delete globalThis.__pyodideLock;
    const pyodide = await withEmbeddedFetch(files, () =>
      globalThis.loadPyodide({
        indexURL: base.href,
        lockFileContents: lock,
        createPyodideModule: globalThis._createPyodideModule,
      }),
    );
    pyodide.unpackArchive(decodeBase64(files[APP_ZIP].data), "zip", { extractDir: APP_DIR });
    pyodide.runPython(`import sys\nsys.path.insert(0, "${APP_DIR}")`);
    return pyodide;
  }

  window.krisesenterPython = start();
})();
