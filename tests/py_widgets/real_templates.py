"""The site's own templates: read from docs/planmaler with PyYAML on CPython, and from the JSON
copies that tests/pyodide/export_templates.py writes for the run inside Pyodide."""

import json
import sys
from pathlib import Path

from py_widgets.template import Template, parse_template

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "docs" / "planmaler"
EXPORTED = ROOT / ".cache" / "templates-json"
IDS = ("avklaring-av-boligbehov", "vurdering-av-trygg-bolig", "oppfolgingsplan")


def load(template_id: str) -> Template:
    if sys.platform == "emscripten":
        data = json.loads((EXPORTED / f"{template_id}.json").read_text(encoding="utf-8"))
    else:
        import yaml  # not in Pyodide

        data = yaml.safe_load((FOLDER / f"{template_id}.yml").read_text(encoding="utf-8"))
    return parse_template(data)
