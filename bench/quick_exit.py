"""Quick exit latency: from the press of «Forlat siden» to the neutral page's navigation, on the
plan page while Python starts, and on the front page (nothing to wait for there).

Both times come from the browser's own clock: the click event's time (logged by the page) and the
new page's `performance.timeOrigin`. The neutral site is answered locally.
"""

from mkdocs.config import load_config
from playwright.sync_api import Browser, ConsoleMessage

from .common import ROOT, Samples

NEUTRAL = "<!doctype html><title>Været</title>"
# Pressed one second after the page opened, as in the red team's test (review B2).
PRESS_AFTER_MS = 1000
RECORD_CLICK = """() => window.addEventListener("click", (event) =>
  console.log("pressed", performance.timeOrigin + event.timeStamp), true)"""


def exit_url() -> str:
    config = load_config(str(ROOT / "mkdocs.yml"))
    return config.plugins["krisesenter/quick-exit"].config.url


def latency(browser: Browser, url: str, neutral: str) -> float:
    """Milliseconds from the click to the start of the neutral page's navigation."""
    context = browser.new_context()
    try:
        context.route(
            neutral.rstrip("/") + "/**",
            lambda route: route.fulfill(content_type="text/html", body=NEUTRAL),
        )
        page = context.new_page()
        pressed: list[float] = []

        def record(message: ConsoleMessage) -> None:
            if message.text.startswith("pressed "):
                pressed.append(float(message.text.split()[1]))

        page.on("console", record)
        page.goto(url, wait_until="domcontentloaded")
        page.evaluate(RECORD_CLICK)
        page.wait_for_timeout(PRESS_AFTER_MS)
        page.locator(".krs-exit__button").click()
        page.wait_for_url(neutral)
        return page.evaluate("performance.timeOrigin") - pressed[-1]
    finally:
        context.close()


def measure(browser: Browser, site_url: str, pages: dict[str, str], runs: int) -> dict:
    """{name: Samples} of quick exit latency, pages visited in turn."""
    neutral = exit_url()
    values: dict[str, list[float]] = {name: [] for name in pages}
    for _ in range(runs):
        for name, path in pages.items():
            values[name].append(latency(browser, site_url + path, neutral))
    return {name: Samples(tuple(v)) for name, v in values.items()}
