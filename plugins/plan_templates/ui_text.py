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
# The one primary action, then the other formats (py_widgets.documents kinds) under one heading.
PRINT = "Skriv ut eller lagre som PDF"
OTHER_FORMATS = "Andre formater"
DOCUMENTS = {
    "docx": "Redigerbar plan (Word)",
    "odt": "Redigerbar plan (LibreOffice)",
    "ics": "Avtalene til kalenderen",
    "txt": "Tekst",
}
DRAFT_TITLE = "Fortsett senere"
DRAFT_INTRO = (
    "Siden lagrer ingenting selv. Lagre et utkast som fil, og åpne det her neste gang. Utkastet"
    " er en vanlig fil som alle som får tak i den, kan lese. Oppbevar den trygt."
)
DRAFT_SAVE = "Lagre utkast"
DRAFT_OPEN_LABEL = "Åpne utkast"
DRAFT_OPEN_HINT = "Velg en utkastfil (.json) du har lagret fra denne siden."
DRAFT_OPEN_TOP = "Åpne lagret utkast"

# The overview at the top (a task list) and the bar that stays on screen.
OVERVIEW_TITLE = "Delene i planen"
OVERVIEW_INTRO = "Gå rett til en del. «Forlat siden» tømmer skjemaet, så lagre et utkast underveis."
STATUS_NOT_STARTED = "Ikke startet"
STATUS_IN_PROGRESS = "Påbegynt"
STATUS_DONE = "Ferdig"
BAR_LABEL = "Handlinger for planen"
BAR_OVERVIEW = "Oversikt"
REVIEW = "Se over planen"
REVIEW_TITLE = "Se over planen"
REVIEW_INTRO = "Slik blir første side av planen. Bruk «Endre» for å gå til delen der svaret står."
NOTICE_LABELS = {"advarsel": "Merk:", "forslag": "Forslag:"}
WARNING_LABEL = "Obs!"
COUNT_LIMIT = "Du kan skrive opptil {count} tegn."
REMOVE_ROW = "Fjern"
PRINT_FRAME_TITLE = "Plan for utskrift"

# Read by the plan page's scripts (plan-*.js).
SCRIPT_TEXT = {
    "ready": "Planverktøyet er klart.",
    "waiting": "Vent litt, planverktøyet starter fortsatt.",
    "failed": (
        "Planverktøyet kunne ikke starte ({reason}). Det du har skrevet, står fortsatt i"
        " skjemaet, men dokumentene kan ikke lages i denne nettleseren nå."
    ),
    "slow": "Planverktøyet bruker lang tid på å starte. Du kan fortsette å skrive.",
    "downloaded": (
        "{name} er lastet ned til nedlastingsmappen. Slett filen der når du ikke trenger den"
        " lenger."
    ),
    "draftOpened": "Utkastet er åpnet. Alle feltene er fylt ut fra filen.",
    "draftOpenedWithWarnings": "Utkastet er åpnet, men se over dette:",
    "draftSaved": (
        "Utkastet er lagret som {name} i nedlastingsmappen. Slett filen når du ikke trenger den"
        " lenger."
    ),
    "rowAdded": "{row} er lagt til.",
    "rowRemoved": "{row} er fjernet.",
    "rowLimit": "Du kan ikke legge til flere enn {max}.",
    "error": "Noe gikk galt ({reason}). Det du har skrevet, står fortsatt i skjemaet.",
    "titlePrefix": TITLE_PREFIX,
    "errorPrefix": TITLE_PREFIX,
    "printFrameTitle": PRINT_FRAME_TITLE,
    "statusNotStarted": STATUS_NOT_STARTED,
    "statusInProgress": STATUS_IN_PROGRESS,
    "statusDone": STATUS_DONE,
    "charactersLeft": "Du har {count} tegn igjen",
    "characterLeft": "Du har 1 tegn igjen",
    "charactersTooMany": "Du har {count} tegn for mye",
    "characterTooMany": "Du har 1 tegn for mye",
    "limitReached": "Du har nådd grensen på {count} tegn",
    "textCut": "Svaret kan ha høyst {count} tegn. Det som ble for mye, er ikke tatt med",
}
