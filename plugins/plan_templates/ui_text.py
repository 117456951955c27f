"""Every text of the plan builder's page chrome, in one place: bokmål, then nynorsk.

Texts the scripts need at run time travel to them as JSON in the page (see page.py).
"""

from types import SimpleNamespace
from typing import Any

OPTIONAL = "(valgfritt)"
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

# The same texts in nynorsk, for the plan pages under nn/ (every name above, see texts()).
_KEPT = " Det du har skrive, står framleis i skjemaet."
NYNORSK: dict[str, Any] = {
    "OPTIONAL": "(valfritt)",
    "SUMMARY_TITLE": "Det er noko du må rette",
    "SUMMARY_INTRO": "Planen er ikkje laga enno. Sjå over dette:",
    "TITLE_PREFIX": "Feil: ",
    "NOSCRIPT": (
        "Du kan lese og fylle ut skjemaet, men for å lage dokumenta må JavaScript vere slått på."
    ),
    "STATUS_STARTING": "Planverktøyet startar. Du kan byrje å skrive med ein gong.",
    "ACTIONS_TITLE": "Lag dokumenta",
    "ACTIONS_INTRO": (
        "Dokumenta blir laga her på maskina di og lasta ned. Ingenting blir sendt over nettet."
        " Filene hamnar i nedlastingsmappa, så slett dei når du ikkje treng dei."
    ),
    "FILE_NAME_LABEL": "Filnamn",
    "FILE_NAME_HINT": (
        "Utan filending. Vel eit nøytralt namn dersom andre kan sjå maskina eller nedlastingane"
        " dine."
    ),
    "CALENDAR_LABEL": "Vis kva avtalane gjeld i kalenderfila",
    "CALENDAR_HINT": (
        "Utan dette får avtalane berre tittelen «Avtale». Kalendrar som blir synkroniserte til"
        " ein konto, kan andre sjå."
    ),
    "PRINT": "Skriv ut eller lagre som PDF",
    "OTHER_FORMATS": "Andre format",
    "DOCUMENTS": {
        "docx": "Redigerbar plan (Word)",
        "odt": "Redigerbar plan (LibreOffice)",
        "ics": "Avtalane til kalenderen",
        "txt": "Tekst",
    },
    "DRAFT_TITLE": "Hald fram seinare",
    "DRAFT_INTRO": (
        "Sida lagrar ingenting sjølv. Lagre eit utkast som fil, og opne det her neste gong."
        " Utkastet er ei vanleg fil som alle som får tak i ho, kan lese. Ta vare på ho på ein"
        " trygg stad."
    ),
    "DRAFT_SAVE": "Lagre utkast",
    "DRAFT_OPEN_LABEL": "Opne utkast",
    "DRAFT_OPEN_HINT": "Vel ei utkastfil (.json) du har lagra frå denne sida.",
    "DRAFT_OPEN_TOP": "Opne lagra utkast",
    "OVERVIEW_TITLE": "Delane i planen",
    "OVERVIEW_INTRO": (
        "Gå rett til ein del. «Forlat sida» tømer skjemaet, så lagre eit utkast undervegs."
    ),
    "STATUS_NOT_STARTED": "Ikkje starta",
    "STATUS_IN_PROGRESS": "Påbyrja",
    "STATUS_DONE": "Ferdig",
    "BAR_LABEL": "Handlingar for planen",
    "BAR_OVERVIEW": "Oversikt",
    "REVIEW": "Sjå over planen",
    "REVIEW_TITLE": "Sjå over planen",
    "REVIEW_INTRO": (
        "Slik blir første sida av planen. Bruk «Endre» for å gå til delen der svaret står."
    ),
    "NOTICE_LABELS": {"advarsel": "Merk:", "forslag": "Forslag:"},
    "WARNING_LABEL": "Obs!",
    "COUNT_LIMIT": "Du kan skrive opptil {count} teikn.",
    "REMOVE_ROW": "Fjern",
    "PRINT_FRAME_TITLE": "Plan for utskrift",
    "SCRIPT_TEXT": {
        "ready": "Planverktøyet er klart.",
        "waiting": "Vent litt, planverktøyet startar framleis.",
        "failed": (
            "Planverktøyet kunne ikkje starte ({reason}). Det du har skrive, står framleis i"
            " skjemaet, men dokumenta kan ikkje lagast i denne nettlesaren no."
        ),
        "slow": "Planverktøyet brukar lang tid på å starte. Du kan halde fram med å skrive.",
        "downloaded": (
            "{name} er lasta ned til nedlastingsmappa. Slett fila der når du ikkje treng ho lenger."
        ),
        "draftOpened": "Utkastet er opna. Alle felta er fylte ut frå fila.",
        "draftOpenedWithWarnings": "Utkastet er opna, men sjå over dette:",
        "draftSaved": (
            "Utkastet er lagra som {name} i nedlastingsmappa. Slett fila når du ikkje treng ho"
            " lenger."
        ),
        "rowAdded": "{row} er lagd til.",
        "rowRemoved": "{row} er fjerna.",
        "rowLimit": "Du kan ikkje leggje til fleire enn {max}.",
        "error": "Noko gjekk gale ({reason}). Det du har skrive, står framleis i skjemaet.",
        "titlePrefix": "Feil: ",
        "errorPrefix": "Feil: ",
        "printFrameTitle": "Plan for utskrift",
        "statusNotStarted": "Ikkje starta",
        "statusInProgress": "Påbyrja",
        "statusDone": "Ferdig",
        "charactersLeft": "Du har {count} teikn igjen",
        "characterLeft": "Du har 1 teikn igjen",
        "charactersTooMany": "Du har {count} teikn for mykje",
        "characterTooMany": "Du har 1 teikn for mykje",
        "limitReached": "Du har nådd grensa på {count} teikn",
        "textCut": "Svaret kan ha høgst {count} teikn. Det som vart for mykje, er ikkje teke med",
        # plan-runtime.js and the worker (plugins/pyodide_runtime) keep their bokmål texts;
        # these replace them on nynorsk pages.
        "runtime": {
            "starting": "Planverktøyet startar. Du kan byrje å skrive med ein gong.",
            "ready": "Planverktøyet er klart.",
            "failed": "Planverktøyet kunne ikkje starte: {reason}." + _KEPT,
            "restarting": "Planverktøyet blir starta på nytt." + _KEPT,
            "old": "nettlesaren er for gammal til å køyre planverktøyet",
            "missing": "fila {name} til planverktøyet kunne ikkje lastast",
            "broken": "filene til planverktøyet er ufullstendige",
            "slowStart": "det tok for lang tid",
            "timeout": (
                "Planverktøyet brukte for lang tid og vart stoppa." + _KEPT + " Prøv igjen om litt."
            ),
            "crashed": "Planverktøyet stoppa uventa." + _KEPT + " Prøv igjen om litt.",
            "stopped": "Planverktøyet er stoppa.",
        },
        "worker": {
            "checksum": (
                "ei av filene til planverktøyet er skadd eller endra (kontrollsummen stemmer"
                " ikkje). Last inn sida på nytt, eller hent offline-pakken på nytt"
            ),
            "python": (
                "Planverktøyet fekk ein feil ({reason}). Det du har skrive, står framleis i"
                " skjemaet."
            ),
            "missing": "fila {name} til planverktøyet kunne ikkje lastast",
        },
    },
}


def texts(language: str) -> SimpleNamespace:
    """Every text above in `language` ("nb" or "nn"): `texts("nn").SUMMARY_TITLE`."""
    bokmal = {n: v for n, v in globals().items() if n.isupper() and not n.startswith("_")}
    del bokmal["NYNORSK"]
    return SimpleNamespace(**{**bokmal, **(NYNORSK if language == "nn" else {})})
