"""The site on Debian nginx with the shipped header files, in headless Chromium: no page breaks
under its policy, no other site can frame it, quick exit leaves the whole tab where a host lets
it be framed, and everything works under a sub-path."""

from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.support.nginx import Nginx

NEUTRAL = "https://www.yr.no/"
FRAMING_PAGE = (
    "<!doctype html><title>Annen side</title><h1>Annen side</h1>"
    '<iframe src="{src}" width="1000" height="700"></iframe>'
)
# Every CSP violation the page sees, from its very start.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI), true);
"""


def _pages(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))


@pytest.fixture
def neutral(context: BrowserContext) -> str:
    page = "<!doctype html><meta charset=utf-8><title>Været</title>"
    context.route(NEUTRAL + "**", lambda route: route.fulfill(body=page))
    return NEUTRAL


def test_no_page_breaks_under_its_header_policy(page: Page, nginx: Nginx, site_dir: Path):
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else 0)
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.add_init_script(RECORD_VIOLATIONS)
    for name in _pages(site_dir):
        page.goto(nginx.site + name)
        expect(page.locator(".krs-exit [role=status]")).to_have_count(1)  # the scripts ran
        assert page.evaluate("window.__violations") == [], name
    # Search fetches its index and runs its worker under the policy.
    page.goto(nginx.site + "index.html")
    page.locator(".md-search__input").fill("krisesenter")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    assert page.evaluate("window.__violations") == []
    assert errors == []


def _frame(nginx: Nginx, src: str) -> str:
    (nginx.other_root / "framing.html").write_text(FRAMING_PAGE.format(src=src), "utf-8")
    return nginx.other + "framing.html"


@pytest.mark.parametrize("name", ["index.html", "oppfolgingsplan.html", "finnes-ikke.html"])
def test_another_site_cannot_frame_any_page(page: Page, nginx: Nginx, name: str):
    page.goto(_frame(nginx, nginx.site + name))
    expect(page.get_by_role("heading", name="Annen side")).to_be_visible()
    [frame] = page.main_frame.child_frames
    assert not frame.url.startswith(nginx.site)  # Chromium's error page instead
    expect(page.frame_locator("iframe").locator(".krs-exit__button")).to_have_count(0)


@pytest.mark.parametrize("how", ["button", "shift"])
def test_framed_anyway_quick_exit_leaves_the_whole_tab(
    page: Page, nginx: Nginx, base_url: str, neutral: str, how: str
):
    # Python's http.server sends no headers: like a host that lets any site frame the pages.
    page.goto(_frame(nginx, base_url + "trygg-bruk.html"))
    inside = page.frame_locator("iframe")
    button = inside.locator(".krs-exit__button")
    if how == "button":
        button.click()
    else:
        inside.locator("h1").click()
        for key in ["Shift", "Shift", "Shift"]:
            page.keyboard.press(key)
    page.wait_for_url(neutral)  # the tab, not just the frame
    expect(page).to_have_title("Været")


def test_every_page_works_under_a_sub_path(
    page: Page, nginx_subpath: Nginx, subpath_site_dir: Path, neutral: str
):
    base = nginx_subpath.site
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.add_init_script(RECORD_VIOLATIONS)
    for name in [*_pages(subpath_site_dir), "finnes/ikke/side.html"]:
        # Plan pages go on loading Python after this; the root tests cover that.
        page.goto(base + name, wait_until="domcontentloaded")
        expect(page.locator(".krs-exit [role=status]")).to_have_count(1)  # quick exit's script ran
        expect(page.locator(".md-header")).to_be_visible()
        assert page.evaluate("window.__violations") == [], name
        # Every link of the site stays under the sub-path.
        hrefs = page.eval_on_selector_all("a[href^='/']", "links => links.map(a => a.href)")
        assert all(href.startswith(base) for href in hrefs), (name, hrefs)
    # Only the missing pages themselves were not found; every script and stylesheet was.
    assert set(failed) <= {base + "404.html", base + "finnes/ikke/side.html"}, failed
    assert errors == []
    # On the not-found page deep under the sub-path, Shift pressed three times leaves.
    page.locator("h1").click()
    for key in ["Shift", "Shift", "Shift"]:
        page.keyboard.press(key)
    page.wait_for_url(neutral)
