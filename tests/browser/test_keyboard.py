"""The keyboard alone (Tab, Shift+Tab, Space, Enter, arrow keys, Escape): the Fase 3 plan from
an empty page to a downloaded file, and the menu on a narrow screen. After every key, focus must
be visible and on screen (tests/support/keyboard.py)."""

from pathlib import Path

from playwright.sync_api import Page, expect

from py_widgets.render.outline import display_value
from tests.support.keyboard import Keyboard, by_id, by_name, out_of_page
from tests.support.plan_form import DOCUMENT_BUTTONS, load, page_name, wait_until_ready

# Day and month alike: typed the same in dd.mm.yyyy (nb) and mm/dd/yyyy (Debian's Chromium only
# has the en-US interface).
PLAN_DATE = "2027-03-03"
PLAN_DATE_KEYS = "03032027"


def test_the_fase_3_plan_is_made_and_downloaded_with_the_keyboard_alone(
    page: Page, base_url: str, tmp_path: Path
):
    template = load("oppfolgingsplan")
    services = template.field("tjenester")
    coordinator = template.field("koordinator")
    needs = template.field("behov-omrader")
    page.goto(base_url + page_name(template.id))
    wait_until_ready(page)
    keys = Keyboard(page)

    # The skip link leads past the menus to the overview of the sections; its first link leads
    # to the first section, and on to the first field.
    assert keys.press("Tab").name == "Gå til innhold"
    keys.press("Enter")
    first = keys.press("Tab")
    assert (first.tag, first.name) == ("a", f"1. {template.sections[0].title}")
    assert keys.press("Enter").id == f"del-{template.sections[0].id}"
    assert keys.press("Tab").id == "f-plandato"

    # A checkbox with Space.
    keys.tab_to(by_id("f-behov-omrader__0"))
    keys.press("Space")
    expect(page.locator("#f-behov-omrader__0")).to_be_checked()

    # Rows: a new row's first field gets focus; removing a row gives focus to the row that takes
    # its place, or to the add button when no row follows.
    add = by_name(services.add_label, "button")
    keys.tab_to(add)
    assert keys.press("Enter").id == "f-tjenester-0-instans"
    keys.type("NAV")
    keys.tab_to(by_id("f-tjenester-0-ansvar"))
    keys.type("Hjelp med bolig")
    keys.tab_to(add)
    assert keys.press("Space").id == "f-tjenester-1-instans"
    keys.type("Politiet")
    assert keys.press("Shift+Tab").name == f"Fjern {services.item_label.lower()} 1"
    moved_up = keys.press("Enter")
    assert (moved_up.id, moved_up.value) == ("f-tjenester-0-instans", "Politiet")
    keys.tab_to(by_id("f-tjenester-0-ansvar"))
    keys.type("Sikkerhetstiltak")
    keys.tab_to(add)
    assert keys.press("Enter").id == "f-tjenester-1-instans"
    keys.tab_to(by_name(f"Fjern {services.item_label.lower()} 2", "button"))
    assert keys.press("Enter").name == services.add_label

    # A failed check moves focus to the error summary; its links move focus to the fields.
    keys.tab_to(by_name("Andre formater", "summary"))
    keys.press("Enter")
    download = by_name(DOCUMENT_BUTTONS["txt"], "button")
    keys.tab_to(download)
    keys.press("Enter")
    summary = page.locator("#plan-feil")
    expect(summary).to_be_focused()
    assert keys.where().id == "plan-feil"
    expect(summary.get_by_role("link")).to_have_count(2)  # the date, the coordinator
    keys.press("Tab")
    assert keys.press("Enter").id == "f-plandato"
    keys.type(PLAN_DATE_KEYS)
    expect(page.locator("#f-plandato")).to_have_value(PLAN_DATE)
    last_link = summary.get_by_role("link").last.inner_text()
    keys.tab_to(by_name(last_link, "a"), back=True)
    assert keys.press("Enter").id == "f-koordinator__0"

    # Radio buttons: Space chooses, the arrow keys move and choose.
    keys.press("Space")
    notice = page.locator("[data-rule='krisesenteret-koordinerer']")
    assert keys.press("ArrowDown").id == "f-koordinator__1"
    expect(notice).to_be_visible()
    assert keys.press("ArrowUp").id == "f-koordinator__0"
    expect(notice).to_be_hidden()

    keys.tab_to(download)
    with page.expect_download() as made:
        keys.press("Enter")
    path = tmp_path / "plan.txt"
    made.value.save_as(path)
    text = path.read_text(encoding="utf-8")
    for shown in (
        display_value(template.field("plandato"), PLAN_DATE),
        needs.options[0].label,
        "Politiet",
        "Sikkerhetstiltak",
        coordinator.options[0].label,
    ):
        assert shown in text
    assert "NAV" not in text  # its row was removed
    expect(summary).to_be_hidden()

    # Tab goes on through the rest of the page and out of it: no trap anywhere.
    keys.tab_to(out_of_page)
    assert keys.problems() == [], "\n".join(keys.problems())


def test_every_tab_stop_of_a_page_can_be_seen(page: Page, base_url: str):
    page.goto(base_url + "fase-3.html")
    keys = Keyboard(page)
    keys.tab_to(out_of_page)
    assert keys.problems() == [], "\n".join(keys.problems())


def test_the_menu_on_a_narrow_screen_works_with_the_keyboard(page: Page, base_url: str):
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(base_url + "fase-3.html")
    keys = Keyboard(page)
    menu = page.locator(".md-header").get_by_role("button", name="Navigasjon")
    expect(menu).to_have_attribute("aria-expanded", "false")

    keys.tab_to(by_name("Navigasjon", "button"))
    keys.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    keys.tab_to(by_name("Kilder", "a"))
    assert keys.press("Escape").name == "Navigasjon"
    expect(menu).to_have_attribute("aria-expanded", "false")

    # Closed, the menu's links are out of the Tab order; the page's own links come next.
    keys.press("Space")
    expect(menu).to_have_attribute("aria-expanded", "true")
    keys.press("Escape")
    keys.tab_to(out_of_page)
    assert keys.problems() == [], "\n".join(keys.problems())
    menu_links = page.locator(".md-sidebar--primary a")
    assert menu_links.count() > 10
    assert page.evaluate("document.querySelector('.md-sidebar--primary').inert")
