"""Conditional questions (show_when): parsed, given to the page as JSON, and honoured by Python."""

import pytest

from py_widgets.conditions import (
    AllOf,
    AnyOf,
    Empty,
    Equals,
    Filled,
    Includes,
    Not,
    condition_as_json,
    fields_named,
)
from py_widgets.draft import dump_draft, load_draft
from py_widgets.keys import ROW_INDEX, field_key
from py_widgets.plan import plan_from_values
from py_widgets.render.ics import events
from py_widgets.rules import evaluate_rules
from py_widgets.schema import TemplateError
from py_widgets.template import parse_template
from py_widgets.validation import validate
from tests.py_widgets.conftest import sample_data


def _conditional() -> dict:
    """The sample with «navn» asked only when there are children, «Datoer» only with «kafe»."""
    data = sample_data()
    data["sections"][0]["fields"][1]["show_when"] = {"field": "barn-med", "equals": "ja"}
    data["sections"][1]["show_when"] = {"field": "tiltak", "includes": "kafe"}
    return data


def test_every_condition_has_one_canonical_json_form():
    condition = AllOf(
        (
            Equals("a", "ja"),
            Includes("b", "kafe"),
            AnyOf((Empty("c"), Filled("d"))),
            Not(Equals("e", "nei")),
        )
    )
    assert condition_as_json(condition) == {
        "all": [
            {"field": "a", "equals": "ja"},
            {"field": "b", "includes": "kafe"},
            {"any": [{"field": "c", "is": "empty"}, {"field": "d", "is": "filled"}]},
            {"not": {"field": "e", "equals": "nei"}},
        ]
    }
    assert fields_named(condition) == {"a", "b", "c", "d", "e"}


def test_show_when_is_parsed_and_its_json_is_what_the_template_says():
    data = _conditional()
    template = parse_template(data)
    assert template.field("navn").show_when == Equals("barn-med", "ja")
    assert template.field("notat").show_when is None
    assert template.sections[1].show_when == Includes("tiltak", "kafe")
    assert condition_as_json(template.sections[1].show_when) == data["sections"][1]["show_when"]


def test_hidden_questions_need_no_answer_and_do_not_count_for_rules():
    data = _conditional()
    data["rules"][0]["when"] = {"field": "evaluering", "is": "filled"}
    template = parse_template(data)
    plan = plan_from_values(template, {"plandato": "2027-01-01", "evaluering": "2027-02-01"})
    assert template.hidden_fields(plan.values) == {
        "navn",
        "evaluering",
        "evaluering-tid",
        "avtaler",
    }
    assert [e.key for e in validate(plan)] == []
    assert "krisesenter-koordinerer" not in [n.rule for n in evaluate_rules(plan)]
    assert plan.visible_values()["evaluering"] == ""
    shown = plan_from_values(
        template, {"plandato": "2027-01-01", "barn-med": "ja", "tiltak": ["kafe"]}
    )
    assert "navn" in [e.key for e in validate(shown)]


def test_hidden_answers_are_kept_in_a_draft():
    template = parse_template(_conditional())
    plan = plan_from_values(template, {"plandato": "2027-01-01", "navn": "K.O."})
    assert "navn" in template.hidden_fields(plan.values)
    assert load_draft(template, dump_draft(plan)).values["navn"] == "K.O."


def _error(data: dict) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        parse_template(data)
    return caught.value


@pytest.mark.parametrize(
    ("condition", "words"),
    [
        ({"field": "finnes-ikke", "equals": "ja"}, "Fant ikke feltet «finnes-ikke»"),
        ({"field": "hva", "is": "filled"}, "«hva» er et felt inne i gruppen «avtaler»"),
        ({"field": "avtaler.0.hva", "is": "filled"}, "er et felt inne i gruppen «avtaler»"),
        ({"field": "barn-med", "equals": "kanskje"}, "har ikke svaralternativet «kanskje»"),
        ({"field": "tiltak", "equals": "kafe"}, "«equals» kan ikke brukes"),
    ],
)
def test_show_when_mistakes_name_the_place(condition: dict, words: str):
    data = sample_data()
    data["sections"][0]["fields"][2]["show_when"] = condition
    error = _error(data)
    assert error.path[:5] == ("sections", 0, "fields", 2, "show_when")
    assert words in error.message


def test_a_condition_cannot_read_a_question_that_is_itself_conditional():
    data = _conditional()
    data["sections"][0]["fields"][2]["show_when"] = {"field": "navn", "is": "filled"}
    error = _error(data)
    assert error.path == ("sections", 0, "fields", 2, "show_when")
    assert "«navn» vises bare av og til" in error.message


def test_a_field_inside_a_group_cannot_have_show_when():
    data = sample_data()
    data["sections"][1]["fields"][2]["fields"][1]["show_when"] = {"field": "navn", "is": "filled"}
    error = _error(data)
    assert error.path == ("sections", 1, "fields", 2, "fields", 1, "show_when")


def test_field_keys_for_rows_and_the_row_template():
    assert field_key("tjenester", 0, "frist") == "tjenester.0.frist"
    assert field_key("tjenester", ROW_INDEX, "frist") == "tjenester.%i%.frist"


def test_dates_of_questions_not_asked_stay_out_of_the_calendar():
    template = parse_template(_conditional())
    values = {"plandato": "2027-01-01", "evaluering": "2027-02-01"}
    assert events(plan_from_values(template, values)) == []
    asked = plan_from_values(template, values | {"tiltak": ["kafe"]})
    assert [e.key for e in events(asked)] == ["evaluering"]
