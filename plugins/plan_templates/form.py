"""Render a plan template as the HTML form of its page.

The form is plain HTML that works for typing without any script, with every question shown;
the plan page's scripts (plan-*.js) add the repeating rows, the checks, the conditional
questions and the downloads. Repeating groups carry a <template> row whose `%i%` (row index) and
`%n%` (row number) the script fills in. A section or question with `show_when` carries its
condition as JSON (`data-show-when`), the form py_widgets.conditions evaluates too.
"""

import json
from html import escape
from types import SimpleNamespace

from py_widgets.conditions import Condition, condition_as_json
from py_widgets.keys import ROW_INDEX, ROW_NUMBER
from py_widgets.template import Field, Rule, Section, Template

from .ui_text import texts

_CHOICE_KINDS = {"yesno", "choice", "multichoice"}
_INPUT_TYPES = {"text": "text", "date": "date", "time": "time"}


def control_id(key: str) -> str:
    """The id of the control for a field key ('tjenester.0.frist' -> 'f-tjenester-0-frist')."""
    return "f-" + key.replace(".", "-")


def render_form(template: Template) -> str:
    """The whole form: one section per template section, then the actions."""
    notices = _notices_by_target(template.rules)
    t = texts(template.language)
    sections = "".join(
        _section(t, section, number, notices)
        for number, section in enumerate(template.sections, start=1)
    )
    # No autocomplete, no spell checking: browsers keep what was typed for autofill, and a
    # browser's enhanced spell check sends the text to a server.
    return (
        '<form class="plan-form" id="plan-form" novalidate autocomplete="off" spellcheck="false"'
        f' action="#" data-template="{_attr(template.id)}" data-search-exclude'
        ' data-module="plan-reveal plan-notices plan-count">'
        '<p class="plan-visually-hidden" id="plan-rader" role="status"></p>'
        '<p class="plan-visually-hidden" id="plan-merknader" role="status"></p>'
        '<p class="plan-visually-hidden" id="plan-tegn" aria-live="polite"></p>'
        f"{sections}</form>"
    )


def _notices_by_target(rules: tuple[Rule, ...]) -> dict[str, list[Rule]]:
    by_target: dict[str, list[Rule]] = {}
    for rule in rules:
        by_target.setdefault(rule.target, []).append(rule)
    return by_target


def section_id(section: Section) -> str:
    """The id of a section on the page: the target of the overview's and the review's links."""
    return f"del-{section.id}"


def _show_when(condition: Condition | None) -> str:
    if condition is None:
        return ""
    return f' data-show-when="{_attr(json.dumps(condition_as_json(condition)))}"'


def _section(
    t: SimpleNamespace, section: Section, number: int, notices: dict[str, list[Rule]]
) -> str:
    sid = section_id(section)
    intro = f'<p class="plan-section__intro">{_text(section.intro)}</p>' if section.intro else ""
    fields = "".join(_field(t, field, field.id, notices) for field in section.fields)
    return (
        f'<section class="plan-section" id="{sid}" tabindex="-1" aria-labelledby="{sid}-tittel"'
        f' data-section="{_attr(section.id)}"{_show_when(section.show_when)}>'
        f'<h2 class="plan-section__title" id="{sid}-tittel">'
        f'<span class="plan-section__number" data-number>{number}.</span> {_text(section.title)}'
        f"</h2>{intro}{fields}</section>"
    )


def _field(t: SimpleNamespace, field: Field, key: str, notices: dict[str, list[Rule]]) -> str:
    if field.kind == "group":
        body = _group(t, field, key, notices)
    elif field.kind in _CHOICE_KINDS:
        body = _choices(t, field, key)
    else:
        body = _single(t, field, key)
    rules = "".join(_notice(t, rule) for rule in notices.get(key, []))
    required = "" if field.optional else " data-required"
    # A conditional question's container has an id: the choices that reveal it name it.
    own_id = f' id="{control_id(key)}-felt"' if field.show_when else ""
    return (
        f'<div class="plan-field plan-field--{field.kind}"{own_id} data-key="{_attr(key)}"'
        f"{required}{_show_when(field.show_when)}>{body}{rules}</div>"
    )


def _described_by(field: Field, cid: str) -> str:
    ids = [f"{cid}-hint"] if field.hint else []
    if field.warning:
        ids.append(f"{cid}-warning")
    if _counted(field):
        ids.append(f"{cid}-antall")
    return f' aria-describedby="{" ".join(ids)}"' if ids else ""


def _counted(field: Field) -> bool:
    return field.kind in ("text", "textarea") and field.max_length > 0


def _count(t: SimpleNamespace, field: Field, cid: str) -> str:
    """The character count (GOV.UK's): the limit without script, how many are left with it."""
    if not _counted(field):
        return ""
    return (
        f'<div class="plan-hint plan-count" id="{cid}-antall" data-count-for="{cid}">'
        f"{t.COUNT_LIMIT.format(count=field.max_length)}</div>"
    )


def _hint_and_error(t: SimpleNamespace, field: Field, cid: str) -> str:
    hint = f'<div class="plan-hint" id="{cid}-hint">{_text(field.hint)}</div>' if field.hint else ""
    warning = (
        f'<div class="plan-warning" id="{cid}-warning"><strong>{t.WARNING_LABEL}</strong> '
        f"{_text(field.warning)}</div>"
        if field.warning
        else ""
    )
    error = f'<p class="plan-error-message" id="{cid}-error" hidden></p>'
    return hint + warning + error


def _label_text(t: SimpleNamespace, field: Field) -> str:
    optional = f' <span class="plan-optional">{t.OPTIONAL}</span>' if field.optional else ""
    return _text(field.label) + optional


def _single(t: SimpleNamespace, field: Field, key: str) -> str:
    cid = control_id(key)
    label = f'<label class="plan-label" for="{cid}">{_label_text(t, field)}</label>'
    common = f'id="{cid}" name="{_attr(key)}"{_described_by(field, cid)}'
    if _counted(field):
        # The browser stops the text at the limit (code units: never more than Python's count
        # in code points); plan-count.js says how much is left and what was cut.
        common += f' maxlength="{field.max_length}" data-max-length="{field.max_length}"'
    if field.kind == "textarea":
        control = f'<textarea class="plan-textarea" {common} rows="4"></textarea>'
    else:
        kind = _INPUT_TYPES[field.kind]
        extra = f' list="{cid}-forslag"' if field.suggestions else ""
        control = f'<input class="plan-input plan-input--{kind}" type="{kind}" {common}{extra}>'
        control += _suggestions(field, cid)
    return label + _hint_and_error(t, field, cid) + control + _count(t, field, cid)


def _suggestions(field: Field, cid: str) -> str:
    if not field.suggestions:
        return ""
    options = "".join(f'<option value="{_attr(value)}"></option>' for value in field.suggestions)
    return f'<datalist id="{cid}-forslag">{options}</datalist>'


def _choices(t: SimpleNamespace, field: Field, key: str) -> str:
    cid = control_id(key)
    options = [(option.value, option.label) for option in field.options]
    kind = "checkbox" if field.kind == "multichoice" else "radio"
    items = "".join(
        f'<div class="plan-choice"><input class="plan-choice__input" type="{kind}"'
        f' id="{cid}__{index}" name="{_attr(key)}" value="{_attr(value)}">'
        f'<label class="plan-choice__label" for="{cid}__{index}">{_text(label)}</label></div>'
        for index, (value, label) in enumerate(options)
    )
    inline = " plan-choices--inline" if field.kind == "yesno" else ""
    return (
        f'<fieldset class="plan-fieldset" id="{cid}"{_described_by(field, cid)}>'
        f'<legend class="plan-legend">{_label_text(t, field)}</legend>'
        f'{_hint_and_error(t, field, cid)}<div class="plan-choices{inline}">{items}</div>'
        "</fieldset>"
    )


def _group(t: SimpleNamespace, field: Field, key: str, notices: dict[str, list[Rule]]) -> str:
    cid = control_id(key)
    row_key = f"{key}.{ROW_INDEX}"
    children = "".join(_field(t, child, f"{row_key}.{child.id}", notices) for child in field.fields)
    row_title = f"{_text(field.item_label)} {ROW_NUMBER}"
    row = (
        f'<li class="plan-row" data-row="{ROW_INDEX}">'
        '<fieldset class="plan-fieldset plan-row__set">'
        f'<legend class="plan-legend plan-row__legend">{row_title}</legend>{children}'
        f'<button type="button" class="md-button plan-row__remove" data-remove-row>'
        f"{t.REMOVE_ROW} {row_title[:1].lower()}{row_title[1:]}</button></fieldset></li>"
    )
    return (
        f'<fieldset class="plan-fieldset plan-group" id="{cid}" data-group="{_attr(key)}"'
        f' data-max-rows="{field.max_items}" data-module="plan-rows"{_described_by(field, cid)}>'
        f'<legend class="plan-legend">{_label_text(t, field)}</legend>'
        f"{_hint_and_error(t, field, cid)}"
        f'<ol class="plan-rows"></ol><template class="plan-row-template">{row}</template>'
        f'<button type="button" class="md-button plan-group__add" data-add-row>'
        f"{_text(field.add_label)}</button></fieldset>"
    )


def _notice(t: SimpleNamespace, rule: Rule) -> str:
    # Told apart by a word, not by colour alone (1.4.1 Use of Color).
    label = t.NOTICE_LABELS[rule.level]
    return (
        f'<div class="plan-notice plan-notice--{_attr(rule.level)}" data-rule="{_attr(rule.id)}"'
        f' hidden><p><strong class="plan-notice__label">{label}</strong> {_text(rule.message)}'
        "</p></div>"
    )


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)
