"""The printout: Chromium prints the HTML on A4 with «Side 1 av N» on every page and the overview
on page 1 (CPython only: needs Debian's chromium, Playwright and poppler-utils)."""

from pathlib import Path

import pytest

from py_widgets.plan import plan_from_values
from py_widgets.render.extract import build_agreement
from py_widgets.render.html import render_html
from tests.py_widgets.agreement_fixtures import CASES, UNRESOLVED_POINTS
from tests.py_widgets.conftest import cpython_only
from tests.py_widgets.helpers import filled_values
from tests.py_widgets.pdf_text import assert_overview_on_page_1, pages
from tests.py_widgets.real_templates import load

pytestmark = [cpython_only, pytest.mark.browser]  # a real program renders the documents


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """Each case printed by Chromium to <case>.pdf, as the print dialog's «Lagre som PDF» does."""
    browser = request.getfixturevalue("browser")  # tests/conftest.py; absent inside Pyodide
    folder = tmp_path_factory.mktemp("print")
    page = browser.new_page()
    for case, doc in CASES.items():
        page.set_content(render_html(doc))
        page.pdf(path=folder / f"{case}.pdf", prefer_css_page_size=True)
    page.close()
    return folder


@pytest.mark.parametrize("case", CASES)
def test_page_1_is_the_overview_and_every_page_is_numbered(printed: Path, case: str):
    found = pages(printed / f"{case}.pdf")
    assert found[0].startswith("Oppfølgingsplan etter opphold på krisesenter Dato for planen")
    assert_overview_on_page_1(found[0], CASES[case])
    for n, page in enumerate(found, start=1):
        assert f"Side {n} av {len(found)}" in page
        assert "Planen inneholder personopplysninger. Oppbevar den trygt." in page
    text = " ".join(found)
    assert "Forslag" not in text and "Fase" not in text


@pytest.mark.parametrize("case", CASES)
def test_signatures_and_colophon_end_the_last_page(printed: Path, case: str):
    last = pages(printed / f"{case}.pdf")[-1]
    roles = " ".join(CASES[case].signatures)
    assert f"Rolle Dato Underskrift {roles}" in last
    assert "Planen gjelder: ____" in last and "Laget med planmalen" in last


@pytest.mark.parametrize("case", UNRESOLVED_POINTS)
def test_open_points_name_the_unresolved_coordinator(printed: Path, case: str):
    assert UNRESOLVED_POINTS[case] in " ".join(pages(printed / f"{case}.pdf"))


def test_the_nynorsk_printout_is_numbered_in_nynorsk(
    tmp_path: Path, request: pytest.FixtureRequest
):
    template = load("oppfolgingsplan", "nn")
    doc = build_agreement(plan_from_values(template, filled_values(template)))
    page = request.getfixturevalue("browser").new_page()
    page.set_content(render_html(doc))
    page.pdf(path=tmp_path / "plan.pdf", prefer_css_page_size=True)
    page.close()
    found = pages(tmp_path / "plan.pdf")
    assert found[0].startswith("Oppfølgingsplan etter opphald på krisesenter Dato for planen")
    assert "Ansvar og avtalar" in found[0]
    for n, text in enumerate(found, start=1):
        assert f"Side {n} av {len(found)}" in text
        assert "Planen inneheld personopplysningar. Oppbevar han trygt." in text
    assert "Laga med planmalen" in found[-1]
