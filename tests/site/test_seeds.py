"""The client's two documents are published in full: every line of each appears on its page."""

import unicodedata
from pathlib import Path

import pytest

from tests.support.html import parse_file

SEEDS = Path(__file__).parent / "seeds"  # copies of ../shared/seeds, unchanged
PAGES = {
    "fase-3-plan-for-oppfolging.txt": "fase-3.html",
    "oppfolging-etter-oppholdet.txt": "oppfolging-etter-oppholdet.html",
}
# Published differently on purpose (seed line -> published text). Keep in step with the README.
CORRECTIONS = {
    "·Ønsker barnet fortsatt oppfølging fra krisesenteret etter oppholdet?": (
        "Ønsker barnet fortsatt oppfølging fra krisesenteret etter oppholdet?"
    ),
}
NOT_CONTENT = frozenset({"md-sidebar", "md-footer", "md-skip"})


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def seed_lines(name: str) -> list[str]:
    lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    return [normalise(line.strip().lstrip("•")) for line in lines if line.strip()]


def is_published(line: str, text: str, headings: set[str]) -> bool:
    line = CORRECTIONS.get(line, line)
    if line.isupper():  # labels in capitals ("TILBAKE TIL OVERSIKT"); the site uses CSS for that
        return line.casefold() in text.casefold()
    if line.endswith(":") and line[:-1] in headings:  # role labels ("Bruker:") become headings
        return True
    return line in text


@pytest.mark.parametrize(("seed", "page"), PAGES.items())
def test_every_line_of_the_seed_is_on_its_page(site_dir: Path, seed: str, page: str):
    document = parse_file(site_dir / page)
    text = normalise(document.find("body").text(NOT_CONTENT))
    headings = {normalise(h.text()) for h in document.iter() if h.tag in {"h1", "h2", "h3"}}
    lines = seed_lines(seed)
    assert len(lines) > 20
    assert [line for line in lines if not is_published(line, text, headings)] == []


def test_corrections_are_real_seed_lines():
    every_line = {line for name in PAGES for line in seed_lines(name)}
    assert set(CORRECTIONS) <= every_line
