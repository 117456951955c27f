"""Drafts come back exactly, and anything else is refused with a clear message."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from py_widgets.documents import build_document
from py_widgets.draft import (
    DRAFT_MAX_BYTES,
    FORMAT,
    DraftError,
    dump_draft,
    load_draft,
    open_draft,
)
from py_widgets.plan import Plan, plan_from_values
from py_widgets.template import Template, parse_template
from py_widgets.validation import malformed_values
from tests.py_widgets.conftest import SAMPLE
from tests.py_widgets.helpers import form_values, plan_values

TEMPLATE = parse_template(SAMPLE)


@given(form_values(TEMPLATE, st.text(st.characters(exclude_categories=()))))
def test_round_trip_is_lossless_for_any_text(values):
    plan = plan_from_values(TEMPLATE, values)
    assert load_draft(TEMPLATE, dump_draft(plan)) == plan


@given(plan_values(TEMPLATE))
def test_what_can_be_saved_opens_exactly(values):
    plan = plan_from_values(TEMPLATE, values)
    try:
        data = dump_draft(plan)
    except DraftError as error:
        assert str(error).startswith("Utkastet kan ikke lagres: ")
        assert malformed_values(plan)
    else:
        assert load_draft(TEMPLATE, data) == plan
        assert not malformed_values(plan)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("plandato", "2027-02-31"),
        ("plandato", "31.02.2027"),
        ("plandato", "2027-13-01"),
        ("evaluering-tid", "25:61"),
    ],
)
def test_impossible_dates_and_times_are_refused(filled: Plan, field: str, value: str):
    data = json.loads(dump_draft(filled))
    data["values"][field] = value
    with pytest.raises(DraftError, match="skadet"):
        load_draft(filled.template, json.dumps(data).encode())


def test_unknown_options_and_fields_of_the_same_version_are_refused(filled: Plan):
    for change in (
        lambda values: values.update({"koordinator": "<img src=x>"}),
        lambda values: values.update({"tiltak": ["ukjent"]}),
        lambda values: values.update({"ukjent": "x"}),
        lambda values: values.pop("koordinator"),
    ):
        data = json.loads(dump_draft(filled))
        change(data["values"])
        with pytest.raises(DraftError, match="skadet"):
            load_draft(filled.template, json.dumps(data).encode())


def test_draft_document_is_versioned_json(filled: Plan):
    doc = build_document(filled, "json")
    assert (doc.filename, doc.media_type) == ("plan.json", "application/json")
    data = json.loads(doc.content)
    assert data["format"] == FORMAT == "planutkast"
    assert data["format_version"] == 1
    assert (data["template"], data["template_version"]) == ("proveplan", 2)
    assert data["values"] == filled.values
    assert load_draft(filled.template, doc.content) == filled


def test_byte_order_mark_is_accepted(filled: Plan):
    assert load_draft(filled.template, b"\xef\xbb\xbf" + dump_draft(filled)) == filled


def test_older_template_version_loads_and_drops_unknown_fields(template: Template):
    data = {
        "format": FORMAT,
        "format_version": 1,
        "template": "proveplan",
        "template_version": 1,
        "values": {"navn": "A", "gammelt-felt": "x"},
    }
    plan = load_draft(template, json.dumps(data).encode())
    assert plan.values["navn"] == "A"
    assert "gammelt-felt" not in plan.values


def _draft(**changes) -> bytes:
    data = {
        "format": FORMAT,
        "format_version": 1,
        "template": "proveplan",
        "template_version": 2,
        "values": {},
    }
    return json.dumps(data | changes).encode()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b" " * (DRAFT_MAX_BYTES + 1), "for stor"),
        (b"\xff\xfe{", "kan ikke leses"),
        (b"{ikke json", "kan ikke leses"),
        (b"[" * 100_000 + b"]" * 100_000, "kan ikke leses"),
        (b"", "kan ikke leses"),
        (b"[]", "ikke et planutkast"),
        (b'{"format": "noe annet"}', "ikke et planutkast"),
        (_draft(format_version=2), "nyere utgave"),
        (_draft(template_version=3), "nyere utgave"),
        (_draft(template="oppfolgingsplan"), "annen planmal"),
        (_draft(template="oppfolgingsplan", template_version=99), "annen planmal"),
        (_draft(format_version="1"), "skadet"),
        (_draft(template_version=True), "skadet"),
        (_draft(values=[]), "skadet"),
        (_draft(values={"navn": 5}), "skadet"),
        (_draft(values={"avtaler": [{}] * 4}), "skadet"),
    ],
)
def test_bad_files_are_refused_with_a_message(template: Template, content: bytes, words: str):
    with pytest.raises(DraftError, match=words) as caught:
        load_draft(template, content)
    message = str(caught.value)
    assert message.endswith(".")
    assert "Traceback" not in message and "Error" not in message


def test_text_longer_than_the_form_allows_is_cut_with_a_warning(filled: Plan):
    # A file changed outside the page: one huge answer froze the page for a minute (B9).
    data = json.loads(dump_draft(filled))
    data["values"]["notat"] = "A" * 900_000
    data["values"]["avtaler"][1]["hva"] = "B" * 41
    opened = open_draft(filled.template, json.dumps(data).encode())
    assert opened.plan.values["notat"] == "A" * 4000  # a textarea's default limit
    assert opened.plan.values["avtaler"][1]["hva"] == "B" * 40
    assert opened.plan.values["navn"] == "A. B."
    assert opened.warnings == (
        "Noen svar i utkastet var lengre enn skjemaet tillater, og bare begynnelsen er tatt med: "
        "«Notat», «Avtale 2: Hva».",
    )


def test_text_at_the_limit_opens_without_a_warning(filled: Plan):
    data = json.loads(dump_draft(filled))
    data["values"]["notat"] = "A" * 4000
    assert open_draft(filled.template, json.dumps(data).encode()).warnings == ()
