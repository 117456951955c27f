"""The offline bundle, unzipped and opened from disk (file://) in Chromium with no network:
phases, search, and the plans end to end (in bokmål and nynorsk). Every request must be file:,
data: or blob:."""

import html
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from plugins.offline_bundle.naming import bundle_stem
from tests.py_widgets.languages import bokmal_only, found_in
from tests.support.browser import RequestLog, assert_nothing_stored, search_hits
from tests.support.html import built_pages, parse_file
from tests.support.plan_form import (
    DOCUMENT_BUTTONS,
    DOCUMENT_BUTTONS_NN,
    download,
    echoed,
    fill_all,
    form_pairs,
    load,
    printable_html,
    wait_until_ready,
)
from tests.support.site import build_site


@pytest.fixture(scope="session")
def bundle_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make bundle`'s zip, built into a temporary folder."""
    dist = tmp_path_factory.mktemp("dist")
    build_site(dist / "site", env={"BUNDLE": "true", "BUNDLE_DIST": str(dist)})
    return dist / f"{bundle_stem()}.zip"


@pytest.fixture(scope="session")
def unzipped(bundle_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle unzipped elsewhere, as a shelter would: the folder that holds index.html."""
    target = tmp_path_factory.mktemp("usb-stick")
    with zipfile.ZipFile(bundle_zip) as archive:
        archive.extractall(target)
    (folder,) = target.iterdir()
    return folder


@pytest.fixture
def offline(context: BrowserContext) -> Iterator[BrowserContext]:
    """No network at all: any http(s) request fails."""
    context.route(re.compile(r"^https?://"), lambda route: route.abort())
    yield context


def test_zip_is_named_by_version_and_holds_the_site_and_the_staff_text(
    bundle_zip: Path, unzipped: Path
):
    assert bundle_zip.name == f"{bundle_stem()}.zip"
    assert unzipped.name == bundle_stem()
    assert (unzipped / "index.html").is_file()
    assert not (unzipped / "404.html").exists()  # made for a server, its links are absolute
    staff_text = (unzipped / "LES-MEG.txt").read_text(encoding="utf-8")
    for words in ("index.html", "minnepinne", "NY VERSJON", "sendes noe sted", "nn/index.html"):
        assert words in staff_text
    assert (unzipped / "nn/index.html").is_file() and (unzipped / "nn/fase-3.html").is_file()
    assert bundle_zip.stat().st_size <= 8_000_000
    print(f"\noffline zip: {bundle_zip.stat().st_size:,} bytes")


def test_links_point_at_html_files(unzipped: Path):
    for page in built_pages(unzipped):
        for node in parse_file(page).iter():
            href = node.attrs.get("href", "") if node.tag == "a" else ""
            if href and not re.match(r"^([a-z]+:|#)", href):
                path = href.split("#")[0]
                assert not path or path.endswith(".html"), (page.name, href)


def test_plan_pages_forbid_every_connection(unzipped: Path):
    for name in ("oppfolgingsplan.html", "avklaring-av-boligbehov.html"):
        text = (unzipped / name).read_text(encoding="utf-8")
        policy = html.unescape(re.search(r'Content-Security-Policy" content="([^"]*)"', text)[1])
        assert "connect-src" not in policy
        assert policy.startswith("default-src 'none'")


def test_runtime_travels_only_as_data_scripts(unzipped: Path):
    """From disk the worker may fetch nothing: the bundle has no runtime files to fetch."""
    runtime = sorted(p.name for p in (unzipped / "assets" / "pyodide").iterdir())
    assert runtime == ["app-data.js", "pyodide-lock.json", "runtime-code.js", "runtime-files.js"]
    text = (unzipped / "oppfolgingsplan.html").read_text(encoding="utf-8")
    (loader,) = re.findall(r'<script src="[^"]*plan-runtime\.js"[^>]*>', text)
    assert "data-network" not in loader


def test_phases_and_search_from_disk(
    offline: BrowserContext, page: Page, unzipped: Path, requests: RequestLog
):
    page.goto((unzipped / "index.html").as_uri())
    page.locator(".phase-overview").get_by_role("link", name="Fase 1").click()
    expect(page).to_have_url((unzipped / "fase-1.html").as_uri())
    switcher = page.get_by_role("navigation", name="Faser")
    for number in (2, 3):
        switcher.get_by_role("link", name=f"Fase {number}").click()
        expect(page).to_have_url((unzipped / f"fase-{number}.html").as_uri())
    switcher.get_by_role("link", name="Tilbake til oversikt").click()
    expect(page).to_have_url((unzipped / "index.html").as_uri())

    page.locator("input.md-search__input").fill("sikkerhetsplan")
    results = page.locator(".md-search-result__item")
    expect(results.filter(has_text="Oppfølging etter oppholdet").first).to_be_visible()
    assert requests.not_local_files() == []
    assert_nothing_stored(page)


def test_nynorsk_from_disk_switcher_and_search(
    offline: BrowserContext, page: Page, unzipped: Path, requests: RequestLog
):
    page.goto((unzipped / "fase-3.html").as_uri())
    page.get_by_role("link", name="Nynorsk", exact=True).click()
    expect(page).to_have_url((unzipped / "nn/fase-3.html").as_uri())
    expect(page.locator("html")).to_have_attribute("lang", "nn")
    page.locator("input.md-search__input").fill("tryggleiksplanen")
    results = page.locator(".md-search-result__item")
    expect(results.filter(has_text="Oppfølging etter opphaldet").first).to_be_visible()
    # Only nynorsk pages, for a word of both languages and for one with ø (the index is UTF-8).
    nynorsk = (unzipped / "nn").as_uri() + "/"
    for words in ("krisesenter", "besøksforbod"):
        hits = search_hits(page, words)
        assert hits and all(hit.startswith(nynorsk) for hit in hits), (words, hits)
    page.locator(".md-search-result__item a.md-search-result__link").first.click()
    expect(page).to_have_url(hits[0])
    page.get_by_role("link", name="Bokmål", exact=True).click()
    expect(page).to_have_url(re.compile(re.escape(unzipped.as_uri() + "/") + r"[^/]+\.html$"))
    assert requests.not_local_files() == []
    assert_nothing_stored(page)


def test_search_works_on_a_plan_page_from_disk(
    offline: BrowserContext, page: Page, unzipped: Path, requests: RequestLog
):
    page.goto((unzipped / "oppfolgingsplan.html").as_uri())
    page.locator("input.md-search__input").fill("sikkerhetsplan")
    results = page.locator(".md-search-result__item")
    expect(results.filter(has_text="Oppfølging etter oppholdet").first).to_be_visible()
    assert requests.not_local_files() == []


@pytest.mark.parametrize(
    ("phase", "template_id"),
    [(1, "avklaring-av-boligbehov"), (2, "vurdering-av-trygg-bolig"), (3, "oppfolgingsplan")],
)
def test_plan_end_to_end_from_disk(
    offline: BrowserContext,
    page: Page,
    unzipped: Path,
    requests: RequestLog,
    tmp_path: Path,
    phase: int,
    template_id: str,
):
    page.goto((unzipped / f"fase-{phase}.html").as_uri())
    page.locator(".phase-plan a").click()
    expect(page).to_have_url((unzipped / f"{template_id}.html").as_uri())
    wait_until_ready(page)
    template = load(template_id)
    filled = fill_all(page, template)

    made = {kind: download(page, name, tmp_path) for kind, name in DOCUMENT_BUTTONS.items()}
    text = made["txt"].read_text(encoding="utf-8")
    for entry in echoed(template, filled):
        for shown in entry.shown():
            assert shown.split("\n")[0] in text, entry.key
    assert (
        zipfile.ZipFile(made["odt"]).read("mimetype") == b"application/vnd.oasis.opendocument.text"
    )
    assert made["ics"].read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert zipfile.ZipFile(made["docx"]).read("word/document.xml").startswith(b"<?xml")
    assert printable_html(page).startswith("<!DOCTYPE html>")

    before = form_pairs(page)
    draft = download(page, "Lagre utkast", tmp_path)
    page.reload()
    wait_until_ready(page)
    page.get_by_label("Åpne utkast").set_input_files(draft)
    expect(page.locator("#plan-utkast-melding")).to_contain_text("Utkastet er åpnet")
    assert form_pairs(page) == before

    schemes = {url.split(":", 1)[0] for url in requests.urls}
    assert schemes <= {"file", "data", "blob"}, requests.not_local_files()
    assert_nothing_stored(page)


def test_nynorsk_plan_from_disk(
    offline: BrowserContext, page: Page, unzipped: Path, requests: RequestLog, tmp_path: Path
):
    page.goto((unzipped / "nn" / "fase-3.html").as_uri())
    page.locator(".phase-plan a").click()
    expect(page).to_have_url((unzipped / "nn" / "oppfolgingsplan.html").as_uri())
    wait_until_ready(page)
    template = load("oppfolgingsplan", "nn")
    filled = fill_all(page, template)  # by the nynorsk labels
    made = download(page, DOCUMENT_BUTTONS_NN["txt"], tmp_path)
    typed = " ".join(str(entry.value) for entry in filled)
    bokmal = {text for text in bokmal_only("oppfolgingsplan") if text not in typed}
    text = made.read_text(encoding="utf-8")
    assert found_in(bokmal, text) == [] and "Ansvar og avtalar" in text

    draft = download(page, "Lagre utkast", tmp_path)
    page.goto((unzipped / "oppfolgingsplan.html").as_uri())  # the same plan, in bokmål
    wait_until_ready(page)
    page.get_by_label("Åpne utkast").set_input_files(draft)
    expect(page.locator("#plan-utkast-melding")).to_contain_text("Utkastet er åpnet")
    schemes = {url.split(":", 1)[0] for url in requests.urls}
    assert schemes <= {"file", "data", "blob"}, requests.not_local_files()
