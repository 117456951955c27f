"""The plan as an agreement: `build_agreement(plan)` reads the answers through the template's
`agreement:` declaration (py_widgets.agreement_spec) into the document model.

Only answers to questions that are asked count (show_when), unanswered questions are left out,
and nothing meant for the people filling in the form (rule messages, hints, «Fase») is used.
"""

from collections.abc import Mapping
from typing import Any

from ..agreement_spec import (
    AgreementSpec,
    CoordinatorSpec,
    DateSpec,
    DetailSpec,
    Fixed,
    MeasureSpec,
    Source,
)
from ..conditions import shown
from ..plan import Plan, is_valid_time, one_line, paragraphs, parse_date
from ..template import Field, Template
from ..values import Value, is_blank
from ..words import Words, words
from .agreement import (
    Agreement,
    Block,
    Coordinator,
    Detail,
    DetailSection,
    KeyDate,
    Responsibility,
)
from .outline import clean, display_value

BLANK_LINE = "_" * 30
APPLIES_TO_LINE = words().applies_to + BLANK_LINE
NO_DATE = "____________"
_BULLETS = ("- ", "* ", "• ", "– ")

type Row = Mapping[str, Value]


def build_agreement(plan: Plan) -> Agreement:
    """What every shared document shows, read from the plan's visible answers."""
    template = plan.template
    w = words(template.language)
    values = plan.visible_values()
    spec = template.agreement or _every_answer(template)
    fields = _Fields(template)
    plan_date = fields.text(spec.plan_date, values)
    return Agreement(
        title=clean(template.title),
        plan_date=plan_date,
        applies_to_line=w.applies_to + BLANK_LINE,
        coordinator=Coordinator(
            service=fields.source(spec.coordinator.service, values),
            contact_person=fields.source(spec.coordinator.contact, values),
            reach=fields.source(spec.coordinator.reach, values),
        ),
        responsibilities=tuple(
            row for measure in spec.measures for row in _measures(measure, values, fields, w)
        ),
        resident_tasks=tuple(
            task for fid in spec.resident_tasks for task in _tasks(fields.text(fid, values))
        ),
        key_dates=_key_dates(spec, values, fields),
        evaluation=_evaluation(spec.evaluation, values, fields, w),
        open_points=tuple(
            clean(rule.open_point)
            for rule in template.rules
            if rule.open_point and rule.condition.holds(values)
        ),
        details=tuple(
            DetailSection(clean(d.title), entries)
            for d in spec.details
            if shown(d.when, values)
            and (entries := tuple(e for fid in d.fields for e in fields.entries(fid, values)))
        ),
        consent=_consent(spec, values, plan_date),
        signatures=tuple(clean(role) for role in spec.signatures),
        footer=(
            w.made_with.format(title=clean(template.title), version=template.version),
            w.privacy_note,
        ),
        # The decided terms: «beboeren» while at the shelter (Fase 1–2), «brukeren» after.
        resident_tasks_title=w.resident_tasks if template.phase < 3 else w.user_tasks,
        sections=_review_sections(template, spec),
        language=w.language,
    )


def _review_sections(template: Template, spec: AgreementSpec) -> tuple[tuple[str, str], ...]:
    """The form section each overview part is read from, for the «Endre» links of the review."""
    first = {
        "coordinator": next(spec.coordinator.service.field_ids(), ""),
        "responsibilities": next(
            (m.group or next(m.what.field_ids(), "") for m in spec.measures), ""
        ),
        "resident_tasks": next(iter(spec.resident_tasks), ""),
        "key_dates": next((d.group or d.date for d in spec.key_dates), ""),
        "evaluation": spec.evaluation.date if spec.evaluation else "",
    }
    home = {f.id: s.id for s in template.sections for f in s.fields}
    return tuple((part, home[fid]) for part, fid in first.items() if fid in home)


def _every_answer(template: Template) -> AgreementSpec:
    """For a template without `agreement:`: no overview, every part's answers as details."""
    first_date = next((f.id for f in template.fields() if f.kind == "date"), "")
    return AgreementSpec(
        plan_date=first_date,
        coordinator=CoordinatorSpec(Source(), Source(), Source()),
        measures=(),
        resident_tasks=(),
        key_dates=(),
        evaluation=None,
        consent=None,
        details=tuple(
            DetailSpec(s.title, tuple(f.id for f in s.fields), s.show_when)
            for s in template.sections
        ),
        signatures=(),
        leave_out=(),
    )


class _Fields:
    """Reads answers as document text: top-level fields, or a group row's fields."""

    def __init__(self, template: Template) -> None:
        self.template = template

    def _field(self, fid: str, group: str) -> Field | None:
        if not fid:
            return None
        if group:
            parent = self.template.field(group)
            return parent.child(fid) if parent is not None else None
        return self.template.field(fid)

    def text(self, fid: str, values: Mapping[str, Any], group: str = "") -> str:
        """The answer as one clean string ("" if unanswered); choices by their labels."""
        f = self._field(fid, group)
        if f is None or is_blank(values.get(fid, "")):
            return ""
        value = values[fid]
        if f.kind == "multichoice":
            return ", ".join(clean(f.option_label(v)) for v in value)
        return clean(display_value(f, str(value))).strip()

    def source(self, source: Source, values: Mapping[str, Any], group: str = "") -> str:
        """The first part with an answer, on one line (it fills a cell of the overview)."""
        for part in source.parts:
            text = clean(part.text) if isinstance(part, Fixed) else self.text(part, values, group)
            if text:
                return one_line(text)
        return ""

    def has_answer(self, source: Source, values: Mapping[str, Any], group: str = "") -> bool:
        return any(self.text(fid, values, group) for fid in source.field_ids())

    def entries(self, fid: str, values: Mapping[str, Value]) -> tuple[Detail | Block, ...]:
        """One answer, or one block per filled-in group row; nothing if unanswered."""
        f = self.template.field(fid)
        if f is None:
            return ()
        if f.kind != "group":
            detail = _detail(f, values[fid])
            return (detail,) if detail is not None else ()
        rows = [row for row in values[fid] if isinstance(row, Mapping) and not is_blank(row)]
        return tuple(
            Block(
                clean(f"{f.item_label} {n}"),
                tuple(d for c in f.fields if (d := _detail(c, row[c.id])) is not None),
            )
            for n, row in enumerate(rows, start=1)
        )


def _detail(f: Field, value: Value) -> Detail | None:
    label = clean(f.document_label)
    if f.kind == "multichoice":
        items = tuple(t for v in value if isinstance(v, str) and (t := clean(f.option_label(v))))
        return Detail(label, items=items) if items else None
    text = clean(display_value(f, str(value)))
    blocks = tuple(
        lines
        for block in text.split("\n\n")
        if (lines := tuple(line for line in block.split("\n") if line.strip()))
    )
    return Detail(label, paragraphs=blocks) if blocks else None


def _measures(
    measure: MeasureSpec, values: Mapping[str, Value], fields: _Fields, w: Words
) -> list[Responsibility]:
    if not measure.group:
        wanted = (
            measure.when.holds(values)
            if measure.when is not None
            else any(
                fields.has_answer(s, values)
                for s in (measure.what, measure.who, measure.by_when, measure.contact)
            )
        )
        return [_responsibility(measure, values, fields, "", w)] if wanted else []
    rows = values.get(measure.group, [])
    return [
        _responsibility(measure, row, fields, measure.group, w)
        for row in rows
        if isinstance(row, Mapping) and not is_blank(row)
    ]


def _responsibility(
    measure: MeasureSpec, values: Mapping[str, Any], fields: _Fields, group: str, w: Words
) -> Responsibility:
    return Responsibility(
        what=fields.source(measure.what, values, group) or w.not_agreed,
        who=fields.source(measure.who, values, group) or w.not_agreed,
        by_when=fields.source(measure.by_when, values, group) or w.not_agreed,
        contact=fields.source(measure.contact, values, group),
    )


def _tasks(text: str) -> list[str]:
    """Each line of the answer is a task; list bullets typed by hand are dropped."""
    tasks = []
    for line in paragraphs(text).split("\n"):
        task = line.strip()
        for bullet in _BULLETS:
            task = task.removeprefix(bullet)
        if task.strip():
            tasks.append(task.strip())
    return tasks


def _key_dates(
    spec: AgreementSpec, values: Mapping[str, Value], fields: _Fields
) -> tuple[KeyDate, ...]:
    found: list[tuple[str, KeyDate]] = []
    for d in spec.key_dates:
        if not d.group:
            found.extend(_key_date(d, values, fields, "", ""))
            continue
        parent = fields.template.field(d.group)
        fallback = parent.item_label if parent is not None else ""
        for row in values.get(d.group, []):
            if isinstance(row, Mapping):
                found.extend(_key_date(d, row, fields, d.group, fallback))
    return tuple(key_date for _, key_date in sorted(found, key=lambda pair: pair[0]))


def _key_date(
    d: DateSpec, values: Mapping[str, Any], fields: _Fields, group: str, fallback: str
) -> list[tuple[str, KeyDate]]:
    day = values.get(d.date, "")
    if not isinstance(day, str) or parse_date(day) is None:
        return []
    time = values.get(d.time, "") if d.time else ""
    label = fields.source(d.label, values, group) or clean(fallback)
    shown_time = time.replace(":", ".") if isinstance(time, str) and is_valid_time(time) else ""
    return [(f"{day} {shown_time}", KeyDate(label, fields.text(d.date, values, group), shown_time))]


def _evaluation(d: DateSpec | None, values: Mapping[str, Value], fields: _Fields, w: Words) -> str:
    if d is None:
        return ""
    day = fields.text(d.date, values)
    if not day or parse_date(str(values.get(d.date, ""))) is None:
        return w.evaluation_unknown.format(not_agreed=w.not_agreed)
    time = fields.text(d.time, values) if d.time else ""
    return w.evaluation.format(day=day) + (w.time_suffix.format(time=time) if time else ".")


def _consent(spec: AgreementSpec, values: Mapping[str, Value], plan_date: str) -> str:
    consent = spec.consent
    if consent is None:
        return ""
    answer = values.get(consent.field, "")
    text = {"ja": consent.if_yes, "nei": consent.if_no}.get(str(answer), consent.if_blank)
    return clean(text.replace("{dato}", plan_date or NO_DATE))
