"""Whatever the form lets people type can be saved as a draft, and every saved draft opens."""

import pytest

from py_widgets.draft import (
    DRAFT_MAX_BYTES,
    DraftError,
    dump_draft,
    fullest_plan,
    largest_draft_bytes,
    load_draft,
)
from py_widgets.plan import plan_from_values
from py_widgets.template import parse_template
from py_widgets.validation import validate
from tests.py_widgets.conftest import sample_data
from tests.py_widgets.real_templates import IDS, load


@pytest.mark.parametrize("template_id", IDS)
def test_a_form_filled_to_every_limit_saves_and_opens(template_id: str):
    template = load(template_id)
    plan = fullest_plan(template)
    assert not [e for e in validate(plan) if "høyst" in e.message]
    data = dump_draft(plan)
    assert len(data) == largest_draft_bytes(template) <= DRAFT_MAX_BYTES
    assert load_draft(template, data) == plan


def test_the_fullest_plan_uses_every_row_and_every_character():
    template = load("oppfolgingsplan")
    plan = fullest_plan(template)
    for f in template.fields():
        value = plan.values[f.id]
        if f.kind == "group":
            assert len(value) == f.max_items
        elif f.kind in ("text", "textarea"):
            assert len(value) == f.max_length


def test_one_character_more_than_allowed_is_an_error():
    template = parse_template(sample_data())
    plan = plan_from_values(template, {"navn": "x" * 201})
    assert "«Navn» kan ha høyst 200 tegn. Nå er det 201." in [e.message for e in validate(plan)]


def test_a_draft_too_large_to_open_is_not_saved():
    data = sample_data()
    group = data["sections"][1]["fields"][2]
    group["max_items"] = 50
    group["fields"][2]["max_length"] = 100_000
    template = parse_template(data)
    plan = fullest_plan(template)
    with pytest.raises(DraftError, match="for stort til å lagres"):
        dump_draft(plan)
