"""«Se over planen»: the page-1 overview and open points, each with an «Endre» link."""

import re
from html.parser import HTMLParser

from hypothesis import given

from py_widgets.render.review import render_review
from tests.py_widgets.agreement_fixtures import EMPTY, FAMILY, UNRESOLVED, with_text
from tests.py_widgets.helpers import USER_TEXT

LINK = re.compile(
    r'<a class="plan-review__change" href="#del-([a-z-]+)">Endre'
    r'<span class="plan-visually-hidden"> ([^<]+)</span></a>'
)


class _Tags(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_overview_and_open_points_with_change_links():
    html = render_review(FAMILY)
    assert html.startswith('<div class="plan-review">')
    for text in (
        "<h3>Hvem koordinerer arbeidet</h3>",
        "<td>NAV Bydel Nord</td>",
        "<h3>Hvem gjør hva</h3>",
        "<td>Skolehelsetjenesten</td>",
        "<h3>Brukerens egne oppgaver</h3>",
        "<h3>Datoer</h3>",
        "Planen evalueres 20.01.2027 kl. 13.00.",
        "<h3>Åpne punkter</h3>",
        "<li>Sikkerhetsplanen er ikke gått gjennom etter flyttingen.</li>",
    ):
        assert text in html
    # Each part is followed by its link; the open points have no section here, so no link.
    assert LINK.findall(html) == [
        ("koordinering", "hvem som koordinerer"),
        ("tjenester", "hvem som gjør hva"),
        ("egne-tiltak", "egne oppgaver"),
        ("samtaler", "datoene"),
        ("overgang", "evalueringen"),
    ]
    assert html.index("<td>NAV Bydel Nord</td>") < html.index('href="#del-koordinering"')
    assert html.index('href="#del-koordinering"') < html.index("<h3>Hvem gjør hva</h3>")
    assert "Samtykke" not in html and "Tjenestene" not in html  # overview only, no details


def test_unresolved_coordinator_shows_in_the_open_points():
    html = render_review(UNRESOLVED)
    assert "<td>Ikke avklart</td>" in html
    assert "Det er ikke avklart hvem som skal koordinere oppfølgingen etter oppholdet." in html


def test_the_page_can_choose_the_anchor():
    html = render_review(FAMILY, lambda section: f"x-{section}")
    assert 'href="#x-koordinering"' in html


def test_empty_plan_has_no_links_and_says_what_is_missing():
    html = render_review(EMPTY)
    assert "plan-review__change" not in html
    assert "Ingen åpne punkter." in html and "Ingen oppgaver er fordelt ennå." in html


@given(USER_TEXT)
def test_user_text_is_escaped(text):
    tags = _Tags(render_review(with_text(text))).tags
    assert {t for t, _ in tags} <= {
        "div",
        "h3",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "ul",
        "li",
        "p",
        "a",
        "span",
    }
    assert {name for _, attrs in tags for name in attrs} <= {"class", "scope", "href"}
