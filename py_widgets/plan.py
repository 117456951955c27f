"""A filled-in plan: the template plus one value per field.

Plans come from the form's name/value pairs or from plain values (a draft). Text stays exactly
as typed, so that a draft gives back every field as it was; dates and times are brought to one
form (17.5.2027 -> 2027-05-17). Documents tidy the white space when they show the text.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .keys import field_key
from .template import Field, Template
from .values import Value, rows

_SURROGATE = re.compile("[\ud800-\udfff]")
# ASCII digits only: \d would also accept other scripts' digits.
_NORWEGIAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", re.ASCII)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_LOOSE_TIME = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)", re.ASCII)
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d", re.ASCII)
_INDEX = re.compile(r"0|[1-9]\d{0,3}", re.ASCII)


@dataclass(frozen=True)
class Plan:
    template: Template
    values: dict[str, Value]

    def to_pairs(self) -> list[tuple[str, str]]:
        """Form control name/value pairs that refill a form with this plan."""
        pairs: list[tuple[str, str]] = []
        for f in self.template.fields():
            if f.kind == "group":
                for i, row in enumerate(rows(self.values[f.id])):
                    for child in f.fields:
                        pairs.extend(_pairs(field_key(f.id, i, child.id), child, row[child.id]))
            else:
                pairs.extend(_pairs(f.id, f, self.values[f.id]))
        return pairs

    def visible_values(self) -> dict[str, Value]:
        """The values with the answers to questions that are not asked (show_when) left blank.

        The plan keeps those answers (a draft gives them back), but nothing else counts them.
        """
        hidden = self.template.hidden_fields(self.values)
        return {
            fid: (("" if isinstance(value, str) else []) if fid in hidden else value)
            for fid, value in self.values.items()
        }

    def group_sizes(self) -> dict[str, int]:
        """How many rows each repeating group has (the form must show that many)."""
        return {f.id: len(self.values[f.id]) for f in self.template.fields() if f.kind == "group"}


def plan_from_values(template: Template, values: Mapping[str, Any]) -> Plan:
    """A plan from plain values; unknown names are ignored, wrong types raise ValueError."""
    out: dict[str, Value] = {}
    for f in template.fields():
        raw = values.get(f.id)
        if f.kind != "group":
            out[f.id] = _value(f, raw, f.id)
            continue
        rows = [] if raw is None else raw
        if not isinstance(rows, list) or len(rows) > f.max_items:
            raise ValueError(f"{f.id}: må være en liste med høyst {f.max_items} rader")
        out[f.id] = [_row(f, row, f"{f.id}.{i}") for i, row in enumerate(rows)]
    return Plan(template, out)


def plan_from_pairs(template: Template, pairs: Iterable[tuple[str, str]]) -> Plan:
    """A plan from a form's name/value pairs; unknown names and out-of-range rows are ignored."""
    scalars: dict[str, Any] = {}
    groups: dict[str, dict[int, dict[str, Any]]] = {}
    for name, value in pairs:
        parts = name.split(".")
        f = template.field(parts[0])
        if f is None or not isinstance(value, str):
            continue
        if f.kind == "group":
            child = f.child(parts[2]) if len(parts) == 3 else None
            if child is None or not _INDEX.fullmatch(parts[1]) or int(parts[1]) >= f.max_items:
                continue
            row = groups.setdefault(f.id, {}).setdefault(int(parts[1]), {})
            _collect(row, child, value)
        elif len(parts) == 1:
            _collect(scalars, f, value)
    for group_id, by_index in groups.items():
        scalars[group_id] = [by_index.get(i, {}) for i in range(max(by_index) + 1)]
    return plan_from_values(template, scalars)


def _collect(into: dict[str, Any], f: Field, value: str) -> None:
    if f.kind == "multichoice":
        into.setdefault(f.id, []).append(value)
    else:
        into[f.id] = value


def _pairs(name: str, f: Field, value: Value) -> list[tuple[str, str]]:
    if f.kind == "multichoice":
        return [(name, v) for v in value if isinstance(v, str)]
    return [(name, str(value))]


def _row(group: Field, row: Any, where: str) -> dict[str, Value]:
    if not isinstance(row, Mapping):
        raise ValueError(f"{where}: må være en rad med felt")
    return {c.id: _value(c, row.get(c.id), f"{where}.{c.id}") for c in group.fields}


def _value(f: Field, raw: Any, where: str) -> Value:
    if f.kind == "multichoice":
        items = [] if raw is None else raw
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise ValueError(f"{where}: må være en liste med tekst")
        chosen = (one_line(v) for v in items)
        return list(dict.fromkeys(v for v in chosen if v))
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise ValueError(f"{where}: må være tekst")
    if f.kind in ("text", "textarea"):
        return as_typed(raw)
    text = one_line(raw)
    if f.kind == "date":
        return normalise_date(text)
    if f.kind == "time":
        return normalise_time(text)
    return text


def as_typed(text: str) -> str:
    """The text as typed; only what cannot be stored becomes storable.

    Lone surrogates (possible in JavaScript strings) cannot be encoded as UTF-8, and line
    breaks are \n whatever the system.
    """
    return _SURROGATE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """Runs of whitespace (line breaks too) become one space; no space at the ends."""
    return " ".join(_SURROGATE.sub("\ufffd", text).split())


def paragraphs(text: str) -> str:
    """Lines trimmed and joined by one line break, with at most one empty line in a row."""
    lines = [" ".join(line.split()) for line in _SURROGATE.sub("\ufffd", text).splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def normalise_date(text: str) -> str:
    """ISO dates stay, 17.5.2027 becomes 2027-05-17, anything else stays for validation to flag."""
    match = _NORWEGIAN_DATE.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return text
    return text


def parse_date(text: str) -> date | None:
    """The date of a normalised ISO value, or None if it is not a real date."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def normalise_time(text: str) -> str:
    """9.30, 9:30 and 09:30 all become 09:30; anything else is kept for validation to flag."""
    match = _LOOSE_TIME.fullmatch(text)
    return f"{int(match[1]):02d}:{match[2]}" if match else text


def is_valid_time(text: str) -> bool:
    return _TIME.fullmatch(text) is not None
