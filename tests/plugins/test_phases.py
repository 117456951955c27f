"""The phases plugin: its data, step numbering and rendering, and build errors for editors."""

import copy
import re
from pathlib import Path

import pytest
import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from plugins.phases.data import PhaseDataError, load_phases, parse_phases
from plugins.phases.plugin import links_from
from plugins.phases.render import overview_html, phase_page, switcher_html
from plugins.phases.steps import number_steps
from tests.support.html import parse_html
from tests.support.site import build_site_from

RAW = {
    "overview_page": "index.md",
    "labels": {
        "phases": "Faser",
        "choose_phase": "Velg fase.",
        "back_to_overview": "Tilbake til oversikt",
        "result": "Resultater fra fasen",
        "roles": "Hvem gjør hva",
        "legal": "Lovgrunnlag",
        "overview_result": "Resultat",
        "audience": "Skrevet for ansatte.",
    },
    "roles": {"kontaktperson": "Kontaktperson på krisesenter", "bruker": "Bruker"},
    "phases": [
        {
            "number": 1,
            "page": "fase-1.md",
            "title": "Avklar behov",
            "result": "Behovet er avklart.",
            "plan": {"page": "plan-1.md", "label": "Lag plan"},
            "steps": ["Start tidlig", "Vurder bolig"],
            "roles": {"bruker": ["delta"], "kontaktperson": ["kartlegge", "melde"]},
            "legal": "Se [[krisesenterloven § 2]].",
            "source": "Skrevet av oss.",
        },
        {
            "number": 2,
            "page": "fase-2.md",
            "title": "Skaff bolig <trygt>",
            "result": "Bolig & trygghet.",
            "steps": ["Kartlegg"],
            "roles": {"kontaktperson": ["ringe"], "bruker": ["fortelle"]},
            "legal": "Ingen.",
            "source": "Ordrett fra <kilden>.",
        },
    ],
}
DATA = parse_phases(RAW)
PAGES = {"index.md": "index.html", "fase-1.md": "fase-1.html", "fase-2.md": "fase-2.html"}


def url_for(path: str) -> str | None:
    return PAGES.get(path)


def broken(change) -> dict:
    raw = copy.deepcopy(RAW)
    change(raw)
    return raw


def test_data_keeps_order_and_texts():
    first, second = DATA.phases
    assert (first.heading, first.steps) == (
        "Fase 1: Avklar behov",
        ("Start tidlig", "Vurder bolig"),
    )
    assert [(r.role, r.duties) for r in first.roles] == [
        ("Kontaktperson på krisesenter", ("kartlegge", "melde")),
        ("Bruker", ("delta",)),
    ]
    assert first.plan is not None and first.plan.page == "plan-1.md"
    assert second.plan is None
    assert DATA.phase(2) is second


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda raw: raw["labels"].pop("legal"), "labels.legal: mangler tekst"),
        (lambda raw: raw["phases"][1].update(number=3), "nummer 1, 2, 3"),
        (lambda raw: raw["labels"].pop("audience"), "labels.audience: mangler tekst"),
        (lambda raw: raw["phases"][1].pop("source"), "phases[1].source: mangler tekst"),
        (lambda raw: raw["phases"][0]["roles"].pop("bruker"), "phases[0].roles: må ha nøyaktig"),
        (lambda raw: raw["phases"][1].update(steps=[]), "phases[1].steps: mangler"),
        (lambda raw: raw["phases"][1].update(steps=["ok", 3]), "hvert punkt må være en tekst"),
        (lambda raw: raw["phases"][0].update(number="1"), "phases[0].number: må være et heltall"),
        (lambda raw: raw["phases"][0]["plan"].pop("label"), "phases[0].plan.label: mangler"),
        (lambda raw: raw.pop("phases"), "phases: mangler"),
    ],
)
def test_faulty_data_names_the_key(change, message: str):
    with pytest.raises(PhaseDataError, match=re.escape(message)):
        parse_phases(broken(change))


def test_errors_name_the_file(tmp_path: Path):
    path = tmp_path / "phases.yml"
    path.write_text(yaml.safe_dump(broken(lambda raw: raw.pop("roles"))), encoding="utf-8")
    with pytest.raises(PhaseDataError, match=f"^{re.escape(str(path))}: roles: mangler"):
        load_phases(path)
    with pytest.raises(PhaseDataError, match="Fase 7 finnes ikke"):
        DATA.phase(7)


def test_steps_are_numbered_in_order():
    markdown = "Intro\n\n## Start tidlig\n\nTekst ## ikke\n\n### Under\n\n## Vurder bolig ##\n"
    assert number_steps(markdown, ["Start tidlig", "Vurder bolig"]) == (
        "Intro\n\n## 1. Start tidlig\n\nTekst ## ikke\n\n### Under\n\n## 2. Vurder bolig\n"
    )


def test_steps_that_differ_from_the_data_are_an_error():
    with pytest.raises(PhaseDataError, match=r"På siden:\s+\['Vurder bolig', 'Start tidlig'\]"):
        number_steps("## Vurder bolig\n\n## Start tidlig\n", ["Start tidlig", "Vurder bolig"])


def test_switcher_marks_only_the_current_phase():
    nav = parse_html(switcher_html(DATA, DATA.phases[1], url_for)).find("nav", "phase-switcher")
    links = nav.find("ol").find_all("a")
    assert [(a.attrs["href"], a.attrs.get("aria-current")) for a in links] == [
        ("fase-1.html", None),
        ("fase-2.html", "page"),
    ]
    assert links[1].text() == "Fase 2 Skaff bolig <trygt>"  # escaped in the HTML, read back
    assert nav.find("h2").text() == "Faser"
    assert nav.find("p", "phase-switcher__back").find("a").attrs["href"] == "index.html"


def test_overview_shows_every_phase_with_result():
    overview = parse_html(overview_html(DATA, url_for))
    cards = overview.find_all("li", "phase-card")
    assert [card.find("a").attrs["href"] for card in cards] == ["fase-1.html", "fase-2.html"]
    assert cards[1].find("p", "phase-card__result").text() == "Resultat: Bolig & trygghet."


def test_phase_page_puts_the_body_between_result_and_roles():
    markdown = phase_page(DATA, DATA.phases[0], "## 1. Start tidlig\n\nTekst\n", url_for)
    order = [
        "# Fase 1: Avklar behov",
        '<nav class="phase-switcher"',
        "## Resultater fra fasen\n\nBehovet er avklart.",
        "## 1. Start tidlig",
        "## Hvem gjør hva",
        "### Kontaktperson på krisesenter\n\n- kartlegge\n- melde",
        "### Bruker\n\n- delta",
        "## Lovgrunnlag\n\nSe [[krisesenterloven § 2]].",
    ]
    positions = [markdown.index(part) for part in order]
    assert positions == sorted(positions)


def test_plan_link_appears_only_when_its_page_exists():
    without = phase_page(DATA, DATA.phases[0], "", url_for)
    assert "phase-plan" not in without
    with_plan = phase_page(DATA, DATA.phases[0], "", {**PAGES, "plan-1.md": "plan-1.html"}.get)
    link = parse_html(with_plan).find("p", "phase-plan").find("a")
    assert (link.attrs["href"], link.text()) == ("plan-1.html", "Lag plan")


def test_audience_and_source_stand_right_under_the_heading():
    page = parse_html(phase_page(DATA, DATA.phases[1], "## 1. Kartlegg", url_for))
    lines = [node.text() for node in page.find_all("p")[:2]]
    assert lines == ["Skrevet for ansatte.", "Ordrett fra <kilden>."]  # escaped, shown as text
    assert [node.attrs["class"] for node in page.find_all("p")[:2]] == [
        "page-audience",
        "page-source",
    ]


def test_missing_phase_page_is_an_error():
    with pytest.raises(PhaseDataError, match=r"siden fase-2\.md finnes ikke"):
        switcher_html(DATA, DATA.phases[0], {"fase-1.md": "fase-1.html"}.get)


def make_project(tmp_path: Path, fase_1: str) -> Path:
    docs = tmp_path / "docs"
    (docs / "data").mkdir(parents=True)
    (docs / "data/phases.yml").write_text(yaml.safe_dump(RAW, allow_unicode=True), "utf-8")
    (docs / "index.md").write_text("# Forside\n\n<!-- faseoversikt -->\n", encoding="utf-8")
    (docs / "fase-1.md").write_text(fase_1, encoding="utf-8")
    (docs / "fase-2.md").write_text("---\nphase: 2\n---\n\n## Kartlegg\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\nuse_directory_urls: false\nexclude_docs: data/\n"
        "markdown_extensions:\n  - plugins.lovdata.extension\nplugins:\n  - krisesenter/phases\n",
        encoding="utf-8",
    )
    return tmp_path / "mkdocs.yml"


def test_build_renders_phase_pages_and_overview(tmp_path: Path):
    config = make_project(tmp_path, "---\nphase: 1\n---\n\n## Start tidlig\n\n## Vurder bolig\n")
    build_site_from(config, tmp_path / "site")
    fase_1 = parse_html((tmp_path / "site/fase-1.html").read_text(encoding="utf-8"))
    assert fase_1.find("h1").text() == "Fase 1: Avklar behov"
    assert fase_1.find("a", "lovdata").attrs["href"] == "https://lovdata.no/lov/2009-06-19-44/§2"
    index = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert 'class="phase-overview"' in index
    assert "faseoversikt" not in index


def test_build_fails_when_steps_differ_naming_the_page(tmp_path: Path):
    config = make_project(tmp_path, "---\nphase: 1\n---\n\n## Start sent\n\n## Vurder bolig\n")
    with pytest.raises(AssertionError, match=r"fase-1\.md: overskriftene på nivå 2"):
        build_site_from(config, tmp_path / "site")


def test_build_fails_when_a_page_claims_another_phase(tmp_path: Path):
    config = make_project(tmp_path, "---\nphase: 2\n---\n\n## Kartlegg\n")
    with pytest.raises(AssertionError, match=r"fase-1\.md: fase 2 hører til siden fase-2\.md"):
        build_site_from(config, tmp_path / "site")


def test_links_go_only_to_pages_in_the_build(tmp_path: Path):
    def file(path: str, inclusion: InclusionLevel = InclusionLevel.INCLUDED) -> File:
        return File(path, str(tmp_path), str(tmp_path / "site"), False, inclusion=inclusion)

    here = file("fase-1.md")
    files = Files([here, file("fase-2.md"), file("plan.md", InclusionLevel.EXCLUDED)])
    page = Page(None, here, MkDocsConfig())
    url_for = links_from(page, files)
    assert (url_for("fase-2.md"), url_for("plan.md"), url_for("mangler.md")) == (
        "fase-2.html",
        None,
        None,
    )
