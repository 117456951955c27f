"""The parts of a plan page around the form: error summary, status, actions, page data."""

import json
import re
from html import escape
from typing import Any

from py_widgets.template import Template

from .ui_text import texts

DESCRIPTION_LENGTH = 160
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def description(template: Template) -> str:
    """The page's meta description: the intro's first sentences, as many as fit in about the
    length that search results show (always at least one)."""
    first, *rest = _SENTENCE_END.split(template.intro.strip())
    for sentence in rest:
        if len(first) + 1 + len(sentence) > DESCRIPTION_LENGTH:
            break
        first += " " + sentence
    return first


def error_summary(language: str = "nb") -> str:
    """The GOV.UK-style summary; the script fills the list and moves focus here."""
    t = texts(language)
    return (
        '<div class="plan-error-summary" id="plan-feil" tabindex="-1" hidden data-search-exclude'
        ' aria-labelledby="plan-feil-tittel">'
        f'<h2 class="plan-error-summary__title" id="plan-feil-tittel">{t.SUMMARY_TITLE}</h2>'
        f"<p>{t.SUMMARY_INTRO}</p>"
        '<ul class="plan-error-summary__list"></ul></div>'
    )


def status(language: str = "nb") -> str:
    """Where Python's loading state is shown and announced."""
    t = texts(language)
    return (
        f'<noscript><p class="plan-noscript">{t.NOSCRIPT}</p></noscript>'
        f'<p class="plan-status" id="plan-status" role="status">{t.STATUS_STARTING}</p>'
    )


def actions(template: Template) -> str:
    """Download options and buttons, and the draft save/open controls."""
    t = texts(template.language)
    buttons = "".join(
        f'<button type="button" class="md-button plan-download" data-document="{kind}">'
        f"{label}</button>"
        for kind, label in t.DOCUMENTS.items()
    )
    return (
        '<section class="plan-actions" aria-labelledby="plan-lag" data-search-exclude>'
        f'<h2 id="plan-lag">{t.ACTIONS_TITLE}</h2><p>{t.ACTIONS_INTRO}</p>'
        '<div class="plan-field"><label class="plan-label" for="plan-filnavn">'
        f'{t.FILE_NAME_LABEL}</label><div class="plan-hint" id="plan-filnavn-hint">'
        f"{t.FILE_NAME_HINT}</div>"
        '<input class="plan-input" type="text" id="plan-filnavn" name="filnavn"'
        f' value="{escape(template.download_name)}" aria-describedby="plan-filnavn-hint"'
        ' spellcheck="false" autocomplete="off"></div>'
        '<div class="plan-choice"><input class="plan-choice__input" type="checkbox"'
        ' id="plan-kalendertitler" aria-describedby="plan-kalendertitler-hint">'
        f'<label class="plan-choice__label" for="plan-kalendertitler">{t.CALENDAR_LABEL}</label>'
        f'<div class="plan-hint" id="plan-kalendertitler-hint">{t.CALENDAR_HINT}</div></div>'
        f'<div class="plan-buttons">{buttons}'
        f'<button type="button" class="md-button plan-print" data-print>{t.PRINT}</button></div>'
        '<p class="plan-message" id="plan-melding" role="status"></p>'
        f'<h2 id="plan-utkast">{t.DRAFT_TITLE}</h2><p>{t.DRAFT_INTRO}</p>'
        '<div class="plan-buttons"><button type="button" class="md-button plan-draft-save"'
        f" data-save-draft>{t.DRAFT_SAVE}</button></div>"
        '<div class="plan-field" data-key="utkast"><label class="plan-label" for="plan-utkast-fil">'
        f'{t.DRAFT_OPEN_LABEL}</label><div class="plan-hint" id="plan-utkast-fil-hint">'
        f"{t.DRAFT_OPEN_HINT}</div>"
        '<p class="plan-error-message" id="plan-utkast-fil-error" hidden></p>'
        '<input class="plan-file" type="file" id="plan-utkast-fil" accept=".json,application/json"'
        ' aria-describedby="plan-utkast-fil-hint" autocomplete="off"></div>'
        '<p class="plan-message" id="plan-utkast-melding" role="status"></p></section>'
    )


def page_data(template_data: dict[str, Any], language: str = "nb") -> str:
    """The template (as data) and the script's texts, as non-executable JSON elements."""
    return _json_element("plan-template-data", template_data) + _json_element(
        "plan-ui-text", texts(language).SCRIPT_TEXT
    )


def _json_element(element_id: str, value: object) -> str:
    # "<" escaped so that no text in the data can close the element.
    text = json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")
    return f'<script type="application/json" id="{element_id}">{text}</script>'
