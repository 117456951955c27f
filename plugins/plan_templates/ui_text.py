"""Every text of the plan builder's page chrome, in one place (bokmål).

Texts the script needs at run time travel to it as JSON in the page (see page.py).
"""

SUMMARY_TITLE = "Det er noe du må rette"
SUMMARY_INTRO = "Planen er ikke laget ennå. Se over dette:"
TITLE_PREFIX = "Feil: "
NOSCRIPT = (
    "Du kan lese og fylle ut skjemaet, men for å lage dokumentene må JavaScript være slått på."
)
STATUS_STARTING = "Planverktøyet starter. Du kan begynne å skrive med en gang."
ACTIONS_TITLE = "Lag dokumentene"
ACTIONS_INTRO = (
    "Dokumentene lages her på maskinen din og lastes ned. Ingenting sendes over nettet."
    " Filene havner i nedlastingsmappen, så slett dem når du ikke trenger dem."
)
FILE_NAME_LABEL = "Filnavn"
FILE_NAME_HINT = (
    "Uten filendelse. Velg et nøytralt navn hvis andre kan se maskinen eller nedlastingene dine."
)
CALENDAR_LABEL = "Vis hva avtalene gjelder i kalenderfilen"
CALENDAR_HINT = (
    "Uten dette får avtalene bare tittelen «Avtale». Kalendere som synkroniseres til en konto,"
    " kan ses av andre."
)
DOCUMENTS = {
    "html": "Last ned plan for utskrift (HTML)",
    "odt": "Last ned redigerbar plan (ODT)",
    "txt": "Last ned som tekst (TXT)",
    "ics": "Last ned avtaler til kalender (ICS)",
}
PRINT = "Skriv ut eller lagre som PDF"
DRAFT_TITLE = "Fortsett senere"
DRAFT_INTRO = "Siden lagrer ingenting selv. Lagre et utkast som fil, og åpne det her neste gang."
DRAFT_SAVE = "Lagre utkast"
DRAFT_OPEN_LABEL = "Åpne utkast"
DRAFT_OPEN_HINT = "Velg en utkastfil (.json) du har lagret fra denne siden."

# Read by plan-builder.js.
SCRIPT_TEXT = {
    "ready": "Planverktøyet er klart.",
    "waiting": "Vent litt, planverktøyet starter fortsatt.",
    "failed": (
        "Planverktøyet kunne ikke starte ({reason}). Det du har skrevet, står fortsatt i"
        " skjemaet, men dokumentene kan ikke lages i denne nettleseren nå."
    ),
    "slow": "Planverktøyet bruker lang tid på å starte. Du kan fortsette å skrive.",
    "downloaded": "{name} er lastet ned.",
    "draftOpened": "Utkastet er åpnet. Alle feltene er fylt ut fra filen.",
    "draftSaved": "Utkastet er lagret som {name}.",
    "rowAdded": "{row} er lagt til.",
    "rowRemoved": "{row} er fjernet.",
    "rowLimit": "Du kan ikke legge til flere enn {max}.",
    "error": "Noe gikk galt ({reason}). Det du har skrevet, står fortsatt i skjemaet.",
    "titlePrefix": TITLE_PREFIX,
}
