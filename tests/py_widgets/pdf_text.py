"""What a PDF says, page by page (poppler-utils' pdftotext), and the page-1 check every paginated
document must pass."""

import subprocess
from pathlib import Path

from py_widgets.render.agreement import Agreement

PDFTOTEXT = Path("/usr/bin/pdftotext")
SOFFICE = Path("/usr/bin/soffice")


def to_pdf(documents: list[Path], folder: Path) -> None:
    """LibreOffice converts each document to <stem>.pdf in `folder`, as a case worker would."""
    assert SOFFICE.exists(), "LibreOffice mangler: apt-get install -y libreoffice-writer-nogui"
    assert PDFTOTEXT.exists(), "pdftotext mangler: apt-get install -y poppler-utils"
    profile = f"-env:UserInstallation=file://{folder}/lo-profile"
    subprocess.run(
        [SOFFICE, "--headless", profile, "--convert-to", "pdf", "--outdir", folder, *documents],
        check=True,
        capture_output=True,
    )


def pages(pdf: Path) -> list[str]:
    """The text of each page, whitespace made single spaces."""
    text = subprocess.run([PDFTOTEXT, pdf, "-"], check=True, capture_output=True, text=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def _words(text: str) -> list[str]:
    # pdftotext joins a word that wraps after its hyphen and drops the hyphen
    # ("oppfolger-krisesenter" comes out as "oppfolgerkrisesenter"): compare without hyphens.
    return text.replace("-", "").split()


def assert_overview_on_page_1(page_1: str, doc: Agreement) -> None:
    """Every measure, responsible, deadline and contact of the overview is on page 1.

    Table cells that wrap come out interleaved, so each cell is checked word by word.
    """
    words = set(_words(page_1))
    assert "Ansvar og avtaler" in page_1 and "Hvem gjør hva" in page_1
    for r in doc.responsibilities:
        for cell in (r.what, r.who, r.by_when, r.contact):
            assert set(_words(cell)) <= words, cell
    for task in doc.resident_tasks:
        assert set(_words(task)) <= words, task
    for day in doc.key_dates:
        assert day.date in page_1
    assert doc.evaluation in page_1
    for part in (doc.coordinator.service, doc.coordinator.contact_person, doc.coordinator.reach):
        assert set(_words(part or "Ikke avklart")) <= words
