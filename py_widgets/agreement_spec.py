"""The `agreement:` part of a template: which answers make the plan's overview, and how.

The template declares it, so an editor can change a template and the documents follow:
the coordinator, the measures (what, who, by when, contact), the resident's own tasks, key
dates, the evaluation date, the consent statement, how the details are grouped, and the roles
that sign. `py_widgets.render.extract.build_agreement` reads a plan through it.

A value source names a field (`tjeneste`), fixed text (`{text: Krisesenteret}`), or a list of
both: the first that has an answer is used.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .conditions import Condition
from .schema import (
    DataPath,
    TemplateError,
    as_mapping,
    as_str,
    check_keys,
    get_list,
    get_text,
    parse_condition,
)

if TYPE_CHECKING:  # the template module imports this one
    from .template import Field

CONSENT_PLACEHOLDER = "{dato}"
_DATE_KINDS = ("date",)
_TEXT_KINDS = ("text", "textarea", "choice", "yesno", "multichoice", "date")


@dataclass(frozen=True)
class Fixed:
    """Fixed text from the template."""

    text: str


@dataclass(frozen=True)
class Source:
    """Where a value comes from: the first part with an answer (a field id, or fixed text)."""

    parts: tuple[str | Fixed, ...] = ()

    def field_ids(self) -> Iterator[str]:
        return (p for p in self.parts if isinstance(p, str))


@dataclass(frozen=True)
class MeasureSpec:
    """One row of the overview (or, with `group`, one row per filled-in group row).

    Without `group` the row shows when `when` holds, or (with no `when`) when one of its
    fields has an answer.
    """

    what: Source
    who: Source
    by_when: Source
    contact: Source
    group: str = ""
    when: Condition | None = None


@dataclass(frozen=True)
class DateSpec:
    """A key date: a date field (with an optional time field), or one per group row."""

    date: str
    label: Source
    time: str = ""
    group: str = ""


@dataclass(frozen=True)
class CoordinatorSpec:
    service: Source
    contact: Source
    reach: Source


@dataclass(frozen=True)
class ConsentSpec:
    """The consent statement by answer; `{dato}` becomes the plan's date."""

    field: str
    if_yes: str
    if_no: str
    if_blank: str


@dataclass(frozen=True)
class DetailSpec:
    """A part of the details: these fields' answers, under this title.

    With `when`, the part is in the documents only when it holds (for example when the user
    has chosen to include it).
    """

    title: str
    fields: tuple[str, ...]
    when: Condition | None = None


@dataclass(frozen=True)
class AgreementSpec:
    plan_date: str
    coordinator: CoordinatorSpec
    measures: tuple[MeasureSpec, ...]
    resident_tasks: tuple[str, ...]
    key_dates: tuple[DateSpec, ...]
    evaluation: DateSpec | None
    consent: ConsentSpec | None
    details: tuple[DetailSpec, ...]
    signatures: tuple[str, ...]
    leave_out: tuple[str, ...]  # fields that are never in the shared documents


_KEYS = {
    "plan_date",
    "coordinator",
    "measures",
    "resident_tasks",
    "key_dates",
    "evaluation",
    "consent",
    "details",
    "signatures",
    "leave_out",
}


def parse_agreement(value: Any, path: DataPath, fields: Mapping[str, "Field"]) -> AgreementSpec:
    """Check the `agreement:` data against the template's fields and build the spec."""
    m = as_mapping(value, path)
    check_keys(m, path, {"plan_date", "coordinator", "details", "signatures"}, _KEYS)
    refs = _Refs(fields)
    spec = AgreementSpec(
        plan_date=refs.field(m, "plan_date", path, _DATE_KINDS),
        coordinator=_coordinator(m["coordinator"], (*path, "coordinator"), refs),
        measures=tuple(
            _measure(v, (*path, "measures", i), refs)
            for i, v in enumerate(get_list(m, "measures", path, required=False))
        ),
        resident_tasks=tuple(
            refs.named(v, (*path, "resident_tasks", i), ("text", "textarea"))
            for i, v in enumerate(get_list(m, "resident_tasks", path, required=False))
        ),
        key_dates=tuple(
            _date(v, (*path, "key_dates", i), refs, labelled=True)
            for i, v in enumerate(get_list(m, "key_dates", path, required=False))
        ),
        evaluation=(
            _date(m["evaluation"], (*path, "evaluation"), refs, labelled=False)
            if "evaluation" in m
            else None
        ),
        consent=_consent(m["consent"], (*path, "consent"), refs) if "consent" in m else None,
        details=tuple(
            _detail(v, (*path, "details", i), refs)
            for i, v in enumerate(get_list(m, "details", path))
        ),
        signatures=tuple(
            as_str(v, (*path, "signatures", i))
            for i, v in enumerate(get_list(m, "signatures", path))
        ),
        leave_out=tuple(
            refs.named(v, (*path, "leave_out", i), None)
            for i, v in enumerate(get_list(m, "leave_out", path, required=False))
        ),
    )
    missing = [f for f in fields if f not in refs.used]
    if missing:
        raise TemplateError(
            path,
            f"Feltet «{missing[0]}» kommer ikke med i planen. Ta det med i «details» (eller et "
            "annet sted i «agreement»), eller sett det i «leave_out» hvis det aldri skal deles.",
        )
    return spec


class _Refs:
    """Checks field references and remembers which top-level fields the agreement uses."""

    def __init__(self, fields: Mapping[str, "Field"]) -> None:
        self.fields = fields
        self.used: set[str] = set()

    def named(
        self,
        value: Any,
        path: DataPath,
        kinds: tuple[str, ...] | None,
        group: "Field | None" = None,
    ) -> str:
        fid = as_str(value, path)
        f = group.child(fid) if group is not None else self.fields.get(fid)
        if f is None:
            where = f" i gruppen «{group.id}»" if group is not None else " i malen"
            raise TemplateError(path, f"Fant ikke feltet «{fid}»{where}.")
        if kinds is not None and f.kind not in kinds:
            raise TemplateError(
                path, f"«{fid}» er av typen «{f.kind}». Her må det være {' eller '.join(kinds)}."
            )
        if group is None:
            self.used.add(fid)
        return fid

    def field(
        self, m: Mapping[str, Any], key: str, path: DataPath, kinds: tuple[str, ...] | None
    ) -> str:
        if key not in m:
            raise TemplateError(path, f"Mangler «{key}».")
        return self.named(m[key], (*path, key), kinds)

    def group(self, m: Mapping[str, Any], path: DataPath) -> "Field | None":
        if "group" not in m:
            return None
        gid = self.named(m["group"], (*path, "group"), ("group",))
        return self.fields[gid]

    def source(
        self, m: Mapping[str, Any], key: str, path: DataPath, group: "Field | None"
    ) -> Source:
        if key not in m:
            return Source()
        raw = m[key]
        items = raw if isinstance(raw, list) else [raw]
        where = (*path, key)
        parts: list[str | Fixed] = []
        for i, item in enumerate(items):
            p = (*where, i) if isinstance(raw, list) else where
            if isinstance(item, Mapping):
                check_keys(item, p, {"text"}, set())
                parts.append(Fixed(get_text(item, "text", p)))
            else:
                parts.append(self.named(item, p, _TEXT_KINDS, group))
        if not parts:
            raise TemplateError(where, "Listen kan ikke være tom.")
        return Source(tuple(parts))


def _coordinator(value: Any, path: DataPath, refs: _Refs) -> CoordinatorSpec:
    m = as_mapping(value, path)
    check_keys(m, path, {"service"}, {"contact", "reach"})
    return CoordinatorSpec(
        service=refs.source(m, "service", path, None),
        contact=refs.source(m, "contact", path, None),
        reach=refs.source(m, "reach", path, None),
    )


def _measure(value: Any, path: DataPath, refs: _Refs) -> MeasureSpec:
    m = as_mapping(value, path)
    check_keys(m, path, {"what", "who"}, {"by_when", "contact", "group", "when"})
    group = refs.group(m, path)
    if group is not None and "when" in m:
        raise TemplateError((*path, "when"), "«when» kan ikke brukes sammen med «group».")
    return MeasureSpec(
        what=refs.source(m, "what", path, group),
        who=refs.source(m, "who", path, group),
        by_when=refs.source(m, "by_when", path, group),
        contact=refs.source(m, "contact", path, group),
        group=group.id if group is not None else "",
        when=parse_condition(m["when"], (*path, "when"), refs.fields) if "when" in m else None,
    )


def _date(value: Any, path: DataPath, refs: _Refs, *, labelled: bool) -> DateSpec:
    m = as_mapping(value, path)
    required = {"date", "label"} if labelled else {"date"}
    check_keys(m, path, required, {"time", "group"} if labelled else {"time"})
    group = refs.group(m, path)
    return DateSpec(
        date=refs.named(m["date"], (*path, "date"), _DATE_KINDS, group),
        label=refs.source(m, "label", path, group),
        time=refs.named(m["time"], (*path, "time"), ("time",), group) if "time" in m else "",
        group=group.id if group is not None else "",
    )


def _consent(value: Any, path: DataPath, refs: _Refs) -> ConsentSpec:
    m = as_mapping(value, path)
    check_keys(m, path, {"field", "if_yes", "if_no", "if_blank"}, set())
    texts = {key: get_text(m, key, path) for key in ("if_yes", "if_no", "if_blank")}
    for key, text in texts.items():
        if "{" in text.replace(CONSENT_PLACEHOLDER, ""):
            raise TemplateError(
                (*path, key), f"Bare {CONSENT_PLACEHOLDER} kan stå i krøllparentes her."
            )
    return ConsentSpec(
        field=refs.field(m, "field", path, ("yesno",)),
        if_yes=texts["if_yes"],
        if_no=texts["if_no"],
        if_blank=texts["if_blank"],
    )


def _detail(value: Any, path: DataPath, refs: _Refs) -> DetailSpec:
    m = as_mapping(value, path)
    check_keys(m, path, {"title", "fields"}, {"when"})
    items = get_list(m, "fields", path)
    if not items:
        raise TemplateError((*path, "fields"), "Her må det være minst ett felt.")
    return DetailSpec(
        title=get_text(m, "title", path),
        fields=tuple(refs.named(v, (*path, "fields", i), None) for i, v in enumerate(items)),
        when=parse_condition(m["when"], (*path, "when"), refs.fields) if "when" in m else None,
    )
