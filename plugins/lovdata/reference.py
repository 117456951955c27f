"""Read a legal reference ("krisesenterloven §§ 2 og 4") and point each part at Lovdata."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mkdocs.exceptions import BuildError

from .laws import Law

# "4", "4 a", "2-5", "222 a"; the letter must stand alone, so "§ 4 andre ledd" is § 4.
_SECTION = r"\d+(?:-\d+)?(?:\s?[a-z](?![\wæøå]))?"
_SECTIONS = re.compile(
    rf"\s*(?P<sign>§§?)\s*(?P<list>{_SECTION}(?:(?:\s*,\s*|\s+og\s+){_SECTION})*)(?P<rest>.*)",
    re.DOTALL,
)
_ONE_SECTION = re.compile(_SECTION)
EXAMPLES = (
    "[[krisesenterloven § 4]], [[krisesenterloven §§ 2 og 4]] eller [[krisesenterloven § 4|§ 4]]"
)


class LovdataError(BuildError):
    """A reference the extension cannot turn into a link; the message is for editors.

    A BuildError, so MkDocs stops with the page's name and this message instead of a traceback.
    """


@dataclass(frozen=True)
class Piece:
    """Part of the reference's text, and where it links (None: plain text)."""

    text: str
    href: str | None


def find_law(reference: str, laws: Sequence[Law]) -> tuple[Law, str] | None:
    """The law the reference starts with (longest name wins) and the text after its name."""
    candidates = sorted(((n, law) for law in laws for n in law.names), key=lambda c: -len(c[0]))
    for name, law in candidates:
        head, tail = reference[: len(name)], reference[len(name) :]
        if head.casefold() == name.casefold() and (not tail or tail[0] in " ,§"):
            return law, tail
    return None


def lovdata_url(base_url: str, law: Law, section: str | None = None) -> str:
    """Lovdata's short address for a whole act or one section ("4 a" -> §4a)."""
    url = f"{base_url.rstrip('/')}/{law.kind}/{law.lovdata_id}"
    return url if section is None else f"{url}/§{section.replace(' ', '')}"


def cite(
    reference: str, laws: Sequence[Law], base_url: str, text: str | None = None
) -> list[Piece]:
    """The pieces of `reference` with their links; `text` replaces the text shown.

    "krisesenterloven §§ 2 og 4" gives two links ("krisesenterloven §§ 2" and "4") with
    " og " between them, so the words read as written.
    """
    shown = f"[[{reference}|{text}]]" if text else f"[[{reference}]]"
    found = find_law(reference, laws)
    if found is None:
        names = ", ".join(law.name for law in laws)
        raise LovdataError(
            f"Ukjent lov i {shown}. Kjente navn: {names}. Rett navnet, eller legg loven til i "
            "plugins/lovdata/laws.py."
        )
    law, tail = found
    if not tail.strip() or tail.lstrip().startswith(","):
        return [Piece(text or reference, lovdata_url(base_url, law))]
    match = _SECTIONS.fullmatch(tail)
    sections = list(_ONE_SECTION.finditer(match["list"])) if match else []
    if match is None or (match["sign"] == "§" and len(sections) > 1):
        raise LovdataError(f"Kan ikke lese paragrafen i {shown}. Skriv for eksempel {EXAMPLES}.")
    for section in sections:
        _check_known(law, section.group(), shown)
    if text:
        if len(sections) > 1:
            raise LovdataError(f"{shown}: egen lenketekst (etter |) går bare med én paragraf.")
        return [Piece(text, lovdata_url(base_url, law, sections[0].group()))]
    return _split(reference, law, match, sections, base_url)


def _check_known(law: Law, section: str, shown: str) -> None:
    """Raise unless `section` is in the law's table: a link to a section that may not exist."""
    number = section.replace(" ", "")
    if number not in law.sections:
        known = ", ".join(f"§ {n}" for n in sorted(law.sections)) or "ingen (bare hele loven)"
        raise LovdataError(
            f"{shown}: § {number} står ikke i tabellen for {law.name} i plugins/lovdata/laws.py "
            f"(kjente paragrafer: {known}). Sjekk paragrafen på Lovdata og legg den til i "
            "tabellen. Er det en bokstav i en paragraf, skriv for eksempel "
            "[[forskrift om fysisk sikkerhet § 4 bokstav a]]."
        )


def _split(
    reference: str, law: Law, match: re.Match[str], sections: list[re.Match[str]], base_url: str
) -> list[Piece]:
    """One link per section; the words between sections stay plain text."""
    # `match` ran on the text after the law's name; offsets below are into `reference`.
    offset = len(reference) - len(match.string) + match.start("list")
    pieces: list[Piece] = []
    start = 0
    for number, section in enumerate(sections):
        if number:
            pieces.append(Piece(reference[start : offset + section.start()], None))
            start = offset + section.start()
        end = offset + section.end()
        pieces.append(Piece(reference[start:end], lovdata_url(base_url, law, section.group())))
        start = end
    if match["rest"]:
        last = pieces[-1]
        pieces[-1] = Piece(last.text + match["rest"], last.href)
    return pieces
