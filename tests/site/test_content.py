"""Our own text: legally careful, honest about privacy, clear on whom it is for and whose it is."""

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from plugins.lovdata.laws import LAWS
from tests.site.test_seeds import NOTES
from tests.support.html import Node, parse_file
from tests.support.site import ROOT


def built_name(source: Path) -> str:
    """docs/fase-1.md -> fase-1.html; the nynorsk docs/fase-1.nn.md -> nn/fase-1.html."""
    stem = source.name.removesuffix(".md")
    return f"nn/{stem.removesuffix('.nn')}.html" if stem.endswith(".nn") else f"{stem}.html"


# Pages written in docs/*.md (not the plan builder pages, which the form renders from templates).
CONTENT_PAGES = sorted(
    built_name(path)
    for path in (ROOT / "docs").glob("*.md")
    if "plan_template:" not in path.read_text(encoding="utf-8")
)
AUDIENCE = {"nb": "Denne siden er skrevet for ", "nn": "Denne sida er skriven for "}


def test_content_pages_are_found():
    assert {"index.html", "fase-1.html", "personvern.html", "nn/fase-1.html"} <= set(CONTENT_PAGES)


@pytest.mark.parametrize("page", CONTENT_PAGES)
def test_every_page_says_whom_it_is_written_for_right_under_the_heading(article, page: str):
    content = article(page)
    children = [child for child in content.children if isinstance(child, Node)]
    heading = next(i for i, child in enumerate(children) if child.tag == "h1")
    line = children[heading + 1]
    assert (line.tag, line.attrs.get("class")) == ("p", "page-audience"), page
    assert line.text().startswith(AUDIENCE["nn" if page.startswith("nn/") else "nb"]), page
    assert len(content.find_all("p", "page-audience")) == 1, page


PLAN_PAGES = sorted(
    built_name(path)
    for path in (ROOT / "docs").glob("*.md")
    if "plan_template:" in path.read_text(encoding="utf-8")
)


@pytest.mark.parametrize("page", PLAN_PAGES)
def test_plan_pages_say_whom_they_are_written_for_before_the_form(article, page: str):
    """The heading and intro come from the template; the line follows them, above the form."""
    content = article(page)
    lines = content.find_all("p", "page-audience")
    assert len(lines) == 1, page
    audience = AUDIENCE["nn" if page.startswith("nn/") else "nb"]
    assert (
        lines[0].text().startswith(audience + ("tilsette" if page.startswith("nn/") else "ansatte"))
    ), page
    order = [node.tag for node in content.iter() if node.tag == "form" or node in lines]
    assert order == ["p", "form"], page


def lovdata_links(site_dir: Path):
    for page in sorted(site_dir.glob("*.html")):
        for link in parse_file(page).find_all("a"):
            if "lovdata" in link.attrs.get("class", "").split():
                yield page.name, link.attrs["href"]


def test_every_lovdata_link_goes_to_a_section_in_the_law_table(site_dir: Path):
    """A section missing from plugins/lovdata/laws.py may not exist on Lovdata (e.g. «§4a»)."""
    laws = {(law.kind, law.lovdata_id): law for law in LAWS}
    links = list(lovdata_links(site_dir))
    assert len(links) > 20
    wrong = []
    for page, href in links:
        url = urlsplit(href)
        match = re.fullmatch(r"/(lov|forskrift)/([\d-]+)(?:/§(.+))?", unquote(url.path))
        law = laws.get(match.group(1, 2)) if match and url.netloc == "lovdata.no" else None
        if law is None or (match[3] is not None and match[3] not in law.sections):
            wrong.append(f"{page}: {href}")
    assert wrong == []


def test_the_regulation_is_cited_by_its_lettered_items(site_dir: Path):
    hrefs = {href for _, href in lovdata_links(site_dir)}
    assert "https://lovdata.no/forskrift/2017-03-07-282/§4" in hrefs
    assert not {h for h in hrefs if re.search(r"/§4[a-c]$", h)}
    text = parse_file(site_dir / "fase-2.html").find("article").text()
    assert "§ 4 bokstav a" in text and "§ 4 bokstav b" in text
    assert not re.search(r"§ 4 [ab]\b", text)


def test_fase_1_says_which_measures_need_no_police_report_and_which_a_court_decides(article):
    text = " ".join(article("fase-1.html").text().split())
    assert "Slike tiltak krever ikke" not in text
    assert "Voldsalarm og besøksforbud krever ikke at volden er anmeldt." in text
    assert "Kontaktforbud og omvendt voldsalarm krever en straffesak" in text
    assert "Politiet, påtalemyndigheten og domstolene kan sette i verk tiltak" in text
    assert "påtalemyndigheten som bestemmer" in text  # besøksforbud
    assert "ilegge" not in text
    assert "nedlegge besøksforbud" in text and "idømme kontaktforbud" in text


def test_fase_2_gives_the_municipal_duty_as_the_law_words_it(article):
    text = " ".join(article("fase-2.html").text().split())
    assert text.count("Kommunen skal medvirke til å skaffe bolig") == 2  # steps and Lovgrunnlag
    assert "bør hjelpe" not in text and "bør også hjelpe" not in text


def section_text(article: Node, heading: str) -> str:
    """The text from the <h2> with this text up to the next <h2>."""
    texts, inside = [], False
    for child in (c for c in article.children if isinstance(c, Node)):
        if child.tag == "h2":
            inside = child.text() == heading
        elif inside:
            texts.append(child.text())
    return " ".join(texts)


@pytest.mark.parametrize("page", ["fase-1.html", "fase-2.html"])
def test_our_phase_text_calls_the_person_beboeren(article, page: str):
    """The role lists (the client's words, «Hvem gjør hva») may say «bruker»; our text may not."""
    content = article(page)
    roles = section_text(content, "Hvem gjør hva")
    text = content.text()
    assert "beboeren" in text
    ours = text.replace(roles, "").replace("Hvem gjør hva", "")
    assert not re.search(r"\bbruker", ours, re.IGNORECASE), page


def test_the_forside_explains_beboer_and_bruker_once(article):
    text = " ".join(article("index.html").text().split())
    assert text.count("kaller vi **beboeren**".replace("**", "")) == 1
    assert "Etter flyttingen kaller vi henne eller ham brukeren" in text
    assert "skrevet for ansatte på krisesenteret og i kommunen" in text


def test_fase_3_marks_the_clients_text_and_boxes_our_addition(article):
    page = article("fase-3.html")
    source = page.find("p", "page-source").text()
    assert "hentet ordrett fra Husbankens Veiviseren" in source
    assert "«Hvem gjør hva» og «Lovgrunnlag»" in source and "«Tillegg fra oss»" in source
    box = page.find("div", "admonition")
    assert box.find("p", "admonition-title").text() == "Tillegg fra oss: mer om individuell plan"
    assert "Retten til individuell plan" in box.text()
    legal = section_text(page, "Lovgrunnlag")
    client = legal.replace(box.text(), "")
    assert "Retten til individuell plan" not in client
    assert "peker eksplisitt på individuell plan" in client  # the client's paragraph stays outside


def test_sources_page_says_exactly_what_is_verbatim(article):
    text = " ".join(article("kilder.html").text().split())
    assert "Hva som er gjengitt ordrett" in text
    for words in (
        "Fase 3: stegene, «Resultater fra fasen», rollelistene og avsnittet under «Lovgrunnlag»",
        "Artikkelen «Oppfølging etter oppholdet» er hentet fra Bufdirs Krisesenterveileder",
        "en løs «·» foran et spørsmål i fase 3 er fjernet",
        "Resten av nettstedet er skrevet med egne ord",
    ):
        assert words in text
    # kilder.md names the one correction; a new «Rettet» row in the README must be added there.
    assert [note.seed for note in NOTES if note.corrected] == ["·Ønsker barnet fortsatt"]


def test_privacy_page_promises_only_what_the_site_can_keep(article):
    page = article("personvern.html")
    text = " ".join(page.text().split())
    for absolute in ("ingen andre kan se", "Ingenting sendes fra enheten"):
        assert absolute not in text
    for honest in (
        "Det du skriver, sendes ikke fra enheten din",
        "bruker ikke informasjonskapsler",
        "bruker ikke analyseverktøy",
        "Nettstedet selv lagrer ingenting på enheten din",
        "Dette kan likevel vise at du har vært her",
        "Nettleseren husker hvilke sider du har besøkt",
        "Enheten beholder filer du laster ned",
        "Serveren som sender sidene, kan registrere hvilke sider som blir hentet",
        "Den får ikke vite hva du skriver",
        "Nettverket du bruker",
    ):
        assert honest in text
    assert "trygg-bruk.html" in {a.attrs["href"] for a in page.find_all("a")}


def test_privacy_page_shows_a_placeholder_until_the_publisher_is_set(article):
    """mkdocs.yml ships with empty publisher fields (tests/plugins/test_deployment.py sets them)."""
    page = article("personvern.html")
    placeholders = [node.text() for node in page.find_all("strong", "deployment-unset")]
    assert placeholders == ["[Utgiver er ikke satt ennå]", "[Kontaktadresse er ikke satt ennå]"]
