"""The site's own templates, read from docs/planmaler with PyYAML (CPython only)."""

from pathlib import Path

from py_widgets.template import Template, parse_template

FOLDER = Path(__file__).resolve().parents[2] / "docs" / "planmaler"
IDS = ("avklaring-av-boligbehov", "vurdering-av-trygg-bolig", "oppfolgingsplan")


def load(template_id: str) -> Template:
    import yaml  # imported here: not installed in Pyodide, where these tests are skipped

    text = (FOLDER / f"{template_id}.yml").read_text(encoding="utf-8")
    return parse_template(yaml.safe_load(text))
