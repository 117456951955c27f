"""The nynorsk translation beside each plan template: complete, checked by the build (a missing
text or an unknown key names the file, the line and the key), and used on the nynorsk pages."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import get_files

from plugins.plan_templates import plugin as plan_plugin
from plugins.plan_templates.loader import load_template, load_translation
from plugins.plan_templates.ui_text import NYNORSK, texts
from py_widgets.translation import template_texts, translation_keys
from tests.support.html import Node, parse_file
from tests.support.site import ROOT, build_site_from

PLANMALER = ROOT / "docs" / "planmaler"
IDS = ["avklaring-av-boligbehov", "oppfolgingsplan", "vurdering-av-trygg-bolig"]


def _copy(tmp_path: Path, stem: str, translation: str | None = None) -> tuple[Path, Path]:
    """The real template and its translation (or this text instead) in tmp_path/docs/planmaler."""
    folder = tmp_path / "docs" / "planmaler"
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{stem}.yml"
    source.write_text((PLANMALER / f"{stem}.yml").read_text(encoding="utf-8"), "utf-8")
    nn = folder / f"{stem}.nn.yml"
    text = translation if translation is not None else (PLANMALER / f"{stem}.nn.yml").read_text()
    nn.write_text(text, encoding="utf-8")
    return source, nn


def _load(source: Path, nn: Path) -> None:
    original = load_template(source, f"docs/planmaler/{source.name}")
    load_translation(original, nn, f"docs/planmaler/{nn.name}")


@pytest.mark.parametrize("stem", IDS)
def test_every_template_has_a_complete_nynorsk_translation(stem: str):
    original = load_template(PLANMALER / f"{stem}.yml", f"docs/planmaler/{stem}.yml")
    loaded = load_translation(
        original, PLANMALER / f"{stem}.nn.yml", f"docs/planmaler/{stem}.nn.yml"
    )
    assert loaded.template.language == "nn"
    assert loaded.data["language"] == "nn"
    assert json.loads(json.dumps(loaded.data)) == loaded.data  # can be embedded in a page
    translation = yaml.safe_load((PLANMALER / f"{stem}.nn.yml").read_text(encoding="utf-8"))
    assert set(translation_keys(translation)) == set(template_texts(original.data))


def test_a_missing_nynorsk_text_names_the_file_the_key_and_the_bokmal_line(tmp_path: Path):
    text = (PLANMALER / "avklaring-av-boligbehov.nn.yml").read_text(encoding="utf-8")
    broken = text.replace("    short_label: Deltakarar\n", "", 1)
    source, nn = _copy(tmp_path, "avklaring-av-boligbehov", broken)
    lines = source.read_text(encoding="utf-8").splitlines()
    line = next(i for i, s in enumerate(lines, 1) if s.strip() == "short_label: Deltakere")
    with pytest.raises(PluginError) as caught:
        _load(source, nn)
    assert str(caught.value) == (
        "docs/planmaler/avklaring-av-boligbehov.nn.yml: «fields.deltakere.short_label» mangler "
        "(bokmål: «Deltakere»). Teksten står i docs/planmaler/avklaring-av-boligbehov.yml, "
        f"linje {line}."
    )


@pytest.mark.parametrize(
    ("old", "new", "key", "below"),
    [
        ("  dato: {label: Dato}\n", "  dato: {label: Dato, hint: Ny}\n", "fields.dato.hint", 0),
        ("  boligbehov: {", "  bolibehov: {", "sections.bolibehov.title", 0),
        ("uavklart: Ikkje avklart", "uklart: Ikkje avklart", "fields.ny-bolig.options.uklart", 0),
        (
            "    - title: Vidare arbeid\n",
            "    - title: Vidare arbeid\n    - title: Meir\n",
            "agreement.details.5.title",
            1,
        ),
    ],
)
def test_a_key_the_template_does_not_have_names_the_file_and_line(
    tmp_path: Path, old: str, new: str, key: str, below: int
):
    text = (PLANMALER / "avklaring-av-boligbehov.nn.yml").read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1 + below
    source, nn = _copy(tmp_path, "avklaring-av-boligbehov", text.replace(old, new, 1))
    with pytest.raises(PluginError) as caught:
        _load(source, nn)
    assert str(caught.value) == (
        f"docs/planmaler/avklaring-av-boligbehov.nn.yml, linje {line}: «{key}» finnes ikke i "
        "malen. Se etter skrivefeil i id-en."
    )


def test_an_empty_translation_is_refused(tmp_path: Path):
    text = (PLANMALER / "avklaring-av-boligbehov.nn.yml").read_text(encoding="utf-8")
    source, nn = _copy(
        tmp_path, "avklaring-av-boligbehov", text.replace("{label: Dato}", "{label: ''}")
    )
    with pytest.raises(PluginError, match=r"«fields\.dato\.label»: her må det stå tekst"):
        _load(source, nn)


def test_the_build_stops_on_a_missing_nynorsk_text(tmp_path: Path):
    text = (PLANMALER / "vurdering-av-trygg-bolig.nn.yml").read_text(encoding="utf-8")
    _copy(tmp_path, "vurdering-av-trygg-bolig", text.replace("  dato: {label: Dato}\n", ""))
    (tmp_path / "docs" / "index.md").write_text("# Test\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Test\nplugins:\n  - krisesenter/plan-templates\n", "utf-8")
    with pytest.raises(AssertionError) as caught:
        build_site_from(config, tmp_path / "site")
    assert "docs/planmaler/vurdering-av-trygg-bolig.nn.yml: «fields.dato.label» mangler" in str(
        caught.value
    )


def _plugin_on_files(tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "docs" / "index.md").write_text("# Test\n", encoding="utf-8")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: Test\nplugins:\n  - krisesenter/plan-templates\n", "utf-8")
    config = load_config(str(config_file))
    monkeypatch.setattr(plan_plugin, "current_language", lambda _config: language)
    plugin = config.plugins["krisesenter/plan-templates"]
    files = plugin.on_files(get_files(config), config=config)
    return plugin, files


def test_the_nynorsk_build_gives_pages_the_nynorsk_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    for stem in IDS:
        _copy(tmp_path, stem)
    plugin, files = _plugin_on_files(tmp_path, "nn", monkeypatch)
    assert {i: t.template.language for i, t in plugin.templates.items()} == dict.fromkeys(IDS, "nn")
    assert plugin.templates["oppfolgingsplan"].template.title.endswith("opphald på krisesenter")
    assert [f.src_uri for f in files if f.src_uri.startswith("planmaler/")] == []


def test_the_nynorsk_build_needs_a_translation_of_every_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    _, nn = _copy(tmp_path, "oppfolgingsplan")
    nn.unlink()
    with pytest.raises(PluginError, match=r"oppfolgingsplan\.yml: mangler oversettelse til nn"):
        _plugin_on_files(tmp_path, "nn", monkeypatch)


def test_a_translation_without_a_template_stops_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    _, nn = _copy(tmp_path, "oppfolgingsplan")
    nn.rename(nn.with_name("oppfolgingsplanen.nn.yml"))
    with pytest.raises(PluginError, match="det finnes ingen planmal «oppfolgingsplanen»"):
        _plugin_on_files(tmp_path, "nb", monkeypatch)


def _js_text_keys(path: Path) -> set[str]:
    """The keys of the `const TEXT = {…}` of a script: its own (bokmål) texts."""
    block = re.search(r"const TEXT = \{(.*?)\n  ?\};", path.read_text(encoding="utf-8"), re.S)
    assert block
    return set(re.findall(r"^\s+(\w+):", block[1], re.M))


def test_the_page_texts_exist_in_nynorsk():
    bokmal, nynorsk = vars(texts("nb")), vars(texts("nn"))
    assert set(NYNORSK) == set(bokmal)  # every text of ui_text.py is translated
    for name, value in bokmal.items():
        if isinstance(value, dict):
            extra = {"runtime", "worker"} if name == "SCRIPT_TEXT" else set()
            assert set(nynorsk[name]) == set(value) | extra, name
            for key, text in value.items():
                assert re.findall(r"\{\w+\}", nynorsk[name][key]) == re.findall(r"\{\w+\}", text)
    assert nynorsk["SUMMARY_TITLE"] == "Det er noko du må rette"
    # The runtime's own texts (bokmål in its scripts) all have a nynorsk version.
    runtime = nynorsk["SCRIPT_TEXT"]["runtime"]
    assert set(runtime) == _js_text_keys(ROOT / "docs/assets/javascripts/plan-runtime.js")
    worker = nynorsk["SCRIPT_TEXT"]["worker"]
    assert set(worker) == _js_text_keys(ROOT / "plugins/pyodide_runtime/worker.js")


def _by_id(page: Node, element_id: str) -> Node:
    return next(node for node in page.iter() if node.attrs.get("id") == element_id)


def _json(page: Node, element_id: str) -> Any:
    return json.loads("".join(str(c) for c in _by_id(page, element_id).children))


@pytest.mark.parametrize("stem", IDS)
def test_the_nynorsk_plan_page_has_the_nynorsk_form(site_dir: Path, stem: str):
    nb = parse_file(site_dir / f"{stem}.html")
    nn = parse_file(site_dir / "nn" / f"{stem}.html")
    assert nn.find("html").attrs["lang"] == "nn"

    def names(page: Node) -> list[str]:
        form = _by_id(page, "plan-form")
        return [node.attrs["name"] for node in form.iter() if "name" in node.attrs]

    assert names(nn) == names(nb) != []  # the same fields: drafts open in either language
    data = _json(nn, "plan-template-data")
    assert (data["language"], data["id"]) == ("nn", stem)
    assert _json(nn, "plan-config")["text"] == NYNORSK["SCRIPT_TEXT"]
    assert nn.find("h1").text() == data["title"] != nb.find("h1").text()
    assert _by_id(nn, "plan-lag").text() == "Lag dokumenta"
    form = _by_id(nn, "plan-form").text()
    assert "Kven " in form or "Kva " in form
    for bokmal in ("Hva ", "Hvem ", "ikke ", "Legg til en ", "Hvordan "):
        assert bokmal not in form
