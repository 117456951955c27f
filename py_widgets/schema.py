"""Reading template data: small readers that check one value each, and the condition parser.

Every mistake raises TemplateError with the path into the data, so the build can name the line.
"""

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .conditions import AllOf, AnyOf, Condition, Empty, Equals, Filled, Includes, Not

if TYPE_CHECKING:  # the template module imports this one
    from .template import Field

# Each hyphen-separated part starts with a letter, so "f-" + "tjenester.0.frist" with dots
# replaced can never equal the element id of another field.
ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$")

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


def parse_condition(value: Any, path: DataPath, fields: Mapping[str, "Field"]) -> Condition:
    m = as_mapping(value, path)
    combinator = next((k for k in ("all", "any", "not") if k in m), None)
    if combinator == "not":
        check_keys(m, path, {"not"}, set())
        return Not(parse_condition(m["not"], (*path, "not"), fields))
    if combinator is not None:
        check_keys(m, path, {combinator}, set())
        items = get_list(m, combinator, path)
        if not items:
            raise TemplateError((*path, combinator), "Listen kan ikke være tom.")
        parts = tuple(
            parse_condition(v, (*path, combinator, i), fields) for i, v in enumerate(items)
        )
        return AllOf(parts) if combinator == "all" else AnyOf(parts)
    test = next((k for k in ("equals", "includes", "is") if k in m), None)
    if test is None:
        raise TemplateError(
            path, "Bruk «all», «any», «not» eller «field» med «equals», «includes» eller «is»."
        )
    check_keys(m, path, {"field", test}, set())
    fid = get_text(m, "field", path)
    target = fields.get(fid)
    if target is None:
        raise TemplateError((*path, "field"), _missing_field(fid, fields))
    if test == "is":
        state = get_text(m, "is", path)
        if state not in ("empty", "filled"):
            raise TemplateError(
                (*path, "is"), "Bruk «is: empty» (tomt) eller «is: filled» (utfylt)."
            )
        return Empty(fid) if state == "empty" else Filled(fid)
    wanted = as_str(m[test], (*path, test))
    allowed = {"equals": ("yesno", "choice", "text"), "includes": ("multichoice",)}[test]
    if target.kind not in allowed:
        raise TemplateError(
            (*path, test), f"«{test}» kan ikke brukes på felt av typen «{target.kind}»."
        )
    if target.options and wanted not in {o.value for o in target.options}:
        raise TemplateError((*path, test), f"Feltet «{fid}» har ikke svaralternativet «{wanted}».")
    return Equals(fid, wanted) if test == "equals" else Includes(fid, wanted)


def _missing_field(fid: str, fields: Mapping[str, "Field"]) -> str:
    """Why `fid` cannot be used in a condition (it may name a field inside a group)."""
    *group_part, child_id = fid.split(".")
    for group in fields.values():
        if group.child(child_id) and (not group_part or group_part[0] == group.id):
            return (
                f"«{fid}» er et felt inne i gruppen «{group.id}». Et vilkår kan bare bygge på "
                "felt utenfor grupper (en gruppe kan sjekkes med «is: empty» eller «is: filled»)."
            )
    return f"Fant ikke feltet «{fid}» i malen."


def as_mapping(value: Any, path: DataPath) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TemplateError(path, "Her skal det stå nøkler med verdier (for eksempel «id: …»).")
    return value


def check_keys(
    m: Mapping[str, Any], path: DataPath, required: set[str], optional: set[str]
) -> None:
    for key in m:
        if key not in required and key not in optional:
            allowed = ", ".join(sorted(required | optional))
            raise TemplateError(
                (*path, str(key)), f"Ukjent nøkkel «{key}». Tillatt her: {allowed}."
            )
    for key in sorted(required):
        if key not in m:
            raise TemplateError(path, f"Mangler «{key}».")


def get_list(m: Mapping[str, Any], key: str, path: DataPath, *, required: bool = True) -> list[Any]:
    if key not in m and not required:
        return []
    value = m.get(key)
    if not isinstance(value, list):
        raise TemplateError(
            (*path, key), f"«{key}» må være en liste (linjer som starter med «- »)."
        )
    return value


def as_str(value: Any, path: DataPath) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TemplateError(
            path,
            "Her må det stå tekst (sett den i anførselstegn hvis den er ja/nei, "
            "et tall eller en dato).",
        )
    return value.strip()


def get_text(m: Mapping[str, Any], key: str, path: DataPath, *, required: bool = True) -> str:
    if key not in m and not required:
        return ""
    if key not in m:
        raise TemplateError(path, f"Mangler «{key}».")
    return as_str(m[key], (*path, key))


def get_ident(m: Mapping[str, Any], key: str, path: DataPath) -> str:
    value = get_text(m, key, path)
    if not ID_PATTERN.match(value):
        raise TemplateError(
            (*path, key),
            f"«{value}» er ikke en gyldig id: bruk små bokstaver a–z og tall, delt med bindestrek, "
            "og start hver del med en bokstav (for eksempel «dato-evaluering»).",
        )
    return value


def get_int(
    m: Mapping[str, Any], key: str, path: DataPath, lo: int, hi: int, default: int | None = None
) -> int:
    if key not in m and default is not None:
        return default
    value = m.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise TemplateError((*path, key), f"«{key}» må være et helt tall fra {lo} til {hi}.")
    return value


def get_bool(m: Mapping[str, Any], key: str, path: DataPath) -> bool:
    value = m.get(key, False)
    if not isinstance(value, bool):
        raise TemplateError((*path, key), f"«{key}» må være true eller false.")
    return value


def check_unique(values: list[str], path: DataPath, key: str, what: str) -> None:
    for i, value in enumerate(values):
        if value in values[:i]:
            raise TemplateError((*path, i, key), f"Det finnes allerede {what} «{value}».")
