"""The parts of a plan page around the form: error summary, status, overview, the bar that stays
on screen, the review, actions and page data.

Every part a script enhances is a `data-module` root (see plan-core.js), and every text comes
from ui_text.py.
"""

import json
import re
from html import escape
from typing import Any

from py_widgets.draft import DRAFT_MAX_BYTES
from py_widgets.keys import ROW_INDEX, ROW_NUMBER
from py_widgets.template import Template

from .form import section_id
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
        ' aria-labelledby="plan-feil-tittel" data-module="plan-errors">'
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


def overview(template: Template) -> str:
    """The numbered sections as jump links (a GOV.UK task list), and opening a draft.

    The script adds each section's status and leaves out the sections that are not asked.
    """
    t = texts(template.language)
    items = "".join(
        f'<li class="plan-overview__item" data-section="{escape(section.id)}">'
        f'<a class="plan-overview__link" href="#{section_id(section)}"'
        f' aria-describedby="{section_id(section)}-status">'
        f"<span data-number>{number}.</span> {escape(section.title, quote=False)}</a>"
        f' <strong class="plan-overview__status" id="{section_id(section)}-status"'
        " data-status></strong></li>"
        for number, section in enumerate(template.sections, start=1)
    )
    return (
        '<nav class="plan-overview" id="plan-oversikt" aria-labelledby="plan-oversikt-tittel"'
        ' data-module="plan-overview" data-search-exclude>'
        f'<h2 class="plan-overview__title" id="plan-oversikt-tittel">{t.OVERVIEW_TITLE}</h2>'
        f'<p class="plan-overview__intro">{t.OVERVIEW_INTRO}</p>'
        f'<ol class="plan-overview__list">{items}</ol>'
        '<div class="plan-overview__draft"><button type="button" class="md-button'
        f' plan-draft-open" data-open-draft>{t.DRAFT_OPEN_TOP}</button>'
        '<div class="plan-message" id="plan-utkast-melding-topp" role="status"></div></div>'
        "</nav>"
    )


def bar(language: str = "nb") -> str:
    """What stays on screen while the form scrolls: back to the overview, save, review."""
    t = texts(language)
    return (
        f'<div class="plan-bar" role="region" aria-label="{t.BAR_LABEL}"'
        ' data-module="plan-bar" data-search-exclude>'
        f'<a class="plan-bar__overview" href="#plan-oversikt">{t.BAR_OVERVIEW}</a>'
        '<button type="button" class="md-button plan-draft-save" data-save-draft>'
        f"{t.DRAFT_SAVE}</button>"
        '<button type="button" class="md-button plan-review-open" data-review>'
        f"{t.REVIEW}</button>"
        '<p class="plan-message plan-bar__message" id="plan-bar-melding" role="status"></p></div>'
    )


def review(language: str = "nb") -> str:
    """Where «Se over planen» shows the overview and the open points that Python makes."""
    t = texts(language)
    return (
        '<section class="plan-review-region" id="plan-se-over"'
        ' aria-labelledby="plan-se-over-tittel" hidden data-module="plan-review"'
        " data-search-exclude>"
        f'<h2 id="plan-se-over-tittel" tabindex="-1">{t.REVIEW_TITLE}</h2>'
        f"<p>{t.REVIEW_INTRO}</p>"
        '<div class="plan-review-content" data-review-content></div></section>'
    )


def actions(template: Template) -> str:
    """One primary action (print or PDF), the other formats, and the draft save/open controls."""
    t = texts(template.language)
    buttons = "".join(
        f'<button type="button" class="md-button plan-download" data-document="{kind}">'
        f"{label}</button>"
        for kind, label in t.DOCUMENTS.items()
    )
    return (
        '<section class="plan-actions" aria-labelledby="plan-lag" data-module="plan-documents'
        ' plan-drafts" data-search-exclude>'
        f'<h2 id="plan-lag">{t.ACTIONS_TITLE}</h2><p>{t.ACTIONS_INTRO}</p>'
        '<div class="plan-field"><label class="plan-label" for="plan-filnavn">'
        f'{t.FILE_NAME_LABEL}</label><div class="plan-hint" id="plan-filnavn-hint">'
        f"{t.FILE_NAME_HINT}</div>"
        '<input class="plan-input" type="text" id="plan-filnavn" name="filnavn"'
        f' value="{escape(template.download_name)}" aria-describedby="plan-filnavn-hint"'
        ' spellcheck="false" autocomplete="off"></div>'
        '<div class="plan-buttons">'
        '<button type="button" class="md-button md-button--primary plan-print" data-print>'
        f"{t.PRINT}</button>"
        '<button type="button" class="md-button plan-review-open" data-review>'
        f"{t.REVIEW}</button></div>"
        f'<details class="plan-formats"><summary>{t.OTHER_FORMATS}</summary>'
        '<div class="plan-choice"><input class="plan-choice__input" type="checkbox"'
        ' id="plan-kalendertitler" aria-describedby="plan-kalendertitler-hint">'
        f'<label class="plan-choice__label" for="plan-kalendertitler">{t.CALENDAR_LABEL}</label>'
        f'<div class="plan-hint" id="plan-kalendertitler-hint">{t.CALENDAR_HINT}</div></div>'
        f'<div class="plan-buttons">{buttons}</div></details>'
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
        '<div class="plan-message" id="plan-utkast-melding" role="status"></div></section>'
    )


def page_data(template_data: dict[str, Any], language: str = "nb") -> str:
    """The template (as data) and the scripts' configuration as non-executable JSON elements:
    every text, and the contracts shared with the build and Python (row placeholders, the
    draft size limit)."""
    config = {
        "rowIndex": ROW_INDEX,
        "rowNumber": ROW_NUMBER,
        "maxDraftBytes": DRAFT_MAX_BYTES,
        "text": texts(language).SCRIPT_TEXT,
    }
    return _json_element("plan-template-data", template_data) + _json_element("plan-config", config)


def _json_element(element_id: str, value: object) -> str:
    # "<" escaped so that no text in the data can close the element.
    text = json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")
    return f'<script type="application/json" id="{element_id}">{text}</script>'
