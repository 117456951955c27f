"""A plan template as typed, frozen data, parsed and checked from plain data (the YAML files).

Every mistake raises TemplateError with the path into the data, so the build can name the line.
"""

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from .conditions import (
    AllOf,
    AnyOf,
    Condition,
    Empty,
    Equals,
    Filled,
    Includes,
    Not,
    fields_named,
    shown,
)
from .values import Value

KINDS = ("text", "textarea", "date", "time", "yesno", "choice", "multichoice", "group")
LEVELS = ("advarsel", "forslag")
# Each hyphen-separated part starts with a letter, so "f-" + "tjenester.0.frist" with dots
# replaced can never equal the element id of another field.
ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$")
# Option values and file names: lowercase a-z, digits and hyphens.
SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DEFAULT_MAX_LENGTH = {"text": 200, "textarea": 4000}
DEFAULT_MAX_ITEMS = 10

DataPath = tuple[str | int, ...]


class TemplateError(ValueError):
    """A template mistake: `path` points into the template data, `message` says what is wrong."""

    def __init__(self, path: DataPath, message: str) -> None:
        super().__init__(f"{format_path(path)}: {message}" if path else message)
        self.path = path
        self.message = message


def format_path(path: DataPath) -> str:
    """sections[2].fields[0].kind, as an editor reads it."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


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
    message: str


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
    root = _mapping(data, ())
    _keys(
        root,
        (),
        {"id", "version", "title", "phase", "sections"},
        {"intro", "download_name", "rules"},
    )
    template_id = _ident(root, "id", ())
    version = _int(root, "version", (), 1, 10_000)
    title = _text(root, "title", ())
    phase = _int(root, "phase", (), 1, 3)
    intro = _text(root, "intro", (), required=False)
    download_name = _text(root, "download_name", (), required=False) or "plan"
    if not SLUG_PATTERN.match(download_name) or "krisesenter" in download_name:
        raise TemplateError(
            ("download_name",),
            "Filnavnet må være nøytralt: små bokstaver a–z, tall og bindestrek, "
            "uten «krisesenter».",
        )
    sections = tuple(
        _section(item, ("sections", i)) for i, item in enumerate(_list(root, "sections", ()))
    )
    if not sections:
        raise TemplateError(("sections",), "Malen må ha minst én del.")
    _unique([s.id for s in sections], ("sections",), "id", "delen")
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
        for i, item in enumerate(_list(root, "rules", (), required=False))
    )
    _unique([r.id for r in rules], ("rules",), "id", "regelen")
    return Template(template_id, version, title, phase, intro, download_name, sections, rules)


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
        condition = _condition(m["show_when"], where, by_id)
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
    m = _mapping(value, path)
    _keys(m, path, {"id", "title", "fields"}, {"intro", "show_when"})
    fields = _fields(m, path, in_group=False)
    return Section(
        id=_ident(m, "id", path),
        title=_text(m, "title", path),
        intro=_text(m, "intro", path, required=False),
        fields=fields,
    )


def _fields(m: Mapping[str, Any], path: DataPath, *, in_group: bool) -> tuple[Field, ...]:
    items = _list(m, "fields", path)
    if not items:
        raise TemplateError((*path, "fields"), "Her må det være minst ett felt.")
    fields = tuple(_field(v, (*path, "fields", i), in_group) for i, v in enumerate(items))
    if in_group:
        _unique([f.id for f in fields], (*path, "fields"), "id", "feltet")
    for i, f in enumerate(fields):
        if f.calendar is not None:
            _calendar_refs(f.calendar, fields, (*path, "fields", i, "calendar"))
    return fields


_FIELD_KEYS = {
    "hint",
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
    m = _mapping(value, path)
    _keys(m, path, {"id", "kind", "label"}, _FIELD_KEYS)
    kind = _text(m, "kind", path)
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
        id=_ident(m, "id", path),
        kind=kind,
        label=_text(m, "label", path),
        hint=_text(m, "hint", path, required=False),
        optional=_bool(m, "optional", path),
        options=options,
        fields=fields,
        item_label=_text(m, "item_label", path, required=kind == "group"),
        add_label=_text(m, "add_label", path, required=False),
        max_items=_int(m, "max_items", path, 1, 50, DEFAULT_MAX_ITEMS),
        max_length=_int(m, "max_length", path, 1, 100_000, DEFAULT_MAX_LENGTH.get(kind, 0)),
        warning=_text(m, "warning", path, required=False),
        suggestions=tuple(
            _str(v, (*path, "suggestions", i))
            for i, v in enumerate(_list(m, "suggestions", path, required=False))
        ),
        calendar=_calendar(m["calendar"], (*path, "calendar")) if "calendar" in m else None,
    )


def _options(m: Mapping[str, Any], path: DataPath) -> tuple[Option, ...]:
    items = _list(m, "options", path)
    if len(items) < 2:
        raise TemplateError((*path, "options"), "Et valg må ha minst to svaralternativer.")
    options = []
    for i, item in enumerate(items):
        p = (*path, "options", i)
        om = _mapping(item, p)
        _keys(om, p, {"value", "label"}, set())
        value = _text(om, "value", p)
        if not SLUG_PATTERN.match(value):
            raise TemplateError(
                (*p, "value"), "Verdien kan bare ha små bokstaver a–z, tall og bindestrek."
            )
        options.append(Option(value, _text(om, "label", p)))
    _unique([o.value for o in options], (*path, "options"), "value", "svaralternativet")
    return tuple(options)


def _calendar(value: Any, path: DataPath) -> Calendar:
    m = _mapping(value, path)
    _keys(m, path, {"title"}, {"time", "summary"})
    return Calendar(
        title=_text(m, "title", path),
        time=_text(m, "time", path, required=False),
        summary=_text(m, "summary", path, required=False),
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
    m = _mapping(value, path)
    _keys(m, path, {"id", "when", "target", "level", "message"}, set())
    target = _text(m, "target", path)
    if target not in fields:
        raise TemplateError((*path, "target"), f"Fant ikke feltet «{target}» i malen.")
    level = _text(m, "level", path)
    if level not in LEVELS:
        raise TemplateError((*path, "level"), f"Nivået må være {' eller '.join(LEVELS)}.")
    return Rule(
        id=_ident(m, "id", path),
        condition=_condition(m["when"], (*path, "when"), fields),
        target=target,
        level=level,
        message=_text(m, "message", path),
    )


def _condition(value: Any, path: DataPath, fields: Mapping[str, Field]) -> Condition:
    m = _mapping(value, path)
    combinator = next((k for k in ("all", "any", "not") if k in m), None)
    if combinator == "not":
        _keys(m, path, {"not"}, set())
        return Not(_condition(m["not"], (*path, "not"), fields))
    if combinator is not None:
        _keys(m, path, {combinator}, set())
        items = _list(m, combinator, path)
        if not items:
            raise TemplateError((*path, combinator), "Listen kan ikke være tom.")
        parts = tuple(_condition(v, (*path, combinator, i), fields) for i, v in enumerate(items))
        return AllOf(parts) if combinator == "all" else AnyOf(parts)
    test = next((k for k in ("equals", "includes", "is") if k in m), None)
    if test is None:
        raise TemplateError(
            path, "Bruk «all», «any», «not» eller «field» med «equals», «includes» eller «is»."
        )
    _keys(m, path, {"field", test}, set())
    fid = _text(m, "field", path)
    target = fields.get(fid)
    if target is None:
        raise TemplateError((*path, "field"), _missing_field(fid, fields))
    if test == "is":
        state = _text(m, "is", path)
        if state not in ("empty", "filled"):
            raise TemplateError(
                (*path, "is"), "Bruk «is: empty» (tomt) eller «is: filled» (utfylt)."
            )
        return Empty(fid) if state == "empty" else Filled(fid)
    wanted = _str(m[test], (*path, test))
    allowed = {"equals": ("yesno", "choice", "text"), "includes": ("multichoice",)}[test]
    if target.kind not in allowed:
        raise TemplateError(
            (*path, test), f"«{test}» kan ikke brukes på felt av typen «{target.kind}»."
        )
    if target.options and wanted not in {o.value for o in target.options}:
        raise TemplateError((*path, test), f"Feltet «{fid}» har ikke svaralternativet «{wanted}».")
    return Equals(fid, wanted) if test == "equals" else Includes(fid, wanted)


def _missing_field(fid: str, fields: Mapping[str, Field]) -> str:
    """Why `fid` cannot be used in a condition (it may name a field inside a group)."""
    *group_part, child_id = fid.split(".")
    for group in fields.values():
        if group.child(child_id) and (not group_part or group_part[0] == group.id):
            return (
                f"«{fid}» er et felt inne i gruppen «{group.id}». Et vilkår kan bare bygge på "
                "felt utenfor grupper (en gruppe kan sjekkes med «is: empty» eller «is: filled»)."
            )
    return f"Fant ikke feltet «{fid}» i malen."


# Small readers: each checks one value's type and names its path when it is wrong.


def _mapping(value: Any, path: DataPath) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TemplateError(path, "Her skal det stå nøkler med verdier (for eksempel «id: …»).")
    return value


def _keys(m: Mapping[str, Any], path: DataPath, required: set[str], optional: set[str]) -> None:
    for key in m:
        if key not in required and key not in optional:
            allowed = ", ".join(sorted(required | optional))
            raise TemplateError(
                (*path, str(key)), f"Ukjent nøkkel «{key}». Tillatt her: {allowed}."
            )
    for key in sorted(required):
        if key not in m:
            raise TemplateError(path, f"Mangler «{key}».")


def _list(m: Mapping[str, Any], key: str, path: DataPath, *, required: bool = True) -> list[Any]:
    if key not in m and not required:
        return []
    value = m.get(key)
    if not isinstance(value, list):
        raise TemplateError(
            (*path, key), f"«{key}» må være en liste (linjer som starter med «- »)."
        )
    return value


def _str(value: Any, path: DataPath) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TemplateError(
            path,
            "Her må det stå tekst (sett den i anførselstegn hvis den er ja/nei, "
            "et tall eller en dato).",
        )
    return value.strip()


def _text(m: Mapping[str, Any], key: str, path: DataPath, *, required: bool = True) -> str:
    if key not in m and not required:
        return ""
    if key not in m:
        raise TemplateError(path, f"Mangler «{key}».")
    return _str(m[key], (*path, key))


def _ident(m: Mapping[str, Any], key: str, path: DataPath) -> str:
    value = _text(m, key, path)
    if not ID_PATTERN.match(value):
        raise TemplateError(
            (*path, key),
            f"«{value}» er ikke en gyldig id: bruk små bokstaver a–z og tall, delt med bindestrek, "
            "og start hver del med en bokstav (for eksempel «dato-evaluering»).",
        )
    return value


def _int(
    m: Mapping[str, Any], key: str, path: DataPath, lo: int, hi: int, default: int | None = None
) -> int:
    if key not in m and default is not None:
        return default
    value = m.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise TemplateError((*path, key), f"«{key}» må være et helt tall fra {lo} til {hi}.")
    return value


def _bool(m: Mapping[str, Any], key: str, path: DataPath) -> bool:
    value = m.get(key, False)
    if not isinstance(value, bool):
        raise TemplateError((*path, key), f"«{key}» må være true eller false.")
    return value


def _unique(values: list[str], path: DataPath, key: str, what: str) -> None:
    for i, value in enumerate(values):
        if value in values[:i]:
            raise TemplateError((*path, i, key), f"Det finnes allerede {what} «{value}».")
