"""Conditions from the templates: when a rule's notice shows, and when a question is asked.

The same condition language serves rules (`when:`) and conditional questions (`show_when:`).
Conditions name top-level fields only. `condition_as_json` gives the canonical JSON form that the
page's script evaluates, so the browser and Python decide alike.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from .values import Value, is_blank

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


def condition_as_json(condition: Condition) -> dict[str, Any]:
    """The canonical JSON form: {"field", "equals"|"includes"|"is"}, {"all"}, {"any"}, {"not"}."""
    match condition:
        case Equals(field, value):
            return {"field": field, "equals": value}
        case Includes(field, value):
            return {"field": field, "includes": value}
        case Empty(field):
            return {"field": field, "is": "empty"}
        case Filled(field):
            return {"field": field, "is": "filled"}
        case AllOf(parts):
            return {"all": [condition_as_json(c) for c in parts]}
        case AnyOf(parts):
            return {"any": [condition_as_json(c) for c in parts]}
        case Not(inner):
            return {"not": condition_as_json(inner)}
    raise TypeError(f"not a condition: {condition!r}")


def fields_named(condition: Condition) -> set[str]:
    """Every field id the condition reads."""
    match condition:
        case Equals(field, _) | Includes(field, _) | Empty(field) | Filled(field):
            return {field}
        case AllOf(parts) | AnyOf(parts):
            return set().union(*(fields_named(c) for c in parts))
        case Not(inner):
            return fields_named(inner)
    raise TypeError(f"not a condition: {condition!r}")


def shown(condition: Condition | None, values: Values) -> bool:
    """Whether a question (or part) with this `show_when` is asked: always when it has none."""
    return condition is None or condition.holds(values)
