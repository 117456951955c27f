"""Check a plan against its template: one plain bokmål message per problem, in form order.

The same text is shown in the error summary and at the field (GOV.UK pattern).
"""

from collections.abc import Callable
from dataclasses import dataclass

from .keys import field_key
from .plan import Plan, is_valid_time, parse_date
from .template import Field
from .values import Value, is_blank, rows


@dataclass(frozen=True)
class FieldError:
    key: str  # the form control's name, e.g. "plandato" or "tjenester.0.frist"
    message: str


def validate(plan: Plan) -> list[FieldError]:
    """Every problem: missing answers, answers that are not valid, and text that is too long."""
    return _errors(plan, _problem)


def malformed_values(plan: Plan) -> list[FieldError]:
    """Answers the form itself could never hold: impossible dates and times, unknown options.

    A draft with such answers has been changed outside the plan builder.
    """
    return _errors(
        plan, lambda f, value, label: "" if is_blank(value) else _malformed(f, value, label)
    )


def _errors(plan: Plan, problem: Callable[[Field, Value, str], str]) -> list[FieldError]:
    errors: list[FieldError] = []
    # A question that is not asked needs no answer; a malformed answer is malformed anyway.
    hidden = plan.template.hidden_fields(plan.values) if problem is _problem else set()
    for f in plan.template.fields():
        if f.id in hidden:
            continue
        value = plan.values[f.id]
        if f.kind != "group":
            errors.extend(_check(f, f.id, value, f.label, problem))
            continue
        if problem is _problem and not f.optional and is_blank(value):
            errors.append(FieldError(f.id, f"Fyll ut minst én rad i «{f.label}»."))
        for i, row in enumerate(rows(value)):
            if is_blank(row):
                continue  # an unused row is not a mistake; documents leave it out
            for child in f.fields:
                key = field_key(f.id, i, child.id)
                label = f"{f.item_label} {i + 1}: {child.label}"
                errors.extend(_check(child, key, row[child.id], label, problem))
    return errors


def _check(
    f: Field, key: str, value: Value, label: str, problem: Callable[[Field, Value, str], str]
) -> list[FieldError]:
    message = problem(f, value, label)
    return [FieldError(key, message)] if message else []


def _problem(f: Field, value: Value, label: str) -> str:
    if is_blank(value):
        if f.optional:
            return ""
        if f.kind in ("yesno", "choice"):
            return f"Velg et svar på «{label}»."
        if f.kind == "multichoice":
            return f"Velg minst ett svar på «{label}»."
        return f"Fyll ut «{label}»."
    if message := _malformed(f, value, label):
        return message
    if f.max_length and len(value) > f.max_length:
        return f"«{label}» kan ha høyst {f.max_length} tegn. Nå er det {len(value)}."
    return ""


def _malformed(f: Field, value: Value, label: str) -> str:
    if f.kind == "multichoice":
        allowed = {o.value for o in f.options}
        return "" if set(value) <= allowed else f"Velg bare blant svarene på «{label}»."
    if f.kind in ("yesno", "choice") and value not in {o.value for o in f.options}:
        return f"Velg et av svarene på «{label}»."
    if f.kind == "date" and parse_date(str(value)) is None:
        return f"«{label}» må være en gyldig dato, for eksempel 17.5.2027."
    if f.kind == "time" and not is_valid_time(str(value)):
        return f"«{label}» må være et klokkeslett, for eksempel 09.30."
    return ""
