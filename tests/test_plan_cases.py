"""The shared plan cases (tests/data/plan-cases.json) fit the templates as they are now.

Both browser suites fill the forms from that file and look for its markers in the documents, so
a template change needs a data change there; these tests say which.
"""

import html
import zipfile
from io import BytesIO

import pytest

from py_widgets.documents import Options, build_document
from py_widgets.plan import plan_from_pairs
from py_widgets.validation import validate
from tests.support.plan_form import (
    CASES,
    TEMPLATE_IDS,
    case,
    echoed,
    entries,
    load,
    rows_needed,
)


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


def _documents(template_id: str) -> dict[str, str]:
    """The case's documents made on CPython, as the text each format holds."""
    template = load(template_id)
    pairs = []
    for entry in entries(template):
        pairs += [
            (entry.key, v)
            for v in (entry.value if isinstance(entry.value, list) else [entry.value])
        ]
    plan = plan_from_pairs(template, pairs)
    made = {k: build_document(plan, k, Options()).content for k in ("txt", "html", "odt", "docx")}
    with (
        zipfile.ZipFile(BytesIO(made["odt"])) as odt,
        zipfile.ZipFile(BytesIO(made["docx"])) as docx,
    ):
        return {
            "txt": made["txt"].decode("utf-8"),
            "html": html.unescape(made["html"].decode("utf-8")),
            "odt": html.unescape(odt.read("content.xml").decode("utf-8")),
            "docx": html.unescape(docx.read("word/document.xml").decode("utf-8")),
        }


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_answer_is_in_every_document_or_shown_otherwise_by_the_agreement(template_id: str):
    template = load(template_id)
    spec = template.agreement
    assert spec is not None
    documents = _documents(template_id)
    for entry in echoed(template, list(entries(template))):
        for line in (line for shown in entry.shown() for line in shown.split("\n")):
            for kind, text in documents.items():
                assert line in text, (kind, entry.key, line)
    # What the documents say in other words is the agreement's to say: the consent statement,
    # the coordinating service by name, or left out on purpose.
    own_words = {*spec.leave_out, *spec.coordinator.service.field_ids()}
    if spec.consent is not None:
        own_words.add(spec.consent.field)
    assert set(case(template_id)["shown_otherwise"]) <= own_words


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_markers_are_how_the_documents_show_the_answers(template_id: str):
    shown = []
    template = load(template_id)
    for entry in echoed(template, list(entries(template))):
        for value in entry.shown():
            shown += [line for line in value.split("\n") if line not in shown]
    assert case(template_id)["markers"] == shown
