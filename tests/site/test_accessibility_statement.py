"""The page Tilgjengelighetserklæring: linked from every page, honest about what is tested, and
linking the official statement on uustatus.no once mkdocs.yml has its address."""

from pathlib import Path

from tests.support.html import Node, built_pages, parse_file
from tests.support.site import ROOT, build_site_from

PAGE = "tilgjengelighet.html"
OFFICIAL = "https://uustatus.no/nb/erklaringer/publisert/0000-test"


def test_every_page_links_to_the_statement_in_its_footer(site_dir: Path):
    for page in built_pages(site_dir):
        nynorsk = page.relative_to(site_dir).parts[0] == "nn"
        footer: Node = parse_file(page).find("nav", "footer-links")
        hrefs = {a.attrs["href"].lstrip("/"): a.text() for a in footer.find_all("a")}
        name = "Tilgjengeerklæring" if nynorsk else "Tilgjengelighetserklæring"
        assert hrefs.get(PAGE) == name, page


def test_the_statement_says_what_is_tested_and_what_is_missing(article):
    page = article(PAGE)
    text = page.text()
    claims = ("WCAG 2.1", "axe", "tastatur", "320 piksler", "minst 44", "skjermleser", "nynorsk")
    for claim in claims:
        assert claim in text, claim
    hrefs = {a.attrs["href"] for a in page.find_all("a")}
    assert "https://lovdata.no/forskrift/2013-06-21-732" in hrefs  # the forskrift on Lovdata


def test_without_an_address_the_official_statement_is_not_linked(article):
    page = article(PAGE)
    assert "ikke publisert ennå" in page.text()
    assert not [a for a in page.find_all("a") if "uustatus" in a.attrs["href"]]


def test_with_an_address_the_official_statement_is_linked(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Forside\n", encoding="utf-8")
    (docs / "trygg-bruk.md").write_text("# Trygg bruk\n", encoding="utf-8")  # for quick exit
    (docs / "tilgjengelighet.md").write_text(
        "---\ntemplate: accessibility-statement.html\n---\n\n# Tilgjengelighetserklæring\n",
        encoding="utf-8",
    )
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: Test\nuse_directory_urls: false\n"
        f"theme: {{name: material, custom_dir: {ROOT / 'overrides'}, language: custom}}\n"
        f"extra: {{accessibility_statement_url: '{OFFICIAL}'}}\n"
        "plugins: [krisesenter/quick-exit]\n",
        encoding="utf-8",
    )
    build_site_from(config, tmp_path / "site")
    page = parse_file(tmp_path / "site" / PAGE).find("article")
    links = {a.attrs["href"]: a.text() for a in page.find_all("a")}
    assert links[OFFICIAL] == "Les den offisielle tilgjengelighetserklæringen på uustatus.no"
    assert "ikke publisert ennå" not in page.text()
