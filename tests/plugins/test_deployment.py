"""The deployment plugin: publisher and local shelter from mkdocs.yml `extra:` into the pages."""

from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config

from plugins.deployment.settings import (
    LocalShelter,
    Publisher,
    SettingError,
    read_local_shelter,
    read_publisher,
)
from tests.support.html import parse_file
from tests.support.site import ROOT, build_site_from

PAGE = """# Personvern

<!-- oppsett: utgiver -->

| Nummer | Hvem |  Når |
|---|---|---|
<!-- oppsett: lokalt-krisesenter-rad -->

<!-- oppsett: lokalt-krisesenter -->
"""


def test_publisher_fields_and_contact_forms():
    assert read_publisher({}) is None
    assert read_publisher({"publisher": {"name": "", "contact": ""}}) == Publisher("", "")
    publisher = read_publisher({"publisher": {"name": " Krisesenteret  i X ", "contact": "a@b.no"}})
    assert publisher == Publisher("Krisesenteret i X", "a@b.no")
    assert publisher.contact_href == "mailto:a@b.no"
    web = read_publisher({"publisher": {"name": "X", "contact": "https://x.no/kontakt"}})
    assert web is not None and web.contact_href == "https://x.no/kontakt"


def test_local_shelter_is_optional_but_complete():
    assert read_local_shelter({}) is None
    assert read_local_shelter({"local_shelter": {"name": "", "phone": ""}}) is None
    shelter = read_local_shelter({"local_shelter": {"name": "Senteret", "phone": "12 34 56 78"}})
    assert shelter == LocalShelter("Senteret", "12 34 56 78")
    assert shelter.phone_href == "tel:12345678"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"publisher": "Kommunen"}, "extra.publisher: må ha feltene name og contact"),
        ({"publisher": {"name": "X", "contact": "kommunen.no"}}, "verken en e-postadresse"),
        ({"publisher": {"name": "X", "contact": "javascript:alert(1)"}}, "verken en e-post"),
        ({"publisher": {"name": "X", "e-post": "a@b.no"}}, "ukjent felt e-post"),
        ({"publisher": {"name": 3, "contact": ""}}, "extra.publisher.name: må være tekst"),
        ({"local_shelter": {"name": "X", "phone": ""}}, "fyll ut både name og phone"),
        ({"local_shelter": {"name": "X", "phone": "ring oss"}}, "er ikke et telefonnummer"),
    ],
)
def test_settings_of_the_wrong_form_are_refused_in_norwegian(extra: dict, message: str):
    with pytest.raises(SettingError, match=message):
        read_publisher(extra)
        read_local_shelter(extra)


def build(tmp_path: Path, extra: dict | None):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(PAGE, encoding="utf-8")
    config = {
        "site_name": "Test",
        "use_directory_urls": False,
        "plugins": ["krisesenter/deployment"],
        **({"extra": extra} if extra is not None else {}),
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    result = build_site_from(tmp_path / "mkdocs.yml", tmp_path / "site")
    return parse_file(tmp_path / "site/index.html"), result.stderr


def test_without_publisher_key_the_strict_build_stops(tmp_path: Path):
    with pytest.raises(AssertionError, match=r"extra\.publisher mangler i mkdocs\.yml"):
        build(tmp_path, None)


def test_empty_publisher_shows_placeholders_and_the_build_says_so(tmp_path: Path):
    page, log = build(tmp_path, {"publisher": {"name": "", "contact": ""}})
    assert "INFO" in log and "extra.publisher: name og contact er ikke satt ennå" in log
    assert [s.text() for s in page.find_all("strong", "deployment-unset")] == [
        "[Utgiver er ikke satt ennå]",
        "[Kontaktadresse er ikke satt ennå]",
    ]
    links = {a.text(): a.attrs["href"] for a in page.find_all("a")}
    assert links["Finn nummeret på dinutvei.no"] == "https://dinutvei.no/"
    assert links["dinutvei.no"] == "https://dinutvei.no/"
    assert "oppsett:" not in (tmp_path / "site/index.html").read_text(encoding="utf-8")


def test_set_values_are_shown_escaped_with_links(tmp_path: Path):
    page, log = build(
        tmp_path,
        {
            "publisher": {"name": "Krisesenteret <i> *X*", "contact": "post@x.no"},
            "local_shelter": {"name": "Senteret | Y", "phone": "+47 12 34 56 78"},
        },
    )
    assert "ikke satt" not in log
    text = " ".join(page.text().split())
    assert "Nettstedet publiseres av Krisesenteret <i> *X*. Kontakt utgiveren: post@x.no." in text
    assert page.find_all("strong", "deployment-unset") == []
    rows = [[td.text() for td in tr.find_all("td")] for tr in page.find("table").find_all("tr")]
    assert rows[-1] == ["+47 12 34 56 78", "Ditt lokale krisesenter: Senteret | Y", "Hele døgnet"]
    links = {a.text(): a.attrs["href"] for a in page.find_all("a")}
    assert links["post@x.no"] == "mailto:post@x.no"
    assert links["+47 12 34 56 78"] == "tel:+4712345678"
    assert "Ring Senteret | Y på +47 12 34 56 78." in text


def test_unknown_marker_stops_the_build_naming_page(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# X\n\n<!-- oppsett: utgjver -->\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\nplugins:\n  - krisesenter/deployment\n"
        "extra:\n  publisher: {name: '', contact: ''}\n",
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match=r"index\.md: ukjent <!-- oppsett: utgjver -->"):
        build_site_from(tmp_path / "mkdocs.yml", tmp_path / "site")


def test_the_bundle_readme_names_the_settings_the_plugin_reads():
    readme = (ROOT / "plugins/offline_bundle/LES-MEG.txt").read_text(encoding="utf-8")
    for words in ("extra: local_shelter:", "name:", "phone:", "make bundle", "dinutvei.no"):
        assert words in readme
    extra = load_config(str(ROOT / "mkdocs.yml")).extra
    assert read_publisher(extra) == Publisher("", "")  # shipped empty: the placeholder shows
    assert read_local_shelter(extra) is None
    assert set(extra["local_shelter"]) == {"name", "phone"}
