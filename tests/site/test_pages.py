"""The menu, the phone numbers, the privacy page and the sources."""

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


def test_privacy_page_says_nothing_is_collected(article):
    text = article("personvern.html").text()
    for claim in ("Ingenting sendes", "informasjonskapsler", "analyseverktøy", "lagrer ingenting"):
        assert claim in text


def test_sources_link_to_bufdir_veiviseren_and_lovdata(article):
    hosts = {urlsplit(a.attrs["href"]).netloc for a in article("kilder.html").find_all("a")}
    assert {"www.bufdir.no", "bufdir.no", "veiviseren.no", "lovdata.no"} <= hosts
