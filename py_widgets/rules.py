"""The notices (Merknader) that the template's rules give for a plan."""

from dataclasses import dataclass

from .plan import Plan


@dataclass(frozen=True)
class Notice:
    rule: str
    target: str
    level: str  # "advarsel" | "forslag"
    message: str


def evaluate_rules(plan: Plan) -> list[Notice]:
    """The notices whose conditions hold for this plan, in the template's order.

    Answers to questions that are not asked (their `show_when` does not hold) do not count.
    """
    values = plan.visible_values()
    return [
        Notice(rule.id, rule.target, rule.level, rule.message)
        for rule in plan.template.rules
        if rule.condition.holds(values)
    ]
