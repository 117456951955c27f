"""The plan form as a guided task, in headless Chromium: questions that appear when they apply,
the overview of the sections with their status, error links that show the question below the
sticky header, «Se over planen» with «Endre» links, drafts opened from the top (an old version
too), character counts, and notices that are announced."""

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from plugins.plan_templates import ui_text
from tests.support.plan_form import (
    DOCUMENT_BUTTONS,
    accessible_name,
    button,
    download,
    form_pairs,
    load,
    page_name,
    wait_until_ready,
)
from tests.support.site import ROOT

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
OLD_DRAFT = ROOT / "tests" / "py_widgets" / "drafts" / "oppfolgingsplan-v1.json"
HEADER_BOTTOM = """() => Math.max(...[...document.querySelectorAll(".md-header, .krs-exit")]
  .map((e) => e.getBoundingClientRect().bottom))"""


def open_plan(page: Page, base_url: str, template_id: str = "oppfolgingsplan") -> None:
    page.goto(base_url + page_name(template_id))
    wait_until_ready(page)


def choose(page: Page, field_id: str, option_label: str, template_id: str = "oppfolgingsplan"):
    field = load(template_id).field(field_id)
    page.get_by_role("group", name=accessible_name(field), exact=True).get_by_label(
        option_label, exact=True
    ).check()


def status_of(page: Page, section_id: str) -> str:
    return page.locator(f".plan-overview [data-section='{section_id}'] [data-status]").inner_text()


def test_questions_appear_when_they_apply_and_keep_their_answers(page: Page, base_url: str):
    template = load("oppfolgingsplan")
    open_plan(page, base_url)
    first_talk = page.locator("#f-forste-samtale-felt")
    children = page.locator("#f-barn-felt")
    measures = page.locator("#del-krisesenter-tiltak")
    expect(first_talk).to_be_hidden()
    expect(children).to_be_hidden()
    expect(measures).to_be_hidden()
    expect(page.locator(".plan-overview [data-section='krisesenter-tiltak']")).to_be_hidden()

    # «Dato for første samtale» only after «Ja, og første samtale er avtalt».
    agreed = page.get_by_label("Ja, og første samtale er avtalt", exact=True)
    controls = (agreed.get_attribute("aria-controls") or "").split()
    assert controls == ["f-forste-samtale-felt", "f-forste-samtale-tid-felt"]
    agreed.check()
    expect(first_talk).to_be_visible()
    date = page.get_by_label(accessible_name(template.field("forste-samtale")), exact=True)
    date.fill("2027-06-24")
    choose(page, "samtaler-onsket", "Ikke nå. Brukeren vet at tilbudet om samtaler står åpent")
    expect(first_talk).to_be_hidden()
    expect(date).to_have_value("2027-06-24")  # kept while hidden
    choose(page, "samtaler-onsket", "Ja, og første samtale er avtalt")
    expect(date).to_have_value("2027-06-24")

    # The children block only when there are children.
    choose(page, "barn-med", "Ja")
    expect(children).to_be_visible()
    choose(page, "barn-med", "Nei")
    expect(children).to_be_hidden()

    # A whole section, numbered in its place when shown.
    expect(page.locator("#del-samtaler-tittel")).to_have_text("4. Fortsatte samtaler")
    page.get_by_label("Fortsatt hjelp fra krisesenteret", exact=True).check()
    expect(measures).to_be_visible()
    expect(page.locator("#del-krisesenter-tiltak-tittel")).to_have_text(
        "4. Tiltak i regi av krisesenteret"
    )
    expect(page.locator("#del-samtaler-tittel")).to_have_text("5. Fortsatte samtaler")
    expect(page.locator(".plan-overview [data-section='samtaler'] a")).to_have_text(
        "5. Fortsatte samtaler"
    )


def test_hidden_answers_stay_out_of_the_documents_and_in_the_draft(
    page: Page, base_url: str, tmp_path: Path
):
    template = load("oppfolgingsplan")
    open_plan(page, base_url)
    page.get_by_label(accessible_name(template.field("plandato")), exact=True).fill("2027-05-02")
    choose(page, "koordinator", "En tjeneste i kommunen")
    service = page.get_by_label(
        accessible_name(template.field("koordinerende-tjeneste")), exact=True
    )
    service.fill("Tjeneste som skal skjules")
    choose(page, "koordinator", "Ikke avklart ennå")
    expect(service).to_be_hidden()
    text = download(page, DOCUMENT_BUTTONS["txt"], tmp_path).read_text(encoding="utf-8")
    assert "Tjeneste som skal skjules" not in text
    draft = json.loads(download(page, ui_text.DRAFT_SAVE, tmp_path).read_text(encoding="utf-8"))
    assert draft["values"]["koordinerende-tjeneste"] == "Tjeneste som skal skjules"


def test_without_javascript_every_question_is_shown(browser: Browser, base_url: str):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + page_name("oppfolgingsplan"))
        for selector in ("#f-forste-samtale-felt", "#f-barn-felt", "#del-krisesenter-tiltak"):
            expect(page.locator(selector)).to_be_visible()
        assert page.locator("[data-show-when][hidden]").count() == 0
        # What needs the script is not offered.
        expect(page.get_by_role("button", name=ui_text.DRAFT_OPEN_TOP)).to_be_hidden()
        expect(page.get_by_role("region", name=ui_text.BAR_LABEL)).to_be_hidden()
    finally:
        context.close()


def test_the_overview_replaces_the_empty_table_of_contents(page: Page, base_url: str):
    template = load("oppfolgingsplan")
    page.set_viewport_size(DESKTOP)
    open_plan(page, base_url)
    expect(page.locator(".md-sidebar--secondary")).to_be_hidden()
    overview = page.get_by_role("navigation", name=ui_text.OVERVIEW_TITLE)
    expect(overview).to_be_visible()
    links = overview.get_by_role("link")
    shown = [s for s in template.sections if s.show_when is None]
    expect(links).to_have_count(len(shown))
    expect(links.first).to_have_text(f"1. {template.sections[0].title}")
    # It stays on screen while the form scrolls (desktop), and its links move focus.
    page.locator("#del-overgang").scroll_into_view_if_needed()
    expect(overview).to_be_in_viewport()
    overview.get_by_role("link", name="Koordinering").click()
    assert page.evaluate("document.activeElement.id") == "del-koordinering"
    # On a phone, the bar at the bottom leads back to it.
    page.set_viewport_size(PHONE)
    page.get_by_role("link", name=ui_text.BAR_OVERVIEW).click()
    expect(overview).to_be_in_viewport()


def test_overview_statuses_follow_the_answers(page: Page, base_url: str):
    template = load("oppfolgingsplan")
    open_plan(page, base_url)
    assert status_of(page, "om-planen") == "Ikke startet"
    page.get_by_label(accessible_name(template.field("deltakere")), exact=True).fill("A.H.")
    expect(page.locator(".plan-overview [data-section='om-planen'] [data-status]")).to_have_text(
        "Påbegynt"  # the required date is missing
    )
    page.get_by_label(accessible_name(template.field("plandato")), exact=True).fill("2027-05-02")
    expect(page.locator(".plan-overview [data-section='om-planen'] [data-status]")).to_have_text(
        "Ferdig"
    )
    # A group: a row in use needs its required answers.
    group = template.field("tjenester")
    page.get_by_role("button", name=group.add_label, exact=True).click()
    row = page.get_by_role("group", name=f"{group.item_label} 1", exact=True)
    row.get_by_label(accessible_name(group.fields[0]), exact=True).fill("NAV")
    services = page.locator(".plan-overview [data-section='tjenester'] [data-status]")
    expect(services).to_have_text("Påbegynt")
    row.get_by_label(accessible_name(group.child("ansvar")), exact=True).fill("Bolig")
    expect(services).to_have_text("Ferdig")
    # Emptied again: not started.
    page.get_by_role("button", name=f"Fjern {group.item_label.lower()} 1", exact=True).click()
    expect(services).to_have_text("Ikke startet")
    link = page.locator(".plan-overview [data-section='tjenester'] a")
    status_id = page.locator(".plan-overview [data-section='tjenester'] [data-status]")
    assert link.get_attribute("aria-describedby") == status_id.get_attribute("id")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_error_links_leave_the_question_visible_below_the_header(
    page: Page, base_url: str, viewport: dict
):
    template = load("oppfolgingsplan")
    page.set_viewport_size(viewport)
    open_plan(page, base_url)
    group = template.field("tjenester")
    page.get_by_role("button", name=group.add_label, exact=True).click()
    page.get_by_role("group", name=f"{group.item_label} 1", exact=True).get_by_label(
        accessible_name(group.fields[0]), exact=True
    ).fill("NAV")
    button(page, DOCUMENT_BUTTONS["txt"]).click()
    links = page.locator("#plan-feil").get_by_role("link")
    expect(links).to_have_count(3)  # the date, the row's «Ansvar», the coordinator
    for index in range(3):
        link = links.nth(index)
        link.scroll_into_view_if_needed()
        link.click()
        focused = page.evaluate("document.activeElement.id")
        container = page.locator(f"#{focused}").locator("xpath=ancestor::*[@data-key][1]")
        label = container.locator("legend, label").first
        box = label.bounding_box()
        header = page.evaluate(HEADER_BOTTOM)
        assert box is not None and box["y"] >= header, (focused, box, header)
        assert box["y"] + box["height"] <= viewport["height"], (focused, box)


def test_review_shows_the_overview_and_open_points_with_links_back(page: Page, base_url: str):
    template = load("oppfolgingsplan")
    open_plan(page, base_url)
    choose(page, "koordinator", "Ikke avklart ennå")
    review = page.locator("#plan-se-over")
    expect(review).to_be_hidden()
    page.get_by_role("button", name=ui_text.REVIEW, exact=True).first.click()
    expect(review).to_be_visible()
    heading = review.get_by_role("heading", name=ui_text.REVIEW_TITLE)
    expect(heading).to_be_focused()
    expect(review).to_contain_text("Hvem koordinerer")
    expect(review).to_contain_text("Åpne punkter")
    rule = next(r for r in template.rules if r.id == "koordinator-uavklart")
    expect(review).to_contain_text(rule.open_point)

    change = review.get_by_role("link", name="Endre hvem som koordinerer")
    change.click()
    assert page.evaluate("document.activeElement.id") == "del-koordinering"
    heading_box = page.locator("#del-koordinering-tittel").bounding_box()
    assert heading_box is not None and heading_box["y"] >= page.evaluate(HEADER_BOTTOM)

    # While open, it follows the answers.
    choose(page, "koordinator", "En tjeneste i kommunen")
    page.get_by_label(accessible_name(template.field("koordinerende-tjeneste")), exact=True).fill(
        "NAV Bydel Nord"
    )
    expect(review).to_contain_text("NAV Bydel Nord")
    expect(review).not_to_contain_text(rule.open_point)


def test_a_draft_opens_from_the_top(page: Page, base_url: str, tmp_path: Path):
    template = load("oppfolgingsplan")
    open_plan(page, base_url)
    page.get_by_label(accessible_name(template.field("deltakere")), exact=True).fill("A.H.")
    before = form_pairs(page)
    # «Lagre utkast» in the bar that stays on screen.
    bar = page.get_by_role("region", name=ui_text.BAR_LABEL)
    with page.expect_download() as info:
        bar.get_by_role("button", name=ui_text.DRAFT_SAVE).click()
    draft = tmp_path / "utkast.json"
    info.value.save_as(draft)
    expect(bar).to_contain_text("nedlastingsmappen")
    page.reload()
    wait_until_ready(page)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name=ui_text.DRAFT_OPEN_TOP, exact=True).click()
    chooser.value.set_files(draft)
    expect(page.locator("#plan-utkast-melding-topp")).to_have_text(
        ui_text.SCRIPT_TEXT["draftOpened"]
    )
    assert form_pairs(page) == before
    expect(page.locator(".plan-overview [data-section='om-planen'] [data-status]")).to_have_text(
        "Påbegynt"
    )


def test_a_draft_of_the_first_version_opens_with_a_warning(page: Page, base_url: str):
    old = json.loads(OLD_DRAFT.read_text(encoding="utf-8"))
    assert old["template_version"] == 1
    open_plan(page, base_url)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name=ui_text.DRAFT_OPEN_TOP, exact=True).click()
    chooser.value.set_files(OLD_DRAFT)
    message = page.locator("#plan-utkast-melding-topp")
    expect(message).to_contain_text(ui_text.SCRIPT_TEXT["draftOpenedWithWarnings"])
    expect(message.locator("li").first).to_contain_text("eldre utgave av planmalen")
    answered = {name for name, value in form_pairs(page) if value}
    assert {"plandato", "koordinator"} <= answered


def test_a_draft_with_a_huge_answer_opens_cut_to_the_limit_with_a_warning(
    page: Page, base_url: str, tmp_path: Path
):
    # 900 000 letters in one answer froze the tab for over a minute while the form showed them
    # (red team B9). The form can never save that much, so the draft opens with the answer cut
    # to the question's limit, and says so.
    template = load("oppfolgingsplan")
    field = template.field("deltakere")
    open_plan(page, base_url)
    page.get_by_label(accessible_name(field), exact=True).fill("A.H.")
    draft = download(page, ui_text.DRAFT_SAVE, tmp_path)
    data = json.loads(draft.read_text(encoding="utf-8"))
    data["values"]["deltakere"] = "A" * 900_000
    draft.write_text(json.dumps(data), encoding="utf-8")
    page.reload()
    wait_until_ready(page)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name=ui_text.DRAFT_OPEN_TOP, exact=True).click()
    chooser.value.set_files(draft)
    message = page.locator("#plan-utkast-melding-topp")
    expect(message).to_contain_text(ui_text.SCRIPT_TEXT["draftOpenedWithWarnings"])
    expect(message).to_contain_text(f"«{field.label}»")
    control = page.get_by_label(accessible_name(field), exact=True)
    assert len(control.input_value()) == field.max_length


def test_too_long_answers_are_counted_while_typing(page: Page, base_url: str):
    template = load("oppfolgingsplan")
    field = template.field("koordinerende-tjeneste")
    open_plan(page, base_url)
    choose(page, "koordinator", "En tjeneste i kommunen")
    control = page.get_by_label(accessible_name(field), exact=True)
    count = page.locator("#f-koordinerende-tjeneste-antall")
    expect(count).to_have_text(f"Du kan skrive opptil {field.max_length} tegn.")
    assert "f-koordinerende-tjeneste-antall" in control.get_attribute("aria-describedby")
    control.fill("æ" * (field.max_length - 40))
    expect(count).to_have_text("Du har 40 tegn igjen")
    expect(page.locator("#plan-tegn")).to_have_text("Du har 40 tegn igjen")  # after a pause
    # Past the limit, the text stops there, and the count says so.
    control.fill("æ" * (field.max_length + 5))
    expect(control).to_have_value("æ" * field.max_length)
    cut = f"Svaret kan ha høyst {field.max_length} tegn. Det som ble for mye, er ikke tatt med"
    expect(count).to_have_text(cut)
    expect(count).to_have_class("plan-hint plan-count plan-count--over")
    control.press("Backspace")
    expect(count).to_have_text("Du har 1 tegn igjen")
    control.press("x")
    expect(count).to_have_text(f"Du har nådd grensen på {field.max_length} tegn")
    # Text over the limit can only come from a draft: the count says how much too long it is.
    control.evaluate(
        "(e, n) => { e.value = 'æ'.repeat(n);"
        " e.dispatchEvent(new Event('input', {bubbles: true})); }",
        field.max_length + 5,
    )
    expect(count).to_have_text("Du har 5 tegn for mye")


def test_notices_are_labelled_and_announced(page: Page, base_url: str):
    open_plan(page, base_url)
    choose(page, "risiko", "Ja, høy risiko")
    notice = page.locator("[data-rule='hoy-risiko']")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Merk: Er du i fare nå? Ring 112.")
    expect(page.locator("#plan-merknader")).to_contain_text("Merk: Er du i fare nå? Ring 112.")
    choose(page, "langvarige-tjenester", "Ja")
    expect(page.locator("[data-rule='individuell-plan']")).to_contain_text("Forslag:")
    expect(page.locator("#plan-merknader")).to_have_text(
        page.locator("[data-rule='individuell-plan']").inner_text().strip()
    )
