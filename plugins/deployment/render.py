"""The Markdown that stands where a page has `<!-- oppsett: navn -->` (bokmål).

Values from mkdocs.yml are escaped for HTML and Markdown. A value not set yet shows as a
placeholder in square brackets (class `deployment-unset`), so it cannot go unnoticed.
"""

from html import escape

from .settings import LocalShelter, Publisher

DINUTVEI = "https://dinutvei.no/"
# Characters Markdown would read as formatting or as a table column.
_MARKDOWN = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_[]|#"})


def text(value: str) -> str:
    return escape(value).translate(_MARKDOWN)


def unset(what: str) -> str:
    return f'<strong class="deployment-unset">[{what} er ikke satt ennå]</strong>'


def publisher_md(publisher: Publisher) -> str:
    name = f"<strong>{text(publisher.name)}</strong>" if publisher.name else unset("Utgiver")
    contact = (
        f'<a href="{escape(publisher.contact_href)}">{text(publisher.contact)}</a>'
        if publisher.contact
        else unset("Kontaktadresse")
    )
    return f"Nettstedet publiseres av {name}. Kontakt utgiveren: {contact}."


def shelter_row_md(shelter: LocalShelter | None) -> str:
    """A row of the table of phone numbers."""
    if shelter is None:
        return (
            f'| <a href="{DINUTVEI}">Finn nummeret på dinutvei.no</a> '
            "| Ditt lokale krisesenter | Hele døgnet |"
        )
    return (
        f'| <a href="{escape(shelter.phone_href)}">{text(shelter.phone)}</a> '
        f"| Ditt lokale krisesenter: {text(shelter.name)} | Hele døgnet |"
    )


def shelter_md(shelter: LocalShelter | None) -> str:
    """Where to find the local shelter's number."""
    if shelter is None:
        return (
            "Nummeret til krisesenteret der du bor, finner du på "
            f'<a href="{DINUTVEI}">dinutvei.no</a>. Der er det en oversikt over hjelpetilbud '
            "der du bor."
        )
    return (
        f'Ring {text(shelter.name)} på <a href="{escape(shelter.phone_href)}">'
        f"{text(shelter.phone)}</a>."
    )
