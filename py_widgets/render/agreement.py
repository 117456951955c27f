"""The plan as an agreement: what every shared document shows, in reading order.

Built from a plan by `build_agreement` (py_widgets/render/extract.py); the HTML, ODT, DOCX and
text renderers only lay it out, so they cannot disagree on content. Every string here is already
clean (safe to print in any format) and in the reader's words: no questions echoed, no
staff-facing hints, no internal labels such as «Fase 3».

Page 1 of every paginated document is the overview: `coordinator`, `responsibilities`,
`resident_tasks`, `key_dates`, `evaluation`. Then `open_points`, then `details`, then
`consent` and `signatures`.
"""

from dataclasses import dataclass

# Bokmål's «Ikke avklart», for plans built by hand; documents use their language's words.
NOT_AGREED = "Ikke avklart"


@dataclass(frozen=True)
class Coordinator:
    """Who coordinates the follow-up. Empty strings mean «Ikke avklart»."""

    service: str  # "NAV"
    contact_person: str  # role or initials: "Veileder (K.O.)"
    reach: str  # how to reach the service: "Tlf. 55 55 55 55, mandag–fredag 9–15"


@dataclass(frozen=True)
class Responsibility:
    """One row of the overview table: one measure, or one service's part."""

    what: str  # "Finne kommunal bolig"
    who: str  # "Boligkontoret"
    by_when: str  # "15.01.2027", a period in words, or NOT_AGREED
    contact: str  # "" when none was given


@dataclass(frozen=True)
class KeyDate:
    """A dated appointment or milestone on page 1 (and in the calendar)."""

    label: str  # "Første samtale med NAV"
    date: str  # "17.05.2027"
    time: str = ""  # "09.30" or ""


@dataclass(frozen=True)
class Detail:
    """One answer in the details: a short label and the answer's paragraphs or list."""

    label: str
    paragraphs: tuple[tuple[str, ...], ...] = ()  # each paragraph is one or more lines
    items: tuple[str, ...] = ()  # a list (multiple choice)


@dataclass(frozen=True)
class Block:
    """A unit that is never split across pages: one service, one child, one appointment."""

    title: str  # "Barn 1", "Boligkontoret"
    details: tuple[Detail, ...]


@dataclass(frozen=True)
class DetailSection:
    """A part of the details, grouped for the reader."""

    title: str
    entries: tuple[Detail | Block, ...]


@dataclass(frozen=True)
class Agreement:
    title: str  # "Oppfølgingsplan etter opphold på krisesenter"
    plan_date: str  # "02.12.2026" or ""
    applies_to_line: str  # "Planen gjelder: ______________________" (filled in by hand)
    coordinator: Coordinator
    responsibilities: tuple[Responsibility, ...]
    resident_tasks: tuple[str, ...]
    key_dates: tuple[KeyDate, ...]
    evaluation: str  # "Planen evalueres 01.03.2027." or "Dato for evaluering: Ikke avklart."
    open_points: tuple[str, ...]  # plain words for all parties
    details: tuple[DetailSection, ...]
    consent: str  # dated consent statement drawn from the answers
    signatures: tuple[str, ...]  # roles to sign: "Bruker", "Koordinator", ...
    footer: tuple[str, ...]  # colophon lines at the end (privacy note, template version)
    # The heading of `resident_tasks`: «Beboerens egne oppgaver» in the Fase 1–2 templates.
    resident_tasks_title: str = "Brukerens egne oppgaver"
    # For the «Endre» links of «Se over planen»: (overview part, form section id), where a part
    # is one of REVIEW_PARTS. A part without a section gets no link.
    sections: tuple[tuple[str, str], ...] = ()
    language: str = "nb"  # the words of the documents (py_widgets.words)


# The parts of the overview, in reading order, as `Agreement.sections` names them.
REVIEW_PARTS = (
    "coordinator",
    "responsibilities",
    "resident_tasks",
    "key_dates",
    "evaluation",
    "open_points",
)
