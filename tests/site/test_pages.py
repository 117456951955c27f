"""The menu, the phone numbers, the privacy page and the sources."""

import json
from pathlib import Path
from urllib.parse import urlsplit

from tests.support.html import parse_file

NAV = [
    "Forside",
    "Fase 1",
    "Fase 2",
    "Fase 3",
    "Oppfølging etter oppholdet",
    "Avklaring av boligbehov",
    "Vurdering av trygg bolig",
    "Oppfølgingsplan etter opphold på krisesenter",
    "Viktige telefonnumre",
    "Om nettstedet og personvern",
    "Kilder",
    "Trygg bruk av nettstedet",
    "Tilgjengelighetserklæring",
]


def test_menu_has_every_page_in_order(site_dir: Path):
    sidebar = parse_file(site_dir / "index.html").find("nav", "md-nav--primary")
    links = [a for a in sidebar.find_all("a", "md-nav__link") if a.attrs["href"][0] != "#"]
    assert [a.text() for a in links] == NAV  # without the forside's own table of contents


def test_phone_numbers_can_be_called(article):
    page = article("telefonnumre.html")
    calls = {a.text(): a.attrs["href"] for a in page.find_all("a") if a.attrs["href"][:4] == "tel:"}
    assert calls == {
        "112": "tel:112",
        "113": "tel:113",
        "110": "tel:110",
        "02800": "tel:02800",
        "116 006": "tel:116006",
        "116 111": "tel:116111",
    }
    assert "https://dinutvei.no/" in {a.attrs["href"] for a in page.find_all("a")}


def test_phone_numbers_include_the_local_shelter(article):
    """Not set in mkdocs.yml: the row and the section send the reader to dinutvei.no."""
    page = article("telefonnumre.html")
    rows = [[td.text() for td in tr.find_all("td")] for tr in page.find("table").find_all("tr")]
    assert ["Finn nummeret på dinutvei.no", "Ditt lokale krisesenter", "Hele døgnet"] in rows
    text = page.text()
    assert "telefon som svarer hele døgnet" in text
    assert "finner du på dinutvei.no" in text
    hrefs = {a.attrs["href"] for a in page.find_all("a")}
    assert "https://lovdata.no/lov/2009-06-19-44/§2" in hrefs


def test_sources_link_to_bufdir_veiviseren_and_lovdata(article):
    hosts = {urlsplit(a.attrs["href"]).netloc for a in article("kilder.html").find_all("a")}
    assert {"www.bufdir.no", "bufdir.no", "veiviseren.no", "lovdata.no"} <= hosts


def test_reading_pages_load_only_what_they_use(site_dir: Path):
    """No palette stylesheet (Material's default colours), and the plan form's styles only on
    plan pages: reading pages stay as light as plain Material."""
    for name in ("index.html", "fase-1.html", "oppfolging-etter-oppholdet.html"):
        page = (site_dir / name).read_text(encoding="utf-8")
        assert "stylesheets/palette." not in page and "plan-form.css" not in page, name
    assert "plan-form.css" in (site_dir / "oppfolgingsplan.html").read_text(encoding="utf-8")


def test_search_index_leaves_out_forms_and_navigation(site_dir: Path):
    docs = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    index = "\n".join(f"{doc['title']}\n{doc['text']}" for doc in docs["docs"])
    for chrome in (
        "Lagre utkast",
        "Delene i planen",
        "Se over planen",
        "Dato for planen",
        "Det er noe du må rette",
        "Tilbake til oversikt",
    ):
        assert chrome not in index
    assert "Oppfølgingsplan etter opphold på krisesenter" in index  # the plan page itself is found
