"""WCAG 2.1 AA in headless Chromium: axe on every page and on each plan page in every state, text
that reflows at 320 px, and targets at least 44 px wide and high on plan pages and for quick
exit."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from plugins.plan_templates import ui_text
from tests.support.axe import report, violations
from tests.support.html import built_pages
from tests.support.plan_form import (
    DOCUMENT_BUTTONS,
    TEMPLATE_IDS,
    button,
    fill_all,
    load,
    page_name,
    show_notices,
    wait_until_ready,
)

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
NARROWEST = {"width": 320, "height": 640}  # 1280 px zoomed to 400 % (1.4.10 Reflow)
TARGET_PX = 44


def open_plan(page: Page, base_url: str, template_id: str) -> None:
    page.goto(base_url + page_name(template_id))
    wait_until_ready(page)


def fail_the_check(page: Page) -> None:
    """Ask for a document with required fields empty: the error summary takes focus."""
    button(page, DOCUMENT_BUTTONS["txt"]).click()
    expect(page.locator("#plan-feil")).to_be_focused()


def show_everything(page: Page, template_id: str) -> None:
    """The most a plan page ever shows at once: the error summary and the errors at the
    fields, every field filled, rows added, and notices."""
    template = load(template_id)
    fail_the_check(page)
    fill_all(page, template)
    assert show_notices(page, template)


def test_axe_finds_nothing_on_any_page(page: Page, site_dir: Path, base_url: str):
    # Bokmål and nynorsk (nn/) pages.
    pages = [path.relative_to(site_dir).as_posix() for path in built_pages(site_dir)]
    assert {"404.html", "nn/index.html", "nn/oppfolgingsplan.html"} <= set(pages)
    problems = []
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        for name in pages:
            page.goto(base_url + name)
            problems += report(f"{name}, {viewport['width']} px", violations(page))
    assert problems == [], "\n".join(problems)


def test_axe_finds_nothing_in_the_open_search(page: Page, base_url: str):
    problems = []
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        page.goto(base_url + "fase-3.html")
        page.locator(".md-search__input").fill("bolig")
        expect(page.locator(".md-search-result__item").first).to_be_visible()
        problems += report(f"søket, {viewport['width']} px", violations(page))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    ("page_file", "button"),
    [("fase-3.html", "Lag oppfølgingsplan"), ("oppfolgingsplan.html", "Legg til en tjeneste")],
)
def test_buttons_keep_their_contrast_under_the_pointer(
    page: Page, base_url: str, page_file: str, button: str
):
    page.goto(base_url + page_file)
    target = page.get_by_role("button", name=button).or_(page.get_by_role("link", name=button))
    target.hover()
    target.evaluate("(e) => e.setAttribute('data-hovered', '')")
    found = violations(page, "[data-hovered]", "color-contrast")
    assert found == [], "\n".join(report(button, found))


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_axe_finds_nothing_on_a_plan_page_in_any_state(page: Page, base_url: str, template_id: str):
    template = load(template_id)
    open_plan(page, base_url, template_id)
    problems = []

    def check(state: str) -> None:
        for viewport in (DESKTOP, PHONE):
            page.set_viewport_size(viewport)
            problems.extend(report(f"{state}, {viewport['width']} px", violations(page)))

    check("tom")
    fail_the_check(page)
    check("etter feil")
    fill_all(page, template)
    assert show_notices(page, template)
    check("utfylt, med merknader")
    page.get_by_role("button", name=ui_text.REVIEW, exact=True).first.click()
    expect(page.locator("#plan-se-over")).to_be_visible()
    check("se over planen")
    button(page, DOCUMENT_BUTTONS["txt"]).click()  # the formats shown, and a download message
    check("andre formater")
    assert problems == [], "\n".join(problems)


def test_no_page_scrolls_sideways_at_320_px(page: Page, site_dir: Path, base_url: str):
    page.set_viewport_size(NARROWEST)
    too_wide = {}
    for path in built_pages(site_dir):
        name = path.relative_to(site_dir).as_posix()
        page.goto(base_url + name)
        if name in {page_name(template_id) for template_id in TEMPLATE_IDS}:
            wait_until_ready(page)
            show_everything(page, path.stem)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > NARROWEST["width"]:
            too_wide[name] = width
    assert too_wide == {}


# Every control in the page's own content (the plan builder and its text) and the quick-exit
# bar, with its box; for a checkbox or radio button the target is its label, which must also
# cover the box itself.
_TARGETS = """() => [...document.querySelectorAll(
    "article a[href], article button, article input, article textarea, article select, .krs-exit a"
  )].filter((e) => e.getClientRects().length).map((e) => {
    const choice = e.type === "checkbox" || e.type === "radio";
    const target = choice ? e.labels[0] : e;
    const box = target.getBoundingClientRect();
    const own = e.getBoundingClientRect();
    const covers = !choice || (box.left <= own.left && box.top <= own.top
      && box.right >= own.right && box.bottom >= own.bottom);
    const name = (target.textContent || e.getAttribute("aria-label") || e.id).trim();
    return {name: name.replace(/\\s+/g, " "), tag: e.tagName.toLowerCase(),
            width: box.width, height: box.height, covers};
  })"""


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_targets_are_at_least_44_px_on_plan_pages(page: Page, base_url: str, template_id: str):
    page.set_viewport_size(PHONE)
    open_plan(page, base_url, template_id)
    show_everything(page, template_id)
    small = []
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        targets = page.evaluate(_TARGETS)
        names = {t["name"] for t in targets}
        assert "Forlat siden" in names
        assert set(page.locator("#plan-feil a").all_inner_texts()) <= names
        small += [
            f"{viewport['width']} px: <{t['tag']}> «{t['name'][:60]}»: {t['width']:.0f} px bred,"
            f" {t['height']:.0f} px høy{'' if t['covers'] else ', dekker ikke boksen'}"
            for t in targets
            if min(t["width"], t["height"]) < TARGET_PX or not t["covers"]
        ]
    assert small == [], "\n".join(small)
