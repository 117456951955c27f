"""Generation: from the click on a download button to the finished download, for every document
of the Fase 3 plan (oppfolgingsplan) filled with tests/support/plan_form.fill_all.

Three numbers per document:
- click → file finished: the click's time in the page (performance.timeOrigin + now, a wall
  clock) to the moment Playwright reports the download complete (time.time(), same clock);
- click → handed to the browser: in the page, from the click to the hidden download link's
  click (validation, Python, conversion to a Blob);
- Python alone: the bridge's document() call timed in the page, outside the click path.
"""

import time
from dataclasses import dataclass, field

from playwright.sync_api import Browser
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.support.plan_form import DOCUMENT_BUTTONS, button, fill_all, load, wait_until_ready

from .common import Samples, poll

TEMPLATE = "oppfolgingsplan"
KINDS = {**DOCUMENT_BUTTONS, "json": "Lagre utkast"}
# Headless Chromium drops the 11th download that follows ten quick ones from the same page
# (no download event at all), and takes downloads again a few seconds later. A person never
# clicks that fast; the benchmark pauses between every ten.
DOWNLOADS_BEFORE_PAUSE = 10
PAUSE_S = 3.0
DOWNLOAD_WAIT_MS = 10_000

CLICK_PROBE = """(() => {
  const probe = { click: null, handed: [] };
  window.__benchGen = probe;
  window.addEventListener("click", (event) => {
    if (event.target.closest && event.target.closest("button")) {
      probe.click = { epoch: performance.timeOrigin + performance.now(), now: performance.now() };
    }
  }, true);
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && probe.click) {
      probe.handed.push({ name: this.download, ms: performance.now() - probe.click.now });
    }
    return click.call(this);
  };
})();"""

# The same call the page makes (py_widgets.bridge.PlanPage.document, in the worker), on the
# form's pairs (read as plan-core.js PlanPage.pairs() reads them), through
# window.krisesenterPlanRuntime (so the time includes the messages).
PYTHON_TIMING = """async ([kind, times]) => {
  const runtime = window.krisesenterPlanRuntime;
  const pairs = [];
  for (const element of document.getElementById("plan-form").elements) {
    if (!element.name || element.disabled) continue;
    if ((element.type === "checkbox" || element.type === "radio") && !element.checked) continue;
    if (element.type === "button" || element.type === "file") continue;
    pairs.push([element.name, element.value]);
  }
  const pairsJson = JSON.stringify(pairs);
  const options = JSON.stringify({ stem: "", descriptive_titles: false });
  const out = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    const made = await runtime.call("document", pairsJson, kind, options);
    out.push(performance.now() - start);
    if (made.error) throw new Error(made.error);
  }
  return out;
}"""


@dataclass
class DocumentTimes:
    """Every sample for one kind of document, in ms."""

    end_to_end: list[float] = field(default_factory=list)
    handed: list[float] = field(default_factory=list)
    python: list[float] = field(default_factory=list)
    size: int = 0

    def samples(self, name: str) -> Samples:
        return Samples(tuple(getattr(self, name)))


def measure(browser: Browser, site_url: str, *, runs: int) -> dict[str, DocumentTimes]:
    """Fill the plan once, then click each button `runs` times, kinds taken in turn."""
    results = {kind: DocumentTimes() for kind in KINDS}
    context = browser.new_context(locale="nb-NO", accept_downloads=True)
    try:
        context.add_init_script(CLICK_PROBE)
        page = context.new_page()
        page.goto(site_url + f"{TEMPLATE}.html")
        wait_until_ready(page)
        fill_all(page, load(TEMPLATE))
        since_pause = 0
        for _ in range(runs):
            if since_pause + len(KINDS) > DOWNLOADS_BEFORE_PAUSE:
                time.sleep(PAUSE_S)
                since_pause = 0
            for kind, button_name in KINDS.items():
                target = button(page, button_name)
                target.scroll_into_view_if_needed()
                handed_before = page.evaluate("window.__benchGen.handed.length")
                try:
                    with page.expect_download(timeout=DOWNLOAD_WAIT_MS) as info:
                        target.click()
                except PlaywrightTimeoutError:
                    # Throttled by Chromium (see DOWNLOADS_BEFORE_PAUSE): wait, click again.
                    time.sleep(PAUSE_S)
                    handed_before = page.evaluate("window.__benchGen.handed.length")
                    with page.expect_download(timeout=DOWNLOAD_WAIT_MS) as info:
                        target.click()
                since_pause += 1
                download = info.value
                path = download.path()
                done = time.time() * 1000
                click = page.evaluate("window.__benchGen.click.epoch")
                handed = poll(
                    page,
                    f"window.__benchGen.handed[{handed_before}]"
                    f" ? window.__benchGen.handed[{handed_before}].ms : null",
                )
                results[kind].end_to_end.append(done - click)
                results[kind].handed.append(float(handed))  # type: ignore[arg-type]
                results[kind].size = path.stat().st_size
        for kind, times in results.items():
            times.python.extend(page.evaluate(PYTHON_TIMING, [kind, runs]))
    finally:
        context.close()
    return results
