"""The printable plan: one self-contained HTML file (no scripts, nothing loaded from anywhere).

It reads well on screen and prints on A4 with page numbers, so the browser's "Save as PDF"
gives a good PDF. Page 1 is the overview; the details start on a page of their own.
"""

import base64
import hashlib
from collections.abc import Iterable
from html import escape

from ..words import BOKMAL, NYNORSK, Words
from . import layout as L
from .agreement import Agreement, Block, Detail, DetailSection


def _css(w: Words) -> str:
    card_labels = "\n".join(
        f'  .duties td:nth-child({n})::before {{ content: "{label}: "; font-weight: 700; }}'
        for n, label in enumerate(w.responsibility_head[1:], start=2)
    )
    return f"""\
@page {{ size: A4; margin: 16mm 20mm 16mm;
  @bottom-left {{ content: "{w.running_footer}"; font: 8pt system-ui, Arial, sans-serif;
    color: #444; }}
  @bottom-right {{ content: "{w.page_of[0]}" counter(page) "{w.page_of[1]}" counter(pages);
    font: 8pt system-ui, Arial, sans-serif; color: #444; }} }}
html {{ color: #1b1b1b; background: #fff; }}
body {{ margin: 0; font: 16px/1.45 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; overflow-wrap: break-word; }}
main {{ max-width: 48rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }}
h1 {{ font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }}
.plan-date {{ margin: 0 0 1.25rem; color: #333; }}
h2 {{ font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem;
  border-bottom: 2px solid #1b1b1b; }}
h3 {{ font-size: 1.05rem; margin: 1.1rem 0 .4rem; }}
p {{ margin: 0 0 .5rem; }}
ul {{ margin: .25rem 0 .5rem; padding-left: 1.4rem; }}
table {{ width: calc(100% - 1px); border-collapse: collapse; margin: .4rem 0 .8rem; }}
th, td {{ text-align: left; vertical-align: top; padding: .3rem .45rem;
  border: 1px solid #8a8a8a; }}
td p:last-child, td ul:last-child {{ margin-bottom: 0; }}
thead th {{ background: #ececec; }}
.facts th {{ width: 36%; }}
.duties th:nth-child(1) {{ width: 34%; }}
.duties th:nth-child(2) {{ width: 24%; }}
.duties th:nth-child(3) {{ width: 14%; }}
.sign th:nth-child(1) {{ width: 36%; }}
.sign th:nth-child(2) {{ width: 18%; }}
.sign td {{ height: 3rem; }}
.evaluation {{ font-weight: 700; margin-top: .6rem; }}
footer {{ margin-top: 2rem; padding-top: .6rem; border-top: 1px solid #8a8a8a;
  font-size: .875rem; color: #444; }}
@media screen and (max-width: 36rem) {{
  main {{ padding: 1rem .75rem 2rem; }}
  th, td {{ padding: .25rem .35rem; }}
  /* The overview table as one card per row: four columns do not fit on a phone. */
  .duties thead {{ position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); }}
  .duties, .duties tbody, .duties tr, .duties td {{ display: block; }}
  .duties tr {{ border: 1px solid #8a8a8a; margin-bottom: .5rem; padding: .25rem 0; }}
  .duties td {{ border: 0; padding: .1rem .5rem; }}
  .duties td:first-child {{ font-weight: 700; }}
  .duties td:empty {{ display: none; }}
{card_labels}
}}
@media print {{
  body {{ font-size: 10.5pt; line-height: 1.35; }}
  table {{ font-size: 10pt; }}
  th, td {{ padding: .2rem .4rem; }}
  main {{ max-width: none; padding: 0; }}
  h1 {{ font-size: 17pt; }}
  h2 {{ font-size: 13.5pt; margin-top: 1rem; }}
  h3 {{ font-size: 11.5pt; margin: .8rem 0 .3rem; }}
  h2, h3 {{ break-after: avoid; }}
  tr, li, .block, .signatures {{ break-inside: avoid; }}
  footer {{ break-before: avoid; }}
}}
"""


# One stylesheet per language (its running footer has words). Constants, so the site's CSP can
# allow each by its hash (plugin csp, style_constants) for a page that shows the document inline.
CSS = _css(BOKMAL)
CSS_NN = _css(NYNORSK)
STYLESHEETS = {"nb": CSS, "nn": CSS_NN}


def css_hash(css: str) -> str:
    """The CSP source that allows exactly this stylesheet."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode() + "'"


CSS_HASH = css_hash(CSS)


def render_html(doc: Agreement) -> str:
    w = L.words_of(doc)
    css = STYLESHEETS[doc.language]
    body = [
        f"<h1>{escape(doc.title)}</h1>",
        f'<p class="plan-date">{w.plan_date}: {escape(doc.plan_date or w.not_agreed)}</p>',
        f'<section class="overview">\n<h2>{w.overview}</h2>',
        *overview(doc),
        "</section>",
        f'<section class="open-points">\n<h2>{w.open_points}</h2>',
        open_points(doc),
        "</section>",
    ]
    if doc.details:
        body.append('<section class="details">')
        body.extend(_details(section, w) for section in doc.details)
        body.append("</section>")
    body.append(_signatures(doc))
    footer = "".join(f"<p>{escape(line)}</p>" for line in doc.footer)
    return (
        f'<!DOCTYPE html>\n<html lang="{w.language}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        f'style-src {css_hash(css)}">\n'
        # A neutral title: it is what browser history shows if the file is opened.
        f"<title>Plan</title>\n<style>{css}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + f"\n<footer>{footer}</footer>\n</main>\n</body>\n</html>\n"
    )


def overview_parts(doc: Agreement) -> list[tuple[str, str]]:
    """Page 1 as (part, HTML) pairs, the part named as in REVIEW_PARTS (shared with review.py)."""
    w = L.words_of(doc)
    rows = "".join(
        f'<tr><th scope="row">{label}</th><td>{escape(answer)}</td></tr>'
        for label, answer in L.coordinator_rows(doc)
    )
    coordinator = f'<h3>{w.coordinator}</h3>\n<table class="facts">{rows}</table>'
    if doc.responsibilities:
        head = "".join(f'<th scope="col">{h}</th>' for h in w.responsibility_head)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in L.responsibility_row(r, w)) + "</tr>"
            for r in doc.responsibilities
        )
        duties = (
            f'<table class="duties"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        )
    else:
        duties = f"<p>{w.no_responsibilities}</p>"
    tasks = _list(doc.resident_tasks) if doc.resident_tasks else f"<p>{w.no_tasks}</p>"
    dates = (
        _list(f"{L.key_date_text(d)}: {d.label}" for d in doc.key_dates)
        if doc.key_dates
        else f"<p>{w.no_key_dates}</p>"
    )
    return [
        ("coordinator", coordinator),
        ("responsibilities", f"<h3>{w.responsibilities}</h3>\n{duties}"),
        ("resident_tasks", f"<h3>{escape(doc.resident_tasks_title)}</h3>\n{tasks}"),
        ("key_dates", f"<h3>{w.key_dates}</h3>\n{dates}"),
        (
            "evaluation",
            f'<p class="evaluation">{escape(doc.evaluation)}</p>' if doc.evaluation else "",
        ),
    ]


def overview(doc: Agreement) -> list[str]:
    return [html for _, html in overview_parts(doc) if html]


def open_points(doc: Agreement) -> str:
    w = L.words_of(doc)
    return _list(doc.open_points) if doc.open_points else f"<p>{w.no_open_points}</p>"


def _details(section: DetailSection, w: Words) -> str:
    out = [f"<h2>{escape(section.title)}</h2>"]
    run: list[Detail] = []
    for entry in (*section.entries, None):
        if isinstance(entry, Detail):
            run.append(entry)
            continue
        if run:
            out.append(_facts(run))
            run = []
        if isinstance(entry, Block):
            out.append(
                f'<section class="block"><h3>{escape(entry.title)}</h3>'
                f"{_facts(L.block_details(entry, w))}</section>"
            )
    return "\n".join(out)


def _facts(details: list[Detail] | tuple[Detail, ...]) -> str:
    rows = "".join(
        f'<tr><th scope="row">{escape(d.label)}</th><td>{_value(d)}</td></tr>' for d in details
    )
    return f'<table class="facts">{rows}</table>'


def _signatures(doc: Agreement) -> str:
    w = L.words_of(doc)
    head = "".join(f'<th scope="col">{h}</th>' for h in w.signature_head)
    rows = "".join(
        f'<tr><th scope="row">{escape(role)}</th><td></td><td></td></tr>' for role in doc.signatures
    )
    consent = f"<p>{escape(doc.consent)}</p>\n" if doc.consent else ""
    table = (
        f'<table class="sign"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>\n'
        if doc.signatures
        else ""
    )
    return (
        f'<section class="signatures">\n<h2>{w.signatures}</h2>\n'
        f"{consent}<p>{escape(doc.applies_to_line)}</p>\n{table}</section>"
    )


def _list(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _value(detail: Detail) -> str:
    if detail.items:
        return _list(detail.items)
    return "".join(
        "<p>" + "<br>".join(escape(line) for line in lines) + "</p>" for lines in detail.paragraphs
    )
