"""The printable HTML: self-contained, escaped, and laid out as an agreement for screen and A4."""

import base64
import hashlib
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from py_widgets.render.html import CSS, CSS_HASH, render_html
from tests.py_widgets.agreement_fixtures import EMPTY, FAMILY, UNRESOLVED, with_text
from tests.py_widgets.helpers import USER_TEXT

OUR_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "section", "footer",
    "h1", "h2", "h3", "p", "br", "ul", "li",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
OUR_ATTRIBUTES = {"lang", "charset", "name", "content", "http-equiv", "class", "scope"}


class _Parsed(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.other: list[str] = []  # comments, processing instructions, CDATA
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.other.append(data)

    def handle_pi(self, data):
        self.other.append(data)

    def unknown_decl(self, data):
        self.other.append(data)


def test_document_is_self_contained():
    html = render_html(FAMILY)
    parsed = _Parsed(html)
    assert {tag for tag, _ in parsed.tags} <= OUR_TAGS
    assert "<script" not in html and "src=" not in html and "href=" not in html
    assert "url(" not in html and "@import" not in html
    meta = [a for t, a in parsed.tags if t == "meta" and a.get("http-equiv")]
    assert meta == [
        {
            "http-equiv": "Content-Security-Policy",
            "content": f"default-src 'none'; style-src {CSS_HASH}",
        }
    ]


def test_css_constant_is_what_the_document_embeds_and_hashes():
    assert f"<style>{CSS}</style>" in render_html(FAMILY)
    digest = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode()
    assert f"'sha256-{digest}'" == CSS_HASH


def test_print_layout_numbers_pages_and_keeps_blocks_whole():
    assert "@page { size: A4;" in CSS
    assert 'content: "Side " counter(page) " av " counter(pages);' in CSS
    assert "@bottom-left" in CSS  # the running footer
    print_css = CSS[CSS.index("@media print") :]
    assert "h2, h3 { break-after: avoid; }" in print_css
    assert "tr, li, .block, .signatures { break-inside: avoid; }" in print_css
    assert "footer { break-before: avoid; }" in print_css  # no last page with only the colophon


def test_overview_comes_first_then_open_points_details_and_signatures():
    html = render_html(FAMILY)
    order = [
        "<h1>Oppfølgingsplan etter opphold på krisesenter</h1>",
        '<p class="plan-date">Dato for planen: 02.12.2026</p>',
        "<h2>Ansvar og avtaler</h2>",
        "<h3>Hvem koordinerer arbeidet</h3>",
        '<th scope="row">Tjeneste</th><td>NAV Bydel Nord</td>',
        '<th scope="row">Slik får dere kontakt</th><td>Tlf. 55 55 55 55, mandag–fredag 9–15</td>',
        "<h3>Hvem gjør hva</h3>",
        '<th scope="col">Hva</th><th scope="col">Hvem</th><th scope="col">Innen</th>'
        '<th scope="col">Kontakt</th>',
        "<tr><td>Kontrakt og nøkler til kommunal utleiebolig</td><td>Boligkontoret</td>"
        "<td>05.01.2027</td><td>Saksbehandler (M.S.), tlf. 55 00 00 01</td></tr>",
        "<tr><td>Søke om individuell plan</td><td>Koordinerende enhet</td>"
        "<td>Ikke avklart</td><td></td></tr>",
        "<h3>Brukerens egne oppgaver</h3>",
        "<li>Melde barna inn på ny skole</li>",
        "<h3>Datoer</h3>",
        "<li>22.12.2026 kl. 10.00: Første samtale på krisesenteret</li>",
        "<li>05.01.2027: Innflytting i ny bolig</li>",
        '<p class="evaluation">Planen evalueres 20.01.2027 kl. 13.00.</p>',
        "<h2>Åpne punkter</h2>",
        "<li>Det er ikke avklart hvem som søker om individuell plan.</li>",
        "<h2>Tjenestene</h2>",
        '<section class="block"><h3>Boligkontoret</h3><table class="facts">',
        "<h2>Samtykke og underskrifter</h2>",
        "<p>Brukeren har 02.12.2026 samtykket til at planen deles med tjenestene som er nevnt",
        "<p>Planen gjelder: ______",
        '<th scope="col">Rolle</th><th scope="col">Dato</th><th scope="col">Underskrift</th>',
        '<tr><th scope="row">Koordinator (NAV Bydel Nord)</th><td></td><td></td></tr>',
        "<footer><p>Planen inneholder personopplysninger.",
    ]
    positions = [html.index(part) for part in order]
    assert positions == sorted(positions)


def test_details_show_answers_lists_and_line_breaks():
    html = render_html(FAMILY)
    assert (
        '<th scope="row">Hjelp trengs med</th><td><ul><li>Bolig</li><li>Økonomi</li>'
        "<li>Sikkerhet</li></ul></td>" in html
    )
    assert "de første månedene.<br>Barna trenger ro og faste voksne.</p><p>Brukeren" in html


def test_no_staff_hints_or_phase_labels():
    for doc in (FAMILY, UNRESOLVED, EMPTY):
        html = render_html(doc)
        assert "Forslag" not in html and "Fase" not in html and "Merknader" not in html


def test_unresolved_coordinator_reads_ikke_avklart_and_is_an_open_point():
    html = render_html(UNRESOLVED)
    assert '<th scope="row">Tjeneste</th><td>Ikke avklart</td>' in html
    assert '<th scope="row">Kontaktperson</th><td>Ikke avklart</td>' in html
    assert (
        "<li>Det er ikke avklart hvem som skal koordinere oppfølgingen etter oppholdet.</li>"
        in (html)
    )


def test_an_empty_plan_still_reads_as_an_agreement():
    html = render_html(EMPTY)
    assert "<p>Ingen oppgaver er fordelt ennå.</p>" in html
    assert "<p>Ingen egne oppgaver er avtalt ennå.</p>" in html
    assert "<p>Ingen datoer er satt ennå.</p>" in html
    assert "<h2>Åpne punkter</h2>\n<p>Ingen åpne punkter.</p>" in html
    assert '<th scope="row">Bruker</th>' in html


@given(st.one_of(USER_TEXT, st.text()))
def test_no_user_markup_survives(text):
    parsed = _Parsed(render_html(with_text(text)))
    assert {tag for tag, _ in parsed.tags} <= OUR_TAGS
    assert {name for _, attrs in parsed.tags for name in attrs} <= OUR_ATTRIBUTES
    assert parsed.other == []


def test_on_a_phone_the_overview_rows_become_labelled_cards():
    narrow = CSS[CSS.index("@media screen and (max-width: 36rem)") : CSS.index("@media print")]
    assert ".duties, .duties tbody, .duties tr, .duties td { display: block; }" in narrow
    for n, label in ((2, "Hvem"), (3, "Innen"), (4, "Kontakt")):
        assert f'.duties td:nth-child({n})::before {{ content: "{label}: ";' in narrow
