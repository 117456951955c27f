"""A template in another written language: the bokmål template data with its texts replaced.

A translation names each text by a stable key built from ids rather than positions, so that it
follows the template when parts move: `fields.<id>.label`, `fields.<group>.fields.<id>.hint`,
`fields.<id>.options.<value>`, `sections.<id>.title`, `rules.<id>.message`. Only the
`agreement:` part, whose lists have no ids, is keyed by position (`agreement.details.2.title`).
Ids, option values and conditions are never translated, so a plan (and a draft) is the same
in every language.
"""

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from .schema import DataPath

LANGUAGES = ("nb", "nn")
DEFAULT_LANGUAGE = "nb"
_TOP_TEXTS = ("title", "intro", "download_name")
_SECTION_TEXTS = ("title", "intro")
_FIELD_TEXTS = ("label", "hint", "short_label", "warning", "item_label", "add_label")
_RULE_TEXTS = ("message", "open_point")
# In `agreement:` a plain string names a field; text is `{text: …}`, a title, or a consent text.
_AGREEMENT_TEXTS = ("text", "title", "if_yes", "if_no", "if_blank")


class TranslationError(ValueError):
    """A translation that does not fit its template: `key` names the text, `path` is where to
    look: in the template data when the text is `missing`, else in the translation data."""

    def __init__(self, key: str, path: DataPath, message: str, *, missing: bool = False) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.path = path
        self.message = message
        self.missing = missing


def template_texts(data: Mapping[str, Any]) -> dict[str, tuple[str, DataPath]]:
    """Every translatable text of checked template data: key -> (bokmål text, path in data)."""
    return {key: (text, path) for key, text, path in _texts(data)}


def translation_keys(data: Mapping[str, Any]) -> dict[str, tuple[Any, DataPath]]:
    """A translation's nested data as flat keys: key -> (value, path in the translation)."""
    out: dict[str, tuple[Any, DataPath]] = {}

    def walk(value: Any, key: str, path: DataPath) -> None:
        if isinstance(value, Mapping):
            for k, v in value.items():
                walk(v, f"{key}.{k}" if key else str(k), (*path, k))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{key}.{i}", (*path, i))
        else:
            out[key] = (value, path)

    walk(data, "", ())
    return out


def translate(data: Mapping[str, Any], translation: Mapping[str, Any], language: str) -> Any:
    """The template data in `language`: every text from the translation, everything else as is.

    TranslationError names the first text the translation lacks or the first key it has that
    the template does not.
    """
    texts = template_texts(data)
    given = translation_keys(translation)
    for key, (value, path) in given.items():
        if key not in texts:
            raise TranslationError(
                key, path, f"«{key}» finnes ikke i malen. Se etter skrivefeil i id-en."
            )
        if not isinstance(value, str) or not value.strip():
            raise TranslationError(key, path, f"«{key}»: her må det stå tekst.")
    for key, (text, path) in texts.items():
        if key not in given:
            raise TranslationError(
                key, path, f"«{key}» mangler (bokmål: «{_short(text)}»).", missing=True
            )
    out = copy.deepcopy(dict(data))
    for key, (_, path) in texts.items():
        _set(out, path, given[key][0].strip())
    out["language"] = language
    return out


def _texts(data: Mapping[str, Any]) -> Iterator[tuple[str, str, DataPath]]:
    yield from _own(data, "", (), _TOP_TEXTS)
    for i, section in enumerate(data.get("sections", [])):
        path: DataPath = ("sections", i)
        yield from _own(section, f"sections.{section['id']}.", path, _SECTION_TEXTS)
        for j, field in enumerate(section.get("fields", [])):
            yield from _field(field, f"fields.{field['id']}.", (*path, "fields", j))
    for i, rule in enumerate(data.get("rules", [])):
        yield from _own(rule, f"rules.{rule['id']}.", ("rules", i), _RULE_TEXTS)
    if "agreement" in data:
        yield from _agreement(data["agreement"], "agreement", ("agreement",))


def _field(
    field: Mapping[str, Any], key: str, path: DataPath
) -> Iterator[tuple[str, str, DataPath]]:
    yield from _own(field, key, path, _FIELD_TEXTS)
    for i, option in enumerate(field.get("options", [])):
        yield f"{key}options.{option['value']}", option["label"], (*path, "options", i, "label")
    for i, suggestion in enumerate(field.get("suggestions", [])):
        yield f"{key}suggestions.{i}", suggestion, (*path, "suggestions", i)
    if "calendar" in field:
        yield from _own(field["calendar"], f"{key}calendar.", (*path, "calendar"), ("title",))
    for i, child in enumerate(field.get("fields", [])):
        yield from _field(child, f"{key}fields.{child['id']}.", (*path, "fields", i))


def _agreement(value: Any, key: str, path: DataPath) -> Iterator[tuple[str, str, DataPath]]:
    if isinstance(value, Mapping):
        for k, v in value.items():
            where = (*path, k)
            if k in _AGREEMENT_TEXTS and isinstance(v, str):
                yield f"{key}.{k}", v, where
            elif k == "signatures":
                yield from ((f"{key}.{k}.{i}", role, (*where, i)) for i, role in enumerate(v))
            elif k not in ("when", "show_when"):  # conditions hold no text
                yield from _agreement(v, f"{key}.{k}", where)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _agreement(item, f"{key}.{i}", (*path, i))


def _own(
    m: Mapping[str, Any], key: str, path: DataPath, names: tuple[str, ...]
) -> Iterator[tuple[str, str, DataPath]]:
    for name in names:
        if isinstance(m.get(name), str):
            yield f"{key}{name}", m[name], (*path, name)


def _set(data: Any, path: DataPath, value: str) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _short(text: str, length: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"
