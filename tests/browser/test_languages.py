"""Bokmål and nynorsk in Chromium over http: the switcher leads to the same page in the other
language and back, and search on a page finds pages in its language only (also under a
sub-path)."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.support.browser import RequestLog, assert_nothing_stored, search_hits
from tests.support.nginx import Nginx


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


def _search_keeps_to_the_language(page: Page, site: str, language: str) -> None:
    """On a phase page of site in language: a word of both languages finds only pages under
    the language's root (nn/ for nynorsk), and the first hit opens."""
    root = "nn/" if language == "nn" else ""
    page.goto(f"{site}{root}fase-1.html")
    hits = search_hits(page, "krisesenter")  # in the text of both languages
    assert len(hits) > 3
    for hit in hits:
        assert hit.startswith(site) and hit.removeprefix(site).startswith("nn/") == bool(root), hit
    page.locator(".md-search-result__item a.md-search-result__link").first.click()
    expect(page).to_have_url(hits[0])
    expect(page.locator("html")).to_have_attribute("lang", language)


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_search_finds_pages_in_the_pages_language_only(
    page: Page, base_url: str, requests: RequestLog, language: str
):
    _search_keeps_to_the_language(page, base_url, language)
    assert requests.foreign(base_url) == []


def test_under_a_sub_path_nynorsk_search_finds_nynorsk_pages(page: Page, nginx_subpath: Nginx):
    _search_keeps_to_the_language(page, nginx_subpath.site, "nn")
