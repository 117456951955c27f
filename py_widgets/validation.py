"""Check a plan against its template: one plain message per problem, in form order, in the
template's language.

The same text is shown in the error summary and at the field (GOV.UK pattern).
"""

from collections.abc import Callable
from dataclasses import dataclass

from .keys import field_key
from .plan import Plan, is_valid_time, parse_date
from .template import Field
from .values import Value, is_blank, rows
from .words import Words, words


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
        plan, lambda f, value, label, w: "" if is_blank(value) else _malformed(f, value, label, w)
    )


type _Problem = Callable[[Field, Value, str, Words], str]


def _errors(plan: Plan, problem: _Problem) -> list[FieldError]:
    w = words(plan.template.language)
    errors: list[FieldError] = []
    # A question that is not asked needs no answer; a malformed answer is malformed anyway.
    hidden = plan.template.hidden_fields(plan.values) if problem is _problem else set()
    for f in plan.template.fields():
        if f.id in hidden:
            continue
        value = plan.values[f.id]
        if f.kind != "group":
            errors.extend(_check(f, f.id, value, f.label, problem, w))
            continue
        if problem is _problem and not f.optional and is_blank(value):
            errors.append(FieldError(f.id, w.fill_one_row.format(label=f.label)))
        for i, row in enumerate(rows(value)):
            if is_blank(row):
                continue  # an unused row is not a mistake; documents leave it out
            for child in f.fields:
                key = field_key(f.id, i, child.id)
                label = f"{f.item_label} {i + 1}: {child.label}"
                errors.extend(_check(child, key, row[child.id], label, problem, w))
    return errors


def _check(
    f: Field, key: str, value: Value, label: str, problem: _Problem, w: Words
) -> list[FieldError]:
    message = problem(f, value, label, w)
    return [FieldError(key, message)] if message else []


def _problem(f: Field, value: Value, label: str, w: Words) -> str:
    if is_blank(value):
        if f.optional:
            return ""
        if f.kind in ("yesno", "choice"):
            return w.choose_one.format(label=label)
        if f.kind == "multichoice":
            return w.choose_at_least_one.format(label=label)
        return w.fill_in.format(label=label)
    if message := _malformed(f, value, label, w):
        return message
    if f.max_length and len(value) > f.max_length:
        return w.too_long.format(label=label, max=f.max_length, length=len(value))
    return ""


def _malformed(f: Field, value: Value, label: str, w: Words) -> str:
    if f.kind == "multichoice":
        allowed = {o.value for o in f.options}
        return "" if set(value) <= allowed else w.choose_among.format(label=label)
    if f.kind in ("yesno", "choice") and value not in {o.value for o in f.options}:
        return w.choose_one_of.format(label=label)
    if f.kind == "date" and parse_date(str(value)) is None:
        return w.not_a_date.format(label=label)
    if f.kind == "time" and not is_valid_time(str(value)):
        return w.not_a_time.format(label=label)
    return ""
