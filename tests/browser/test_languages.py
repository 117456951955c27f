"""Bokmål and nynorsk in Chromium over http: the switcher leads to the same page in the other
language and back, and search on a nynorsk page finds nynorsk words."""

import re

from playwright.sync_api import Page, expect

from tests.support.browser import RequestLog, assert_nothing_stored


def test_the_switcher_goes_to_the_same_page_in_the_other_language_and_back(
    page: Page, base_url: str, requests: RequestLog
):
    page.goto(f"{base_url}fase-2.html")
    page.get_by_role("link", name="Nynorsk", exact=True).click()
    expect(page).to_have_url(f"{base_url}nn/fase-2.html")
    expect(page.locator("html")).to_have_attribute("lang", "nn")
    expect(page.locator("h1")).to_have_text("Fase 2: Å skaffe trygg bustad")
    page.get_by_role("link", name="Bokmål", exact=True).click()
    expect(page).to_have_url(f"{base_url}fase-2.html")
    expect(page.locator("html")).to_have_attribute("lang", "nb")
    assert requests.foreign(base_url) == []
    assert_nothing_stored(page)


def test_the_nynorsk_home_page_links_to_nynorsk_pages(page: Page, base_url: str):
    page.goto(f"{base_url}index.html")
    page.get_by_role("link", name="Nynorsk", exact=True).click()
    expect(page).to_have_url(f"{base_url}nn/index.html")
    page.locator(".phase-overview").get_by_role("link", name="Fase 3").click()
    expect(page).to_have_url(f"{base_url}nn/fase-3.html")
    page.get_by_role("navigation", name="Snarvegar").get_by_role(
        "link", name="Viktige telefonnummer"
    ).click()
    expect(page).to_have_url(f"{base_url}nn/telefonnumre.html")


def test_search_on_a_nynorsk_page_finds_a_nynorsk_word(
    page: Page, base_url: str, requests: RequestLog
):
    page.goto(f"{base_url}nn/fase-1.html")
    page.locator("input.md-search__input").fill("tryggleiksplanen")
    results = page.locator(".md-search-result__item")
    hit = results.filter(has_text="Oppfølging etter opphaldet").first
    expect(hit).to_be_visible()
    hit.locator("a").first.click()
    expect(page).to_have_url(re.compile(re.escape(f"{base_url}nn/oppfolging-etter-oppholdet.html")))
    assert requests.foreign(base_url) == []
