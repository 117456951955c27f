"""Plans from form pairs and from values: text as typed, dates and times in one form, and back
to pairs losslessly."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from py_widgets.plan import (
    Plan,
    normalise_date,
    normalise_time,
    one_line,
    paragraphs,
    plan_from_pairs,
    plan_from_values,
)
from py_widgets.template import Template, parse_template
from tests.py_widgets.conftest import SAMPLE
from tests.py_widgets.helpers import plan_values

TEMPLATE = parse_template(SAMPLE)
ANY_TEXT = st.text(st.characters(exclude_categories=()))  # lone surrogates too


def test_empty_plan_has_every_field(template: Template):
    plan = plan_from_values(template, {})
    assert plan.values["navn"] == ""
    assert plan.values["tiltak"] == []
    assert plan.values["avtaler"] == []
    assert set(plan.values) == {f.id for f in template.fields()}


def test_pairs_fill_scalars_multichoice_and_groups(template: Template):
    plan = plan_from_pairs(
        template,
        [
            ("navn", "  Åse\t Ø.  "),
            ("tiltak", "kafe"),
            ("tiltak", "samtaler"),
            ("tiltak", "kafe"),
            ("avtaler.1.hva", "Møte"),
            ("avtaler.1.hvem", "nav"),
            ("avtaler.0.dato", "1.2.2027"),
            ("avtaler.0.tid", "9.05"),
        ],
    )
    assert plan.values["navn"] == "  Åse\t Ø.  "  # as typed: a draft gives it back unchanged
    assert plan.values["tiltak"] == ["kafe", "samtaler"]
    assert plan.values["avtaler"] == [
        {"dato": "2027-02-01", "tid": "09:05", "hva": "", "hvem": []},
        {"dato": "", "tid": "", "hva": "Møte", "hvem": ["nav"]},
    ]
    assert plan.group_sizes() == {"avtaler": 2}


@pytest.mark.parametrize(
    "name",
    [
        "ukjent",
        "navn.0",
        "avtaler",
        "avtaler.0",
        "avtaler.0.ukjent",
        "avtaler.3.hva",  # max_items is 3
        "avtaler.01.hva",
        "avtaler.-1.hva",
        "avtaler.99999999999.hva",
        "avtaler.0.hva.x",
        "",
    ],
)
def test_unknown_and_out_of_range_names_are_ignored(template: Template, name: str):
    assert plan_from_pairs(template, [(name, "x")]) == plan_from_values(template, {})


def test_to_pairs_lists_every_control(filled: Plan):
    pairs = filled.to_pairs()
    assert ("plandato", "2026-11-25") in pairs
    assert ("barn-med", "nei") in pairs
    assert ("tiltak", "samtaler") in pairs
    assert ("avtaler.1.hva", "Julefeiring") in pairs
    assert ("avtaler.0.hvem", "nav") in pairs
    assert ("koordinator", "kommunen") in pairs
    assert filled.group_sizes() == {"avtaler": 2}


@given(plan_values(TEMPLATE, ANY_TEXT))
def test_pairs_round_trip(values):
    plan = plan_from_values(TEMPLATE, values)
    assert plan_from_pairs(TEMPLATE, plan.to_pairs()) == plan


@given(plan_values(TEMPLATE, ANY_TEXT))
def test_normalising_twice_changes_nothing(values):
    plan = plan_from_values(TEMPLATE, values)
    assert plan_from_values(TEMPLATE, plan.values) == plan


@pytest.mark.parametrize(
    ("values", "where"),
    [
        ({"navn": 3}, "navn"),
        ({"tiltak": "kafe"}, "tiltak"),
        ({"tiltak": [1]}, "tiltak"),
        ({"avtaler": {}}, "avtaler"),
        ({"avtaler": [{}] * 4}, "avtaler"),
        ({"avtaler": ["x"]}, "avtaler.0"),
        ({"avtaler": [{"hva": None, "tid": 9}]}, "avtaler.0.tid"),
    ],
)
def test_wrong_types_raise(template: Template, values, where):
    with pytest.raises(ValueError, match=f"^{where}:"):
        plan_from_values(template, values)


def test_text_normalisation():
    assert one_line(" a \n b\u2028c\x1c d ") == "a b c d"
    assert one_line("x\ud800y") == "x\ufffdy"
    assert paragraphs("\n\n  a  b \r\n c\r\n\n\n\n d \n\n") == "a b\nc\n\nd"
    assert paragraphs(" \n \t ") == ""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2027-05-17", "2027-05-17"),
        ("17.5.2027", "2027-05-17"),
        ("01.12.2026", "2026-12-01"),
        ("31.2.2027", "31.2.2027"),
        ("i morgen", "i morgen"),
        # only ASCII digits make a date (these are Arabic-Indic digits)
        ("\u0661\u0667.\u0665.\u0662\u0660\u0662\u0667",) * 2,
    ],
)
def test_dates(raw: str, expected: str):
    assert normalise_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("09:30", "09:30"), ("9.30", "09:30"), ("23:59", "23:59"), ("24:00", "24:00"), ("ni", "ni")],
)
def test_times(raw: str, expected: str):
    assert normalise_time(raw) == expected


def test_text_is_kept_as_typed_but_storable(template: Template):
    typed = "punkt:\r\n  - under\n\n\n\tslutt  \ud800"
    plan = plan_from_pairs(template, [("notat", typed)])
    assert plan.values["notat"] == "punkt:\n  - under\n\n\n\tslutt  \ufffd"
    assert plan.to_pairs()[2] == ("notat", plan.values["notat"])
