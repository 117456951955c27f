"""Read and check `extra.publisher` and `extra.local_shelter` from mkdocs.yml.

`publisher` must be there; its fields may be empty until the owner is known (the pages then show
a visible placeholder). `local_shelter` may be left out or empty (the page then points to
dinutvei.no). A value of the wrong form is an error with a message for editors.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

_EMAIL = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+\.[^\s@<>\"']+")
_HTTPS = re.compile(r"https://[^\s<>\"'`\\]+")
_PHONE = re.compile(r"\+?\d[\d ]{2,18}\d")


class SettingError(ValueError):
    """A setting has the wrong form; the message names it and says how to write it."""


@dataclass(frozen=True)
class Publisher:
    name: str
    contact: str
    """An e-mail address or an https:// address; "" while not set."""

    @property
    def contact_href(self) -> str:
        return self.contact if self.contact.startswith("https://") else f"mailto:{self.contact}"


@dataclass(frozen=True)
class LocalShelter:
    name: str
    phone: str

    @property
    def phone_href(self) -> str:
        return "tel:" + self.phone.replace(" ", "")


def read_publisher(extra: Mapping[str, object]) -> Publisher | None:
    """The publisher, or None when mkdocs.yml has no `extra.publisher` at all."""
    if "publisher" not in extra:
        return None
    fields = _fields(extra["publisher"], "extra.publisher", ("name", "contact"))
    contact = fields["contact"]
    if contact and not (_EMAIL.fullmatch(contact) or _HTTPS.fullmatch(contact)):
        raise SettingError(
            f"extra.publisher.contact: «{contact}» er verken en e-postadresse eller en adresse "
            "som begynner med https://. Skriv for eksempel post@kommune.no."
        )
    return Publisher(fields["name"], contact)


def read_local_shelter(extra: Mapping[str, object]) -> LocalShelter | None:
    """The local shelter, or None when it is left out or both fields are empty."""
    if extra.get("local_shelter") is None:
        return None
    fields = _fields(extra["local_shelter"], "extra.local_shelter", ("name", "phone"))
    if not any(fields.values()):
        return None
    if not all(fields.values()):
        raise SettingError("extra.local_shelter: fyll ut både name og phone, eller ingen av dem.")
    if not _PHONE.fullmatch(fields["phone"]):
        raise SettingError(
            f"extra.local_shelter.phone: «{fields['phone']}» er ikke et telefonnummer. Skriv "
            "bare sifre og mellomrom, for eksempel 12 34 56 78."
        )
    return LocalShelter(fields["name"], fields["phone"])


def _fields(value: object, where: str, names: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise SettingError(f"{where}: må ha feltene {' og '.join(names)}.")
    unknown = set(value) - set(names)
    if unknown:
        raise SettingError(f"{where}: ukjent felt {', '.join(sorted(map(str, unknown)))}.")
    result = {}
    for name in names:
        text = value.get(name)
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise SettingError(f"{where}.{name}: må være tekst i anførselstegn.")
        result[name] = " ".join(text.split())
    return result
