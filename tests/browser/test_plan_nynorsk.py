"""The plan builder on the nynorsk pages in headless Chromium: nynorsk labels, messages and
documents, a draft that opens on the bokmål page, and axe in every state."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from plugins.plan_templates.ui_text import texts
from tests.py_widgets.languages import bokmal_only, document_text, found_in
from tests.support.axe import report, violations
from tests.support.browser import RequestLog, assert_nothing_stored, csp_violations
from tests.support.plan_form import (
    DOCUMENT_BUTTONS_NN,
    TEMPLATE_IDS,
    button,
    download,
    fill_all,
    form_pairs,
    load,
    page_name,
    printable_html,
    show_notices,
    wait_until_ready,
)

NN = texts("nn")
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}


def open_plan(page: Page, base_url: str, template_id: str, language: str = "nn") -> None:
    page.goto(base_url + page_name(template_id, language))
    wait_until_ready(page)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_a_nynorsk_plan_page_makes_nynorsk_documents(
    page: Page, base_url: str, requests: RequestLog, tmp_path: Path, template_id: str
):
    template = load(template_id, "nn")
    open_plan(page, base_url, template_id)
    expect(page.locator("html")).to_have_attribute("lang", "nn")
    expect(page.locator("h1")).to_have_text(template.title)
    expect(page.locator("#plan-status")).to_have_text(NN.SCRIPT_TEXT["ready"])
    expect(page.get_by_role("link", name="Forlat sida").first).to_be_visible()  # quick exit
    first = next(template.fields())
    expect(page.locator("#plan-form label, #plan-form legend").first).to_contain_text(first.label)
    filled = fill_all(page, template)  # every field found by its nynorsk label

    typed = " ".join(str(entry.value) for entry in filled)
    bokmal = {text for text in bokmal_only(template_id) if text not in typed}
    for kind in ("docx", "odt", "txt", "ics"):
        made = download(page, DOCUMENT_BUTTONS_NN[kind], tmp_path)
        text = document_text(kind, made.read_bytes())
        assert found_in(bokmal, text) == [], kind
    expect(page.locator("#plan-melding")).to_have_text(
        NN.SCRIPT_TEXT["downloaded"].format(name=made.name)
    )
    printed = document_text("html", printable_html(page).encode("utf-8"))
    assert found_in(bokmal, printed) == []
    assert "Ansvar og avtalar" in printed and "Opne punkt" in printed
    assert requests.foreign(base_url) == []
    assert_nothing_stored(page)


def test_errors_on_a_nynorsk_page_are_in_nynorsk(page: Page, base_url: str):
    template = load("oppfolgingsplan", "nn")
    open_plan(page, base_url, "oppfolgingsplan")
    button(page, DOCUMENT_BUTTONS_NN["txt"]).click()
    summary = page.locator("#plan-feil")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text(NN.SUMMARY_TITLE)
    assert page.title().startswith(NN.TITLE_PREFIX)
    bokmal = bokmal_only(template.id)
    assert found_in(bokmal, summary.inner_text()) == []


def test_the_runtime_speaks_nynorsk_on_a_nynorsk_page(page: Page, base_url: str):
    open_plan(page, base_url, "oppfolgingsplan")
    failed = page.evaluate(
        """() => window.krisesenterPlanRuntime.call("check", "{").catch((e) => e.message)"""
    )
    assert failed.startswith("Planverktøyet fekk ein feil (")
    assert failed.endswith(NN.SCRIPT_TEXT["worker"]["python"].split(")", 1)[1])
    restarting = page.evaluate(
        """() => new Promise((resolve) => {
            document.addEventListener("krisesenter:python", (event) => {
              if (event.detail.state === "restarting") resolve(event.detail.message);
            });
            const runtime = window.krisesenterPlanRuntime;
            runtime.stop();
            runtime.call("check", "[]");
        })"""
    )
    assert restarting == NN.SCRIPT_TEXT["runtime"]["restarting"]


@pytest.mark.parametrize(("saved_in", "opened_in"), [("nn", "nb"), ("nb", "nn")])
def test_a_draft_saved_in_one_language_opens_in_the_other(
    page: Page, base_url: str, tmp_path: Path, saved_in: str, opened_in: str
):
    open_plan(page, base_url, "oppfolgingsplan", saved_in)
    fill_all(page, load("oppfolgingsplan", saved_in))
    before = form_pairs(page)
    draft = download(page, NN.DRAFT_SAVE, tmp_path)

    open_plan(page, base_url, "oppfolgingsplan", opened_in)
    label = "Opne utkast" if opened_in == "nn" else "Åpne utkast"
    page.get_by_label(label).set_input_files(draft)
    opened = (
        NN.SCRIPT_TEXT["draftOpened"]
        if opened_in == "nn"
        else texts("nb").SCRIPT_TEXT["draftOpened"]
    )
    expect(page.locator("#plan-utkast-melding")).to_have_text(opened)
    assert form_pairs(page) == before


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_axe_finds_nothing_on_a_nynorsk_plan_page_in_any_state(
    page: Page, base_url: str, template_id: str
):
    template = load(template_id, "nn")
    open_plan(page, base_url, template_id)
    problems: list[str] = []

    def check(state: str) -> None:
        for viewport in (DESKTOP, PHONE):
            page.set_viewport_size(viewport)
            problems.extend(report(f"nn, {state}, {viewport['width']} px", violations(page)))

    check("tom")
    button(page, DOCUMENT_BUTTONS_NN["txt"]).click()
    expect(page.locator("#plan-feil")).to_be_focused()
    check("etter feil")
    fill_all(page, template)
    assert show_notices(page, template)
    check("utfylt, med merknader")
    assert problems == [], "\n".join(problems)


def test_print_shows_the_nynorsk_plan_within_the_content_security_policy(page: Page, base_url: str):
    page.add_init_script("window.print = () => {}")
    blocked = csp_violations(page)
    template = load("avklaring-av-boligbehov", "nn")
    open_plan(page, base_url, "avklaring-av-boligbehov")
    fill_all(page, template)
    page.get_by_role("button", name=NN.PRINT).click()
    expect(page.locator("iframe.plan-print-frame")).to_have_attribute(
        "title", NN.SCRIPT_TEXT["printFrameTitle"]
    )
    frame = page.frame_locator("iframe.plan-print-frame")
    expect(frame.locator("h1")).to_have_text(template.title)
    expect(frame.locator("html")).to_have_attribute("lang", "nn")
    # The nynorsk stylesheet applies (its hash is allowed): the overview table has borders.
    border = frame.locator("th").first.evaluate("(e) => getComputedStyle(e).borderTopStyle")
    assert border == "solid"
    assert blocked == []
