"""Each phase page shows its data from docs/data/phases.yml, and the forside shows all phases."""

from collections.abc import Callable

import pytest

from plugins.phases.data import Phase, PhaseData, load_phases
from tests.support.html import Node
from tests.support.site import ROOT

PHASES = load_phases(ROOT / "docs/data/phases.yml").phases


def html_name(page: str) -> str:
    return page.removesuffix(".md") + ".html"


def top_level(article: Node) -> list[Node]:
    return [child for child in article.children if isinstance(child, Node)]


def section(article: Node, heading: str) -> list[Node]:
    """The elements after the <h2> with this text, up to the next <h2>."""
    elements = top_level(article)
    start = next(
        i for i, node in enumerate(elements) if node.tag == "h2" and node.text() == heading
    )
    end = next((i for i in range(start + 1, len(elements)) if elements[i].tag == "h2"), None)
    return elements[start + 1 : end]


@pytest.mark.parametrize("phase", PHASES, ids=lambda phase: phase.page)
def test_heading_result_and_numbered_steps(
    phase: Phase, phase_data: PhaseData, article: Callable[[str], Node]
):
    page = article(html_name(phase.page))
    assert page.find("h1").text() == f"Fase {phase.number}: {phase.title}"
    headings = [h.text() for h in top_level(page) if h.tag == "h2"]
    steps = [f"{number}. {title}" for number, title in enumerate(phase.steps, 1)]
    labels = phase_data.labels
    assert headings == [labels.result, *steps, labels.roles, labels.legal]
    assert section(page, labels.result)[0].text() == " ".join(phase.result.split())


@pytest.mark.parametrize("phase", PHASES, ids=lambda phase: phase.page)
def test_roles_and_legal_basis(phase: Phase, phase_data: PhaseData, article):
    page = article(html_name(phase.page))
    roles = section(page, phase_data.labels.roles)
    assert [node.text() for node in roles if node.tag == "h3"] == [
        "Kontaktperson på krisesenter",
        "Kommunen",
        "Bruker",
    ]
    lists = [node for node in roles if node.tag == "ul"]
    assert [len(ul.find_all("li")) for ul in lists] == [len(r.duties) for r in phase.roles]
    links = [a for node in section(page, phase_data.labels.legal) for a in node.find_all("a")]
    assert links, "Lovgrunnlag uten lenker"
    assert all(a.attrs["href"].startswith("https://lovdata.no/") for a in links)
    assert all("lovdata" in a.attrs["class"].split() for a in links)


@pytest.mark.parametrize("phase", PHASES, ids=lambda phase: phase.page)
def test_switcher_marks_the_current_phase(phase: Phase, article):
    switcher = article(html_name(phase.page)).find("nav", "phase-switcher")
    links = switcher.find("ol").find_all("a")
    assert [a.text() for a in links] == [f"Fase {p.number} {p.title}" for p in PHASES]
    assert [a.attrs["href"] for a in links] == [html_name(p.page) for p in PHASES]
    current = [a.attrs["href"] for a in links if a.attrs.get("aria-current") == "page"]
    assert current == [html_name(phase.page)]
    back = switcher.find("p", "phase-switcher__back").find("a")
    assert (back.text(), back.attrs["href"]) == ("Tilbake til oversikt", "index.html")


@pytest.mark.parametrize("phase", PHASES, ids=lambda phase: phase.page)
def test_plan_link_appears_once_its_page_exists(phase: Phase, article):
    assert phase.plan is not None
    links = [p.find("a") for p in article(html_name(phase.page)).find_all("p", "phase-plan")]
    if (ROOT / "docs" / phase.plan.page).exists():
        assert [(a.text(), a.attrs["href"]) for a in links] == [
            (phase.plan.label, html_name(phase.plan.page))
        ]
    else:
        assert links == []


def test_forside_overview_lists_every_phase_with_its_result(article):
    forside = article("index.html")
    cards = forside.find("div", "phase-overview").find_all("li", "phase-card")
    assert [card.find("a").attrs["href"] for card in cards] == [html_name(p.page) for p in PHASES]
    for card, phase in zip(cards, PHASES, strict=True):
        assert card.find("a").text() == f"Fase {phase.number} {phase.title}"
        result = card.find("p", "phase-card__result").text()
        assert " ".join((phase.card_result or phase.result).split()) in result
        # The card's label is «Resultat:»; the result must not start with the same word again.
        assert not result.removeprefix("Resultat:").strip().startswith("Resultat"), result
    assert "Velg fase for å se beskrivelse" in forside.text()


def test_forside_states_the_goal_and_the_krisesenter_fact_box(article):
    forside = article("index.html")
    text = forside.text()
    assert "er bosatt i en trygg bolig" in text
    assert "har en plan for den videre oppfølgingen" in text
    box = forside.find("div", "admonition")
    assert box.find("p", "admonition-title").text() == "Krisesenter"
    assert "oppfølging i reetableringsfasen" in box.text()
