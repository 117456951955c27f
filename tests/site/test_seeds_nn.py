"""The nynorsk translations of the client's two documents: each seed has a nynorsk counterpart
line by line (tests/site/seeds/nn/, same paragraphs, list items, steps and labels, in the same
order), every line of it is on the nynorsk page in that order, and the page says it is a
translation and links to the bokmål original."""

import re
from pathlib import Path

import pytest

from tests.site.test_seeds import NOT_CONTENT, PAGES, SEEDS, normalise
from tests.support.html import parse_file

NN_SEEDS = SEEDS / "nn"


def lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def shape(line: str) -> tuple[object, ...]:
    """What a line is, whatever its language: list item and its depth, numbered step, label in
    capitals, label ending in a colon, quotation."""
    bullet = re.match(r"^(\s*)•", line)
    text = line.strip().lstrip("•").strip()
    return (
        len(bullet[1]) if bullet else None,
        re.match(r"^\d+\.", text)[0] if re.match(r"^\d+\.", text) else None,
        text.isupper(),
        text.endswith(":"),
        text[:1] in '"«',
    )


def published_in_order(seed: list[str], text: str, headings: set[str]) -> list[str]:
    """The seed lines not found on the page after the line before them."""
    missing, position, folded = [], 0, text.casefold()
    for raw in seed:
        line = normalise(raw.strip().lstrip("•"))
        if line.endswith(":") and line[:-1] in headings:  # role labels become headings
            line = line[:-1]
        found = folded.find(line.casefold(), position) if line.isupper() else -1
        found = text.find(line, position) if found < 0 else found
        if found < 0:
            missing.append(line)
        else:
            position = found + len(line)
    return missing


@pytest.mark.parametrize("seed", PAGES)
def test_the_nynorsk_seed_matches_the_original_line_by_line(seed: str):
    original, translated = lines(SEEDS / seed), lines(NN_SEEDS / seed)
    assert len(translated) == len(original)
    for bokmal, nynorsk in zip(original, translated, strict=True):
        assert shape(nynorsk) == shape(bokmal), (bokmal, nynorsk)
    # Some lines read the same in both ("Fase 2", "Kommunen:"); most do not.
    same = [line for line, other in zip(original, translated, strict=True) if line == other]
    assert len(same) < len(original) / 5, same


@pytest.mark.parametrize(("seed", "page"), PAGES.items())
def test_every_line_of_the_translation_is_on_the_nynorsk_page_in_order(
    site_dir: Path, seed: str, page: str
):
    document = parse_file(site_dir / "nn" / page)
    text = normalise(document.find("body").text(NOT_CONTENT))
    headings = {normalise(h.text()) for h in document.iter() if h.tag in {"h1", "h2", "h3"}}
    assert published_in_order(lines(NN_SEEDS / seed), text, headings) == []


@pytest.mark.parametrize("page", PAGES.values())
def test_the_nynorsk_page_says_it_is_a_translation_and_links_the_original(
    site_dir: Path, page: str
):
    note = parse_file(site_dir / "nn" / page).find("div", "krs-translation")
    assert "omsett frå bokmål" in note.text()
    link = note.find("a")
    assert link.attrs["hreflang"] == "nb"
    assert (site_dir / "nn" / link.attrs["href"]).resolve() == (site_dir / page).resolve()
