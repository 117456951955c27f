"""HTML and Markdown for the phase overview, the phase switcher and the parts of a phase page.

`url_for` turns a page's path in docs/ ("fase-1.md") into a link from the current page, or
None when the site has no such page.
"""

from collections.abc import Callable
from html import escape

from .data import Phase, PhaseData, PhaseDataError

UrlFor = Callable[[str], str | None]


def overview_html(data: PhaseData, url_for: UrlFor) -> str:
    """All phases with title and result, each linking to its page ("Velg fase")."""
    cards = "\n".join(
        f'<li class="phase-card">'
        f'<h3 class="phase-card__title"><a href="{escape(_url(url_for, phase.page))}">'
        f'<span class="phase-card__number">Fase {phase.number}</span> {escape(phase.title)}'
        "</a></h3>"
        f'<p class="phase-card__result"><strong>{escape(data.labels.overview_result)}:</strong> '
        f"{escape(phase.card_result or phase.result)}</p></li>"
        for phase in data.phases
    )
    return (
        f'<div class="phase-overview">\n<p>{escape(data.labels.choose_phase)}</p>\n'
        f'<ol class="phase-overview__list">\n{cards}\n</ol>\n</div>'
    )


def switcher_html(data: PhaseData, current: Phase, url_for: UrlFor) -> str:
    """Links to every phase, the current one marked, and back to the overview."""
    items = "\n".join(_switcher_item(phase, phase is current, url_for) for phase in data.phases)
    labels = data.labels
    return (
        '<nav class="phase-switcher" aria-labelledby="fasevelger" data-search-exclude>\n'
        f'<h2 id="fasevelger" class="phase-switcher__title">{escape(labels.phases)}</h2>\n'
        f"<p>{escape(labels.choose_phase)}</p>\n"
        f'<ol class="phase-switcher__list">\n{items}\n</ol>\n'
        f'<p class="phase-switcher__back"><a href="{escape(_url(url_for, data.overview_page))}">'
        f"{escape(labels.back_to_overview)}</a></p>\n</nav>"
    )


def _switcher_item(phase: Phase, is_current: bool, url_for: UrlFor) -> str:
    current = ' aria-current="page"' if is_current else ""
    return (
        f'<li><a href="{escape(_url(url_for, phase.page))}"{current}>'
        f'<span class="phase-switcher__number">Fase {phase.number}</span> '
        f'<span class="phase-switcher__name">{escape(phase.title)}</span></a></li>'
    )


def phase_page(data: PhaseData, phase: Phase, body: str, url_for: UrlFor) -> str:
    """The whole Markdown of a phase page around its own text (`body`, the numbered steps)."""
    parts = [
        f"# {phase.heading}",
        f'<p class="page-audience">{escape(data.labels.audience)}</p>\n'
        f'<p class="page-source">{escape(phase.source)}</p>',
        switcher_html(data, phase, url_for),
        f"## {data.labels.result}",
        phase.result,
    ]
    plan_url = url_for(phase.plan.page) if phase.plan else None
    if phase.plan and plan_url:
        parts.append(
            f'<p class="phase-plan"><a class="md-button md-button--primary" '
            f'href="{escape(plan_url)}">{escape(phase.plan.label)}</a></p>'
        )
    parts += [body.strip(), f"## {data.labels.roles}"]
    for role in phase.roles:
        parts += [f"### {role.role}", "\n".join(f"- {duty}" for duty in role.duties)]
    parts += [f"## {data.labels.legal}", phase.legal]
    return "\n\n".join(parts) + "\n"


def _url(url_for: UrlFor, page: str) -> str:
    url = url_for(page)
    if url is None:
        raise PhaseDataError(f"siden {page} finnes ikke i docs/.")
    return url
