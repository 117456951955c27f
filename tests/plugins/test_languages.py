"""The languages plugin with mkdocs-static-i18n: the build stops when a page has no nynorsk
version, the switcher links are relative, one 404 page stays at the root, and each language
has its own search index."""

import copy
import json
import re
from pathlib import Path

import pytest
import yaml

from plugins.phases.data import PhaseDataError, check_translation, load_phases
from tests.support.html import parse_file
from tests.support.site import ROOT, build_site_from

I18N = """  - i18n:
      docs_structure: suffix
      reconfigure_material: false
      languages:
        - {locale: nb, name: Bokmål, default: true}
        - {locale: nn, name: Nynorsk, theme: {language: custom_nn}}
  - krisesenter/languages
  - krisesenter/quick-exit
"""


def _bilingual_site(tmp_path: Path, pages: dict[str, str], plugins: str = "") -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    # Every page has the quick exit, whose plugin needs the page it links to.
    pages = {"trygg-bruk.md": "# Trygg bruk\n", "trygg-bruk.nn.md": "# Trygg bruk\n", **pages}
    for name, text in pages.items():
        (docs / name).write_text(text, encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: Test\nuse_directory_urls: false\n"
        "theme:\n  name: material\n  font: false\n  language: custom\n"
        f"  custom_dir: {ROOT / 'overrides'}\n"
        f"plugins:\n{plugins}{I18N}",
        encoding="utf-8",
    )
    return config


def _front_and_one_page(side: str, sida: str) -> dict[str, str]:
    """A front page and side.md, each in bokmål and nynorsk (sources by file name)."""
    return {
        "index.md": "# Forside\n",
        "index.nn.md": "# Framside\n",
        "side.md": side,
        "side.nn.md": sida,
    }


def test_a_page_without_a_nynorsk_version_stops_the_build(tmp_path: Path):
    config = _bilingual_site(
        tmp_path,
        {"index.md": "# Forside\n", "index.nn.md": "# Framside\n", "side.md": "# Side\n"},
    )
    with pytest.raises(AssertionError, match=r"side\.md: siden finnes ikke på nn .*side\.nn\.md"):
        build_site_from(config, tmp_path / "site")


def test_switcher_links_are_relative_and_404_stays_at_the_root(tmp_path: Path):
    config = _bilingual_site(tmp_path, _front_and_one_page("# Side\n", "# Sida\n"))
    site = tmp_path / "site"
    build_site_from(config, site)
    switch = parse_file(site / "nn/side.html").find("nav", "krs-lang").find("a")
    assert (switch.text(), switch.attrs["href"]) == ("Bokmål", "../side.html")
    switch = parse_file(site / "side.html").find("nav", "krs-lang").find("a")
    assert (switch.text(), switch.attrs["href"]) == ("Nynorsk", "nn/side.html")
    assert "Fann ikkje sida" in (site / "404.html").read_text(encoding="utf-8")
    assert not (site / "nn/404.html").exists()


def _index(site: Path, root: str) -> tuple[list[str], str]:
    """The locations in root's search index, and the text of the index as a script."""
    data = (site / root / "search/search_index.json").read_text(encoding="utf-8")
    script = (site / root / "search/search_index.js").read_text(encoding="utf-8")
    assert script == f"var __index = {data}"
    return [doc["location"] for doc in json.loads(data)["docs"]], data


def test_each_language_searches_its_own_pages(tmp_path: Path):
    config = _bilingual_site(
        tmp_path,
        _front_and_one_page(
            "# Side\n\n## Bolig og økonomi\n\nSamme tekst.\n",
            # The same section as in bokmål: mkdocs-static-i18n would drop it from a joined index.
            "# Sida\n\n## Bolig og økonomi\n\nSamme tekst.\n",
        ),
        plugins="  - search\n",
    )
    # Material's offline plugin (after i18n, as in mkdocs.yml) inlines the index for file://.
    config.write_text(config.read_text(encoding="utf-8") + "  - offline\n", encoding="utf-8")
    site = tmp_path / "site"
    build_site_from(config, site)

    bokmal, data = _index(site, "")
    assert "Forside" in data and "Framside" not in data and "Sida" not in data
    assert "økonomi" in data  # UTF-8, not \u00f8
    nynorsk, data = _index(site, "nn")
    assert "Framside" in data and "Forside" not in data
    # Locations are relative to the language's root, which is Material's base on its pages.
    assert bokmal == nynorsk
    assert {"index.html", "side.html", "side.html#bolig-og-konomi"} <= set(nynorsk)
    for page, base in (("side.html", "."), ("nn/side.html", "./"), ("nn/index.html", "./")):
        html = (site / page).read_text(encoding="utf-8")
        config_script = re.search(r'<script id="__config" [^>]*>(.*?)</script>', html, re.DOTALL)
        assert config_script is not None, page
        assert json.loads(config_script.group(1))["base"] == base, page


def test_the_nynorsk_phase_data_must_match_the_original(tmp_path: Path):
    original = load_phases(ROOT / "docs/data/phases.yml")
    nynorsk_path = ROOT / "docs/data/phases.nn.yml"
    assert check_translation(original, load_phases(nynorsk_path), nynorsk_path).phases
    raw = yaml.safe_load(nynorsk_path.read_text(encoding="utf-8"))
    changed = copy.deepcopy(raw)
    changed["phases"][1]["steps"].pop()
    broken = tmp_path / "phases.nn.yml"
    text = yaml.safe_dump(changed, allow_unicode=True, sort_keys=False)
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(PhaseDataError, match=r"phases\.nn\.yml: fase 2 må ha samme sider"):
        check_translation(original, load_phases(broken), broken)
