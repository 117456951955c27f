"""The laws and regulations the site may refer to, with their Lovdata ids.

Every id is checked against a public source: the research notes for krisesenterloven, the
forskrift om fysisk sikkerhet, the forskrift om individuell plan and the forskrift om universell
utforming av IKT-løsninger; Lovdata copies and the acts' own dates and numbers ("lov 2. juli 1999
nr. 63" = 1999-07-02-63) for the others.
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

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


LAWS: tuple[Law, ...] = (
    Law("krisesenterloven", "lov", "2009-06-19-44", ("krisesenterlova",)),
    Law(
        "forskrift om fysisk sikkerhet i krisesentertilbudet",
        "forskrift",
        "2017-03-07-282",
        ("forskrift om fysisk sikkerhet",),
    ),
    Law(
        "pasient- og brukerrettighetsloven",
        "lov",
        "1999-07-02-63",
        ("pasient- og brukarrettslova",),
    ),
    Law(
        "helse- og omsorgstjenesteloven", "lov", "2011-06-24-30", ("helse- og omsorgstenestelova",)
    ),
    Law("sosialtjenesteloven", "lov", "2009-12-18-131", ("sosialtenestelova",)),
    Law("NAV-loven", "lov", "2006-06-16-20", ("arbeids- og velferdsforvaltningsloven", "NAV-lova")),
    Law("straffeprosessloven", "lov", "1981-05-22-25", ("straffeprosesslova",)),
    Law("straffeloven", "lov", "2005-05-20-28", ("straffelova",)),
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
