"""Declarative conditions from the templates, and the notices (Merknader) they produce."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .values import Value, is_blank

if TYPE_CHECKING:  # plan.py imports the template, which imports the conditions from here
    from .plan import Plan

type Values = Mapping[str, Value]


class Condition(Protocol):
    def holds(self, values: Values) -> bool: ...


@dataclass(frozen=True)
class Equals:
    field: str
    value: str

    def holds(self, values: Values) -> bool:
        return values.get(self.field) == self.value


@dataclass(frozen=True)
class Includes:
    """A multiple-choice field has this value among its answers."""

    field: str
    value: str

    def holds(self, values: Values) -> bool:
        return self.value in values.get(self.field, [])


@dataclass(frozen=True)
class Empty:
    field: str

    def holds(self, values: Values) -> bool:
        return is_blank(values.get(self.field, ""))


@dataclass(frozen=True)
class Filled:
    field: str

    def holds(self, values: Values) -> bool:
        return not is_blank(values.get(self.field, ""))


@dataclass(frozen=True)
class AllOf:
    conditions: tuple[Condition, ...]

    def holds(self, values: Values) -> bool:
        return all(c.holds(values) for c in self.conditions)


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple[Condition, ...]

    def holds(self, values: Values) -> bool:
        return any(c.holds(values) for c in self.conditions)


@dataclass(frozen=True)
class Not:
    condition: Condition

    def holds(self, values: Values) -> bool:
        return not self.condition.holds(values)


@dataclass(frozen=True)
class Notice:
    rule: str
    target: str
    level: str  # "advarsel" | "forslag"
    message: str


def evaluate_rules(plan: "Plan") -> list[Notice]:
    """The notices whose conditions hold for this plan, in the template's order."""
    return [
        Notice(rule.id, rule.target, rule.level, rule.message)
        for rule in plan.template.rules
        if rule.condition.holds(plan.values)
    ]
