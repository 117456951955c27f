"""The built site opens in Chromium, stays on its own origin and stores nothing."""

from playwright.sync_api import Page

from tests.support.browser import RequestLog, assert_nothing_stored


def test_forside_loads_only_from_own_origin(page: Page, base_url: str, requests: RequestLog):
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.inner_text() == "Fra krisesenter til egen bolig"
    assert page.locator("html").get_attribute("lang") == "nb"
    assert requests.foreign(base_url) == []
    assert_nothing_stored(page)
