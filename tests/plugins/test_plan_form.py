"""The plan form and page chrome as built (plugins/plan_templates/form.py, page.py): every
question shown without script, conditions handed to the script in the form Python evaluates,
numbered sections with an overview, and the scripts' configuration from the Python constants."""

import html
import json
import re

import pytest

from plugins.plan_templates import ui_text
from plugins.plan_templates.form import render_form
from plugins.plan_templates.page import overview, page_data
from py_widgets.conditions import condition_as_json
from py_widgets.draft import DRAFT_MAX_BYTES
from py_widgets.keys import ROW_INDEX, ROW_NUMBER
from tests.support.plan_form import TEMPLATE_IDS, load

_SHOW_WHEN = re.compile(r'<(section|div)[^>]*\bid="([^"]+)"[^>]*data-show-when="([^"]*)"[^>]*>')


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_conditions_travel_as_python_evaluates_them_and_nothing_starts_hidden(template_id: str):
    template = load(template_id)
    form = render_form(template)
    found = {
        element_id: json.loads(html.unescape(condition))
        for _, element_id, condition in _SHOW_WHEN.findall(form)
    }
    expected = {
        f"del-{s.id}": condition_as_json(s.show_when) for s in template.sections if s.show_when
    } | {
        f"f-{f.id}-felt": condition_as_json(f.show_when)
        for f in template.fields()
        if f.show_when is not None
    }
    assert found == expected
    # Without the script, every question is asked: only the error messages and notices wait.
    waiting = re.findall(r"<[^>]*\shidden[\s>][^>]*>?", form)
    assert waiting
    for tag in waiting:
        assert "plan-error-message" in tag or "plan-notice" in tag, tag


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_sections_are_numbered_and_listed_in_the_overview(template_id: str):
    template = load(template_id)
    form = render_form(template)
    listed = overview(template)
    for number, section in enumerate(template.sections, start=1):
        title = html.escape(section.title, quote=False)
        assert f"{number}.</span> {title}</h2>" in form
        assert f'href="#del-{section.id}"' in listed
        assert f"{number}.</span> {title}</a>" in listed


def test_notices_say_what_kind_they_are():
    form = render_form(load("oppfolgingsplan"))
    for label in ui_text.NOTICE_LABELS.values():
        assert f'<strong class="plan-notice__label">{label}</strong>' in form


def test_texts_and_limits_reach_the_scripts_from_python():
    data = page_data({"id": "x"})
    config = json.loads(re.search(r'id="plan-config">(.*?)</script>', data).group(1))
    assert config == {
        "rowIndex": ROW_INDEX,
        "rowNumber": ROW_NUMBER,
        "maxDraftBytes": DRAFT_MAX_BYTES,
        "text": ui_text.SCRIPT_TEXT,
    }


def test_fields_with_a_length_limit_say_it():
    template = load("oppfolgingsplan")
    form = render_form(template)
    field = template.field("deltakere")
    assert f'data-max-length="{field.max_length}"' in form
    assert ui_text.COUNT_LIMIT.format(count=field.max_length) in form
