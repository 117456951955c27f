"""The plan as an agreement, end to end in Chromium: each template filled with its case, seen in
«Se over planen», then the Word and LibreOffice documents converted by LibreOffice to PDF. Page 1
says who does what by when, every page is numbered, the signatures are there, and nothing meant
for staff («Forslag», «Fase») reaches the shared plan; an unresolved coordinator is an open
point."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from plugins.plan_templates import ui_text
from py_widgets.plan import plan_from_pairs
from py_widgets.render.agreement import Agreement
from py_widgets.render.extract import build_agreement
from tests.py_widgets.pdf_text import assert_overview_on_page_1, pages, to_pdf
from tests.support.plan_form import (
    DOCUMENT_BUTTONS,
    TEMPLATE_IDS,
    accessible_name,
    download,
    fill_all,
    form_pairs,
    load,
    page_name,
    wait_until_ready,
)

UNRESOLVED = "Det er ikke avklart hvilken tjeneste som skal koordinere oppfølgingen."


def _pages_of(document: Path, folder: Path) -> list[str]:
    """The document converted by LibreOffice to PDF (as a case worker would), page by page."""
    out = folder / document.suffix.lstrip(".")  # plan.odt and plan.docx both make plan.pdf
    to_pdf([document], out)
    return pages(out / f"{document.stem}.pdf")


def _agreement(page: Page, template_id: str) -> Agreement:
    """What the page's answers make on CPython: the overview page 1 must show."""
    pairs = [(name, value) for name, value in form_pairs(page)]
    return build_agreement(plan_from_pairs(load(template_id), pairs))


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_the_plan_reads_as_an_agreement_on_screen_and_on_paper(
    page: Page, base_url: str, tmp_path: Path, template_id: str
):
    template = load(template_id)
    page.goto(base_url + page_name(template_id))
    wait_until_ready(page)
    fill_all(page, template)
    if template_id == "oppfolgingsplan":
        coordinator = template.field("koordinator")
        page.get_by_role("group", name=accessible_name(coordinator), exact=True).get_by_label(
            "Ikke avklart ennå", exact=True
        ).check()
    agreement = _agreement(page, template_id)

    page.get_by_role("button", name=ui_text.REVIEW, exact=True).first.click()
    review = page.locator("#plan-se-over")
    expect(review).to_be_visible()
    expect(review).to_contain_text("Hvem koordinerer arbeidet")
    expect(review).to_contain_text("Hvem gjør hva")
    for row in agreement.responsibilities:
        expect(review).to_contain_text(row.who)
    if template_id == "oppfolgingsplan":
        expect(review).to_contain_text(UNRESOLVED)

    for kind in ("docx", "odt"):
        document = download(page, DOCUMENT_BUTTONS[kind], tmp_path)
        found = _pages_of(document, tmp_path)
        assert_overview_on_page_1(found[0], agreement)
        for number, text in enumerate(found, start=1):
            assert f"Side {number} av {len(found)}" in text, (document.name, number)
        everything = " ".join(found)
        assert "Forslag" not in everything and "Fase" not in everything, document.name
        assert "Planen gjelder: ____" in everything and "Underskrift" in everything
        if template_id == "oppfolgingsplan":
            assert UNRESOLVED in everything, document.name
