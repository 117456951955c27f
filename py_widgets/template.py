"""A plan template as typed, frozen data, parsed and checked from plain data (the YAML files).

Every mistake raises TemplateError with the path into the data, so the build can name the line.
"""

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from .agreement_spec import AgreementSpec, parse_agreement
from .conditions import Condition, fields_named, shown
from .schema import (
    DataPath,
    TemplateError,
    as_mapping,
    as_str,
    check_keys,
    check_unique,
    get_bool,
    get_ident,
    get_int,
    get_list,
    get_text,
    parse_condition,
)
from .translation import DEFAULT_LANGUAGE, LANGUAGES
from .values import Value

KINDS = ("text", "textarea", "date", "time", "yesno", "choice", "multichoice", "group")
LEVELS = ("advarsel", "forslag")
# Option values and file names: lowercase a-z, digits and hyphens.
SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DEFAULT_MAX_LENGTH = {"text": 200, "textarea": 4000}
DEFAULT_MAX_ITEMS = 10


@dataclass(frozen=True)
class Option:
    value: str
    label: str


YES_NO = (Option("ja", "Ja"), Option("nei", "Nei"))


@dataclass(frozen=True)
class Calendar:
    """A date field that becomes a calendar event.

    `time` and `summary` name sibling fields (same section, or same group row): the start time,
    and a text used in descriptive event titles only.
    """

    title: str
    time: str = ""
    summary: str = ""


@dataclass(frozen=True)
class Field:
    id: str
    kind: str
    label: str
    hint: str = ""
    optional: bool = False
    short_label: str = ""  # how the documents name the answer (the label if "")
    options: tuple[Option, ...] = ()
    fields: tuple["Field", ...] = ()
    item_label: str = ""
    add_label: str = ""
    max_items: int = DEFAULT_MAX_ITEMS
    max_length: int = 0
    warning: str = ""
    suggestions: tuple[str, ...] = ()
    calendar: Calendar | None = None
    show_when: Condition | None = None  # asked only when this holds (top-level fields only)

    @property
    def document_label(self) -> str:
        """The answer's name in the documents: a short noun rather than the question."""
        return self.short_label or self.label

    def option_label(self, value: str) -> str:
        """The label for a stored value (the value itself if the template has no such option)."""
        return next((o.label for o in self.options if o.value == value), value)

    def child(self, child_id: str) -> "Field | None":
        return next((f for f in self.fields if f.id == child_id), None)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str = ""
    fields: tuple[Field, ...] = ()
    show_when: Condition | None = None  # the whole part is asked only when this holds


@dataclass(frozen=True)
class Rule:
    id: str
    condition: Condition
    target: str
    level: str
    message: str  # for the people filling in the form
    open_point: str = ""  # for everyone who reads the plan («Åpne punkter»); "" = not shown


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: str
    phase: int
    intro: str = ""
    download_name: str = "plan"
    sections: tuple[Section, ...] = ()
    rules: tuple[Rule, ...] = ()
    agreement: AgreementSpec | None = None  # what the documents show; None: every answer
    language: str = DEFAULT_LANGUAGE  # "nb" or "nn": the words of the form and documents

    def fields(self) -> Iterator[Field]:
        """Top-level fields in form order."""
        for section in self.sections:
            yield from section.fields

    @cached_property
    def _by_id(self) -> dict[str, Field]:
        return {f.id: f for f in self.fields()}

    def field(self, field_id: str) -> Field | None:
        return self._by_id.get(field_id)

    def hidden_fields(self, values: Mapping[str, Value]) -> set[str]:
        """Top-level fields not asked for these answers (their own or their part's show_when).

        Conditions only read fields that are always asked (the parser makes sure), so the
        answers can be read as they are, as the page's script does.
        """
        return {
            f.id
            for section in self.sections
            for f in section.fields
            if not (shown(section.show_when, values) and shown(f.show_when, values))
        }


def parse_template(data: Mapping[str, Any]) -> Template:
    """Check plain template data and build the Template; TemplateError names the first mistake."""
    root = as_mapping(data, ())
    check_keys(
        root,
        (),
        {"id", "version", "title", "phase", "sections"},
        {"intro", "download_name", "rules", "agreement", "language"},
    )
    template_id = get_ident(root, "id", ())
    version = get_int(root, "version", (), 1, 10_000)
    title = get_text(root, "title", ())
    phase = get_int(root, "phase", (), 1, 3)
    intro = get_text(root, "intro", (), required=False)
    download_name = get_text(root, "download_name", (), required=False) or "plan"
    if not SLUG_PATTERN.match(download_name) or "krisesenter" in download_name:
        raise TemplateError(
            ("download_name",),
            "Filnavnet må være nøytralt: små bokstaver a–z, tall og bindestrek, "
            "uten «krisesenter».",
        )
    sections = tuple(
        _section(item, ("sections", i)) for i, item in enumerate(get_list(root, "sections", ()))
    )
    if not sections:
        raise TemplateError(("sections",), "Malen må ha minst én del.")
    check_unique([s.id for s in sections], ("sections",), "id", "delen")
    by_id: dict[str, Field] = {}
    for i, section in enumerate(sections):
        for j, f in enumerate(section.fields):
            if f.id in by_id:
                path = ("sections", i, "fields", j, "id")
                raise TemplateError(path, f"Feltet «{f.id}» finnes allerede i malen.")
            by_id[f.id] = f
    sections = _with_show_when(root["sections"], sections, by_id)
    rules = tuple(
        _rule(item, ("rules", i), by_id)
        for i, item in enumerate(get_list(root, "rules", (), required=False))
    )
    check_unique([r.id for r in rules], ("rules",), "id", "regelen")
    agreement = (
        parse_agreement(root["agreement"], ("agreement",), by_id) if "agreement" in root else None
    )
    language = get_text(root, "language", (), required=False) or DEFAULT_LANGUAGE
    if language not in LANGUAGES:
        raise TemplateError(("language",), f"Språket må være {' eller '.join(LANGUAGES)}.")
    return Template(
        template_id,
        version,
        title,
        phase,
        intro,
        download_name,
        sections,
        rules,
        agreement,
        language,
    )


def _with_show_when(
    raw: list[Any], sections: tuple[Section, ...], by_id: Mapping[str, Field]
) -> tuple[Section, ...]:
    """The sections with their and their fields' `show_when` conditions parsed.

    A condition may only read questions that are always asked: then whether a question shows
    never depends on an answer that is itself hidden, and the browser and Python agree.
    """
    conditional = {
        f.id
        for s, m in zip(sections, raw, strict=True)
        for f, fm in zip(s.fields, m["fields"], strict=True)
        if "show_when" in m or "show_when" in fm
    }

    def parse(m: Mapping[str, Any], path: DataPath) -> Condition | None:
        if "show_when" not in m:
            return None
        where = (*path, "show_when")
        condition = parse_condition(m["show_when"], where, by_id)
        for name in sorted(fields_named(condition)):
            if name in conditional:
                raise TemplateError(
                    where,
                    f"«{name}» vises bare av og til (det har selv show_when eller ligger i en del "
                    "med show_when). Et vilkår kan bare bygge på spørsmål som alltid vises.",
                )
        return condition

    out = []
    for i, (section, m) in enumerate(zip(sections, raw, strict=True)):
        path = ("sections", i)
        fields = tuple(
            replace(f, show_when=parse(fm, (*path, "fields", j)))
            for j, (f, fm) in enumerate(zip(section.fields, m["fields"], strict=True))
        )
        out.append(replace(section, fields=fields, show_when=parse(m, path)))
    return tuple(out)


def _section(value: Any, path: DataPath) -> Section:
    m = as_mapping(value, path)
    check_keys(m, path, {"id", "title", "fields"}, {"intro", "show_when"})
    fields = _fields(m, path, in_group=False)
    return Section(
        id=get_ident(m, "id", path),
        title=get_text(m, "title", path),
        intro=get_text(m, "intro", path, required=False),
        fields=fields,
    )


def _fields(m: Mapping[str, Any], path: DataPath, *, in_group: bool) -> tuple[Field, ...]:
    items = get_list(m, "fields", path)
    if not items:
        raise TemplateError((*path, "fields"), "Her må det være minst ett felt.")
    fields = tuple(_field(v, (*path, "fields", i), in_group) for i, v in enumerate(items))
    if in_group:
        check_unique([f.id for f in fields], (*path, "fields"), "id", "feltet")
    for i, f in enumerate(fields):
        if f.calendar is not None:
            _calendar_refs(f.calendar, fields, (*path, "fields", i, "calendar"))
    return fields


_FIELD_KEYS = {
    "hint",
    "short_label",
    "optional",
    "options",
    "fields",
    "item_label",
    "add_label",
    "max_items",
    "max_length",
    "warning",
    "suggestions",
    "calendar",
    "show_when",
}
# Keys that only make sense for some kinds; anything else on another kind is a mistake.
_KIND_KEYS = {
    "options": {"choice", "multichoice"},
    "fields": {"group"},
    "item_label": {"group"},
    "add_label": {"group"},
    "max_items": {"group"},
    "max_length": {"text", "textarea"},
    "suggestions": {"text"},
    "calendar": {"date"},
}


def _field(value: Any, path: DataPath, in_group: bool) -> Field:
    m = as_mapping(value, path)
    check_keys(m, path, {"id", "kind", "label"}, _FIELD_KEYS)
    kind = get_text(m, "kind", path)
    if kind not in KINDS:
        raise TemplateError(
            (*path, "kind"), f"Ukjent felttype «{kind}». Gyldige typer: {', '.join(KINDS)}."
        )
    for key, kinds in _KIND_KEYS.items():
        if key in m and kind not in kinds:
            raise TemplateError((*path, key), f"«{key}» kan ikke brukes på felt av typen «{kind}».")
    if kind == "group" and in_group:
        raise TemplateError((*path, "kind"), "En gruppe kan ikke ligge inne i en annen gruppe.")
    if "show_when" in m and in_group:
        raise TemplateError(
            (*path, "show_when"),
            "«show_when» kan ikke brukes på felt inne i en gruppe. Sett det på gruppen.",
        )
    options: tuple[Option, ...] = YES_NO if kind == "yesno" else ()
    if kind in ("choice", "multichoice"):
        options = _options(m, path)
    fields: tuple[Field, ...] = ()
    if kind == "group":
        fields = _fields(m, path, in_group=True)
    return Field(
        id=get_ident(m, "id", path),
        kind=kind,
        label=get_text(m, "label", path),
        hint=get_text(m, "hint", path, required=False),
        short_label=get_text(m, "short_label", path, required=False),
        optional=get_bool(m, "optional", path),
        options=options,
        fields=fields,
        item_label=get_text(m, "item_label", path, required=kind == "group"),
        add_label=get_text(m, "add_label", path, required=False),
        max_items=get_int(m, "max_items", path, 1, 50, DEFAULT_MAX_ITEMS),
        max_length=get_int(m, "max_length", path, 1, 100_000, DEFAULT_MAX_LENGTH.get(kind, 0)),
        warning=get_text(m, "warning", path, required=False),
        suggestions=tuple(
            as_str(v, (*path, "suggestions", i))
            for i, v in enumerate(get_list(m, "suggestions", path, required=False))
        ),
        calendar=_calendar(m["calendar"], (*path, "calendar")) if "calendar" in m else None,
    )


def _options(m: Mapping[str, Any], path: DataPath) -> tuple[Option, ...]:
    items = get_list(m, "options", path)
    if len(items) < 2:
        raise TemplateError((*path, "options"), "Et valg må ha minst to svaralternativer.")
    options = []
    for i, item in enumerate(items):
        p = (*path, "options", i)
        om = as_mapping(item, p)
        check_keys(om, p, {"value", "label"}, set())
        value = get_text(om, "value", p)
        if not SLUG_PATTERN.match(value):
            raise TemplateError(
                (*p, "value"), "Verdien kan bare ha små bokstaver a–z, tall og bindestrek."
            )
        options.append(Option(value, get_text(om, "label", p)))
    check_unique([o.value for o in options], (*path, "options"), "value", "svaralternativet")
    return tuple(options)


def _calendar(value: Any, path: DataPath) -> Calendar:
    m = as_mapping(value, path)
    check_keys(m, path, {"title"}, {"time", "summary"})
    return Calendar(
        title=get_text(m, "title", path),
        time=get_text(m, "time", path, required=False),
        summary=get_text(m, "summary", path, required=False),
    )


def _calendar_refs(calendar: Calendar, siblings: Sequence[Field], path: DataPath) -> None:
    kinds = {f.id: f.kind for f in siblings}
    if calendar.time and kinds.get(calendar.time) != "time":
        raise TemplateError(
            (*path, "time"), f"«{calendar.time}» er ikke et klokkeslett-felt (time) ved siden av."
        )
    if calendar.summary and kinds.get(calendar.summary) not in ("text", "choice"):
        raise TemplateError(
            (*path, "summary"),
            f"«{calendar.summary}» er ikke et tekst- eller valgfelt (text, choice) ved siden av.",
        )


def _rule(value: Any, path: DataPath, fields: Mapping[str, Field]) -> Rule:
    m = as_mapping(value, path)
    check_keys(m, path, {"id", "when", "target", "level", "message"}, {"open_point"})
    target = get_text(m, "target", path)
    if target not in fields:
        raise TemplateError((*path, "target"), f"Fant ikke feltet «{target}» i malen.")
    level = get_text(m, "level", path)
    if level not in LEVELS:
        raise TemplateError((*path, "level"), f"Nivået må være {' eller '.join(LEVELS)}.")
    return Rule(
        id=get_ident(m, "id", path),
        condition=parse_condition(m["when"], (*path, "when"), fields),
        target=target,
        level=level,
        message=get_text(m, "message", path),
        open_point=get_text(m, "open_point", path, required=False),
    )
