"""The laws and regulations the site may refer to, with their Lovdata ids and known sections.

Every id is checked against a public source: the research notes for krisesenterloven, the
forskrift om fysisk sikkerhet, the forskrift om individuell plan and the forskrift om universell
utforming av IKT-løsninger; Lovdata copies and the acts' own dates and numbers ("lov 2. juli 1999
nr. 63" = 1999-07-02-63) for the others.

`sections` lists only the sections the research notes (../shared/research/content-facts.md)
name, written as in a Lovdata address ("222a", "2-5b"). A link to any other section stops the
build: check the section on Lovdata first, then add it here. Lettered items inside one section
are not sections: forskrift om fysisk sikkerhet § 4 has the items a, b and c, so the site writes
"§ 4 bokstav a" and links § 4.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Law:
    """One act or regulation on Lovdata."""

    name: str
    """The name editors write, as in running text ("krisesenterloven")."""
    kind: str
    """"lov" or "forskrift": the first part of the Lovdata path."""
    lovdata_id: str
    """Date and number, e.g. "2009-06-19-44"."""
    aliases: tuple[str, ...] = ()
    """Other names that mean the same act, such as its nynorsk short title (on nynorsk pages)."""
    sections: frozenset[str] = frozenset()
    """Sections the site may link to, as in the address: "4", "222a", "2-5b"."""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _sections(numbers: str) -> frozenset[str]:
    return frozenset(numbers.split())


LAWS: tuple[Law, ...] = (
    Law(
        "krisesenterloven",
        "lov",
        "2009-06-19-44",
        ("krisesenterlova",),
        # § 8 is repealed (2021).
        _sections("1 2 3 4 5 6 6a 7 9 10 11 12"),
    ),
    Law(
        "forskrift om fysisk sikkerhet i krisesentertilbudet",
        "forskrift",
        "2017-03-07-282",
        ("forskrift om fysisk sikkerhet",),
        # § 4 has the lettered items a (threat picture), b (police) and c (relocation).
        _sections("3 4"),
    ),
    Law(
        "pasient- og brukerrettighetsloven",
        "lov",
        "1999-07-02-63",
        ("pasient- og brukarrettslova",),
        _sections("2-5 2-5b 2-5c"),
    ),
    Law(
        "helse- og omsorgstjenesteloven",
        "lov",
        "2011-06-24-30",
        ("helse- og omsorgstenestelova",),
        _sections("7-1 7-2 7-3"),
    ),
    Law(
        "sosialtjenesteloven",
        "lov",
        "2009-12-18-131",
        ("sosialtenestelova",),
        _sections("15 27 28 33"),
    ),
    Law(
        "NAV-loven",
        "lov",
        "2006-06-16-20",
        ("arbeids- og velferdsforvaltningsloven", "NAV-lova"),
        _sections("15"),
    ),
    Law("straffeprosessloven", "lov", "1981-05-22-25", ("straffeprosesslova",), _sections("222a")),
    Law("straffeloven", "lov", "2005-05-20-28", ("straffelova",), _sections("57")),
    Law(
        "forskrift om individuell plan ved ytelse av velferdstjenester",
        "forskrift",
        "2022-06-22-1110",
        ("forskrift om individuell plan",),
    ),
    Law(
        "forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske"
        " (IKT)-løsninger",
        "forskrift",
        "2013-06-21-732",
        ("forskrift om universell utforming av IKT-løsninger",),
    ),
)
