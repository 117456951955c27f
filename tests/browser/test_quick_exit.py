"""Quick exit in headless Chromium: the button, the skip link and Shift pressed three times each
replace the page with the neutral site (intercepted here, so no network is needed), over http
and from file://."""

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from mkdocs.config import load_config
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

from tests.support.browser import assert_nothing_stored
from tests.support.site import ROOT

NEUTRAL_PAGE = "<!doctype html><title>Været</title><p>Været i dag</p>"
TWO_MORE = "Trykk Shift to ganger til for å forlate siden."
ONE_MORE = "Trykk Shift én gang til for å forlate siden."
TIMED_OUT = "Snarveien ble avbrutt. Trykk Shift tre ganger raskt for å forlate siden."
SECRET = "hemmelig-adresse-123"

# A field like the plan builder's, added to a reading page. Its handlers stop key events, as
# widgets sometimes do; quick exit listens in the capture phase on window and still sees them.
ADD_TEXTAREA = """() => {
  const form = document.createElement("form");
  const area = document.createElement("textarea");
  area.id = "notat";
  for (const type of ["keydown", "keyup"]) {
    area.addEventListener(type, (event) => event.stopPropagation());
  }
  form.appendChild(area);
  document.querySelector("article").prepend(form);
}"""


@pytest.fixture(scope="module")
def exit_url() -> str:
    """The neutral site as configured in mkdocs.yml."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return config.plugins["krisesenter/quick-exit"].config.url


def _route_neutral_site(context: BrowserContext, exit_url: str) -> None:
    def fulfil(route: Route) -> None:
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=NEUTRAL_PAGE)

    context.route(exit_url.rstrip("/") + "/**", fulfil)


@pytest.fixture
def neutral(context: BrowserContext, exit_url: str) -> str:
    _route_neutral_site(context, exit_url)
    return exit_url


def _on_neutral_site(page: Page, exit_url: str) -> None:
    page.wait_for_url(exit_url)
    expect(page).to_have_title("Været")


def _status(page: Page):
    return page.locator(".krs-exit [role=status]")


def _add_textarea(page: Page) -> None:
    page.evaluate(ADD_TEXTAREA)
    page.locator("#notat").fill(SECRET)


@pytest.mark.nginx
def test_button_replaces_the_page_with_the_neutral_site(page: Page, base_url: str, neutral: str):
    page.goto(base_url + "index.html")
    page.get_by_role("link", name="Trygg bruk", exact=True).click()
    page.wait_for_url("**/trygg-bruk.html")
    length = page.evaluate("history.length")
    button = page.locator(".krs-exit__button")
    expect(button).to_have_accessible_name("Forlat siden")
    button.click()
    _on_neutral_site(page, neutral)
    assert page.evaluate("history.length") == length  # replace(), not a new entry
    page.go_back()
    assert page.url == base_url + "index.html"  # the page that was left is not in history


@pytest.mark.nginx
def test_skip_link_is_second_after_skip_to_content(page: Page, base_url: str, neutral: str):
    page.goto(base_url + "trygg-bruk.html")
    length = page.evaluate("history.length")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Gå til innhold")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    expect(focused).to_have_text("Forlat siden")
    expect(focused).to_have_class(re.compile(r"\bkrs-exit-skip\b"))
    expect(focused).to_be_visible()
    page.keyboard.press("Enter")
    _on_neutral_site(page, neutral)
    assert page.evaluate("history.length") == length


def test_pages_without_headings_get_a_skip_link_too(page: Page, base_url: str):
    page.goto(base_url + "404.html")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Gå til innhold")
    page.keyboard.press("Enter")
    expect(page.locator(":focus")).to_have_id("__innhold")


START_PAGE = "https://start.example/"


@pytest.mark.nginx
def test_in_page_links_add_no_history_so_back_never_returns_to_the_page(
    page: Page, context: BrowserContext, base_url: str, neutral: str
):
    context.route(START_PAGE, lambda route: route.fulfill(body="<title>Start</title>"))
    page.goto(START_PAGE)
    page.goto(base_url + "trygg-bruk.html")
    length = page.evaluate("history.length")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Gå til innhold")
    target = skip.get_attribute("href")
    page.keyboard.press("Enter")
    expect(page.locator(":focus")).to_have_id(target.removeprefix("#"))
    toc = page.locator(".md-sidebar--secondary a.md-nav__link").nth(1)
    heading = toc.get_attribute("href").removeprefix("#")
    toc.click()
    focused = page.locator(":focus")
    expect(focused).to_have_id(heading)
    expect(focused).to_be_in_viewport()
    assert unquote(page.url) == base_url + "trygg-bruk.html#" + heading  # can still be shared
    assert page.evaluate("history.length") == length  # no entry added
    page.locator(".krs-exit__button").click()
    _on_neutral_site(page, neutral)
    page.go_back()
    assert page.url == START_PAGE  # not the page that was left, nor one of its places


def test_a_search_hit_on_the_same_page_adds_no_history(page: Page, base_url: str):
    page.goto(base_url + "trygg-bruk.html")
    length = page.evaluate("history.length")
    page.locator(".md-search__input").fill("Shift")
    hit = page.locator(".md-search-result__item a[href*='trygg-bruk.html#']").first
    heading = hit.get_attribute("href").split("#")[1]
    hit.click()
    expect(page.locator("#__search")).not_to_be_checked()  # the search closes
    expect(page.locator(":focus")).to_have_id(heading)
    assert page.evaluate("history.length") == length


@pytest.mark.nginx
def test_shift_three_times_in_a_textarea_with_mixed_shift_keys(
    page: Page, base_url: str, neutral: str
):
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(base_url + "index.html")
    length = page.evaluate("history.length")
    _add_textarea(page)
    # What the plan builder will see when it wipes its state.
    page.evaluate("""() => window.addEventListener("krisesenter:exit", () => console.log(
        "exit", document.querySelector("#notat").value === "",
        document.body.classList.contains("krs-exit-hide"),
        document.querySelector(".krs-exit-overlay").getAttribute("role")))""")
    page.keyboard.press("ShiftLeft")
    expect(_status(page)).to_have_text(TWO_MORE)
    page.keyboard.press("ShiftRight")
    expect(_status(page)).to_have_text(ONE_MORE)
    expect(page.locator("#notat")).to_be_focused()
    page.keyboard.press("ShiftLeft")
    _on_neutral_site(page, neutral)
    assert page.evaluate("history.length") == length
    assert "exit true true alert" in messages


def test_held_shift_keys_overlapping_each_count(page: Page, base_url: str, neutral: str):
    page.goto(base_url + "index.html")
    page.keyboard.down("ShiftLeft")
    page.keyboard.down("ShiftRight")
    page.keyboard.up("ShiftLeft")  # the other Shift is still held (govuk-frontend #5393)
    expect(_status(page)).to_have_text(TWO_MORE)
    page.keyboard.up("ShiftRight")
    expect(_status(page)).to_have_text(ONE_MORE)
    page.keyboard.press("ShiftRight")
    _on_neutral_site(page, neutral)


# The events a real keyboard sends when one Shift is released while the other is still held:
# that keyup has shiftKey set. Playwright's keyboard does not model this, so it is replayed here.
OVERLAPPING_SHIFTS = """() => {
  const send = (type, code, shiftKey) => document.activeElement.dispatchEvent(
    new KeyboardEvent(type, {key: "Shift", code, shiftKey, bubbles: true}));
  send("keydown", "ShiftLeft", true);
  send("keydown", "ShiftRight", true);
  send("keyup", "ShiftLeft", true);
  send("keyup", "ShiftRight", false);
}"""


def test_shift_released_while_the_other_is_held_still_counts(
    page: Page, base_url: str, neutral: str
):
    page.goto(base_url + "index.html")
    _add_textarea(page)
    page.evaluate(OVERLAPPING_SHIFTS)
    expect(_status(page)).to_have_text(ONE_MORE)
    page.keyboard.press("ShiftLeft")
    _on_neutral_site(page, neutral)


def test_another_key_or_shift_as_a_modifier_starts_the_count_again(
    page: Page, base_url: str, neutral: str
):
    page.goto(base_url + "index.html")
    _add_textarea(page)
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    expect(_status(page)).to_have_text("")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+B")  # Shift as a modifier: not counted, and B resets
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    expect(_status(page)).to_have_text(ONE_MORE)
    assert page.url == base_url + "index.html"
    expect(page.locator("#notat")).to_have_value(SECRET + "aB")
    assert_nothing_stored(page)
    page.keyboard.press("Shift")
    _on_neutral_site(page, neutral)


def test_more_than_five_seconds_between_presses_starts_again(
    page: Page, base_url: str, neutral: str
):
    page.clock.install()
    page.goto(base_url + "index.html")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.clock.fast_forward(5001)
    expect(_status(page)).to_have_text(TIMED_OUT)
    page.keyboard.press("Shift")
    expect(_status(page)).to_have_text(TWO_MORE)
    page.keyboard.press("Shift")
    expect(_status(page)).to_have_text(ONE_MORE)
    page.clock.fast_forward(5001)
    expect(_status(page)).to_have_text(TIMED_OUT)
    page.clock.fast_forward(5001)
    expect(_status(page)).to_have_text("")  # the timeout message does not linger
    assert page.url == base_url + "index.html"
    # Up to five seconds between presses is fine.
    page.keyboard.press("Shift")
    page.clock.fast_forward(4900)
    page.keyboard.press("Shift")
    page.clock.fast_forward(4900)
    page.keyboard.press("Shift")
    _on_neutral_site(page, neutral)


def test_the_page_is_hidden_and_emptied_before_it_is_left(
    page: Page, base_url: str, exit_url: str, context: BrowserContext
):
    # "204 No Content" cancels the navigation, so the page stays as quick exit left it.
    context.route(exit_url.rstrip("/") + "/**", lambda route: route.fulfill(status=204))
    page.goto(base_url + "index.html")
    _add_textarea(page)
    page.locator(".md-search__input").fill(SECRET)
    page.evaluate("document.querySelector('.krs-exit__button').click()")
    expect(page.locator(".krs-exit-overlay")).to_be_visible()
    expect(page.locator(".krs-exit-overlay")).to_have_text("Laster inn …")
    expect(page.locator("article")).to_be_hidden()
    expect(page.locator(".krs-exit__button")).to_be_hidden()
    expect(page.locator("#notat")).to_have_value("")
    expect(page.locator(".md-search__input")).to_have_value("")
    # Should the page come back (back/forward cache), it is usable and empty.
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    expect(page.locator(".krs-exit-overlay")).to_have_count(0)
    expect(page.locator(".krs-exit__button")).to_be_visible()
    expect(page.locator("article")).to_be_visible()
    expect(page.locator("#notat")).to_have_value("")


def test_without_javascript_the_button_is_a_plain_link(
    browser: Browser, base_url: str, exit_url: str
):
    context = browser.new_context(java_script_enabled=False)
    try:
        _route_neutral_site(context, exit_url)
        page = context.new_page()
        page.goto(base_url + "index.html")
        page.locator(".krs-exit__button").click()
        _on_neutral_site(page, exit_url)
    finally:
        context.close()


@pytest.mark.parametrize("state", ["top", "scrolled", "drawer", "search"])
def test_on_a_phone_the_button_is_large_and_never_covered(page: Page, base_url: str, state: str):
    page.set_viewport_size({"width": 360, "height": 640})
    page.goto(base_url + "trygg-bruk.html")
    if state == "scrolled":
        page.mouse.wheel(0, 5000)
        page.wait_for_function("window.scrollY > 0")
    elif state == "drawer":
        page.locator(".md-header").get_by_role("button", name="Navigasjon").click()
        expect(page.locator(".md-sidebar--primary")).to_be_in_viewport()
    elif state == "search":
        page.locator(".md-header label[for=__search]").first.click()
        expect(page.locator(".md-search__input")).to_be_focused()
    button = page.locator(".krs-exit__button")
    box = button.bounding_box()
    assert box is not None
    assert box["width"] >= 44 and box["height"] >= 44
    assert box["y"] >= 0 and box["y"] + box["height"] <= 640
    on_top = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('.krs-exit__button') !== null",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert on_top, f"Forlat siden is covered ({state})"


AXE = ROOT / "node_modules/axe-core/axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.mark.parametrize("width", [1400, 360])
def test_axe_finds_no_wcag_21_aa_problems(page: Page, base_url: str, width: int):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(base_url + "trygg-bruk.html")
    page.locator(".krs-exit__button").focus()
    page.keyboard.press("Shift")  # status text and progress dots showing
    expect(_status(page)).to_have_text(TWO_MORE)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("(tags) => axe.run(document, {runOnly: tags})", WCAG_21_AA)
    problems = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    assert problems == []


def test_print_leaves_out_quick_exit(page: Page, base_url: str):
    page.goto(base_url + "index.html")
    expect(page.locator(".krs-exit")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator(".krs-exit")).to_be_hidden()
    expect(page.locator(".krs-exit-skip")).to_be_hidden()


@pytest.mark.parametrize("how", ["button", "shift"])
def test_from_file_urls_as_in_the_offline_bundle(
    page: Page, site_dir: Path, neutral: str, how: str
):
    page.goto((site_dir / "index.html").as_uri())
    length = page.evaluate("history.length")
    if how == "button":
        page.locator(".krs-exit__button").click()
    else:
        _add_textarea(page)
        for key in ["ShiftRight", "ShiftLeft", "ShiftRight"]:
            page.keyboard.press(key)
    _on_neutral_site(page, neutral)
    assert page.evaluate("history.length") == length


def test_going_back_after_leaving_shows_nothing_typed(
    bfcache_browser: Browser, base_url: str, exit_url: str
):
    context = bfcache_browser.new_context(locale="nb-NO")
    try:
        _route_neutral_site(context, exit_url)
        page = context.new_page()
        page.goto(base_url + "index.html")
        _add_textarea(page)
        page.locator(".md-search__input").fill(SECRET)
        page.evaluate("window.stillTheSameDocument = true")
        page.get_by_role("link", name="Trygg bruk", exact=True).click()
        page.wait_for_url("**/trygg-bruk.html")
        length = page.evaluate("history.length")
        page.locator(".md-search__input").fill(SECRET)
        page.locator(".krs-exit__button").click()
        _on_neutral_site(page, exit_url)
        assert page.evaluate("history.length") == length
        page.go_back(wait_until="commit")  # a page from the back/forward cache fires no load
        page.wait_for_url(base_url + "index.html", wait_until="commit")
        expect(page.locator(".krs-exit__button")).to_be_visible()
        assert page.evaluate("window.stillTheSameDocument") is True  # really from the cache
        expect(page.locator("#notat")).to_have_value("")
        expect(page.locator(".md-search__input")).to_have_value("")
        expect(page.locator("#__search")).not_to_be_checked()  # search stays closed
        assert SECRET not in page.content()
    finally:
        context.close()
