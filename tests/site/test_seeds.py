"""The client's two documents are published in full: every line of each appears on its page.

The errors in the documents, and the one correction, are listed once: in the table under
«Til kunden» in README.md. The tests read that table.
"""

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.html import parse_file
from tests.support.site import ROOT

SEEDS = Path(__file__).parent / "seeds"  # copies of ../shared/seeds, unchanged
PAGES = {
    "fase-3-plan-for-oppfolging.txt": "fase-3.html",
    "oppfolging-etter-oppholdet.txt": "oppfolging-etter-oppholdet.html",
}
_TABLE = re.compile(r"<!-- kildetekst:start -->\n(?P<rows>.*?)<!-- kildetekst:end -->", re.DOTALL)
_ROW = re.compile(r"^\| `(?P<seed>[^`]+)`[^|]*\| `(?P<suggestion>[^`]+)` \| (?P<status>[^|]+?) \|$")
STATUSES = {"Rettet": True, "Som i kilden": False}


@dataclass(frozen=True)
class SeedNote:
    """An error in a seed: its text, the suggested correction, and whether the site applies it."""

    seed: str
    suggestion: str
    corrected: bool


def read_seed_notes(readme: str) -> list[SeedNote]:
    """The rows of the table between the kildetekst markers in the README."""
    table = _TABLE.search(readme)
    assert table, "README.md: fant ikke tabellen mellom <!-- kildetekst:start/end -->"
    rows = [line for line in table["rows"].splitlines() if line.startswith("| `")]
    notes = []
    for line in rows:
        row = _ROW.match(line)
        assert row and row["status"] in STATUSES, f"README.md: kan ikke lese raden {line!r}"
        notes.append(SeedNote(row["seed"], row["suggestion"], STATUSES[row["status"]]))
    return notes


NOTES = read_seed_notes((ROOT / "README.md").read_text(encoding="utf-8"))
NOT_CONTENT = frozenset({"md-sidebar", "md-footer", "md-skip"})


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def seed_lines(name: str) -> list[str]:
    lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    return [normalise(line.strip().lstrip("•")) for line in lines if line.strip()]


def published_form(line: str) -> str:
    """The seed line as the site shows it: with the corrections marked «Rettet» applied."""
    for note in NOTES:
        if note.corrected:
            line = line.replace(note.seed, note.suggestion)
    return line


def is_published(line: str, text: str, headings: set[str]) -> bool:
    line = published_form(line)
    if line.isupper():  # labels in capitals ("TILBAKE TIL OVERSIKT"); the site uses CSS for that
        return line.casefold() in text.casefold()
    if line.endswith(":") and line[:-1] in headings:  # role labels ("Bruker:") become headings
        return True
    return line in text


def page_text(site_dir: Path, page: str) -> str:
    return normalise(parse_file(site_dir / page).find("body").text(NOT_CONTENT))


@pytest.mark.parametrize(("seed", "page"), PAGES.items())
def test_every_line_of_the_seed_is_on_its_page(site_dir: Path, seed: str, page: str):
    document = parse_file(site_dir / page)
    text = normalise(document.find("body").text(NOT_CONTENT))
    headings = {normalise(h.text()) for h in document.iter() if h.tag in {"h1", "h2", "h3"}}
    lines = seed_lines(seed)
    assert len(lines) > 20
    assert [line for line in lines if not is_published(line, text, headings)] == []


def test_the_readme_lists_the_known_errors_in_the_seeds():
    assert [note.seed for note in NOTES] == [
        "·Ønsker barnet fortsatt",
        "bør oppfølgingen forega med",
        "hva han eller han kan gjøre",
        "opplevelsen av trygget",
        "klare seg på egenhånd",
        "å ikke dra tilbake voldsutøver",
        "den koordinerende rolle",
    ]


@pytest.mark.parametrize("note", NOTES, ids=lambda note: note.seed)
def test_each_listed_error_is_in_a_seed_and_the_site_shows_what_the_table_says(
    site_dir: Path, note: SeedNote
):
    found = [
        (name, page)
        for name, page in PAGES.items()
        if any(note.seed in line for line in seed_lines(name))
    ]
    assert len(found) == 1, f"«{note.seed}» står ikke (eller flere steder) i kildetekstene"
    text = page_text(site_dir, found[0][1])
    shown, hidden = (note.suggestion, note.seed) if note.corrected else (note.seed, note.suggestion)
    assert shown in text
    assert hidden not in text


def test_a_row_that_cannot_be_read_is_reported():
    readme = "<!-- kildetekst:start -->\n| `x` | `y` | Kanskje |\n<!-- kildetekst:end -->"
    with pytest.raises(AssertionError, match="kan ikke lese raden"):
        read_seed_notes(readme)
