"""Read one template file: YAML with line numbers, checked by py_widgets.template.

Every mistake becomes a PluginError that names the file, the line and what is wrong, in bokmål.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.exceptions import PluginError
from yaml.nodes import MappingNode, Node, SequenceNode

from py_widgets.draft import DRAFT_MAX_BYTES, largest_draft_bytes
from py_widgets.schema import DataPath, TemplateError, format_path
from py_widgets.template import Template, parse_template
from py_widgets.translation import TranslationError, translate


@dataclass(frozen=True)
class LoadedTemplate:
    source: Path
    data: dict[str, Any]  # plain and JSON-serialisable: pages can embed it
    template: Template


def load_template(source: Path, name: str) -> LoadedTemplate:
    """Load and check the template in `source`; `name` is how error messages call the file."""
    node, data = _read(source.read_text(encoding="utf-8"), name)
    try:
        template = parse_template(data)
    except TemplateError as error:
        where = format_path(error.path)
        detail = f"{where}: {error.message}" if where else error.message
        raise PluginError(f"{name}, linje {line_of(node, error.path)}: {detail}") from None
    if template.id != source.stem:
        line = line_of(node, ("id",))
        raise PluginError(f"{name}, linje {line}: id må være lik filnavnet («{source.stem}»).")
    if (size := largest_draft_bytes(template)) > DRAFT_MAX_BYTES:
        raise PluginError(
            f"{name}, linje {line_of(node, ('sections',))}: et utkast av malen fylt helt ut blir "
            f"{size} byte, mer enn grensen på {DRAFT_MAX_BYTES}. Sett lavere max_length eller "
            "max_items på noen felt."
        )
    return LoadedTemplate(source, data, template)


def load_translation(original: LoadedTemplate, source: Path, name: str) -> LoadedTemplate:
    """The template in the language of `source` (`<id>.<language>.yml`, beside the template).

    Every text of the template must be translated, and every key must name one of its texts;
    the PluginError names the translation file and the key, and the line to look at.
    """
    language = source.suffixes[-2].lstrip(".")
    node, translation = _read(source.read_text(encoding="utf-8"), name)
    try:
        data = translate(original.data, translation, language)
        template = parse_template(data)
    except TranslationError as error:
        if not error.missing:
            raise PluginError(
                f"{name}, linje {line_of(node, error.path)}: {error.message}"
            ) from None
        template_name = f"{Path(name).parent.as_posix()}/{original.source.name}"
        template_node, _ = _read(original.source.read_text(encoding="utf-8"), template_name)
        raise PluginError(
            f"{name}: {error.message} Teksten står i {template_name}, "
            f"linje {line_of(template_node, error.path)}."
        ) from None
    except TemplateError as error:
        raise PluginError(f"{name}: {format_path(error.path)}: {error.message}") from None
    return LoadedTemplate(source, data, template)


def _read(text: str, name: str) -> tuple[Node, Any]:
    """The document's node tree (it knows the lines) and the plain data built from it."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if not isinstance(node, MappingNode):
            raise PluginError(f"{name}, linje 1: filen må starte med nøkler som «id:» og «title:».")
        _check_duplicate_keys(node, name)
        return node, loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise PluginError(
            f"{name}, linje {line}: YAML-feil ({error.problem}). "
            "Sjekk innrykk, kolon og anførselstegn."
        ) from None
    finally:
        loader.dispose()


def _check_duplicate_keys(node: Node, name: str) -> None:
    # PyYAML silently keeps the last of two equal keys; an editor would lose the first.
    if isinstance(node, MappingNode):
        seen: set[object] = set()
        for key, value in node.value:
            if key.value in seen:
                line = key.start_mark.line + 1
                raise PluginError(f"{name}, linje {line}: nøkkelen «{key.value}» står to ganger.")
            seen.add(key.value)
            _check_duplicate_keys(value, name)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _check_duplicate_keys(item, name)


def line_of(node: Node, path: DataPath) -> int:
    """The 1-based line of what `path` points to (or of the deepest part of it that exists)."""
    line = node.start_mark.line
    for part in path:
        if isinstance(node, MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if match is None:
                break
            line, node = match[0].start_mark.line, match[1]
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line
        else:
            break
    return line + 1
