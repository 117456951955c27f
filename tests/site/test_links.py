"""Links inside the site resolve, every page links to the phone numbers, and data stays out."""

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.support.html import Node, parse_file

_URL_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")}


def local_links(site_dir: Path) -> Iterator[tuple[Path, str]]:
    """(page, URL) for every link or loaded file that stays inside the site."""
    for page in sorted(site_dir.rglob("*.html")):
        for node in parse_file(page).iter():
            for tag, attr in _URL_ATTRS:
                url = node.attrs.get(attr) if node.tag == tag else None
                if url is not None and not urlsplit(url).scheme and not url.startswith("//"):
                    yield page, url


def ids_in(page: Path, cache: dict[Path, set[str]]) -> set[str]:
    if page not in cache:
        cache[page] = {node.attrs["id"] for node in parse_file(page).iter() if "id" in node.attrs}
    return cache[page]


def test_every_local_link_and_anchor_resolves(site_dir: Path):
    broken, cache, checked = [], {}, 0
    for page, url in local_links(site_dir):
        parts = urlsplit(url)
        base = site_dir if parts.path.startswith("/") else page.parent  # 404.html: from the root
        target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else page
        if not target.is_file():
            broken.append(f"{page.name}: {url}")
        elif parts.fragment and unquote(parts.fragment) not in ids_in(target, cache):
            broken.append(f"{page.name}: {url} (anker)")
        checked += 1
    assert checked > 100
    assert broken == []


def test_every_page_links_to_the_phone_numbers(site_dir: Path):
    for page in sorted(site_dir.glob("*.html")):
        footer: Node = parse_file(page).find("nav", "footer-links")
        hrefs = {a.attrs["href"].lstrip("/"): a.text() for a in footer.find_all("a")}
        assert hrefs.get("telefonnumre.html") == "Viktige telefonnumre", page.name


def test_phase_data_is_not_published(site_dir: Path):
    assert not (site_dir / "data").exists()
    assert not list(site_dir.rglob("*.yml"))
