/**
 * Headless Debian Firefox ESR driven by puppeteer-core over WebDriver BiDi (no geckodriver,
 * nothing downloaded). Each launch gets its own download folder and a log of every host name
 * Firefox's DNS resolver is asked for (MOZ_LOG nsHostResolver), so a test can prove that no
 * page made Firefox look up another host. Firefox's own background traffic is switched off.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";

export const FIREFOX = "/usr/bin/firefox-esr";
// Hosts this machine itself is: looking them up is not contact with another host.
const OWN_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);
const DOWNLOAD_TYPES = [
  "text/html",
  "text/plain",
  "text/calendar",
  "application/json",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/octet-stream",
];

/** Start Firefox; returns {browser, downloads, hostsLookedUp(), close()}. */
export async function launchFirefox() {
  if (!fs.existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} mangler: apt-get install -y firefox-esr (make system)`);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "firefox-test-"));
  const downloads = path.join(work, "nedlastinger");
  const dnsLog = path.join(work, "dns");
  fs.mkdirSync(downloads);
  fs.mkdirSync(dnsLog);
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    env: {
      ...process.env,
      // With this, Firefox honours services.settings.server below (no Remote Settings polling).
      MOZ_REMOTE_SETTINGS_DEVTOOLS: "1",
      // Every lookup Firefox's resolver starts, prefetches included, written as it happens.
      MOZ_LOG: "sync,nsHostResolver:5",
      MOZ_LOG_FILE: path.join(dnsLog, "dns"),
    },
    extraPrefsFirefox: {
      "services.settings.server": "data:,#remote-settings-dummy/v1",
      "browser.download.folderList": 2,
      "browser.download.dir": downloads,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
      "browser.download.manager.showWhenStarting": false,
      "browser.helperApps.neverAsk.saveToDisk": DOWNLOAD_TYPES.join(","),
    },
  });
  const readFrom = new Map(); // log file -> bytes already looked at
  const logs = () => fs.readdirSync(dnsLog).map((name) => path.join(dnsLog, name));
  return {
    browser,
    downloads,
    /** Start a new record of lookups: hostsLookedUp() reports only those made after this. */
    forgetLookups() {
      for (const file of logs()) readFrom.set(file, fs.statSync(file).size);
    },
    /** Host names (other than this machine) Firefox has looked up since forgetLookups(). */
    hostsLookedUp() {
      const hosts = new Set();
      for (const file of logs()) {
        const log = fs.readFileSync(file).subarray(readFrom.get(file) ?? 0).toString("utf8");
        for (const match of log.matchAll(/Resolving host \[([^\]]*)\]/g)) {
          if (!OWN_HOSTS.has(match[1])) hosts.add(match[1]);
        }
      }
      return [...hosts].sort();
    },
    async close() {
      await browser.close();
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Runs in every page before its own scripts: reports CSP violations and failed resources. */
function watchPage() {
  const report = (kind, detail) => window.__firefoxTestReport(JSON.stringify({ kind, detail }));
  document.addEventListener("securitypolicyviolation", (event) =>
    report("csp", `${event.violatedDirective} ${event.blockedURI} (${location.pathname})`),
  );
  window.addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target && target !== window) {
        report("resource", `${target.src || target.href || target.tagName} (${location.pathname})`);
      }
    },
    true,
  );
}

/**
 * A new tab that records what it does: requests (http(s) and data:; BiDi gives no events for
 * file:// loads, so from the bundle only requests that leave the disk show up), CSP violations,
 * failed resources, page errors and console errors.
 */
export async function openTab(browser) {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  const seen = { requests: [], csp: [], resource: [], errors: [] };
  await page.exposeFunction("__firefoxTestReport", (json) => {
    const { kind, detail } = JSON.parse(json);
    seen[kind].push(detail);
  });
  await page.evaluateOnNewDocument(watchPage);
  page.on("request", (request) => seen.requests.push(request.url()));
  page.on("pageerror", (error) => seen.errors.push(String(error?.message ?? error)));
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(message.text());
  });
  return { page, seen };
}

/** Requests that went anywhere but `origin` (or the disk, data: and blob:). */
export function foreignRequests(urls, origin) {
  return urls.filter((url) => {
    const parsed = new URL(url);
    if (["file:", "data:", "blob:"].includes(parsed.protocol)) return false;
    return parsed.origin !== origin;
  });
}

/** Cookies and web storage the page's origin holds; all empty on a private site. */
export function storedData(page) {
  return page.evaluate(async () => {
    const out = { cookies: document.cookie, local: -1, session: -1, idb: [], caches: [] };
    try {
      out.local = localStorage.length;
    } catch {
      out.local = 0;
    }
    try {
      out.session = sessionStorage.length;
    } catch {
      out.session = 0;
    }
    try {
      out.idb = (await indexedDB.databases()).map((db) => db.name);
    } catch {}
    try {
      out.caches = await caches.keys();
    } catch {}
    return out;
  });
}

export const NOTHING_STORED = { cookies: "", local: 0, session: 0, idb: [], caches: [] };

/** Click the first element matching `selector` whose text is or begins with the words `text`. */
export async function clickText(page, selector, text) {
  for (const handle of await page.$$(selector)) {
    const own = await handle.evaluate((e) => e.textContent.replace(/\s+/g, " ").trim());
    if (own === text || own.startsWith(`${text} `)) {
      await handle.click();
      return;
    }
  }
  throw new Error(`Fant ingen ${selector} med teksten «${text}»`);
}

/** Click, then wait until the tab shows another document whose URL ends with `name`. */
export async function follow(page, click, name) {
  await Promise.all([page.waitForNavigation(), click()]);
  const url = page.url();
  if (!url.endsWith(name)) throw new Error(`Kom til ${url}, ventet …${name}`);
}
