"""The JSON-compatible values a plan holds for its fields."""

from collections.abc import Mapping
from typing import Any

# text, textarea, date (YYYY-MM-DD), time (HH:MM), yesno ("ja"/"nei"), choice: str ("" = empty);
# multichoice: list[str]; group: list of rows, each a dict of its child fields' values.
type Value = str | list[str] | list[dict[str, Any]]


def is_blank(value: Value | Mapping[str, Any]) -> bool:
    """True for "" (or only white space), [] and groups (or rows) where nothing is filled in."""
    if isinstance(value, str):
        return value.strip() == ""
    if isinstance(value, Mapping):
        return all(is_blank(v) for v in value.values())
    return all(is_blank(v) for v in value)


def rows(value: Value) -> list[dict[str, Any]]:
    """A group's rows (a group's value is a list of rows, each a dict of its fields' values)."""
    return [row for row in value if isinstance(row, dict)]
