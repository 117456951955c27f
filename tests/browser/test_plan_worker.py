"""Python runs in a Web Worker: quick exit never waits for it, a hung or crashed worker is
replaced while the form keeps its text, and a wrong checksum stops the start with a message."""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from mkdocs.config import load_config
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Route, Worker, expect

from tests.browser.test_quick_exit import NEUTRAL_PAGE
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS
from tests.support.plan_form import accessible_name, load, page_name, wait_until_ready
from tests.support.site import ROOT

PAGE = page_name("oppfolgingsplan")
# The bound: leaving a plan page takes no longer than leaving a reading page.
LEAVE_WITHIN_S = 1.0
# The worker's code, extended for a test: method "hang" never returns, "crash" kills the worker.
SABOTAGE = """
const realCall = call;
call = (message) => {
  if (message.method === "hang") for (;;) {}
  if (message.method === "crash") throw new WebAssembly.RuntimeError("unreachable");
  return realCall(message);
};
"""


# Each press (click or key), in the browser's own clock (ms since the epoch), via the console.
RECORD_PRESSES = """() => {
  for (const type of ["click", "keyup"]) {
    window.addEventListener(type, (event) =>
      console.log("pressed", performance.timeOrigin + event.timeStamp), true);
  }
}"""


class Neutral:
    """The neutral site (intercepted)."""

    def __init__(self, context: BrowserContext, url: str) -> None:
        self.url = url
        context.route(url.rstrip("/") + "/**", self._fulfil)

    def _fulfil(self, route: Route) -> None:
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=NEUTRAL_PAGE)


@pytest.fixture
def neutral(context: BrowserContext) -> Neutral:
    config = load_config(str(ROOT / "mkdocs.yml"))
    return Neutral(context, config.plugins["krisesenter/quick-exit"].config.url)


def _python_worker(page: Page) -> Worker:
    """The plan page's Python worker (a blob:), once it exists."""
    for _ in range(600):
        for worker in page.workers:
            if worker.url.startswith("blob:"):
                return worker
        page.wait_for_timeout(100)
    raise AssertionError("Planverktøyets worker startet ikke")


def _leave(page: Page, how: str) -> list[float]:
    """Press «Forlat siden» or Shift three times; the times of the presses (browser clock)."""
    presses: list[float] = []

    def record(message: ConsoleMessage) -> None:
        if message.text.startswith("pressed "):
            presses.append(float(message.text.split()[1]))

    page.on("console", record)
    page.evaluate(RECORD_PRESSES)
    if how == "button":
        page.locator(".krs-exit__button").click()
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    return presses


def _assert_left_in_time(page: Page, neutral: Neutral, presses: list, closed: list) -> None:
    """The neutral page's navigation began within the bound after the last press."""
    page.wait_for_url(neutral.url)
    left = page.evaluate("performance.timeOrigin")
    assert presses, "the press was not seen"
    assert (left - presses[-1]) / 1000 <= LEAVE_WITHIN_S
    page.wait_for_timeout(200)
    assert closed, "the worker must be ended"


@pytest.mark.parametrize("how", ["button", "shift"])
def test_quick_exit_while_python_starts(page: Page, base_url: str, neutral: Neutral, how: str):
    page.goto(base_url + PAGE, wait_until="domcontentloaded")
    worker = _python_worker(page)
    closed: list[bool] = []
    worker.on("close", lambda _: closed.append(True))
    assert page.locator("#plan-form").get_attribute("data-ready") != "true"
    presses = _leave(page, how)
    _assert_left_in_time(page, neutral, presses, closed)


@pytest.mark.parametrize("how", ["button", "shift"])
def test_quick_exit_while_a_large_draft_is_read(
    page: Page, base_url: str, neutral: Neutral, how: str, tmp_path: Path
):
    page.goto(base_url + PAGE)
    wait_until_ready(page)
    worker = _python_worker(page)
    closed: list[bool] = []
    worker.on("close", lambda _: closed.append(True))
    draft = tmp_path / "utkast.json"
    filler = "Lang tekst " * 90_000  # just under the 1 MB a draft may have
    draft.write_text(json.dumps({"format": "krisesenter-plan", "notat": filler}), "utf-8")
    page.locator("#plan-utkast-fil").set_input_files(draft)
    presses = _leave(page, how)
    _assert_left_in_time(page, neutral, presses, closed)


def test_exit_event_ends_the_worker_and_a_later_call_starts_a_fresh_one(page: Page, base_url: str):
    page.goto(base_url + PAGE)
    wait_until_ready(page)
    worker = _python_worker(page)
    with worker.expect_event("close"):
        page.evaluate("window.dispatchEvent(new Event('krisesenter:exit'))")
    assert not [w for w in page.workers if w.url.startswith("blob:")]
    with page.expect_worker() as fresh:
        result = page.evaluate("krisesenterPlanRuntime.call('check', '[]')")
    assert fresh.value is not worker
    assert {"errors", "notices"} <= set(result)


def test_over_http_the_worker_loads_the_runtime_files_themselves(page: Page, base_url: str):
    """The site's own files, which the browser caches (and V8 the compiled wasm): not the data
    scripts that a page opened from disk needs, and no second copy on the page's thread."""
    loaded: list[str] = []
    page.on("request", lambda request: loaded.append(request.url))
    page.goto(base_url + PAGE)
    wait_until_ready(page)
    runtime = sorted(url.rsplit("/", 1)[1] for url in loaded if "/assets/pyodide/" in url)
    wheels = [name for name in runtime if name.endswith(".whl")]
    fetched = ["app-data.js", "pyodide.js", "pyodide.asm.js", "pyodide.asm.wasm"]
    assert runtime == sorted([*fetched, "python_stdlib.zip", *wheels])
    assert len(wheels) == 1


def _sabotaged(context: BrowserContext, timeout_ms: int) -> None:
    """The worker gets SABOTAGE, and calls are bounded by timeout_ms."""

    def worker_code(route: Route) -> None:
        body = route.fetch().text()
        extra = f'globalThis.__pyodideCode["worker.js"] += {json.dumps(SABOTAGE)};\n'
        route.fulfill(body=body + extra, content_type="text/javascript")

    def page_html(route: Route) -> None:
        body = route.fetch().text()
        body = body.replace("data-pyodide=", f'data-call-timeout-ms="{timeout_ms}" data-pyodide=')
        route.fulfill(body=body, content_type="text/html; charset=utf-8")

    context.route("**/assets/pyodide/app-data.js", worker_code)
    context.route("**/" + PAGE, page_html)


@pytest.mark.parametrize(
    ("method", "message"),
    [
        ("hang", "Planverktøyet brukte for lang tid og ble stoppet."),
        ("crash", "Planverktøyet stoppet uventet."),
    ],
)
def test_a_hung_or_crashed_worker_is_replaced_and_the_form_kept(
    context: BrowserContext, page: Page, base_url: str, method: str, message: str
):
    _sabotaged(context, timeout_ms=3000)
    page.goto(base_url + PAGE)
    wait_until_ready(page)
    first = _python_worker(page)
    template = load("oppfolgingsplan")
    field = page.get_by_label(accessible_name(template.field("deltakere")), exact=True)
    field.fill("Kari og Ola")
    with first.expect_event("close"):
        error = page.evaluate(
            f"krisesenterPlanRuntime.call('{method}').then(() => '', (e) => e.message)"
        )
    assert error.startswith(message)
    assert "Det du har skrevet, står fortsatt i skjemaet." in error
    wait_until_ready(page)
    expect(page.locator("#plan-status")).to_have_text("Planverktøyet er klart.")
    expect(field).to_have_value("Kari og Ola")
    result = page.evaluate("krisesenterPlanRuntime.call('check', '[]')")
    assert {"errors", "notices"} <= set(result)


def test_a_wrong_checksum_stops_the_start_with_a_message(
    context: BrowserContext, page: Page, base_url: str
):
    def tampered(route: Route) -> None:
        body = re.sub(
            r'"sha256":"[0-9a-f]{64}"', '"sha256":"' + "0" * 64 + '"', route.fetch().text()
        )
        route.fulfill(body=body, content_type="text/javascript")

    context.route("**/assets/pyodide/app-data.js", tampered)
    page.goto(base_url + PAGE)
    page.wait_for_selector("#plan-form[data-ready='failed']", state="attached", timeout=120_000)
    status = page.locator("#plan-status")
    expect(status).to_contain_text("Planverktøyet kunne ikke starte")
    expect(status).to_contain_text("kontrollsummen stemmer ikke")


def test_python_starts_over_plain_http_on_a_local_network_name(browser: Browser, base_url: str):
    """Off localhost, plain http has no crypto.subtle; the wheel is still checked, and starts."""
    rules = f"--host-resolver-rules=MAP krisesenter.test {urlsplit(base_url).hostname}"
    lan = browser.browser_type.launch(executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, rules])
    try:
        page = lan.new_page()
        page.goto(f"http://krisesenter.test:{urlsplit(base_url).port}/{PAGE}")
        assert page.evaluate("window.isSecureContext") is False
        wait_until_ready(page)
        expect(page.locator("#plan-form")).to_have_attribute("data-ready", "true")
    finally:
        lan.close()
