"""The same texts as render.py in nynorsk, for the pages under nn/."""

from html import escape

from .render import DINUTVEI, text
from .settings import LocalShelter, Publisher


def unset(what: str) -> str:
    return f'<strong class="deployment-unset">[{what} er ikkje sett enno]</strong>'


def publisher_md(publisher: Publisher) -> str:
    name = f"<strong>{text(publisher.name)}</strong>" if publisher.name else unset("Utgivar")
    contact = (
        f'<a href="{escape(publisher.contact_href)}">{text(publisher.contact)}</a>'
        if publisher.contact
        else unset("Kontaktadresse")
    )
    return f"Nettstaden blir publisert av {name}. Kontakt utgivaren: {contact}."


def shelter_row_md(shelter: LocalShelter | None) -> str:
    """A row of the table of phone numbers."""
    if shelter is None:
        return (
            f'| <a href="{DINUTVEI}">Finn nummeret på dinutvei.no</a> '
            "| Det lokale krisesenteret ditt | Heile døgnet |"
        )
    return (
        f'| <a href="{escape(shelter.phone_href)}">{text(shelter.phone)}</a> '
        f"| Det lokale krisesenteret ditt: {text(shelter.name)} | Heile døgnet |"
    )


def shelter_md(shelter: LocalShelter | None) -> str:
    """Where to find the local shelter's number."""
    if shelter is None:
        return (
            "Nummeret til krisesenteret der du bur, finn du på "
            f'<a href="{DINUTVEI}">dinutvei.no</a>. Der er det ei oversikt over hjelpetilbod '
            "der du bur."
        )
    return (
        f'Ring {text(shelter.name)} på <a href="{escape(shelter.phone_href)}">'
        f"{text(shelter.phone)}</a>."
    )
