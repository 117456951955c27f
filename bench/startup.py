"""Plan page start-up: when the form takes input and when Python is ready, cold and warm, over
http and from file://, against a bare page that only starts the same npm Pyodide package.

All times are performance.now() in the page, i.e. milliseconds from navigation start. An init
script (not subject to the page's CSP) records them; Python only polls for the result.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Page, Playwright

from .common import NODE_PYODIDE, WORK_DIR, Samples, fresh_profile, poll

PLAN_PAGE = "oppfolgingsplan.html"
FIRST_FIELD = "#plan-form textarea >> nth=0"

# Records, from navigation start: the first `input` event handled, the first time any
# element's data-ready becomes "true" or "failed" (#plan-form on plan pages, <body> on the bare
# page), when loadPyodide() was called and when its promise settled (a setter catches
# pyodide.js defining the global), the main thread's long tasks, and a timer's lateness.
PROBE = """(() => {
  const probe = { ready: null, state: null, input: null, loadStart: null, loadEnd: null };
  window.__bench = probe;
  // Heartbeat: a timer every 10 ms until ready; the largest lateness is the longest time
  // the main thread was busy (how long a keystroke could have had to wait).
  probe.blocked = 0;
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    probe.blocked = Math.max(probe.blocked, now - last - 10);
    last = now;
    if (probe.ready === null) setTimeout(beat, 10);
  };
  setTimeout(beat, 10);
  // Main-thread tasks of 50 ms or more (the Long Tasks API reports no shorter ones).
  // The browser hands them over a little after each task, so the result waits 500 ms after ready.
  probe.longTasks = [];
  const keep = (entries) => {
    for (const task of entries) probe.longTasks.push([task.startTime, task.duration]);
  };
  probe.longTaskObserver = new PerformanceObserver((list) => keep(list.getEntries()));
  probe.longTaskObserver.observe({ type: "longtask", buffered: true });
  probe.takeLongTasks = () => keep(probe.longTaskObserver.takeRecords());
  // pyodide.js assigns the global more than once (its module object, then the function).
  let current;
  Object.defineProperty(globalThis, "loadPyodide", {
    configurable: true,
    get: () => current,
    set: (value) => {
      if (typeof value !== "function") {
        current = value;
        return;
      }
      current = (...args) => {
        probe.loadStart = performance.now();
        const started = value(...args);
        started.finally(() => { probe.loadEnd = performance.now(); }).catch(() => {});
        return started;
      };
    },
  });
  new MutationObserver((records) => {
    for (const record of records) {
      const value = record.target.getAttribute("data-ready");
      if (probe.ready === null && (value === "true" || value === "failed")) {
        probe.ready = performance.now();
        probe.state = value;
        // The busy stretch that ends here has not been seen by the heartbeat yet.
        probe.blocked = Math.max(probe.blocked, probe.ready - last - 10);
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
  window.addEventListener("input", () => {
    if (probe.input === null) probe.input = performance.now();
  }, true);
})();"""

RESULT = """() => {
  const probe = window.__bench;
  if (!probe || probe.ready === null || performance.now() < probe.ready + 500) return null;
  probe.takeLongTasks();
  const nav = performance.getEntriesByType("navigation")[0];
  return { ready: probe.ready, state: probe.state, input: probe.input,
           load_start: probe.loadStart, load_end: probe.loadEnd,
           blocked: probe.blocked,
           longest_task: Math.max(0, ...probe.longTasks
             .filter(([start]) => start < probe.ready).map(([, duration]) => duration)),
           dcl: nav ? nav.domContentLoadedEventEnd : null,
           error: document.body.dataset.error || "" };
}"""

BARE_HTML = """<!DOCTYPE html>
<html lang="nb">
<head><meta charset="utf-8"><title>Bare Pyodide</title></head>
<body>
<script src="pyodide/pyodide.js"></script>
<script src="bare.js"></script>
</body>
</html>
"""

BARE_JS = """// The standard way to start npm Pyodide, and nothing else.
loadPyodide({ indexURL: new URL("pyodide/", location.href).href }).then(
  () => { document.body.dataset.ready = "true"; },
  (error) => {
    document.body.dataset.error = String(error && error.message ? error.message : error);
    document.body.dataset.ready = "failed";
  },
);
"""


def bare_page_dir() -> Path:
    """A folder with bare.html, bare.js and pyodide/ (a link to node_modules/pyodide)."""
    folder = WORK_DIR / "bare"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bare.html").write_text(BARE_HTML, encoding="utf-8")
    (folder / "bare.js").write_text(BARE_JS, encoding="utf-8")
    link = folder / "pyodide"
    if not link.is_symlink():
        if link.exists():
            raise RuntimeError(f"{link} exists and is not a link")
        os.symlink(NODE_PYODIDE, link, target_is_directory=True)
    return folder


@dataclass
class Visit:
    """One page load: ms from navigation start."""

    ready: float
    state: str
    input: float | None
    dcl: float
    load_start: float | None = None
    load_end: float | None = None
    blocked: float = 0.0
    """The longest time the main thread was busy before ready (a 10 ms timer's lateness)."""
    longest_task: float = 0.0
    """The longest main-thread task that began before ready (0: none of 50 ms or more)."""
    error: str = ""


def visit(page: Page, url: str, *, type_early: bool) -> Visit:
    """Navigate; with type_early, type into the first form field as soon as Playwright can."""
    page.goto(url, wait_until="commit")
    if type_early:
        page.locator(FIRST_FIELD).fill("x")
    result = poll(page, f"({RESULT})()")
    assert isinstance(result, dict)
    return Visit(
        ready=result["ready"],
        state=result["state"],
        input=result["input"],
        dcl=result["dcl"],
        load_start=result["load_start"],
        load_end=result["load_end"],
        blocked=result["blocked"],
        longest_task=result["longest_task"],
        error=result["error"],
    )


@dataclass
class Series:
    """Cold and warm visits of one page in one setting (e.g. "ours over http")."""

    cold: list[Visit] = field(default_factory=list)
    warm: list[Visit] = field(default_factory=list)

    def ready(self, which: str) -> Samples:
        visits = self.cold if which == "cold" else self.warm
        return Samples(tuple(v.ready for v in visits if v.state == "true"))

    def input(self, which: str) -> Samples:
        visits = self.cold if which == "cold" else self.warm
        return Samples(tuple(v.input for v in visits if v.input is not None))

    def blocked(self, which: str) -> Samples:
        visits = self.cold if which == "cold" else self.warm
        return Samples(tuple(v.blocked for v in visits if v.state == "true"))

    def longest_task(self, which: str) -> Samples:
        visits = self.cold if which == "cold" else self.warm
        return Samples(tuple(v.longest_task for v in visits if v.state == "true"))

    def failures(self) -> list[str]:
        return [v.error or "failed" for v in self.cold + self.warm if v.state != "true"]


def profile_run(
    playwright: Playwright, url: str, series: Series, *, warm_visits: int, type_early: bool
) -> None:
    """One fresh profile: a cold visit, then warm visits (the same URL again, same profile)."""
    with fresh_profile(playwright) as context:
        context.add_init_script(PROBE)
        page = context.pages[0] if context.pages else context.new_page()
        # Typing makes the plan page ask before leaving; a person would confirm.
        page.on("dialog", lambda dialog: dialog.accept())
        series.cold.append(visit(page, url, type_early=type_early))
        for _ in range(warm_visits):
            series.warm.append(visit(page, url, type_early=type_early))


@dataclass
class StartupResults:
    """Every series, keyed by setting."""

    ours_http: Series
    ours_file: Series
    bare_http: Series
    bare_file: Series


def measure(
    playwright: Playwright,
    site_url: str,
    bundle_dir: Path,
    bare_url: str,
    bare_dir: Path,
    *,
    runs: int,
    warm_visits: int = 2,
) -> StartupResults:
    """Interleave the settings run by run, so that machine noise hits each of them alike."""
    results = StartupResults(Series(), Series(), Series(), Series())
    ours_file_url = (bundle_dir / PLAN_PAGE).as_uri()
    for _ in range(runs):
        profile_run(
            playwright,
            bare_url + "bare.html",
            results.bare_http,
            warm_visits=warm_visits,
            type_early=False,
        )
        profile_run(
            playwright,
            site_url + PLAN_PAGE,
            results.ours_http,
            warm_visits=warm_visits,
            type_early=True,
        )
        profile_run(
            playwright, ours_file_url, results.ours_file, warm_visits=warm_visits, type_early=True
        )
    # Plain Pyodide from file:// fails at once (fetch of file:// is blocked); once shows it.
    profile_run(
        playwright,
        (bare_dir / "bare.html").as_uri(),
        results.bare_file,
        warm_visits=0,
        type_early=False,
    )
    return results
