"""The table layout every shared document uses, and the rows it shows, so all formats agree.

The fixed words come from py_widgets.words, in the plan's language (`Agreement.language`).
"""

from ..words import Words, words
from .agreement import Agreement, Block, Detail, KeyDate, Responsibility

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


def words_of(agreement: Agreement) -> Words:
    """The fixed words in the plan's language."""
    return words(agreement.language)


def coordinator_rows(agreement: Agreement) -> tuple[tuple[str, str], ...]:
    """The coordinator as (label, answer) rows; what is not known reads «Ikke avklart»."""
    w = words_of(agreement)
    c = agreement.coordinator
    answers = (c.service, c.contact_person, c.reach)
    return tuple(
        (label, a or w.not_agreed) for label, a in zip(w.coordinator_rows, answers, strict=True)
    )


def responsibility_row(r: Responsibility, w: Words) -> tuple[str, str, str, str]:
    """One overview row as it is shown: an empty deadline reads «Ikke avklart»."""
    return (r.what, r.who or w.not_agreed, r.by_when or w.not_agreed, r.contact)


def key_date_text(d: KeyDate) -> str:
    """«22.12.2026 kl. 10.00» or «22.12.2026»."""
    return f"{d.date} kl. {d.time}" if d.time else d.date


def block_details(block: Block, w: Words) -> tuple[Detail, ...]:
    """A block's rows; a block with no answers says so rather than showing an empty table."""
    return block.details or (Detail(w.not_agreed),)
