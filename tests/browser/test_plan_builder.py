"""The plan builder in headless Chromium over http: fill every field by its label, make every
document, save and reopen drafts, checks and notices, and privacy (no requests, no storage)."""

import html
import json
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from py_widgets.draft import DRAFT_MAX_BYTES
from tests.support.browser import RequestLog, assert_nothing_stored, csp_violations
from tests.support.plan_form import (
    DOCUMENT_BUTTONS,
    TEMPLATE_IDS,
    accessible_name,
    button,
    download,
    draft_values,
    echoed,
    fill_all,
    form_pairs,
    load,
    page_name,
    printable_html,
    wait_until_ready,
)
from tests.support.site import serve

MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>&amp;'


def open_plan(page: Page, base_url: str, template_id: str) -> None:
    page.goto(base_url + page_name(template_id))
    wait_until_ready(page)


@pytest.mark.nginx
@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_field_reaches_every_document(
    page: Page, base_url: str, requests: RequestLog, tmp_path: Path, template_id: str
):
    template = load(template_id)
    open_plan(page, base_url, template_id)
    loaded = len(requests.urls)
    filled = fill_all(page, template)

    made = {kind: download(page, name, tmp_path) for kind, name in DOCUMENT_BUTTONS.items()}
    assert {path.suffix for path in made.values()} == {".docx", ".odt", ".txt", ".ics"}
    assert made["txt"].name == f"{template.download_name}.txt"  # neutral by default
    message = page.locator("#plan-melding")
    expect(message).to_contain_text("plan.txt er lastet ned til nedlastingsmappen")
    expect(message).to_contain_text("Slett filen")

    text = made["txt"].read_text(encoding="utf-8")
    page_html = printable_html(page)
    with zipfile.ZipFile(made["odt"]) as odt:
        content = odt.read("content.xml").decode("utf-8")
    with zipfile.ZipFile(made["docx"]) as docx:
        word = docx.read("word/document.xml").decode("utf-8")
    for entry in echoed(template, filled):
        for shown in entry.shown():
            for line in shown.split("\n"):
                assert line in text, (entry.key, line)
                assert html.escape(line, quote=False) in page_html, (entry.key, line)
                assert html.escape(line, quote=False) in content, (entry.key, line)
                assert html.escape(line, quote=False) in word, (entry.key, line)

    calendar = made["ics"].read_bytes().decode("utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR\r\n")
    assert "krisesenter" not in calendar.lower()  # neutral titles by default

    # Nothing at all was requested after the page had loaded.
    assert requests.urls[loaded:] == []
    assert requests.foreign(base_url) == []
    assert_nothing_stored(page)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_draft_restores_every_field_after_reload(
    page: Page, base_url: str, tmp_path: Path, template_id: str
):
    template = load(template_id)
    open_plan(page, base_url, template_id)
    fill_all(page, template)
    before = form_pairs(page)
    draft = download(page, "Lagre utkast", tmp_path)
    assert draft.suffix == ".json"

    page.reload()
    wait_until_ready(page)
    assert [value for _, value in form_pairs(page) if value] == []
    page.get_by_label("Åpne utkast").set_input_files(draft)
    expect(page.locator("#plan-utkast-melding")).to_have_text(
        "Utkastet er åpnet. Alle feltene er fylt ut fra filen."
    )
    assert form_pairs(page) == before
    # And saving again gives the same plan.
    assert draft_values(download(page, "Lagre utkast", tmp_path)) == draft_values(draft)


def test_a_bad_draft_is_refused_and_the_form_is_untouched(
    page: Page, base_url: str, tmp_path: Path
):
    template = load("oppfolgingsplan")
    open_plan(page, base_url, "oppfolgingsplan")
    fill_all(page, template)
    before = form_pairs(page)
    other_template = {"format": "planutkast", "format_version": 1, "template": "annen"}
    newer = {"format": "planutkast", "format_version": 99, "template": "oppfolgingsplan"}
    for content, words in [
        (b"{ this is not json", "kan ikke leses"),
        (json.dumps({"format": "noe annet"}).encode(), "ikke et planutkast"),
        (json.dumps({**other_template, "template_version": 1}).encode(), "annen planmal"),
        (json.dumps({**newer, "template_version": 1}).encode(), "nyere utgave"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "kan ikke leses"),
        (b" " * (DRAFT_MAX_BYTES + 1), "for stor"),
    ]:
        bad = tmp_path / "utkast.json"
        bad.write_bytes(content)
        page.get_by_label("Åpne utkast").set_input_files(bad)
        expect(page.locator("#plan-utkast-fil-error")).to_contain_text(words)
        expect(page.locator("#plan-utkast-melding")).to_contain_text(words)
        assert form_pairs(page) == before


def test_errors_are_summarised_focused_and_linked_to_their_fields(page: Page, base_url: str):
    template = load("oppfolgingsplan")
    open_plan(page, base_url, "oppfolgingsplan")
    title = page.title()
    button(page, DOCUMENT_BUTTONS["txt"]).click()

    summary = page.locator("#plan-feil")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    assert page.title() == "Feil: " + title
    links = summary.get_by_role("link")
    assert links.count() >= 1
    required = [f for f in template.fields() if not f.optional]
    assert links.count() == len(required)
    for index, field in enumerate(required):
        link = links.nth(index)
        message = link.inner_text()
        link.click()
        focused = page.evaluate("document.activeElement.id")
        assert focused.startswith(f"f-{field.id}")
        inline = page.locator(f"#f-{field.id}-error")
        assert " ".join(inline.text_content().split()) == f"Feil: {message}"
        described = page.locator(f"#{focused}").get_attribute("aria-describedby")
        assert f"f-{field.id}-error" in described.split()
    # Nothing typed is cleared by a failed check.
    page.get_by_label(accessible_name(template.field("deltakere")), exact=True).fill("Kari")
    button(page, DOCUMENT_BUTTONS["txt"]).click()
    expect(
        page.get_by_label(accessible_name(template.field("deltakere")), exact=True)
    ).to_have_value("Kari")


def test_markup_typed_into_fields_stays_text(page: Page, base_url: str, tmp_path: Path):
    template = load("oppfolgingsplan")
    open_plan(page, base_url, "oppfolgingsplan")
    filled = fill_all(page, template, marker=MARKUP)
    made = {kind: download(page, name, tmp_path) for kind, name in DOCUMENT_BUTTONS.items()}
    printable = printable_html(page)
    draft = download(page, "Lagre utkast", tmp_path)
    page.reload()
    wait_until_ready(page)
    page.get_by_label("Åpne utkast").set_input_files(draft)
    expect(page.locator("#plan-utkast-melding")).to_contain_text("Utkastet er åpnet")

    assert page.evaluate("window.__pwned") is None
    text_entry = next(e for e in filled if e.field.kind == "text")
    assert MARKUP in page.locator(f"#f-{text_entry.key.replace('.', '-')}").input_value()
    assert MARKUP in made["txt"].read_text(encoding="utf-8")
    for kind, part in (("odt", "content.xml"), ("docx", "word/document.xml")):
        data = zipfile.ZipFile(made[kind]).read(part)
        assert b"<img src=x" not in data and b"<script>window" not in data
    assert "<img src=x" not in printable and "<script>window" not in printable
    assert "&lt;img src=x" in printable


def test_rules_show_notices_next_to_their_fields(page: Page, base_url: str):
    template = load("oppfolgingsplan")
    open_plan(page, base_url, "oppfolgingsplan")
    for rule in template.rules:
        notice = page.locator(f"[data-rule='{rule.id}']")
        container = page.locator(f"[data-key='{rule.target}']")
        assert container.locator(f"[data-rule='{rule.id}']").count() == 1
        label = {"advarsel": "Merk:", "forslag": "Forslag:"}[rule.level]
        assert notice.inner_text() == f"{label} {rule.message}"
    coordinator = next(r for r in template.rules if r.id == "krisesenteret-koordinerer")
    field = template.field(coordinator.target)
    option = next(o for o in field.options if "krisesenter" in o.value)
    page.get_by_role("group", name=accessible_name(field), exact=True).get_by_label(
        option.label, exact=True
    ).check()
    expect(page.locator(f"[data-rule='{coordinator.id}']")).to_be_visible()


def test_repeating_rows_can_be_added_and_removed(page: Page, base_url: str):
    template = load("oppfolgingsplan")
    group = template.field("tjenester")
    first = accessible_name(group.fields[0])
    open_plan(page, base_url, "oppfolgingsplan")
    add = page.get_by_role("button", name=group.add_label, exact=True)
    for number in (1, 2, 3):
        add.click()
        row = page.get_by_role("group", name=f"{group.item_label} {number}", exact=True)
        expect(row.get_by_label(first, exact=True)).to_be_focused()
        row.get_by_label(first, exact=True).fill(f"Rad {number}")
    page.get_by_role("button", name=f"Fjern {group.item_label.lower()} 2", exact=True).click()

    rows = page.locator(f"[data-group='{group.id}'] .plan-row")
    expect(rows).to_have_count(2)
    values = [rows.nth(i).get_by_label(first, exact=True).input_value() for i in range(2)]
    assert values == ["Rad 1", "Rad 3"]
    # The row that took the removed one's place has its number and gets focus.
    expect(page.get_by_role("group", name=f"{group.item_label} 2", exact=True)).to_be_visible()
    expect(rows.nth(1).get_by_label(first, exact=True)).to_be_focused()
    expect(page.locator("#plan-rader")).to_have_text(f"{group.item_label} 2 er fjernet.")


def test_leaving_with_unsaved_input_asks_first(page: Page, base_url: str):
    template = load("oppfolgingsplan")
    open_plan(page, base_url, "oppfolgingsplan")
    page.get_by_label(accessible_name(template.field("deltakere")), exact=True).fill("Kari")
    dialogs: list[str] = []

    def dismiss(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.evaluate("location.href = 'index.html'")
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert page.url.endswith(page_name("oppfolgingsplan"))


@pytest.mark.nginx
def test_quick_exit_wipes_the_plan_without_asking(
    context: BrowserContext, page: Page, base_url: str
):
    context.route("https://www.yr.no/**", lambda route: route.fulfill(body="<p>Været</p>"))
    template = load("oppfolgingsplan")
    open_plan(page, base_url, "oppfolgingsplan")
    page.get_by_label(accessible_name(template.field("deltakere")), exact=True).fill("Kari")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.locator("a.krs-exit__button").click()
    page.wait_for_url("https://www.yr.no/**")
    assert dialogs == []


def test_download_links_are_revoked(page: Page, base_url: str, tmp_path: Path):
    page.add_init_script(
        """(() => {
          window.__blobs = {made: [], revoked: []};
          const make = URL.createObjectURL, revoke = URL.revokeObjectURL;
          URL.createObjectURL = (blob) => {
            const url = make(blob);
            // Not the Python worker's code (plan-runtime.js), only what is downloaded.
            if (blob.type !== "text/javascript") window.__blobs.made.push(url);
            return url;
          };
          URL.revokeObjectURL = (u) => { window.__blobs.revoked.push(u); revoke(u); };
        })()"""
    )
    template = load("avklaring-av-boligbehov")
    open_plan(page, base_url, "avklaring-av-boligbehov")
    fill_all(page, template)
    download(page, DOCUMENT_BUTTONS["txt"], tmp_path)
    download(page, "Lagre utkast", tmp_path)
    page.wait_for_timeout(1500)
    blobs = page.evaluate("window.__blobs")
    assert len(blobs["made"]) == 2
    assert sorted(blobs["made"]) == sorted(blobs["revoked"])


def test_plan_pages_have_a_strict_content_security_policy(site_dir: Path):
    for template_id in TEMPLATE_IDS:
        text = (site_dir / page_name(template_id)).read_text(encoding="utf-8")
        start = text.index('http-equiv="Content-Security-Policy" content="') + 46
        policy = html.unescape(text[start : text.index('"', start)])
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
        assert directives["default-src"] == "'none'"
        assert directives["script-src"].startswith("'self' 'wasm-unsafe-eval'")
        sources = policy.split()
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources
        assert directives["connect-src"] == "'self'"
        assert directives["base-uri"] == "'none'"
        assert directives["form-action"] == "'none'"
        assert text.index("Content-Security-Policy") < text.index("<script")


def test_typing_works_before_python_is_ready(page: Page, base_url: str):
    template = load("oppfolgingsplan")
    page.goto(base_url + page_name("oppfolgingsplan"), wait_until="domcontentloaded")
    field = page.get_by_label(accessible_name(template.field("deltakere")), exact=True)
    field.fill("Skrevet før Python var klar")
    wait_until_ready(page)
    expect(page.locator("#plan-status")).to_have_text("Planverktøyet er klart.")
    expect(field).to_have_value("Skrevet før Python var klar")


@pytest.mark.parametrize(
    "missing", ["app-data.js", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip"]
)
def test_a_failed_start_is_reported_and_keeps_what_was_typed(
    context: BrowserContext, page: Page, base_url: str, missing: str
):
    # Over http, app-data.js is loaded by the page, the rest by the worker.
    context.route(f"**/assets/pyodide/{missing}", lambda route: route.abort())
    template = load("oppfolgingsplan")
    page.goto(base_url + page_name("oppfolgingsplan"), wait_until="domcontentloaded")
    field = page.get_by_label(accessible_name(template.field("deltakere")), exact=True)
    field.fill("Kari")
    page.wait_for_selector("#plan-form[data-ready='failed']", state="attached")
    status = page.locator("#plan-status")
    expect(status).to_contain_text("Planverktøyet kunne ikke starte")
    expect(status).to_contain_text(missing)
    expect(field).to_have_value("Kari")


def test_a_host_that_answers_a_missing_runtime_file_with_a_page_fails_at_once(
    context: BrowserContext, page: Page, base_url: str
):
    """Hosts that send their start page (200, HTML) for any unknown path: a clear message, at
    once, instead of a wasm that never compiles."""
    page_instead = "<!DOCTYPE html><title>Forside</title>"
    context.route(
        "**/assets/pyodide/pyodide.asm.wasm",
        lambda route: route.fulfill(status=200, content_type="text/html", body=page_instead),
    )
    page.goto(base_url + page_name("oppfolgingsplan"))
    page.wait_for_selector("#plan-form[data-ready='failed']", state="attached", timeout=20_000)
    expect(page.locator("#plan-status")).to_contain_text("pyodide.asm.wasm")


def test_works_on_a_server_with_wrong_media_types(page: Page, site_dir: Path, tmp_path: Path):
    wrong = {".wasm": "application/octet-stream", ".mjs": "application/octet-stream"}
    with serve(site_dir, mime_overrides=wrong) as url:
        page.goto(url + page_name("avklaring-av-boligbehov"))
        wait_until_ready(page)
        template = load("avklaring-av-boligbehov")
        fill_all(page, template)
        made = download(page, DOCUMENT_BUTTONS["txt"], tmp_path)
        assert "Avklaring av boligbehov" in made.read_text(encoding="utf-8")


def test_print_shows_the_printable_plan_in_a_frame(page: Page, base_url: str):
    page.add_init_script("window.print = () => {}")
    violations = csp_violations(page)
    template = load("avklaring-av-boligbehov")
    open_plan(page, base_url, "avklaring-av-boligbehov")
    fill_all(page, template)
    page.get_by_role("button", name="Skriv ut eller lagre som PDF").click()
    frame = page.frame_locator("iframe.plan-print-frame")
    expect(frame.locator("h1")).to_have_text(template.title)
    assert violations == []


def test_quick_exit_event_empties_the_plan_and_the_page_still_works(
    page: Page, base_url: str, tmp_path: Path
):
    template = load("oppfolgingsplan")
    open_plan(page, base_url, "oppfolgingsplan")
    fill_all(page, template)
    button(page, DOCUMENT_BUTTONS["txt"]).click()  # leave a check behind
    page.evaluate("window.dispatchEvent(new Event('krisesenter:exit'))")
    assert [value for _, value in form_pairs(page) if value] == []
    expect(page.locator(".plan-row")).to_have_count(0)
    expect(page.locator("#plan-feil")).to_be_hidden()
    expect(page.locator("[data-rule]:visible")).to_have_count(0)
    # Usable again, e.g. when the user comes back to the page.
    fill_all(page, template)
    assert "Svar" in download(page, DOCUMENT_BUTTONS["txt"], tmp_path).read_text("utf-8")


def test_back_from_the_neutral_site_restores_an_empty_plan(
    bfcache_browser, base_url: str, tmp_path: Path
):
    context = bfcache_browser.new_context(locale="nb-NO", accept_downloads=True)
    context.route("https://www.yr.no/**", lambda route: route.fulfill(body="<p>Været</p>"))
    try:
        page = context.new_page()
        page.on("dialog", lambda dialog: dialog.accept())
        template = load("vurdering-av-trygg-bolig")
        open_plan(page, base_url, "vurdering-av-trygg-bolig")
        page.evaluate("window.sameDocument = true")
        fill_all(page, template)
        page.get_by_role("link", name="Trygg bruk", exact=True).click()
        page.wait_for_url("**/trygg-bruk.html")
        page.locator("a.krs-exit__button").click()
        page.wait_for_url("https://www.yr.no/**")
        page.go_back(wait_until="commit")
        page.wait_for_url("**/vurdering-av-trygg-bolig.html", wait_until="commit")
        expect(page.locator("#plan-form")).to_be_visible()
        assert page.evaluate("window.sameDocument") is True  # restored from the cache
        assert [value for _, value in form_pairs(page) if value] == []
        expect(page.locator(".plan-row")).to_have_count(0)
        fill_all(page, template)
        made = download(page, DOCUMENT_BUTTONS["txt"], tmp_path)
        assert "Svar" in made.read_text(encoding="utf-8")
    finally:
        context.close()


def test_starting_python_raises_no_browser_issues(page: Page, base_url: str):
    """Chrome's issues (deprecations, blocked content, ...) stay empty: Lighthouse counts them."""
    session = page.context.new_cdp_session(page)
    issues: list[str] = []
    session.on("Audits.issueAdded", lambda event: issues.append(event["issue"]["code"]))
    session.send("Audits.enable")
    open_plan(page, base_url, "oppfolgingsplan")
    button(page, DOCUMENT_BUTTONS["txt"]).click()
    expect(page.locator("#plan-feil")).to_be_focused()
    assert issues == []


def test_what_an_action_did_is_said_next_to_its_buttons(page: Page, base_url: str):
    template = load("avklaring-av-boligbehov")
    open_plan(page, base_url, "avklaring-av-boligbehov")
    page.get_by_label(accessible_name(template.field("dato")), exact=True).fill("2027-03-01")
    choice = template.field("ny-bolig")
    page.get_by_role("group", name=accessible_name(choice), exact=True).get_by_label(
        choice.options[0].label, exact=True
    ).check()
    button(page, DOCUMENT_BUTTONS["ics"]).click()
    message = page.locator("#plan-melding")
    expect(message).to_have_text("Planen har ingen datoer å legge i en kalender ennå.")
    expect(message).to_be_in_viewport()
    with page.expect_download():
        button(page, DOCUMENT_BUTTONS["txt"]).click()
    expect(message).to_have_text(
        "plan.txt er lastet ned til nedlastingsmappen. Slett filen der når du ikke trenger den"
        " lenger."
    )
