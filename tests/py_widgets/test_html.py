"""The printable HTML: self-contained, escaped, and structured for screen and A4 paper."""

import base64
import hashlib
from html.parser import HTMLParser

from hypothesis import given

from py_widgets.documents import build_document
from py_widgets.plan import Plan, one_line, plan_from_values
from py_widgets.render.html import CSS, CSS_HASH
from py_widgets.render.outline import clean
from py_widgets.template import Template, parse_template
from tests.py_widgets.conftest import SAMPLE
from tests.py_widgets.helpers import plan_values

TEMPLATE = parse_template(SAMPLE)
OUR_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "footer",
    "h1", "h2", "h3", "p", "br", "dl", "dt", "dd", "ul", "li", "strong",
    "table", "tbody", "tr", "th", "td",
}  # fmt: skip
OUR_ATTRIBUTES = {"lang", "charset", "name", "content", "http-equiv", "class", "colspan", "scope"}


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


def _html(plan: Plan) -> str:
    return build_document(plan, "html").content.decode("utf-8")


def test_document_is_self_contained(filled: Plan):
    html = _html(filled)
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


def test_css_constant_is_what_the_document_embeds_and_hashes(filled: Plan):
    assert f"<style>{CSS}</style>" in _html(filled)
    digest = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode()
    assert f"'sha256-{digest}'" == CSS_HASH
    assert "@page { size: A4;" in CSS
    assert "@media print" in CSS


def test_structure(filled: Plan):
    html = _html(filled)
    assert html.startswith('<!DOCTYPE html>\n<html lang="nb">')
    assert "<title>Plan</title>" in html  # neutral: browser history shows it
    assert "<h1>Prøveplan for krisesenter</h1>" in html
    assert "<h2>Om planen</h2>" in html
    assert "<dt>Dato for planen</dt><dd><p>25.11.2026</p></dd>" in html
    assert "<dd><p>Første linje<br>Andre linje</p><p>Nytt avsnitt</p></dd>" in html
    assert "<dt>Tiltak</dt><dd><ul><li>Samtaler</li></ul></dd>" in html
    assert '<th colspan="2" scope="rowgroup">Avtale 2</th>' in html
    assert '<th scope="row">Tid</th><td><p>09.30</p></td>' in html
    assert "<h2>Merknader</h2>\n<p>Ingen merknader.</p>" in html


def test_empty_sections_say_so(template: Template):
    html = _html(plan_from_values(template, {}))
    assert html.count("<p>Ikke fylt ut.</p>") == 2


def test_notices_are_listed(template: Template):
    html = _html(plan_from_values(template, {"koordinator": "krisesenteret"}))
    assert (
        "<li><strong>Advarsel:</strong> Krisesenteret bør ikke koordinere etter oppholdet.</li>"
        in html
    )


@given(plan_values(TEMPLATE))
def test_no_user_markup_survives(values):
    plan = plan_from_values(TEMPLATE, values)
    parsed = _Parsed(_html(plan))
    assert {tag for tag, _ in parsed.tags} <= OUR_TAGS
    assert {name for _, attrs in parsed.tags for name in attrs} <= OUR_ATTRIBUTES
    assert parsed.other == []
    name = clean(one_line(values["navn"])).strip()
    assert name in "".join(parsed.text)
