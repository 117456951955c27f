"""The plan builder in nynorsk: each real template, filled in on the nynorsk side, gives documents
with no bokmål left (neither from the template nor from the fixed words), nynorsk messages, and
drafts that open in the other language."""

import json
from dataclasses import fields as dataclass_fields
from typing import Any

import pytest

from py_widgets.bridge import PlanPage
from py_widgets.documents import Options, build_document
from py_widgets.draft import DraftError, dump_draft, load_draft, open_draft
from py_widgets.plan import Plan, plan_from_values
from py_widgets.rules import evaluate_rules
from py_widgets.template import Field, Template
from py_widgets.validation import validate
from py_widgets.words import BOKMAL, NYNORSK

from .conftest import NOW
from .languages import DOCUMENTS, PLACEHOLDER, bokmal_only, document_text, found_in
from .real_templates import IDS, data, load


def _value(f: Field, key: str, pick: int) -> Any:
    """A neutral answer (no words of either language); choices take option number `pick`."""
    if f.kind == "multichoice":
        return [o.value for o in f.options]
    if f.options:
        return f.options[pick % len(f.options)].value
    if f.kind == "date":
        return f"2027-03-{10 + pick:02d}"
    if f.kind == "time":
        return "10:15"
    return f"x{len(key)}"


def filled(template: Template, pick: int) -> Plan:
    values: dict[str, Any] = {}
    for f in template.fields():
        if f.kind == "group":
            values[f.id] = [{c.id: _value(c, f"{f.id}{n}", pick) for c in f.fields} for n in (1, 2)]
        else:
            values[f.id] = _value(f, f.id, pick)
    return plan_from_values(template, values)


def plans(template: Template) -> list[Plan]:
    """An empty plan (every «Ikkje avklart» and open point) and one per option of the longest
    choice, so that every option label reaches a document."""
    most = max((len(f.options) for f in template.fields() for f in (f, *f.fields)), default=1)
    return [plan_from_values(template, {}), *(filled(template, pick) for pick in range(most))]


@pytest.mark.parametrize("template_id", IDS)
def test_the_nynorsk_template_keeps_every_id_and_value(template_id: str):
    nb, nn = load(template_id), load(template_id, "nn")
    assert (nb.language, nn.language) == ("nb", "nn")
    assert (nn.id, nn.version, nn.phase) == (nb.id, nb.version, nb.phase)

    def shape(t: Template) -> list[Any]:
        return [
            (
                s.id,
                [
                    (f.id, f.kind, [o.value for o in f.options], [c.id for c in f.fields])
                    for f in s.fields
                ],
                s.show_when,
            )
            for s in t.sections
        ] + [(r.id, r.condition, r.target, r.level) for r in t.rules]

    assert shape(nn) == shape(nb)
    assert nn.title != nb.title


@pytest.mark.parametrize("template_id", IDS)
def test_nynorsk_documents_have_no_bokmal_left(template_id: str):
    template = load(template_id, "nn")
    bokmal = bokmal_only(template_id)
    assert "Ansvar og avtaler" in bokmal and "Ikke avklart" in bokmal  # the check can fail
    for plan in plans(template):
        for kind in DOCUMENTS:
            if kind == "ics" and plan.values == plan_from_values(template, {}).values:
                continue  # no dates, no calendar
            options = Options(descriptive_titles=True, now=NOW)
            text = document_text(kind, build_document(plan, kind, options).content)
            assert found_in(bokmal, text) == [], f"{kind}: bokmål i nynorsk dokument"
    nynorsk = document_text("txt", build_document(plans(template)[0], "txt").content)
    assert "Ikkje avklart" in nynorsk and "Ansvar og avtalar" in nynorsk


@pytest.mark.parametrize("template_id", IDS)
def test_the_bokmal_documents_are_still_in_bokmal(template_id: str):
    template = load(template_id)
    text = document_text("txt", build_document(plan_from_values(template, {}), "txt").content)
    assert "Ikke avklart" in text and "Ansvar og avtaler" in text
    html_text = build_document(plan_from_values(template, {}), "html").content.decode()
    assert '<html lang="nb">' in html_text


def test_the_nynorsk_printout_says_it_is_nynorsk():
    page = build_document(plan_from_values(load(IDS[0], "nn"), {}), "html").content.decode()
    assert '<html lang="nn">' in page
    assert "Oppbevar han trygt." in page  # the running footer, in the stylesheet


@pytest.mark.parametrize("template_id", IDS)
def test_nynorsk_errors_and_notices_have_no_bokmal(template_id: str):
    template = load(template_id, "nn")
    bokmal = bokmal_only(template_id)
    broken = {f.id: "31.02.2027" for f in template.fields() if f.kind == "date"}
    for plan in (plan_from_values(template, {}), plan_from_values(template, broken)):
        messages = [e.message for e in validate(plan)] + [n.message for n in evaluate_rules(plan)]
        assert messages
        assert found_in(bokmal, "\n".join(messages)) == []
    errors = validate(plan_from_values(template, broken))
    assert any("må vere ein gyldig dato, til dømes" in e.message for e in errors)


@pytest.mark.parametrize("template_id", IDS)
@pytest.mark.parametrize(("saved_in", "opened_in"), [("nn", "nb"), ("nb", "nn")])
def test_a_draft_opens_in_the_other_language(template_id: str, saved_in: str, opened_in: str):
    plan = filled(load(template_id, saved_in), 1)
    draft = dump_draft(plan)
    assert json.loads(draft)["template"] == template_id
    opened = load_draft(load(template_id, opened_in), draft)
    assert opened.values == plan.values
    assert opened.template.language == opened_in


def test_a_draft_opens_in_the_other_language_through_the_bridge():
    nn_page = PlanPage(json.dumps(data(IDS[2], "nn")))
    nb_page = PlanPage(json.dumps(data(IDS[2])))
    plan = filled(nn_page.template, 0)
    document = nn_page.document(json.dumps(plan.to_pairs()), "json", "{}")
    opened = json.loads(nb_page.open_draft(document["content"]))
    assert opened["pairs"] == [list(pair) for pair in plan.to_pairs()]
    assert opened["warnings"] == []


def test_draft_messages_are_in_the_page_language():
    template = load(IDS[0], "nn")
    with pytest.raises(DraftError, match="Fila er ikkje eit planutkast frå denne nettstaden"):
        open_draft(template, b'{"format": "noko anna"}')
    other = dump_draft(plan_from_values(load(IDS[1]), {}))
    with pytest.raises(DraftError, match="høyrer til ein annan planmal"):
        open_draft(template, other)
    older = json.loads(dump_draft(plan_from_values(template, {})))
    older["template_version"] = template.version - 1
    warnings = open_draft(template, json.dumps(older).encode()).warnings
    assert warnings[0].startswith("Utkastet vart lagra med ei eldre utgåve av planmalen.")
    long = json.loads(dump_draft(plan_from_values(template, {})))
    long["values"]["deltakere"] = "x" * (template.field("deltakere").max_length + 1)
    warnings = open_draft(template, json.dumps(long).encode()).warnings
    assert warnings == (
        "Nokre svar i utkastet var lengre enn skjemaet tillèt, og berre byrjinga er teken med: "
        f"«{template.field('deltakere').label}».",
    )


def test_the_calendar_error_is_in_nynorsk():
    page = PlanPage(json.dumps(data(IDS[0], "nn")))
    result = page.document("[]", "ics", "{}")
    assert result == {"error": "Planen har ingen datoar å leggje i ein kalender enno."}


def test_the_words_have_the_same_placeholders_in_both_languages():
    for f in dataclass_fields(BOKMAL):
        nb, nn = getattr(BOKMAL, f.name), getattr(NYNORSK, f.name)
        if isinstance(nb, dict):
            assert nb.keys() == nn.keys(), f.name
            nb, nn = list(nb.values()), list(nn.values())
        if isinstance(nb, (tuple, list)):
            assert len(nb) == len(nn), f.name
        else:
            assert PLACEHOLDER.findall(nb) == PLACEHOLDER.findall(nn), f.name
