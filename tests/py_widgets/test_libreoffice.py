"""LibreOffice opens the ODT and the Word document and converts both to PDF; page 1 of the PDF
is the overview (CPython only: needs Debian's libreoffice-writer-nogui and poppler-utils)."""

import re
from pathlib import Path

import pytest

from py_widgets.plan import plan_from_values
from py_widgets.render.docx import render_docx
from py_widgets.render.extract import build_agreement
from py_widgets.render.odt import render_odt
from tests.py_widgets.agreement_fixtures import CASES, UNRESOLVED_POINTS
from tests.py_widgets.conftest import cpython_only
from tests.py_widgets.helpers import filled_values
from tests.py_widgets.pdf_text import assert_overview_on_page_1, pages, to_pdf
from tests.py_widgets.real_templates import load

pytestmark = [cpython_only, pytest.mark.browser]  # a real program renders the documents
RENDERERS = {"odt": render_odt, "docx": render_docx}


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each case as <case>-<kind>.<kind>, converted by LibreOffice to <case>-<kind>.pdf."""
    folder = tmp_path_factory.mktemp("lo")
    for case, doc in CASES.items():
        for kind, render in RENDERERS.items():
            (folder / f"{case}-{kind}.{kind}").write_bytes(render(doc))
    to_pdf(sorted(folder.iterdir()), folder)
    return folder


@pytest.mark.parametrize("kind", RENDERERS)
@pytest.mark.parametrize("case", CASES)
def test_page_1_is_the_overview_with_page_numbers(converted: Path, case: str, kind: str):
    pdf = converted / f"{case}-{kind}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    found = pages(pdf)
    total = len(found)
    assert found[0].startswith("Oppfølgingsplan etter opphold på krisesenter Dato for planen")
    assert_overview_on_page_1(found[0], CASES[case])
    for n, page in enumerate(found, start=1):
        assert f"Side {n} av {total}" in page
        assert "Planen inneholder personopplysninger. Oppbevar den trygt." in page
    assert "Forslag" not in " ".join(found) and "Fase" not in " ".join(found)


@pytest.mark.parametrize("kind", RENDERERS)
@pytest.mark.parametrize("case", CASES)
def test_signatures_stay_together_at_the_end(converted: Path, case: str, kind: str):
    last = pages(converted / f"{case}-{kind}.pdf")[-1]
    start = last.index("Samtykke og underskrifter")
    roles = " ".join(re.escape(role) for role in CASES[case].signatures)
    assert re.search(f"Rolle Dato Underskrift {roles}", last[start:])
    assert "Planen gjelder: ____" in last


@pytest.mark.parametrize("kind", RENDERERS)
@pytest.mark.parametrize("case", UNRESOLVED_POINTS)
def test_open_points_name_the_unresolved_coordinator(converted: Path, case: str, kind: str):
    text = " ".join(pages(converted / f"{case}-{kind}.pdf"))
    assert "Åpne punkter" in text
    assert UNRESOLVED_POINTS[case] in text


@pytest.mark.parametrize("case", CASES)
def test_odt_and_word_give_the_same_document(converted: Path, case: str):
    # The same overview on page 1 (test above) and the same parts in the same order. Where a
    # page breaks may differ a little (LibreOffice lays out its own format a touch looser), so
    # one may need a page more; never more than that.
    odt, docx = (pages(converted / f"{case}-{kind}.pdf") for kind in RENDERERS)
    assert abs(len(odt) - len(docx)) <= 1
    parts = ("Ansvar og avtaler", "Åpne punkter", "Om planen", "Samtykke og underskrifter")
    order = []
    for document in (odt, docx):
        text = " ".join(document)
        found = [part for part in parts if part in text]
        assert sorted(found, key=text.index) == found
        order.append(found)
    assert order[0] == order[1]


@pytest.fixture(scope="module")
def converted_nynorsk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fase 3 template filled in on the nynorsk side, as ODT and Word, converted to PDF."""
    template = load("oppfolgingsplan", "nn")
    doc = build_agreement(plan_from_values(template, filled_values(template)))
    folder = tmp_path_factory.mktemp("lo-nn")
    for kind, render in RENDERERS.items():
        (folder / f"plan-{kind}.{kind}").write_bytes(render(doc))
    to_pdf([folder / f"plan-{kind}.{kind}" for kind in RENDERERS], folder)
    return folder


@pytest.mark.parametrize("kind", RENDERERS)
def test_a_nynorsk_plan_has_nynorsk_pages(converted_nynorsk: Path, kind: str):
    found = pages(converted_nynorsk / f"plan-{kind}.pdf")
    total = len(found)
    assert found[0].startswith("Oppfølgingsplan etter opphald på krisesenter Dato for planen")
    assert "Ansvar og avtalar" in found[0] and "Kven koordinerer arbeidet" in found[0]
    for n, page in enumerate(found, start=1):
        assert f"Side {n} av {total}" in page
        assert "Planen inneheld personopplysningar. Oppbevar han trygt." in page
