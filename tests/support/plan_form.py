"""Fill a plan page the way a person does (by labels), and know what each document must show."""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Download, Locator, Page, expect

from plugins.plan_templates import ui_text
from plugins.plan_templates.form import section_id
from plugins.plan_templates.loader import load_template, load_translation
from py_widgets.plan import plan_from_pairs
from py_widgets.render.outline import display_value
from py_widgets.rules import evaluate_rules
from py_widgets.template import Field, Template
from tests.support.site import ROOT

TEMPLATE_IDS = ("avklaring-av-boligbehov", "vurdering-av-trygg-bolig", "oppfolgingsplan")
CASES = json.loads((ROOT / "tests" / "data" / "plan-cases.json").read_text(encoding="utf-8"))
READY = "#plan-form[data-ready='true']"
# Starting Python is slow on a busy 2-core machine; this only guards against a hang.
START_TIMEOUT_MS = 120_000


def load(template_id: str, language: str = "nb") -> Template:
    """The template as the page in `language` has it (nynorsk: translated, as the build does)."""
    path = ROOT / "docs" / "planmaler" / f"{template_id}.yml"
    loaded = load_template(path, str(path))
    if language != "nb":
        translation = path.with_suffix(f".{language}.yml")
        loaded = load_translation(loaded, translation, str(translation))
    return loaded.template


def page_name(template_id: str, language: str = "nb") -> str:
    return f"{template_id}.html" if language == "nb" else f"{language}/{template_id}.html"


def wait_until_ready(page: Page) -> None:
    page.wait_for_selector(READY, state="attached", timeout=START_TIMEOUT_MS)


def accessible_name(field: Field, language: str = "nb") -> str:
    optional = ui_text.texts(language).OPTIONAL
    return f"{field.label} {optional}" if field.optional else field.label


@dataclass(frozen=True)
class Entry:
    """One field filled in, and how its value reads in the documents."""

    key: str
    field: Field
    value: str | list[str]

    def shown(self) -> list[str]:
        if isinstance(self.value, list):
            return [self.field.option_label(v) for v in self.value]
        return [display_value(self.field, self.value)]


def case(template_id: str) -> dict:
    """The shared test case of a template (tests/data/plan-cases.json, read by both engines)."""
    return CASES["cases"][template_id]


def entries(template: Template, marker: str = CASES["marker"]) -> Iterator[Entry]:
    """Every answer of the template's case; `marker` replaces the case's marker in text."""
    for key, value in case(template.id)["answers"].items():
        parts = key.split(".")
        field = template.field(parts[0])
        if len(parts) == 3:
            field = next(child for child in field.fields if child.id == parts[2])
        if isinstance(value, str) and field.kind in ("text", "textarea"):
            value = value.replace(CASES["marker"], marker)
        yield Entry(key, field, value)


def echoed(template: Template, filled: list[Entry]) -> list[Entry]:
    """The answers every document shows as typed: all but the case's `shown_otherwise`."""
    otherwise = case(template.id)["shown_otherwise"]
    return [entry for entry in filled if entry.key not in otherwise]


def _scope(page: Page, template: Template, entry: Entry) -> Locator:
    section = next(
        s for s in template.sections if any(f.id == entry.key.split(".")[0] for f in s.fields)
    )
    scope = page.locator(f"section#{section_id(section)}")
    parts = entry.key.split(".")
    if len(parts) == 3:
        group = template.field(parts[0])
        scope = scope.get_by_role(
            "group", name=f"{group.item_label} {int(parts[1]) + 1}", exact=True
        )
    return scope


def fill(page: Page, template: Template, entry: Entry) -> None:
    """Fill one field by its visible label, as a person would."""
    scope = _scope(page, template, entry)
    name = accessible_name(entry.field, template.language)
    if entry.field.kind in ("yesno", "choice", "multichoice"):
        group = scope.get_by_role("group", name=name, exact=True)
        values = entry.value if isinstance(entry.value, list) else [entry.value]
        for value in values:
            group.get_by_label(entry.field.option_label(value), exact=True).check()
    else:
        scope.get_by_label(name, exact=True).fill(str(entry.value))


def rows_needed(answers: dict) -> dict[str, int]:
    """How many rows each group needs for these answers (keys <group>.<row>.<child>)."""
    rows: dict[str, int] = {}
    for key in answers:
        parts = key.split(".")
        if len(parts) == 3:
            rows[parts[0]] = max(rows.get(parts[0], 0), int(parts[1]) + 1)
    return rows


def add_rows(page: Page, template: Template) -> None:
    answers = case(template.id)["answers"]
    shown = asked(template, answers)
    for group_id, count in rows_needed({key: answers[key] for key in shown}).items():
        for _ in range(count):
            page.get_by_role("button", name=template.field(group_id).add_label, exact=True).click()


def asked(template: Template, answers: dict) -> list[str]:
    """The case's answer keys whose questions are asked for these answers (show_when): the
    page shows only those, and only they reach the documents."""
    plan = plan_from_pairs(template, list(_pairs(answers)))
    hidden = template.hidden_fields(plan.values)
    return [key for key in answers if key.split(".")[0] not in hidden]


def _pairs(answers: dict) -> Iterator[tuple[str, str]]:
    for key, value in answers.items():
        for one in value if isinstance(value, list) else [value]:
            yield key, one


def fill_all(page: Page, template: Template, marker: str = CASES["marker"]) -> list[Entry]:
    """Fill every question the case's answers ask, as a person would: the questions a
    condition reveals after the ones they depend on. Returns what was filled."""
    shown = set(asked(template, case(template.id)["answers"]))
    filled = [entry for entry in entries(template, marker) if entry.key in shown]
    conditional = {f.id for s in template.sections for f in s.fields if s.show_when or f.show_when}
    first = [e for e in filled if "." not in e.key and e.key not in conditional]
    then = [e for e in filled if e not in first]
    for entry in first:
        fill(page, template, entry)
    add_rows(page, template)
    for entry in then:
        fill(page, template, entry)
    return filled


def show_notices(page: Page, template: Template) -> list[str]:
    """Choose the case's notice answers, wait until the page shows the notices py_widgets says
    now apply, and return their rule ids."""
    for key, value in case(template.id)["notices"].items():
        fill(page, template, Entry(key, template.field(key), value))
    plan = plan_from_pairs(template, [(name, value) for name, value in form_pairs(page)])
    rules = [notice.rule for notice in evaluate_rules(plan)]
    for rule in rules:
        expect(page.locator(f"[data-rule='{rule}']")).to_be_visible()
    return rules


def form_pairs(page: Page) -> list[list[str]]:
    """The form's content as (name, value) pairs, in document order."""
    return page.evaluate(
        """() => [...document.getElementById("plan-form").elements]
            .filter(e => e.name && !["button", "file"].includes(e.type)
                     && (!["checkbox", "radio"].includes(e.type) || e.checked))
            .map(e => [e.name, e.value])"""
    )


DOCUMENT_BUTTONS = ui_text.DOCUMENTS
DOCUMENT_BUTTONS_NN = ui_text.texts("nn").DOCUMENTS


def button(page: Page, name: str) -> Locator:
    """A button by its name; the formats under «Andre formater» are shown first."""
    if name in {*DOCUMENT_BUTTONS.values(), *DOCUMENT_BUTTONS_NN.values()}:
        formats = page.locator("details.plan-formats")
        if formats.get_attribute("open") is None:
            formats.locator("summary").click()
    return page.get_by_role("button", name=name, exact=True).first


def download(page: Page, button_name: str, target_dir: Path) -> Path:
    with page.expect_download() as info:
        button(page, button_name).click()
    made: Download = info.value
    path = target_dir / made.suggested_filename
    made.save_as(path)
    return path


def printable_html(page: Page) -> str:
    """The printable plan that «Skriv ut eller lagre som PDF» hands to the print dialog (the
    dialog itself is stubbed out: headless Chromium cannot show it)."""
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name=ui_text.PRINT, exact=True).click()
    frame = page.locator("iframe.plan-print-frame")
    frame.wait_for(state="attached")
    return frame.get_attribute("srcdoc") or ""


def draft_values(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["values"]
