"""Walking the site in Chromium: phase switcher, search and print, on 127.0.0.1 only."""

from playwright.sync_api import Page, expect

from tests.support.browser import RequestLog, assert_nothing_stored


def current_phase(page: Page):
    return page.locator('.phase-switcher a[aria-current="page"]')


def test_walk_through_the_phases_and_back(page: Page, base_url: str, requests: RequestLog):
    page.goto(base_url)
    page.locator(".phase-overview").get_by_role("link", name="Fase 1").click()
    expect(page).to_have_url(f"{base_url}fase-1.html")
    expect(current_phase(page)).to_contain_text("Fase 1")

    switcher = page.get_by_role("navigation", name="Faser")
    for number in (2, 3):
        switcher.get_by_role("link", name=f"Fase {number}").click()
        expect(page).to_have_url(f"{base_url}fase-{number}.html")
        expect(current_phase(page)).to_contain_text(f"Fase {number}")
        expect(page.locator("h1")).to_contain_text(f"Fase {number}:")

    switcher.get_by_role("link", name="Tilbake til oversikt").click()
    expect(page).to_have_url(f"{base_url}index.html")
    expect(page.locator("h1")).to_have_text("Fra krisesenter til egen bolig")
    assert requests.foreign(base_url) == []
    assert_nothing_stored(page)


def test_search_for_sikkerhetsplan_finds_the_article(
    page: Page, base_url: str, requests: RequestLog
):
    page.goto(base_url)
    page.locator("input.md-search__input").fill("sikkerhetsplan")
    results = page.locator(".md-search-result__item")
    expect(results.filter(has_text="Oppfølging etter oppholdet").first).to_be_visible()
    assert requests.foreign(base_url) == []
    assert_nothing_stored(page)


def test_phone_numbers_are_one_click_away(page: Page, base_url: str):
    page.goto(f"{base_url}fase-2.html")
    page.get_by_role("navigation", name="Snarveier").get_by_role(
        "link", name="Viktige telefonnumre"
    ).click()
    expect(page.locator("h1")).to_have_text("Viktige telefonnumre")


def test_print_shows_only_the_text_and_external_link_targets(page: Page, base_url: str):
    page.goto(f"{base_url}fase-1.html")
    # Elements other parts of the site mark as not for paper, such as the quick-exit button.
    page.locator("article").evaluate(
        """article => article.insertAdjacentHTML('afterbegin',
             '<a class="quick-exit" href="#">Avslutt</a><p class="no-print">Kun skjerm</p>')"""
    )
    chrome = [".md-header", ".md-sidebar--primary", ".md-footer", ".phase-switcher"]
    chrome += [".quick-exit", ".no-print"]
    for selector in chrome:
        expect(page.locator(selector).first).to_be_visible()

    page.emulate_media(media="print")
    for selector in chrome:
        expect(page.locator(selector).first).to_be_hidden()
    expect(page.locator("article h1")).to_be_visible()
    after = """a => getComputedStyle(a, '::after').content"""
    lovdata = page.locator("article a.lovdata").first
    assert lovdata.evaluate(after) == f'" ({lovdata.get_attribute("href")})"'
    internal = page.locator('article a[href="fase-2.html"]').first
    assert internal.evaluate(after) == "none"


def test_search_finds_text_that_arrives_without_key_presses(page: Page, base_url: str):
    page.goto(base_url)
    page.locator("input.md-search__input").focus()
    page.wait_for_timeout(200)  # past the moment Material reads the box on focus
    page.keyboard.insert_text("sikkerhetsplan")  # as when pasting with the mouse or dictating
    results = page.locator(".md-search-result__item")
    expect(results.filter(has_text="Oppfølging etter oppholdet").first).to_be_visible()
