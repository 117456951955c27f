/*
 * Python (Pyodide) for a plan page, in a Web Worker: the page never waits for it.
 *
 * One worker for both ways the site is used; only where its files come from differs. Over
 * http(s) (the loader has data-network) the worker loads Pyodide's files from the site itself,
 * so the browser caches them and the compiled WebAssembly. A page opened from disk may neither
 * fetch files nor start a worker from a file, so there this script loads the runtime as
 * classic scripts of text and base64 (runtime-code.js, runtime-files.js) and hands it over. In
 * both cases the worker is built from a blob of app-data.js's code.
 *
 * Exposes window.krisesenterPlanRuntime {start, call, stop} (README, «Planbyggeren») and
 * reports on document as "krisesenter:python" events {state, message}. Quick exit ("krisesenter:exit")
 * terminates the worker at once: nothing typed stays in any WebAssembly memory.
 */
(() => {
  "use strict";

  const loader = document.currentScript;
  const base = new URL(loader.dataset.pyodide, document.baseURI);
  const NETWORK =
    "network" in loader.dataset && ["http:", "https:"].includes(window.location.protocol);
  const SCRIPTS = NETWORK ? ["app-data.js"] : ["app-data.js", "runtime-code.js", "runtime-files.js"];
  const WORKER_PARTS = NETWORK ? ["worker.js"] : ["pyodide.js", "pyodide.asm.js", "worker.js"];
  // Generous bounds: a slow, busy PC starts Python in well under a minute, and no call the
  // page makes takes more than a fraction of a second.
  const START_TIMEOUT_MS = 90000;
  const CALL_TIMEOUT_MS = Number(loader.dataset.callTimeoutMs) || 20000;
  const KEPT = " Det du har skrevet, står fortsatt i skjemaet.";
  const TEXT = {
    starting: "Planverktøyet starter. Du kan begynne å skrive med en gang.",
    ready: "Planverktøyet er klart.",
    failed: "Planverktøyet kunne ikke starte: {reason}." + KEPT,
    restarting: "Planverktøyet startes på nytt." + KEPT,
    old: "nettleseren er for gammel til å kjøre planverktøyet",
    missing: "filen {name} til planverktøyet kunne ikke lastes",
    broken: "filene til planverktøyet er ufullstendige",
    slowStart: "det tok for lang tid",
    timeout: "Planverktøyet brukte for lang tid og ble stoppet." + KEPT + " Prøv igjen om litt.",
    crashed: "Planverktøyet stoppet uventet." + KEPT + " Prøv igjen om litt.",
    stopped: "Planverktøyet er stoppet.",
  };
  // A plan page in another language hands over its texts (plugins/plan_templates/ui_text.py):
  // this script's under "runtime", the worker's under "worker" (in the page's plan-config).
  const pageConfig = document.getElementById("plan-config");
  const translated = pageConfig ? JSON.parse(pageConfig.textContent).text : {};
  Object.assign(TEXT, translated.runtime);
  // The iframe-worker shim replaces window.Worker on file:// pages (for Material's search);
  // plugins/self_hosted keeps the browser's own constructor here first.
  const NativeWorker = window.krisesenterNativeWorker || window.Worker;

  let assets = null; // {source: blob URL of the worker, files (none over http), lock}
  let templateJson = null;
  let worker = null;
  let ready = null; // promise of the current worker being ready
  let queue = Promise.resolve();
  let pending = new Map(); // call id -> {resolve, reject, timer}
  let nextId = 1;
  let stopped = false;

  const say = (template, values) => template.replace(/\{(\w+)\}/g, (m, k) => values[k] ?? m);

  function report(state, message) {
    const detail = { state, message };
    document.dispatchEvent(new CustomEvent("krisesenter:python", { detail }));
  }

  function loadScript(name) {
    return new Promise((resolve, reject) => {
      const element = document.createElement("script");
      element.src = new URL(name, base).href;
      element.async = false; // run in list order, download in parallel
      element.onload = () => {
        element.remove();
        resolve();
      };
      element.onerror = () => reject(new Error(say(TEXT.missing, { name })));
      document.head.appendChild(element);
    });
  }

  /** The worker's code and files, from the data scripts (once per page). */
  async function loadAssets() {
    if (typeof WebAssembly !== "object" || typeof DecompressionStream !== "function") {
      throw new Error(TEXT.old);
    }
    await Promise.all(SCRIPTS.map(loadScript));
    const code = globalThis.__pyodideCode;
    const files = NETWORK ? {} : globalThis.__pyodideFiles;
    const lock = globalThis.__pyodideLock;
    delete globalThis.__pyodideCode;
    delete globalThis.__pyodideFiles;
    delete globalThis.__pyodideLock;
    if (!code || !files || !lock || WORKER_PARTS.some((name) => !code[name])) {
      throw new Error(TEXT.broken);
    }
    // Pyodide refuses classic workers, which it detects by importScripts: the worker keeps it
    // as loadScripts, for Pyodide's own scripts over http(s).
    const parts = [
      "const loadScripts = self.importScripts.bind(self);\n",
      "self.importScripts = undefined;\n",
    ];
    for (const name of WORKER_PARTS) parts.push(code[name], "\n");
    const source = URL.createObjectURL(new Blob(parts, { type: "text/javascript" }));
    return { source, files, lock };
  }

  function failAll(message) {
    for (const { reject, timer } of pending.values()) {
      clearTimeout(timer);
      reject(new Error(message));
    }
    pending = new Map();
  }

  function endWorker() {
    if (worker) worker.terminate();
    worker = null;
  }

  /** A fresh worker with Python and the plan template; resolves when it says "ready". */
  function launch() {
    endWorker();
    const current = new NativeWorker(assets.source);
    worker = current;
    let started = false;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(TEXT.slowStart)), START_TIMEOUT_MS);
      current.onmessage = (event) => {
        const message = event.data;
        if (message.type === "ready") {
          clearTimeout(timer);
          started = true;
          resolve();
        } else if (message.type === "failed") {
          clearTimeout(timer);
          reject(new Error(message.message));
        } else {
          settle(message);
        }
      };
      // Dying while starting fails the start (no endless restarts); dying later is a crash.
      current.onerror = (event) => {
        event.preventDefault();
        clearTimeout(timer);
        if (started) crashed(current);
        else reject(new Error(TEXT.broken));
      };
      current.postMessage({
        type: "start",
        network: NETWORK,
        files: assets.files,
        lock: assets.lock,
        indexURL: base.href,
        templateJson,
        text: translated.worker,
      });
    }).catch((error) => {
      if (worker === current) endWorker();
      throw error;
    });
  }

  function settle({ id, result, error, fatal }) {
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    clearTimeout(call.timer);
    if (error === undefined) call.resolve(result);
    else call.reject(new Error(error));
    if (fatal) crashed(worker);
  }

  /** The worker hung or died: fail its calls and start a fresh one (the form keeps its text). */
  function crashed(which, message = TEXT.crashed) {
    if (stopped || which !== worker) return;
    failAll(message);
    restart();
  }

  function restart() {
    report("restarting", TEXT.restarting);
    ready = launch();
    ready.then(
      () => report("ready", TEXT.ready),
      (error) => report("failed", say(TEXT.failed, { reason: error.message })),
    );
    ready.catch(() => {});
  }

  function start(json) {
    if (ready) return ready;
    templateJson = json;
    stopped = false;
    report("starting", TEXT.starting);
    ready = loadAssets()
      .then((loaded) => {
        assets = loaded;
        if (stopped) throw new Error(TEXT.stopped);
        return launch();
      })
      .then(
        () => report("ready", TEXT.ready),
        (error) => {
          const message = say(TEXT.failed, { reason: error.message });
          report("failed", message);
          throw new Error(message);
        },
      );
    return ready;
  }

  function send(method, args) {
    if (stopped) return Promise.reject(new Error(TEXT.stopped));
    const id = nextId++;
    const current = worker;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(TEXT.timeout));
        crashed(current, TEXT.timeout);
      }, CALL_TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer });
      const transfer = args.filter((a) => a instanceof Uint8Array).map((a) => a.buffer);
      current.postMessage({ type: "call", id, method, args }, transfer);
    });
  }

  /** One call at a time, each bounded from when the worker receives it. After stop(), a call
   *  starts a fresh worker (the page was not left after all). */
  function call(method, ...args) {
    if (!ready) return Promise.reject(new Error(TEXT.stopped));
    if (stopped && assets) {
      stopped = false;
      restart();
    }
    const result = queue.then(() => ready).then(() => send(method, args));
    queue = result.catch(() => {});
    return result;
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    endWorker();
    failAll(TEXT.stopped);
  }

  window.addEventListener("krisesenter:exit", stop);
  document.addEventListener("krisesenter:exit", stop);
  // Back from the back/forward cache after leaving: Python was ended, so start it afresh.
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted || !stopped || !assets) return;
    stopped = false;
    restart();
  });

  window.krisesenterPlanRuntime = { start, call, stop };
})();
