"""The page's one door into Python: JSON in, JSON or bytes out, and no plan kept between calls."""

import json
import subprocess
import sys
from pathlib import Path

from py_widgets.bridge import PlanPage
from py_widgets.draft import dump_draft
from py_widgets.plan import Plan, plan_from_values
from tests.py_widgets import real_templates
from tests.py_widgets.agreement_fixtures import FAMILY_ANSWERS
from tests.py_widgets.conftest import SAMPLE, cpython_only

ROOT = Path(__file__).resolve().parents[2]


def page() -> PlanPage:
    return PlanPage(json.dumps(SAMPLE))


def test_check_reports_errors_and_notices_by_form_name():
    result = json.loads(page().check(json.dumps([["koordinator", "krisesenteret"]])))
    assert {"key": "plandato", "message": "Fyll ut «Dato for planen»."} in result["errors"]
    assert [n["rule"] for n in result["notices"]][:1] == ["krisesenter-koordinerer"]
    assert result["notices"][0]["target"] == "koordinator"


def test_document_gives_name_type_and_bytes(filled: Plan):
    pairs = json.dumps(filled.to_pairs())
    made = page().document(pairs, "txt", json.dumps({"stem": "min plan"}))
    assert made["filename"] == "min-plan.txt"
    assert made["media_type"].startswith("text/plain")
    assert isinstance(made["content"], bytes) and b"Dato for planen" in made["content"]


def test_a_calendar_without_dates_is_a_message_not_a_crash():
    made = page().document("[]", "ics", "{}")
    assert made == {"error": "Planen har ingen datoer å legge i en kalender ennå."}


class JsBytes:
    """What a Uint8Array looks like from Python in Pyodide."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def to_bytes(self) -> bytes:
        return self.data


def test_open_draft_gives_pairs_and_row_counts_or_a_message(filled: Plan):
    for data in (dump_draft(filled), JsBytes(dump_draft(filled))):
        opened = json.loads(page().open_draft(data))
        assert [tuple(pair) for pair in opened["pairs"]] == filled.to_pairs()
        assert opened["groups"] == filled.group_sizes()
    assert "kan ikke leses" in json.loads(page().open_draft(b"{"))["error"]


def test_review_gives_the_overview_with_change_links():
    template = real_templates.load("oppfolgingsplan")
    bridge = PlanPage(json.dumps(real_templates.data("oppfolgingsplan")))
    pairs = plan_from_values(template, {**FAMILY_ANSWERS, "koordinator": "uavklart"}).to_pairs()
    html = json.loads(bridge.review(json.dumps(pairs)))["html"]
    assert html.startswith('<div class="plan-review">')
    assert "<td>Kontrakt og nøkler til kommunal utleiebolig</td><td>Boligkontoret</td>" in html
    assert "Det er ikke avklart hvilken tjeneste som skal koordinere oppfølgingen." in html
    assert '<a class="plan-review__change" href="#del-koordinering">Endre' in html
    assert '<a class="plan-review__change" href="#del-tjenester">Endre' in html


def test_keeps_nothing_but_the_template(filled: Plan):
    bridge = page()
    bridge.check(json.dumps(filled.to_pairs()))
    bridge.document(json.dumps(filled.to_pairs()), "html", "{}")
    bridge.review(json.dumps(filled.to_pairs()))
    assert list(vars(bridge)) == ["template"]


@cpython_only
def test_renderers_are_imported_only_when_prepared():
    """Starting the page does not wait for the renderers; prepare_documents loads them."""
    code = (
        "import sys, json; from py_widgets.bridge import PlanPage; from {conftest} import SAMPLE;"
        "page = PlanPage(json.dumps(SAMPLE)); before = 'py_widgets.documents' in sys.modules;"
        "page.prepare_documents(); print(before, 'py_widgets.documents' in sys.modules)"
    ).format(conftest="tests.py_widgets.conftest")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split() == ["False", "True"]
