"""Conditions from the templates and the notices they raise."""

import pytest

from py_widgets.conditions import AllOf, AnyOf, Empty, Equals, Filled, Includes, Not
from py_widgets.plan import plan_from_values
from py_widgets.rules import evaluate_rules
from py_widgets.template import Template

VALUES = {"a": "ja", "b": "", "m": ["x", "y"], "g": [{"c": ""}], "h": [{"c": "z"}]}


@pytest.mark.parametrize(
    ("condition", "holds"),
    [
        (Equals("a", "ja"), True),
        (Equals("a", "nei"), False),
        (Equals("mangler", ""), False),
        (Includes("m", "y"), True),
        (Includes("m", "z"), False),
        (Empty("b"), True),
        (Empty("m"), False),
        (Empty("g"), True),  # a group whose rows are all blank is empty
        (Empty("h"), False),
        (Filled("h"), True),
        (Filled("b"), False),
        (AllOf((Equals("a", "ja"), Includes("m", "x"))), True),
        (AllOf((Equals("a", "ja"), Filled("b"))), False),
        (AnyOf((Filled("b"), Empty("g"))), True),
        (AnyOf((Filled("b"), Filled("g"))), False),
        (Not(Filled("b")), True),
        (Not(AnyOf((Filled("a"),))), False),
    ],
)
def test_conditions(condition, holds: bool):
    assert condition.holds(VALUES) is holds


def test_notices_follow_the_template_order(template: Template):
    plan = plan_from_values(
        template,
        {"koordinator": "krisesenteret", "tiltak": ["kafe"], "barn-med": "ja"},
    )
    notices = evaluate_rules(plan)
    assert [n.rule for n in notices] == ["krisesenter-koordinerer", "kafe-uten-dato", "barn"]
    assert notices[0].target == "koordinator"
    assert notices[0].level == "advarsel"
    assert notices[0].message == "Krisesenteret bør ikke koordinere etter oppholdet."


def test_no_notices_when_nothing_holds(filled):
    assert evaluate_rules(filled) == []
