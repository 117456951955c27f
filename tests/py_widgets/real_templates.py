"""The site's own templates, in bokmål and (translated, as the build does) in nynorsk: read from
docs/planmaler with PyYAML on CPython, and from the JSON copies that
tests/pyodide/export_templates.py writes for the run inside Pyodide."""

import json
import sys
from pathlib import Path
from typing import Any

from py_widgets.template import Template, parse_template
from py_widgets.translation import translate

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "docs" / "planmaler"
EXPORTED = ROOT / ".cache" / "templates-json"
IDS = ("avklaring-av-boligbehov", "vurdering-av-trygg-bolig", "oppfolgingsplan")


def data(template_id: str, language: str = "nb") -> dict[str, Any]:
    """The template as plain data (as the plan page in that language embeds it)."""
    suffix = "" if language == "nb" else f".{language}"
    if sys.platform == "emscripten":
        exported = EXPORTED / f"{template_id}{suffix}.json"
        return json.loads(exported.read_text(encoding="utf-8"))
    import yaml  # not in Pyodide

    original = yaml.safe_load((FOLDER / f"{template_id}.yml").read_text(encoding="utf-8"))
    if not suffix:
        return original
    translation = (FOLDER / f"{template_id}{suffix}.yml").read_text(encoding="utf-8")
    return dict(translate(original, yaml.safe_load(translation), language))


def load(template_id: str, language: str = "nb") -> Template:
    return parse_template(data(template_id, language))
