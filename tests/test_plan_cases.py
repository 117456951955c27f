"""The shared plan cases (tests/data/plan-cases.json) fit the templates as they are now.

Both browser suites fill the forms from that file and look for its markers in the documents, so
a template change needs a data change there; these tests say which.
"""

import pytest

from py_widgets.plan import plan_from_pairs
from py_widgets.validation import validate
from tests.support.plan_form import CASES, TEMPLATE_IDS, case, entries, load, rows_needed


def template_keys(template_id: str) -> set[str]:
    """Every field key a case must answer: the top-level fields its answers show (a question
    whose `show_when` does not hold is not asked), and each row's fields."""
    template = load(template_id)
    answers = case(template_id)["answers"]
    rows = rows_needed(answers)
    hidden = template.hidden_fields(answers)
    keys = set()
    for top in template.fields():
        if top.id in hidden:
            continue
        if top.kind != "group":
            keys.add(top.id)
            continue
        assert rows.get(top.id, 0) >= 1, f"plan-cases.json: {template_id} har ingen rad i {top.id}"
        for row in range(rows[top.id]):
            keys |= {f"{top.id}.{row}.{child.id}" for child in top.fields}
    return keys


def test_there_is_one_case_per_template():
    assert sorted(CASES["cases"]) == sorted(TEMPLATE_IDS)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_a_case_answers_every_field_and_nothing_else(template_id: str):
    answered = set(case(template_id)["answers"])
    expected = template_keys(template_id)
    assert answered - expected == set(), "svar på felt malen ikke har"
    assert expected - answered == set(), "felt uten svar"


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_answer_is_valid_for_its_template(template_id: str):
    template = load(template_id)
    pairs = []
    for entry in entries(template):
        values = entry.value if isinstance(entry.value, list) else [entry.value]
        pairs += [(entry.key, value) for value in values]
    assert validate(plan_from_pairs(template, pairs)) == []


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_markers_are_how_the_documents_show_the_answers(template_id: str):
    shown = []
    for entry in entries(load(template_id)):
        for value in entry.shown():
            shown += [line for line in value.split("\n") if line not in shown]
    assert case(template_id)["markers"] == shown
