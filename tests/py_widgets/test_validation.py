"""Validation messages: plain bokmål, one per problem, keyed by the form control's name."""

from py_widgets.plan import Plan, plan_from_values
from py_widgets.template import Template, parse_template
from py_widgets.validation import FieldError, validate
from tests.py_widgets.conftest import sample_data


def test_a_filled_plan_is_valid(filled: Plan):
    assert validate(filled) == []


def test_required_fields(template: Template):
    assert validate(plan_from_values(template, {})) == [
        FieldError("plandato", "Fyll ut «Dato for planen»."),
        FieldError("navn", "Fyll ut «Navn»."),
    ]


def test_wrong_values_are_explained(template: Template):
    plan = plan_from_values(
        template,
        {
            "plandato": "31.2.2027",
            "navn": "x" * 201,
            "koordinator": "nav",
            "barn-med": "kanskje",
            "tiltak": ["kafe", "ukjent"],
            "evaluering": "2027-01-01",
            "evaluering-tid": "25:00",
        },
    )
    assert validate(plan) == [
        FieldError("plandato", "«Dato for planen» må være en gyldig dato, for eksempel 17.5.2027."),
        FieldError("navn", "«Navn» kan ha høyst 200 tegn. Nå er det 201."),
        FieldError("koordinator", "Velg et av svarene på «Hvem koordinerer?»."),
        FieldError("barn-med", "Velg et av svarene på «Barn med?»."),
        FieldError("tiltak", "Velg bare blant svarene på «Tiltak»."),
        FieldError("evaluering-tid", "«Klokkeslett» må være et klokkeslett, for eksempel 09.30."),
    ]


def test_group_rows_are_checked_and_empty_rows_ignored(template: Template):
    plan = plan_from_values(
        template,
        {
            "plandato": "2026-11-25",
            "navn": "A",
            "avtaler": [
                {},
                {"tid": "12:00", "hva": "y" * 41},
            ],
        },
    )
    assert validate(plan) == [
        FieldError("avtaler.1.dato", "Fyll ut «Avtale 2: Dato»."),
        FieldError("avtaler.1.hva", "«Avtale 2: Hva» kan ha høyst 40 tegn. Nå er det 41."),
    ]


def test_required_choices_and_groups():
    data = sample_data()
    for section in data["sections"]:
        for f in section["fields"]:
            f["optional"] = False
    plan = plan_from_values(parse_template(data), {})
    keys = {e.key: e.message for e in validate(plan)}
    assert keys["koordinator"] == "Velg et svar på «Hvem koordinerer?»."
    assert keys["tiltak"] == "Velg minst ett svar på «Tiltak»."
    assert keys["avtaler"] == "Fyll ut minst én rad i «Avtaler»."
