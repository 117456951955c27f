"""The site's own templates: read from docs/planmaler with PyYAML on CPython, and from the JSON
copies that tests/pyodide/export_templates.py writes for the run inside Pyodide."""

import json
import sys
from pathlib import Path
from typing import Any

from py_widgets.template import Template, parse_template

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "docs" / "planmaler"
EXPORTED = ROOT / ".cache" / "templates-json"
IDS = ("avklaring-av-boligbehov", "vurdering-av-trygg-bolig", "oppfolgingsplan")


def data(template_id: str) -> dict[str, Any]:
    """The template as plain data (as the plan page embeds it)."""
    if sys.platform == "emscripten":
        return json.loads((EXPORTED / f"{template_id}.json").read_text(encoding="utf-8"))
    import yaml  # not in Pyodide

    return yaml.safe_load((FOLDER / f"{template_id}.yml").read_text(encoding="utf-8"))


def load(template_id: str) -> Template:
    return parse_template(data(template_id))
