"""Bokmål at the root and nynorsk under nn/: every page exists in both, says which language it
is in, and links to the same page in the other language with relative links (http and file://)."""

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.support.html import Node, built_pages, parse_file
from tests.support.nginx import SUBPATH

LANGUAGES = {"nb": "Bokmål", "nn": "Nynorsk"}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def language_of(site_dir: Path, path: Path) -> str:
    return "nn" if path.relative_to(site_dir).parts[0] == "nn" else "nb"


def counterpart(site_dir: Path, path: Path) -> Path:
    relative = path.relative_to(site_dir)
    if relative.parts[0] == "nn":
        return site_dir.joinpath(*relative.parts[1:])
    return site_dir / "nn" / relative


@pytest.fixture(scope="module")
def pages(site_dir: Path) -> dict[Path, Node]:
    return {path: parse_file(path) for path in built_pages(site_dir)}


def _relative_target(page: Path, href: str) -> Path:
    assert href and not href.startswith(("/", "http:", "https:", "file:")), href
    return (page.parent / href.split("#")[0]).resolve()


def test_every_page_exists_in_both_languages(site_dir: Path, pages: dict[Path, Node]):
    nynorsk = [path for path in pages if language_of(site_dir, path) == "nn"]
    bokmal = [path for path in pages if language_of(site_dir, path) == "nb"]
    assert len(nynorsk) >= 13
    # One 404 page for both languages, at the root (servers show one).
    assert sorted(counterpart(site_dir, p) for p in nynorsk) == sorted(
        p for p in bokmal if p.name != "404.html"
    )


def test_every_page_says_its_language(site_dir: Path, pages: dict[Path, Node]):
    for path, root in pages.items():
        assert root.find("html").attrs.get("lang") == language_of(site_dir, path), path


def test_the_switcher_leads_to_the_same_page_in_the_other_language(
    site_dir: Path, pages: dict[Path, Node]
):
    for path, root in pages.items():
        if path.name == "404.html":
            continue
        other = "nb" if language_of(site_dir, path) == "nn" else "nn"
        links = root.find("nav", "krs-lang").find_all("a")
        assert [(a.text(), a.attrs["lang"], a.attrs["hreflang"]) for a in links] == [
            (LANGUAGES[other], other, other)
        ], path
        assert _relative_target(path, links[0].attrs["href"]) == counterpart(site_dir, path)


def test_no_page_head_has_hreflang_links(pages: dict[Path, Node]):
    # Material's script fetches a sitemap.xml beside every <link rel="alternate">, and hreflang
    # there needs absolute addresses; the sitemap says it instead (next test).
    for path, root in pages.items():
        assert [
            link for link in root.find_all("link") if link.attrs.get("rel") == "alternate"
        ] == [], path


def test_the_sitemap_names_both_versions_of_every_page(subpath_site_dir: Path):
    base = f"https://eksempel.no{SUBPATH}"
    sitemap = ElementTree.parse(subpath_site_dir / "sitemap.xml").getroot()
    urls = sitemap.findall(f"{SITEMAP}url")
    assert urls
    for url in urls:
        location = url.findtext(f"{SITEMAP}loc")
        alternates = {
            link.attrib["hreflang"]: link.attrib["href"] for link in url.findall(f"{XHTML}link")
        }
        assert set(alternates) == {"nb", "nn"}, location
        assert location in alternates.values()
        for language, href in alternates.items():
            assert href.startswith(base), href
            page = subpath_site_dir / href.removeprefix(base)
            assert page.is_file(), href
            assert language_of(subpath_site_dir, page) == language, href


def test_the_404_page_speaks_both_languages(site_dir: Path):
    root = parse_file(site_dir / "404.html")
    nynorsk = [n for n in root.iter() if n.attrs.get("lang") == "nn" and n.tag == "section"]
    assert len(nynorsk) == 1 and "Fann ikkje sida" in nynorsk[0].text()
    link = nynorsk[0].find("a")
    assert link.attrs["hreflang"] == "nn"
    # Like the rest of the 404 page, from the site root (it is shown at any address).
    href = link.attrs["href"].lstrip("/")
    assert (site_dir / href).resolve() == (site_dir / "nn/index.html").resolve()


@pytest.mark.parametrize(
    ("page", "texts"),
    [
        ("nn/fase-1.html", ["Fasar", "Kven gjer kva", "Lovgrunnlag", "Brukar", "bustad"]),
        ("nn/trygg-bruk.html", ["Forlat sida", "Trygg bruk", "Snarvegar", "Førre og neste side"]),
    ],
)
def test_plugins_and_theme_speak_nynorsk_on_nynorsk_pages(site_dir: Path, page: str, texts):
    root = parse_file(site_dir / page)
    html = (site_dir / page).read_text(encoding="utf-8")
    text = root.find("body").text()
    for expected in texts:
        assert expected in text or f'"{expected}"' in html, expected
    for bokmal in ("Forlat siden", "Hvem gjør hva", "Tilbake til oversikt", "Velg fase"):
        assert not re.search(rf"{re.escape(bokmal)}\b", text), bokmal


def test_nynorsk_law_names_link_to_lovdata(site_dir: Path):
    links = {
        a.text(): a.attrs["href"] for a in parse_file(site_dir / "nn/kilder.html").find_all("a")
    }
    assert links["krisesenterlova"] == "https://lovdata.no/lov/2009-06-19-44"
    assert links["sosialtenestelova"] == "https://lovdata.no/lov/2009-12-18-131"
    assert links["straffelova"] == "https://lovdata.no/lov/2005-05-20-28"


def test_each_language_has_its_own_search_index(site_dir: Path):
    # A nynorsk word, and a bokmål heading (the phase pages' «Kven gjer kva» in nynorsk).
    for root, own, other in (("", "Hvem gjør hva", "bustad"), ("nn/", "bustad", "Hvem gjør hva")):
        data = (site_dir / root / "search/search_index.json").read_text(encoding="utf-8")
        docs = json.loads(data)["docs"]
        locations = {doc["location"].split("#")[0] for doc in docs}
        # Every page of the language, relative to its root (Material's base on its pages).
        pages = {
            p.relative_to(site_dir / root).as_posix() for p in (site_dir / root).glob("*.html")
        }
        assert locations == pages - {"404.html"}, root
        assert own in data and other not in data, root
        # The index as a script is for file:// (the offline bundle) only.
        assert not (site_dir / root / "search/search_index.js").exists()
