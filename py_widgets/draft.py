"""Drafts: a plan saved as versioned JSON to continue later, and read back exactly.

Loading never half-succeeds: either the whole plan comes back, or DraftError explains (in the
template's language) why the file cannot be used, and the caller keeps what it had.

A draft names its template by id and holds answers by field id and option value, which are the
same in every language: a draft saved from the nynorsk page opens on the bokmål page, and back.
"""

import json
import re
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, TypeGuard

from .plan import Plan, plan_from_values
from .template import Field, Template
from .validation import malformed_values
from .values import Value
from .words import words

FORMAT = "planutkast"  # neutral: the file may be seen on a shared device
FORMAT_VERSION = 1
# The largest draft file that opens. Every template's fullest form (every text at its
# max_length, every group at max_items) must fit: the build checks it (largest_draft_bytes),
# and the page refuses longer text while it is typed, so whatever can be saved can be opened.
DRAFT_MAX_BYTES = 2_000_000
_MB = f"{DRAFT_MAX_BYTES // 1_000_000} MB"
# The character JSON writes longest (\u0001, 6 bytes): the worst case for a typed text.
_WIDEST_CHAR = "\x01"
# A real draft nests 5 deep (values, group, row, list). Deeper input is refused before parsing:
# in Pyodide a deeply nested document overflows the WebAssembly stack and kills the runtime.
MAX_NESTING = 16
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class DraftError(ValueError):
    """Why a file cannot be loaded as a draft (a message for the user)."""


def dump_draft(plan: Plan) -> bytes:
    """The draft file; DraftError if it could not be opened again (the same checks as opening)."""
    w = words(plan.template.language)
    problems = malformed_values(plan)
    if problems:
        raise DraftError(w.draft_cannot_save.format(problem=problems[0].message))
    _, cut = _cut_to_limits(plan)
    if cut:
        too_long = w.draft_too_long.format(answer=cut[0])
        raise DraftError(w.draft_cannot_save.format(problem=too_long))
    data = _serialise(plan)
    if len(data) > DRAFT_MAX_BYTES:
        raise DraftError(w.draft_too_large_to_save.format(size=_MB))
    return data


def largest_draft_bytes(template: Template) -> int:
    """The size of the largest draft the form can make: every answer as long as allowed."""
    return len(_serialise(fullest_plan(template)))


def fullest_plan(template: Template) -> Plan:
    """The plan of a form filled to every limit, with the characters JSON writes longest."""

    def fullest(f: Field) -> Value:
        if f.kind in ("text", "textarea"):
            return _WIDEST_CHAR * f.max_length
        if f.kind == "multichoice":
            return [o.value for o in f.options]
        if f.kind in ("yesno", "choice"):
            return max((o.value for o in f.options), key=len)
        return {"date": "2027-12-31", "time": "23:59"}[f.kind]

    values = {
        f.id: (
            [{c.id: fullest(c) for c in f.fields} for _ in range(f.max_items)]
            if f.kind == "group"
            else fullest(f)
        )
        for f in template.fields()
    }
    return plan_from_values(template, values)


def _serialise(plan: Plan) -> bytes:
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "template": plan.template.id,
        "template_version": plan.template.version,
        "values": plan.values,
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


@dataclass(frozen=True)
class OpenedDraft:
    """A draft's plan, and what the user should know (answers that could not be carried over)."""

    plan: Plan
    warnings: tuple[str, ...] = ()


def load_draft(template: Template, data: bytes) -> Plan:
    """The draft's plan (see open_draft)."""
    return open_draft(template, data).plan


def open_draft(template: Template, data: bytes) -> OpenedDraft:
    """Read a draft of this template: exactly if it is of this version, field by field if older."""
    w = words(template.language)
    if len(data) > DRAFT_MAX_BYTES:
        raise DraftError(w.draft_too_large_to_open.format(size=_MB))
    try:
        text = data.decode("utf-8-sig")
        if _nesting(text) > MAX_NESTING:
            raise ValueError("too deeply nested")
        doc = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DraftError(w.draft_unreadable) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DraftError(w.draft_not_ours)
    version = doc.get("format_version")
    template_version = doc.get("template_version")
    if not _count(version):
        raise DraftError(w.draft_damaged)
    if not _count(template_version):
        raise DraftError(w.draft_damaged)
    if version > FORMAT_VERSION:
        raise DraftError(w.draft_newer)
    if doc.get("template") != template.id:
        raise DraftError(w.draft_other_template)
    if template_version > template.version:
        raise DraftError(w.draft_newer)
    values = doc.get("values")
    if not isinstance(values, dict):
        raise DraftError(w.draft_damaged)
    if template_version < template.version:
        return _carry_over(template, values)
    try:
        plan = plan_from_values(template, values)
    except ValueError:
        raise DraftError(w.draft_damaged) from None
    # A draft of this very template version names exactly its fields; and no draft holds an
    # answer the form could not show (such a file was changed by hand or by another program).
    if set(values) != {f.id for f in template.fields()} or malformed_values(plan):
        raise DraftError(w.draft_damaged)
    plan, cut = _cut_to_limits(plan)
    return OpenedDraft(plan, _cut_warning(plan, cut))


def _cut_to_limits(plan: Plan) -> tuple[Plan, list[str]]:
    """The plan with every text no longer than its field allows, and the fields that were cut.

    The form refuses longer text while it is typed, so only a file changed outside the page
    holds such text; shown in full, one huge answer can freeze the page for a minute.
    """
    cut: list[str] = []

    def limited(f: Field, value: Value, name: str) -> Value:
        if isinstance(value, str) and f.max_length and len(value) > f.max_length:
            cut.append(f"«{name}»")
            return value[: f.max_length]
        return value

    values: dict[str, Value] = {}
    for f in plan.template.fields():
        value = plan.values[f.id]
        if f.kind == "group" and isinstance(value, list):
            values[f.id] = [
                {
                    c.id: limited(c, row[c.id], f"{f.item_label} {i + 1}: {c.label}")
                    for c in f.fields
                }
                for i, row in enumerate(value)
                if isinstance(row, dict)
            ]
        else:
            values[f.id] = limited(f, value, f.label)
    return Plan(plan.template, values), cut


def _cut_warning(plan: Plan, cut: list[str]) -> tuple[str, ...]:
    if not cut:
        return ()
    return (words(plan.template.language).draft_cut + ", ".join(cut) + ".",)


def _carry_over(template: Template, values: dict[str, Any]) -> OpenedDraft:
    """A draft of an older version of the template, answer by answer.

    Every answer the current form can hold comes over; the rest is named in a warning.
    """
    w = words(template.language)
    carried: dict[str, Any] = {}
    lost = [f"«{name}»" for name in values if template.field(name) is None]
    for f in template.fields():
        if f.id not in values:
            continue  # a question that is new in this version
        raw = values[f.id]
        if f.kind == "group" and isinstance(raw, list) and len(raw) > f.max_items:
            lost.append(w.draft_lost_from_row.format(label=f.label, row=f.max_items + 1))
            raw = raw[: f.max_items]
        try:
            plan = plan_from_values(template, {f.id: raw})
        except ValueError:
            lost.append(f"«{f.label}»")
            continue
        value = plan.values[f.id]
        for error in malformed_values(plan):
            if error.key == f.id:
                lost.append(f"«{f.label}»")
                value = [] if isinstance(value, list) else ""
            else:  # a field in a group row: "group.index.child"
                _, index, child = error.key.split(".")
                row = value[int(index)]
                if isinstance(row, dict):
                    row[child] = [] if isinstance(row[child], list) else ""
                    child_field = f.child(child)
                    label = child_field.label if child_field is not None else child
                    lost.append(f"«{f.item_label} {int(index) + 1}: {label}»")
        carried[f.id] = value
    warnings = [w.draft_older]
    if lost:
        warnings.append(w.draft_lost + ", ".join(lost) + ".")
    plan, cut = _cut_to_limits(plan_from_values(template, carried))
    return OpenedDraft(plan, (*warnings, *_cut_warning(plan, cut)))


def _nesting(text: str) -> int:
    """How deep brackets nest outside JSON strings (at least; unclosed strings count too)."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    return max(accumulate(1 if b in "[{" else -1 for b in brackets), default=0)


def _count(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1
