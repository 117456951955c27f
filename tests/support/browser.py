"""Headless Debian Chromium through Playwright, and what the privacy tests look at."""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Page, Request, expect

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class RequestLog:
    """Every URL the browser requested while attached to a context."""

    urls: list[str] = field(default_factory=list)

    def attach(self, context: BrowserContext) -> "RequestLog":
        context.on("request", self._record)
        return self

    def _record(self, request: Request) -> None:
        self.urls.append(request.url)

    def foreign(self, allowed_origin: str) -> list[str]:
        """Requests that left allowed_origin (scheme://host:port), ignoring data: and blob:."""
        allowed = urlsplit(allowed_origin)
        out = []
        for url in self.urls:
            parts = urlsplit(url)
            if parts.scheme in {"data", "blob"}:
                continue
            if (parts.scheme, parts.netloc) != (allowed.scheme, allowed.netloc):
                out.append(url)
        return out

    def not_local_files(self) -> list[str]:
        """Requests with a scheme other than file:, data: or blob:."""
        return [u for u in self.urls if urlsplit(u).scheme not in {"file", "data", "blob"}]


_STORAGE_PROBE = """async () => {
  const out = {cookies: document.cookie, local: -1, session: -1, idb: [], caches: []};
  try { out.local = localStorage.length; } catch (e) { out.local = 0; }
  try { out.session = sessionStorage.length; } catch (e) { out.session = 0; }
  try { out.idb = (await indexedDB.databases()).map(d => d.name); } catch (e) {}
  try { out.caches = await caches.keys(); } catch (e) {}
  return out;
}"""


def csp_violations(page: Page) -> list[str]:
    """A list that fills with every console message about the Content-Security-Policy."""
    found: list[str] = []
    page.on(
        "console",
        lambda message: (
            found.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return found


def stored_data(page: Page) -> dict:
    """Cookies and web storage the page's origin holds; all empty on a private site."""
    return page.evaluate(_STORAGE_PROBE)


def assert_nothing_stored(page: Page) -> None:
    found = stored_data(page)
    assert found == {"cookies": "", "local": 0, "session": 0, "idb": [], "caches": []}, found


def search_hits(page: Page, words: str) -> list[str]:
    """Search with Material's search box; the addresses of the hits it shows."""
    page.locator("input.md-search__input").fill(words)
    links = page.locator(".md-search-result__item a.md-search-result__link")
    expect(links.first).to_be_visible()
    return links.evaluate_all("links => links.map(link => link.href)")
