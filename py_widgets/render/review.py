"""«Se over planen»: the overview of page 1 and the open points as an HTML fragment for the plan
page, each part followed by an «Endre» link back to the form section it comes from."""

from collections.abc import Callable
from html import escape

from . import layout as L
from .agreement import Agreement
from .html import open_points, overview_parts


def section_anchor(section_id: str) -> str:
    """The id of a form section's wrapper on the plan page."""
    return f"del-{section_id}"


def render_review(agreement: Agreement, anchor: Callable[[str], str] = section_anchor) -> str:
    w = L.words_of(agreement)
    sections = dict(agreement.sections)
    parts = [
        *overview_parts(agreement),
        ("open_points", f"<h3>{w.open_points}</h3>\n{open_points(agreement)}"),
    ]
    out = []
    for part, html in parts:
        if not html:
            continue
        link = ""
        if part in sections:
            href = escape("#" + anchor(sections[part]))
            link = (
                f'\n<p><a class="plan-review__change" href="{href}">{w.change}'
                f'<span class="plan-visually-hidden"> {w.change_what[part]}</span></a></p>'
            )
        out.append(f'<div class="plan-review__part">\n{html}{link}\n</div>')
    return '<div class="plan-review">\n' + "\n".join(out) + "\n</div>"
