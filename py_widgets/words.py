"""Every fixed word py_widgets writes, in bokmål and nynorsk: the documents' headings and
tables, the error messages and the draft messages. The template's own texts come from the
template (translated beside it, see py_widgets.translation); its `language` picks these.
"""

from dataclasses import dataclass

from .translation import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Words:
    language: str  # as in <html lang> and the documents' language settings
    locale: str  # the word processors' language: "nb-NO"

    # The documents (py_widgets.render): «Ikke avklart» wherever nothing is agreed yet.
    not_agreed: str
    overview: str
    coordinator: str
    coordinator_rows: tuple[str, str, str]
    responsibilities: str
    responsibility_head: tuple[str, str, str, str]
    no_responsibilities: str
    resident_tasks: str  # Fase 1–2: «beboeren»
    user_tasks: str  # Fase 3: «brukeren»
    no_tasks: str
    key_dates: str
    no_key_dates: str
    evaluation: str  # {day}, then time_suffix or "."
    evaluation_unknown: str  # {not_agreed}
    time_suffix: str  # {time}
    open_points: str
    no_open_points: str
    signatures: str
    signature_head: tuple[str, str, str]
    plan_date: str
    applies_to: str  # then a line to fill in by hand
    made_with: str  # {title}, {version}
    privacy_note: str
    running_footer: str
    page_of: tuple[str, str]  # «Side 1 av 3»: the numbers go between and after
    style_keep: str  # names of paragraph styles a word processor lists
    style_emphasis: str
    style_note: str
    style_table_text: str
    no_calendar_dates: str
    # «Se over planen»: «Endre» and, for screen readers, what it changes.
    change: str
    change_what: dict[str, str]

    # Checking the form (py_widgets.validation); {label} is the question.
    fill_one_row: str
    choose_one: str
    choose_at_least_one: str
    fill_in: str
    too_long: str  # {label}, {max}, {length}
    choose_among: str
    choose_one_of: str
    not_a_date: str
    not_a_time: str

    # Drafts (py_widgets.draft).
    draft_too_large_to_open: str  # {size}
    draft_newer: str
    draft_damaged: str
    draft_cannot_save: str  # {problem}
    draft_too_large_to_save: str  # {size}
    draft_unreadable: str
    draft_not_ours: str
    draft_other_template: str
    draft_older: str
    draft_lost: str  # then the list of what was lost
    draft_lost_from_row: str  # {label}, {row}
    draft_cut: str  # then the list of answers cut to their field's limit
    draft_too_long: str  # {answer}


BOKMAL = Words(
    language="nb",
    locale="nb-NO",
    not_agreed="Ikke avklart",
    overview="Ansvar og avtaler",
    coordinator="Hvem koordinerer arbeidet",
    coordinator_rows=("Tjeneste", "Kontaktperson", "Slik får dere kontakt"),
    responsibilities="Hvem gjør hva",
    responsibility_head=("Hva", "Hvem", "Innen", "Kontakt"),
    no_responsibilities="Ingen oppgaver er fordelt ennå.",
    resident_tasks="Beboerens egne oppgaver",
    user_tasks="Brukerens egne oppgaver",
    no_tasks="Ingen egne oppgaver er avtalt ennå.",
    key_dates="Datoer",
    no_key_dates="Ingen datoer er satt ennå.",
    evaluation="Planen evalueres {day}",
    evaluation_unknown="Dato for evaluering: {not_agreed}.",
    time_suffix=" kl. {time}.",
    open_points="Åpne punkter",
    no_open_points="Ingen åpne punkter.",
    signatures="Samtykke og underskrifter",
    signature_head=("Rolle", "Dato", "Underskrift"),
    plan_date="Dato for planen",
    applies_to="Planen gjelder: ",
    made_with="Laget med planmalen «{title}», versjon {version}.",
    privacy_note=(
        "Planen inneholder personopplysninger. Oppbevar den trygt, og del den bare med samtykke "
        "fra den planen gjelder."
    ),
    running_footer="Planen inneholder personopplysninger. Oppbevar den trygt.",
    page_of=("Side ", " av "),
    style_keep="Tekst som holdes sammen",
    style_emphasis="Uthevet tekst",
    style_note="Fotnote",
    style_table_text="Tabelltekst",
    no_calendar_dates="Planen har ingen datoer å legge i en kalender ennå.",
    change="Endre",
    change_what={
        "coordinator": "hvem som koordinerer",
        "responsibilities": "hvem som gjør hva",
        "resident_tasks": "egne oppgaver",
        "key_dates": "datoene",
        "evaluation": "evalueringen",
        "open_points": "de åpne punktene",
    },
    fill_one_row="Fyll ut minst én rad i «{label}».",
    choose_one="Velg et svar på «{label}».",
    choose_at_least_one="Velg minst ett svar på «{label}».",
    fill_in="Fyll ut «{label}».",
    too_long="«{label}» kan ha høyst {max} tegn. Nå er det {length}.",
    choose_among="Velg bare blant svarene på «{label}».",
    choose_one_of="Velg et av svarene på «{label}».",
    not_a_date="«{label}» må være en gyldig dato, for eksempel 17.5.2027.",
    not_a_time="«{label}» må være et klokkeslett, for eksempel 09.30.",
    draft_too_large_to_open="Filen er for stor til å være et planutkast (mer enn {size}).",
    draft_newer=(
        "Planutkastet er lagret med en nyere utgave av nettstedet. "
        "Last inn siden på nytt og prøv igjen."
    ),
    draft_damaged="Planutkastet er skadet og kan ikke lastes inn.",
    draft_cannot_save="Utkastet kan ikke lagres: {problem}",
    draft_too_large_to_save=(
        "Utkastet er for stort til å lagres (mer enn {size}). Gjør noen av de lengste svarene "
        "kortere, og prøv igjen."
    ),
    draft_unreadable=(
        "Filen kan ikke leses som et planutkast. Velg en .json-fil du har lagret fra en planmal."
    ),
    draft_not_ours="Filen er ikke et planutkast fra dette nettstedet.",
    draft_other_template=(
        "Planutkastet hører til en annen planmal. Åpne planmalen det ble laget med, "
        "og last det inn der."
    ),
    draft_older=(
        "Utkastet ble lagret med en eldre utgave av planmalen. Svarene er flyttet over til den "
        "nye utgaven. Se over planen før du lager dokumentene."
    ),
    draft_lost="Dette kunne ikke tas med fra utkastet, fordi planmalen er endret: ",
    draft_lost_from_row="«{label}» fra rad {row}",
    draft_cut=(
        "Noen svar i utkastet var lengre enn skjemaet tillater, og bare begynnelsen er tatt med: "
    ),
    draft_too_long="{answer} er lengre enn skjemaet tillater.",
)

NYNORSK = Words(
    language="nn",
    locale="nn-NO",
    not_agreed="Ikkje avklart",
    overview="Ansvar og avtalar",
    coordinator="Kven koordinerer arbeidet",
    coordinator_rows=("Teneste", "Kontaktperson", "Slik får de kontakt"),
    responsibilities="Kven gjer kva",
    responsibility_head=("Kva", "Kven", "Innan", "Kontakt"),
    no_responsibilities="Ingen oppgåver er fordelte enno.",
    resident_tasks="Det bebuaren skal gjere sjølv",
    user_tasks="Det brukaren skal gjere sjølv",
    no_tasks="Ingen eigne oppgåver er avtalte enno.",
    key_dates="Datoar",
    no_key_dates="Ingen datoar er sette enno.",
    evaluation="Planen blir evaluert {day}",
    evaluation_unknown="Dato for evaluering: {not_agreed}.",
    time_suffix=" kl. {time}.",
    open_points="Opne punkt",
    no_open_points="Ingen opne punkt.",
    signatures="Samtykke og underskrifter",
    signature_head=("Rolle", "Dato", "Underskrift"),
    plan_date="Dato for planen",
    applies_to="Planen gjeld: ",
    made_with="Laga med planmalen «{title}», versjon {version}.",
    privacy_note=(
        "Planen inneheld personopplysningar. Oppbevar han trygt, og del han berre med samtykke "
        "frå den planen gjeld."
    ),
    running_footer="Planen inneheld personopplysningar. Oppbevar han trygt.",
    page_of=("Side ", " av "),
    style_keep="Tekst som blir halden saman",
    style_emphasis="Utheva tekst",
    style_note="Fotnote",
    style_table_text="Tabelltekst",
    no_calendar_dates="Planen har ingen datoar å leggje i ein kalender enno.",
    change="Endre",
    change_what={
        "coordinator": "kven som koordinerer",
        "responsibilities": "kven som gjer kva",
        "resident_tasks": "eigne oppgåver",
        "key_dates": "datoane",
        "evaluation": "evalueringa",
        "open_points": "dei opne punkta",
    },
    fill_one_row="Fyll ut minst éi rad i «{label}».",
    choose_one="Vel eit svar på «{label}».",
    choose_at_least_one="Vel minst eitt svar på «{label}».",
    fill_in="Fyll ut «{label}».",
    too_long="«{label}» kan ha høgst {max} teikn. No er det {length}.",
    choose_among="Vel berre blant svara på «{label}».",
    choose_one_of="Vel eitt av svara på «{label}».",
    not_a_date="«{label}» må vere ein gyldig dato, til dømes 17.5.2027.",
    not_a_time="«{label}» må vere eit klokkeslett, til dømes 09.30.",
    draft_too_large_to_open="Fila er for stor til å vere eit planutkast (meir enn {size}).",
    draft_newer=(
        "Planutkastet er lagra med ei nyare utgåve av nettstaden. "
        "Last inn sida på nytt og prøv igjen."
    ),
    draft_damaged="Planutkastet er skadd og kan ikkje lastast inn.",
    draft_cannot_save="Utkastet kan ikkje lagrast: {problem}",
    draft_too_large_to_save=(
        "Utkastet er for stort til å lagrast (meir enn {size}). Gjer nokre av dei lengste svara "
        "kortare, og prøv igjen."
    ),
    draft_unreadable=(
        "Fila kan ikkje lesast som eit planutkast. Vel ei .json-fil du har lagra frå ein planmal."
    ),
    draft_not_ours="Fila er ikkje eit planutkast frå denne nettstaden.",
    draft_other_template=(
        "Planutkastet høyrer til ein annan planmal. Opne planmalen det vart laga med, "
        "og last det inn der."
    ),
    draft_older=(
        "Utkastet vart lagra med ei eldre utgåve av planmalen. Svara er flytta over til den "
        "nye utgåva. Sjå over planen før du lagar dokumenta."
    ),
    draft_lost="Dette kunne ikkje takast med frå utkastet, fordi planmalen er endra: ",
    draft_lost_from_row="«{label}» frå rad {row}",
    draft_cut=(
        "Nokre svar i utkastet var lengre enn skjemaet tillèt, og berre byrjinga er teken med: "
    ),
    draft_too_long="{answer} er lengre enn skjemaet tillèt.",
)

WORDS = {"nb": BOKMAL, "nn": NYNORSK}


def words(language: str = DEFAULT_LANGUAGE) -> Words:
    """The fixed words in `language` ("nb" or "nn")."""
    return WORDS[language]
