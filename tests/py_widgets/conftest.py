"""A small template that uses every field kind, rule form and calendar option, and test settings
that hold on CPython and inside Pyodide alike."""

import sys
from copy import deepcopy
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from py_widgets.plan import Plan, plan_from_values
from py_widgets.template import Template, parse_template

IN_PYODIDE = sys.platform == "emscripten"
# Needs LibreOffice, PyYAML or files outside the package: runs on CPython only.
cpython_only = pytest.mark.skipif(IN_PYODIDE, reason="trenger CPython (LibreOffice)")

# No deadlines or "too slow" checks: no assertion in this suite may depend on timing.
settings.register_profile(
    "plan",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None if IN_PYODIDE else settings.default.database,
)
settings.load_profile("plan")

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)

SAMPLE: dict[str, Any] = {
    "id": "proveplan",
    "version": 2,
    "title": "Prøveplan for krisesenter",
    "phase": 3,
    "intro": "En mal for testene.",
    "download_name": "plan",
    "sections": [
        {
            "id": "om-planen",
            "title": "Om planen",
            "fields": [
                {"id": "plandato", "kind": "date", "label": "Dato for planen"},
                {"id": "navn", "kind": "text", "label": "Navn", "hint": "Initialer holder."},
                {"id": "notat", "kind": "textarea", "label": "Notat", "optional": True},
                {
                    "id": "koordinator",
                    "kind": "choice",
                    "label": "Hvem koordinerer?",
                    "optional": True,
                    "options": [
                        {"value": "kommunen", "label": "Kommunen"},
                        {"value": "krisesenteret", "label": "Krisesenteret"},
                    ],
                },
                {"id": "barn-med", "kind": "yesno", "label": "Barn med?", "optional": True},
                {
                    "id": "tiltak",
                    "kind": "multichoice",
                    "label": "Tiltak",
                    "optional": True,
                    "options": [
                        {"value": "kafe", "label": "Kafé"},
                        {"value": "samtaler", "label": "Samtaler"},
                    ],
                },
            ],
        },
        {
            "id": "datoer",
            "title": "Datoer",
            "intro": "Datoene kan legges i en kalender.",
            "fields": [
                {
                    "id": "evaluering",
                    "kind": "date",
                    "label": "Evaluering",
                    "optional": True,
                    "calendar": {"title": "Evaluering av planen", "time": "evaluering-tid"},
                },
                {"id": "evaluering-tid", "kind": "time", "label": "Klokkeslett", "optional": True},
                {
                    "id": "avtaler",
                    "kind": "group",
                    "label": "Avtaler",
                    "optional": True,
                    "item_label": "Avtale",
                    "add_label": "Legg til en avtale",
                    "max_items": 3,
                    "fields": [
                        {
                            "id": "dato",
                            "kind": "date",
                            "label": "Dato",
                            "calendar": {"title": "Avtale", "time": "tid", "summary": "hva"},
                        },
                        {"id": "tid", "kind": "time", "label": "Tid", "optional": True},
                        {"id": "hva", "kind": "text", "label": "Hva", "max_length": 40},
                        {
                            "id": "hvem",
                            "kind": "multichoice",
                            "label": "Hvem",
                            "optional": True,
                            "options": [
                                {"value": "nav", "label": "NAV"},
                                {"value": "politi", "label": "Politiet"},
                            ],
                        },
                    ],
                },
            ],
        },
    ],
    "rules": [
        {
            "id": "krisesenter-koordinerer",
            "when": {"field": "koordinator", "equals": "krisesenteret"},
            "target": "koordinator",
            "level": "advarsel",
            "message": "Krisesenteret bør ikke koordinere etter oppholdet.",
        },
        {
            "id": "kafe-uten-dato",
            "when": {
                "all": [
                    {"field": "tiltak", "includes": "kafe"},
                    {"not": {"field": "evaluering", "is": "filled"}},
                ]
            },
            "target": "evaluering",
            "level": "forslag",
            "message": "Sett en dato for evaluering.",
        },
        {
            "id": "barn",
            "when": {
                "any": [
                    {"field": "barn-med", "equals": "ja"},
                    {"field": "avtaler", "is": "empty"},
                ]
            },
            "target": "barn-med",
            "level": "forslag",
            "message": "Fyll ut delen om barna.",
        },
    ],
}


def sample_data() -> dict[str, Any]:
    """A fresh copy of the sample template data, safe to change in a test."""
    return deepcopy(SAMPLE)


@pytest.fixture
def template() -> Template:
    return parse_template(SAMPLE)


@pytest.fixture
def filled(template: Template) -> Plan:
    return plan_from_values(
        template,
        {
            "plandato": "2026-11-25",
            "navn": "A. B.",
            "notat": "Første linje\nAndre linje\n\nNytt avsnitt",
            "koordinator": "kommunen",
            "barn-med": "nei",
            "tiltak": ["samtaler"],
            "evaluering": "2027-01-15",
            "evaluering-tid": "13:00",
            "avtaler": [
                {"dato": "2026-12-01", "tid": "09:30", "hva": "Møte hos NAV", "hvem": ["nav"]},
                {"dato": "2026-12-24", "tid": "", "hva": "Julefeiring", "hvem": []},
            ],
        },
    )
