"""The printable plan: one self-contained HTML file (no scripts, nothing loaded from anywhere).

It reads well on screen and prints on A4, so the browser's "Save as PDF" gives a good PDF.
"""

import base64
import hashlib
from html import escape

from .outline import EMPTY_PART, NO_NOTICES, NOTICES_HEADING, Answer, Group, Outline

CSS = """\
@page { size: A4; margin: 18mm 18mm 20mm; }
html { color: #1b1b1b; background: #fff; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .25rem; }
.phase { margin: 0 0 2rem; color: #444; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 .75rem; padding-bottom: .2rem;
  border-bottom: 2px solid #1b1b1b; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
dl { margin: 0; }
dt { font-weight: 700; margin-top: .9rem; }
dd { margin: .15rem 0 0; }
p { margin: 0 0 .5rem; }
ul { margin: .25rem 0 .5rem; padding-left: 1.4rem; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border: 1px solid #8a8a8a; }
th[scope="rowgroup"] { background: #ececec; }
th[scope="row"] { width: 38%; font-weight: 600; }
td p:last-child, td ul:last-child { margin-bottom: 0; }
.notices li { margin-bottom: .4rem; }
footer { margin-top: 3rem; padding-top: .75rem; border-top: 1px solid #8a8a8a; font-size: .875rem;
  color: #444; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr, dt, dd, li { break-inside: avoid; }
}
"""
# The CSP source that allows exactly this stylesheet (for a page that shows the document inline).
CSS_HASH = "'sha256-" + base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode() + "'"


def render_html(doc: Outline) -> str:
    body = [
        f"<h1>{escape(doc.title)}</h1>",
        f'<p class="phase">{escape(doc.phase)}</p>',
    ]
    for part in doc.parts:
        body.append(f"<h2>{escape(part.title)}</h2>")
        body.extend(_entries(part.entries) or [f"<p>{EMPTY_PART}</p>"])
    body.append(f"<h2>{NOTICES_HEADING}</h2>")
    if doc.notices:
        items = "".join(
            f"<li><strong>{escape(n.level)}:</strong> {escape(n.message)}</li>" for n in doc.notices
        )
        body.append(f'<ul class="notices">{items}</ul>')
    else:
        body.append(f"<p>{NO_NOTICES}</p>")
    footer = "".join(f"<p>{escape(line)}</p>" for line in doc.footer)
    return (
        '<!DOCTYPE html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        f'style-src {CSS_HASH}">\n'
        # A neutral title: it is what browser history shows if the file is opened.
        f"<title>Plan</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + f"\n<footer>{footer}</footer>\n</main>\n</body>\n</html>\n"
    )


def _entries(entries: tuple[Answer | Group, ...]) -> list[str]:
    out: list[str] = []
    answers: list[Answer] = []
    for entry in (*entries, None):
        if isinstance(entry, Answer):
            answers.append(entry)
            continue
        if answers:
            pairs = "".join(f"<dt>{escape(a.label)}</dt><dd>{_value(a)}</dd>" for a in answers)
            out.append(f"<dl>{pairs}</dl>")
            answers = []
        if isinstance(entry, Group):
            out.append(f"<h3>{escape(entry.label)}</h3>")
            out.append(_table(entry))
    return out


def _table(group: Group) -> str:
    bodies = []
    for item in group.items:
        rows = "".join(
            f'<tr><th scope="row">{escape(a.label)}</th><td>{_value(a)}</td></tr>'
            for a in item.answers
        )
        head = f'<tr><th colspan="2" scope="rowgroup">{escape(item.title)}</th></tr>'
        bodies.append(f"<tbody>{head}{rows}</tbody>")
    return f"<table>{''.join(bodies)}</table>"


def _value(answer: Answer) -> str:
    if answer.items:
        return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in answer.items) + "</ul>"
    return "".join(
        "<p>" + "<br>".join(escape(line) for line in lines) + "</p>" for lines in answer.paragraphs
    )
