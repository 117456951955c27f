"""The quick-exit plugin validates its settings, and every built page carries the component."""

import shutil
from pathlib import Path

import pytest
from mkdocs.config.base import ValidationError

from plugins.quick_exit.config import HttpsUrl, QuickExitConfig
from tests.support.html import Node, built_pages, parse_file
from tests.support.site import ROOT, build_site_from

EXIT_URL = "https://www.yr.no/"  # as configured in mkdocs.yml


@pytest.mark.parametrize(
    "url", ["https://www.yr.no/", "https://www.yr.no/nb/værvarsel", "https://example.org"]
)
def test_https_addresses_are_accepted(url: str):
    assert HttpsUrl(default=EXIT_URL).validate(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "http://www.yr.no/",
        "www.yr.no",
        "/lokal-side.html",
        "javascript:alert(1)",
        "https://",
        'https://www.yr.no/"onclick="x',
        "https://www.yr.no/ side",
        "https://bruker@www.yr.no/",
        42,
    ],
)
def test_other_addresses_are_refused_in_norwegian(url: object):
    with pytest.raises(ValidationError, match=r"https://|Må være|kan ikke"):
        HttpsUrl(default=EXIT_URL).validate(url)


def test_defaults_are_bokmal_and_unknown_texts_are_reported():
    config = QuickExitConfig()
    config.load_dict({"texts": {"knapp": "Gå"}})
    failed, warnings = config.validate()
    assert failed == []
    assert any("knapp" in message for _, message in warnings)
    assert config.url == EXIT_URL
    assert config.texts.button == "Forlat siden"
    assert config.texts.press_two_more_times == "Trykk Shift to ganger til for å forlate siden."


def _tiny_site(tmp_path: Path, plugin_options: str) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("Ingen overskrift her.\n", encoding="utf-8")
    (docs / "trygg-bruk.md").write_text("# Trygg bruk\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: Test\nuse_directory_urls: false\n"
        "theme:\n  name: material\n  font: false\n  language: nb\n"
        f"  custom_dir: {ROOT / 'overrides'}\n"
        f"plugins:\n  - krisesenter/quick-exit:\n{plugin_options}",
        encoding="utf-8",
    )
    return config


def test_the_configured_address_is_used_on_pages_without_headings(tmp_path: Path):
    config = _tiny_site(tmp_path, "      url: https://www.vg.no/\n")
    build_site_from(config, tmp_path / "site")
    elements = list(parse_file(tmp_path / "site/index.html").iter())
    assert _button(elements).attrs["href"] == "https://www.vg.no/"
    skips = [e for e in elements if "md-skip" in e.classes]
    assert [(s.text(), s.attrs["href"]) for s in skips] == [
        ("Gå til innhold", "#__innhold"),
        ("Forlat siden", "https://www.vg.no/"),
    ]
    assert any(e.attrs.get("id") == "__innhold" for e in elements)


def test_build_stops_on_an_address_without_https(tmp_path: Path):
    config = _tiny_site(tmp_path, "      url: http://www.yr.no/\n")
    with pytest.raises(AssertionError, match=r"begynner med https://"):
        build_site_from(config, tmp_path / "site")


def _button(elements: list[Node]) -> Node:
    buttons = [e for e in elements if "krs-exit__button" in e.classes]
    assert len(buttons) == 1
    return buttons[0]


def test_every_built_page_has_the_button_and_skip_links(site_dir: Path):
    pages = built_pages(site_dir)
    assert site_dir / "404.html" in pages
    assert site_dir / "trygg-bruk.html" in pages
    for path in pages:
        nynorsk = path.relative_to(site_dir).parts[0] == "nn"
        leave, skip = (
            ("Forlat sida", "Gå til innhald") if nynorsk else ("Forlat siden", "Gå til innhold")
        )
        elements = list(parse_file(path).iter())
        button = _button(elements)
        assert button.text() == leave, path
        assert button.attrs["href"] == EXIT_URL, path
        assert {"noreferrer", "nofollow"} <= set(button.attrs["rel"].split()), path
        # The first two links on the page: skip to content, then quick exit.
        links = [e for e in elements if e.tag == "a"]
        assert links[0].text() == skip, path
        assert "krs-exit-skip" in links[1].classes, path
        assert (links[1].text(), links[1].attrs["href"]) == (leave, EXIT_URL), path
        safe_use = [e for e in links if "krs-exit__safe-use" in e.classes]
        assert [e.text() for e in safe_use] == ["Trygg bruk"], path
        assert safe_use[0].attrs["href"].endswith("trygg-bruk.html"), path
        # The safe-use page in the page's own language.
        href = safe_use[0].attrs["href"]
        base = site_dir if href.startswith("/") else path.parent  # 404.html: from the root
        target = (base / href.lstrip("/")).resolve()
        assert target.parent == (site_dir / "nn" if nynorsk else site_dir).resolve(), path
        scripts = [e.attrs.get("src", "") for e in elements if e.tag == "script"]
        # Quick exit's script and styles are served inside the site's joined files.
        assert any(s.endswith("assets/javascripts/site.js") for s in scripts), path
        styles = [e.attrs.get("href", "") for e in elements if e.tag == "link"]
        assert any(s.endswith("assets/stylesheets/site.css") for s in styles), path


def test_the_component_has_no_inline_styles_and_all_texts(site_dir: Path):
    elements = list(parse_file(site_dir / "index.html").iter())
    root = next(e for e in elements if "data-krs-exit-root" in e.attrs)
    assert root.attrs["data-i18n-press-one-more-time"] == (
        "Trykk Shift én gang til for å forlate siden."
    )
    assert root.attrs["data-i18n-timed-out"].startswith("Snarveien ble avbrutt.")
    assert root.attrs["data-i18n-activated"]
    quick_exit = [e for e in elements if any(c.startswith("krs-") for c in e.classes)]
    assert quick_exit
    assert all("style" not in e.attrs for e in quick_exit)


def test_safe_use_page_is_in_the_navigation(site_dir: Path):
    elements = list(parse_file(site_dir / "index.html").iter())
    nav_links = [e for e in elements if "md-nav__link" in e.classes and e.tag == "a"]
    assert any(
        e.attrs["href"] == "trygg-bruk.html" and e.text() == "Trygg bruk av nettstedet"
        for e in nav_links
    )


def test_build_stops_without_the_quick_exit_plugin(tmp_path: Path):
    config = _tiny_site(tmp_path, "      url: https://www.vg.no/\n")
    text = config.read_text(encoding="utf-8").replace(
        "  - krisesenter/quick-exit:\n", "  - search\n"
    )
    config.write_text(text.replace("      url: https://www.vg.no/\n", ""), encoding="utf-8")
    with pytest.raises(AssertionError, match="quick_exit_plugin_is_not_loaded"):
        build_site_from(config, tmp_path / "site")


def test_build_stops_on_a_page_whose_template_has_no_quick_exit(tmp_path: Path):
    config = _tiny_site(tmp_path, "      url: https://www.vg.no/\n")
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    (overrides / "bare.html").write_text("<!doctype html><title>Bar</title>", encoding="utf-8")
    (tmp_path / "docs/bar.md").write_text("---\ntemplate: bare.html\n---\n# Bar\n", "utf-8")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(str(ROOT / "overrides"), str(overrides)), encoding="utf-8")
    with pytest.raises(AssertionError, match=r"Sider uten «Forlat siden»-knappen:\n  bar\.html\n"):
        build_site_from(config, tmp_path / "site")
