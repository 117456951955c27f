"""The fixed words and the table layout every shared document uses, so all formats agree."""

from .agreement import NOT_AGREED, Agreement, Block, Detail, KeyDate, Responsibility

OVERVIEW = "Ansvar og avtaler"
COORDINATOR = "Hvem koordinerer arbeidet"
COORDINATOR_ROWS = ("Tjeneste", "Kontaktperson", "Slik får dere kontakt")
RESPONSIBILITIES = "Hvem gjør hva"
RESPONSIBILITY_HEAD = ("Hva", "Hvem", "Innen", "Kontakt")
NO_RESPONSIBILITIES = "Ingen oppgaver er fordelt ennå."
NO_TASKS = "Ingen egne oppgaver er avtalt ennå."
KEY_DATES = "Datoer"
NO_KEY_DATES = "Ingen datoer er satt ennå."
OPEN_POINTS = "Åpne punkter"
NO_OPEN_POINTS = "Ingen åpne punkter."
SIGNATURES = "Samtykke og underskrifter"
SIGNATURE_HEAD = ("Rolle", "Dato", "Underskrift")
PLAN_DATE = "Dato for planen"
# Static on purpose: the printout's stylesheet is a constant that the site's CSP allows by hash.
RUNNING_FOOTER = "Planen inneholder personopplysninger. Oppbevar den trygt."
PAGE_OF = ("Side ", " av ")  # «Side 1 av 3»: the numbers go between and after

# Column widths in cm of each kind of table in the ODT and the Word document (17 cm = A4 less
# the margins): the coordinator, the overview, a run of answers, a block, the signatures.
COLUMNS = {
    "Facts": (6.0, 11.0),
    "Duties": (5.8, 4.1, 2.5, 4.6),
    "Answers": (6.0, 11.0),
    "Block": (6.0, 11.0),
    "Sign": (6.0, 3.2, 7.8),
}
# Tables that may run onto the next page between two rows; the others keep together, so a
# service, a child or the signatures are never split. No row is ever split.
SPLITTABLE = {"Duties", "Answers"}


def coordinator_rows(agreement: Agreement) -> tuple[tuple[str, str], ...]:
    """The coordinator as (label, answer) rows; what is not known reads «Ikke avklart»."""
    c = agreement.coordinator
    answers = (c.service, c.contact_person, c.reach)
    return tuple(
        (label, a or NOT_AGREED) for label, a in zip(COORDINATOR_ROWS, answers, strict=True)
    )


def responsibility_row(r: Responsibility) -> tuple[str, str, str, str]:
    """One overview row as it is shown: an empty deadline reads «Ikke avklart»."""
    return (r.what, r.who or NOT_AGREED, r.by_when or NOT_AGREED, r.contact)


def key_date_text(d: KeyDate) -> str:
    """«22.12.2026 kl. 10.00» or «22.12.2026»."""
    return f"{d.date} kl. {d.time}" if d.time else d.date


def block_details(block: Block) -> tuple[Detail, ...]:
    """A block's rows; a block with no answers says so rather than showing an empty table."""
    return block.details or (Detail(NOT_AGREED),)
