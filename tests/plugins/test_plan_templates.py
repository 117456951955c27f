"""The build checks every plan template, names file and line on a mistake, and ships no .yml."""

import json
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import get_files

from plugins.plan_templates.loader import line_of, load_template
from py_widgets.template import Template
from tests.support.site import ROOT, build_site_from

PLANMALER = ROOT / "docs" / "planmaler"
IDS = ["avklaring-av-boligbehov", "oppfolgingsplan", "vurdering-av-trygg-bolig"]


def _project(tmp_path: Path, templates: dict[str, str]) -> Path:
    """A minimal site with these templates (file stem -> YAML text); returns its mkdocs.yml."""
    (tmp_path / "docs" / "planmaler").mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Test\n", encoding="utf-8")
    for stem, text in templates.items():
        (tmp_path / "docs" / "planmaler" / f"{stem}.yml").write_text(text, encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Test\nplugins:\n  - krisesenter/plan-templates\n", "utf-8")
    return config


def _real(stem: str) -> str:
    return (PLANMALER / f"{stem}.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("stem", IDS)
def test_the_real_templates_are_valid(stem: str):
    loaded = load_template(PLANMALER / f"{stem}.yml", f"docs/planmaler/{stem}.yml")
    assert isinstance(loaded.template, Template)
    assert loaded.template.id == stem
    assert loaded.source == PLANMALER / f"{stem}.yml"
    assert json.loads(json.dumps(loaded.data)) == loaded.data  # can be embedded in a page
    assert loaded.data == yaml.safe_load(_real(stem))


def test_a_broken_template_stops_the_build_with_file_line_and_problem(tmp_path: Path):
    text = _real("oppfolgingsplan")
    lines = text.splitlines()
    line = next(i for i, s in enumerate(lines, 1) if s.strip() == "kind: yesno")
    broken = text.replace("kind: yesno", "kind: janei", 1)
    config = _project(tmp_path, {"oppfolgingsplan": broken})
    with pytest.raises(AssertionError) as caught:
        build_site_from(config, tmp_path / "site")
    expected = (
        f"docs/planmaler/oppfolgingsplan.yml, linje {line}: sections[0].fields[2].kind: "
        "Ukjent felttype «janei»."
    )
    assert expected in str(caught.value)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("id: x\ntitle: [a\n", 3, "YAML-feil"),
        ("- id: x\n", 1, "filen må starte med nøkler"),
        ("id: x\nversion: 1\nid: y\n", 3, "nøkkelen «id» står to ganger"),
        ("id: x\nversion: 1\ntitle: T\nphase: 1\nsections: []\n", 5, "sections: Malen må ha minst"),
        ("id: x\nversion: 1\ntitle: T\nphase: 1\n", 1, "Mangler «sections»"),
        (
            "id: x\nversion: 1\ntitle: T\nphase: 1\nsections:\n  - id: a\n    title: A\n"
            "    fields:\n      - id: b\n        kind: text\n        label: B\n"
            "        optinal: true\n",
            12,
            "sections[0].fields[0].optinal: Ukjent nøkkel «optinal»",
        ),
        (
            "id: annen\nversion: 1\ntitle: T\nphase: 1\nsections:\n  - id: a\n    title: A\n"
            "    fields:\n      - {id: b, kind: text, label: B}\n",
            1,
            "id må være lik filnavnet («x»)",
        ),
        (
            "id: x\nversion: 1\ntitle: T\nphase: 1\nsections:\n  - id: a\n    title: A\n"
            "    fields:\n      - {id: b, kind: yesno, label: B}\n"
            "      - id: c\n        kind: text\n        label: C\n"
            "        show_when: {field: d, equals: ja}\n",
            13,
            "sections[0].fields[1].show_when.field: Fant ikke feltet «d» i malen.",
        ),
        (
            "id: x\nversion: 1\ntitle: T\nphase: 1\nsections:\n  - id: a\n    title: A\n"
            "    show_when: {field: e, is: filled}\n"
            "    fields:\n      - id: g\n        kind: group\n        label: G\n"
            "        item_label: G\n        fields:\n          - {id: e, kind: text, label: E}\n",
            8,
            "sections[0].show_when.field: «e» er et felt inne i gruppen «g»",
        ),
        (
            "id: x\nversion: 1\ntitle: T\nphase: 1\nsections:\n  - id: a\n    title: A\n"
            "    fields:\n      - id: g\n        kind: group\n        label: G\n"
            "        item_label: G\n        max_items: 50\n        fields:\n"
            "          - {id: e, kind: textarea, label: E, max_length: 100000}\n",
            5,
            "et utkast av malen fylt helt ut blir",
        ),
    ],
)
def test_mistakes_name_the_line(tmp_path: Path, text: str, line: int, words: str):
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PluginError) as caught:
        load_template(path, "docs/planmaler/x.yml")
    message = str(caught.value)
    assert message.startswith(f"docs/planmaler/x.yml, linje {line}: ")
    assert words in message


def test_line_of_follows_the_path_as_far_as_it_exists():
    node = yaml.compose("a: 1\nb:\n  - x: 2\n    y: 3\n  - z\n")
    assert line_of(node, ()) == 1
    assert line_of(node, ("b", 0, "y")) == 4
    assert line_of(node, ("b", 1)) == 5
    assert line_of(node, ("b", 7)) == 2
    assert line_of(node, ("c",)) == 1


def test_plugin_keeps_the_templates_and_drops_their_files(tmp_path: Path):
    config = load_config(str(_project(tmp_path, {i: _real(i) for i in IDS})))
    plugin = config.plugins["krisesenter/plan-templates"]
    files = plugin.on_files(get_files(config), config=config)
    assert sorted(plugin.templates) == IDS
    assert plugin.templates["oppfolgingsplan"].template.phase == 3
    assert [f.src_uri for f in files if f.src_uri.startswith("planmaler/")] == []


def test_built_site_has_no_template_files(site_dir: Path):
    assert list(site_dir.rglob("*.yml")) == []
    assert not (site_dir / "planmaler").exists()
