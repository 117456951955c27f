"""Drafts saved with version 1 of each template open in version 2, field by field."""

import json
from pathlib import Path

import pytest

from py_widgets.bridge import PlanPage
from py_widgets.draft import open_draft
from tests.py_widgets.real_templates import IDS, data, load

# Drafts as version 1 of the templates saved them (every field filled in).
DRAFTS = Path(__file__).parent / "drafts"
NOTE = (
    "Utkastet ble lagret med en eldre utgave av planmalen. Svarene er flyttet over til den nye "
    "utgaven. Se over planen før du lager dokumentene."
)


def _old(template_id: str) -> dict:
    return json.loads((DRAFTS / f"{template_id}-v1.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("template_id", IDS)
def test_every_answer_of_a_version_1_draft_comes_over(template_id: str):
    template = load(template_id)
    old = _old(template_id)
    assert old["template_version"] == 1 < template.version
    opened = open_draft(template, json.dumps(old).encode())
    assert opened.warnings == (NOTE,)
    for name, value in old["values"].items():
        assert opened.plan.values[name] == value, name


def test_what_cannot_come_over_is_named():
    template = load("oppfolgingsplan")
    old = _old("oppfolgingsplan")
    values = old["values"]
    values["gammelt-felt"] = "x"
    values["risiko"] = "svaert-hoy"
    values["tjenester"] = [values["tjenester"][0]] * 13
    values["avtaler"][0]["dato"] = "2027-02-31"
    opened = open_draft(template, json.dumps(old).encode())
    assert opened.warnings == (
        NOTE,
        "Dette kunne ikke tas med fra utkastet, fordi planmalen er endret: «gammelt-felt», "
        "«Tjenester» fra rad 13, «Er det fortsatt risiko for ny vold?», «Avtale 1: Dato».",
    )
    plan = opened.plan
    assert plan.values["risiko"] == ""
    assert len(plan.values["tjenester"]) == 12
    assert plan.values["avtaler"][0]["dato"] == ""
    assert plan.values["avtaler"][0]["hva"] == values["avtaler"][0]["hva"]
    assert plan.values["plandato"] == values["plandato"]


def test_the_page_gets_pairs_groups_and_warnings():
    template = load("avklaring-av-boligbehov")
    page = PlanPage(json.dumps(data("avklaring-av-boligbehov")))
    assert page.template == template
    result = json.loads(page.open_draft((DRAFTS / "avklaring-av-boligbehov-v1.json").read_bytes()))
    assert set(result) == {"pairs", "groups", "warnings"}
    assert ["dato", "2027-03-14"] in result["pairs"]
    assert result["groups"] == {"oppgaver": 0}
    assert result["warnings"] == [NOTE]
