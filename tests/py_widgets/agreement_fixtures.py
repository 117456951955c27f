"""Hand-built agreements for the renderer tests: a family case (two children, NAV coordinates,
boligkontoret and skolehelsetjenesten involved) and a plan whose coordinator is not clarified."""

from dataclasses import replace

from py_widgets.plan import Plan, plan_from_values
from py_widgets.render.agreement import (
    NOT_AGREED,
    Agreement,
    Block,
    Coordinator,
    Detail,
    DetailSection,
    KeyDate,
    Responsibility,
)
from py_widgets.render.extract import build_agreement
from tests.py_widgets.real_templates import load

PRIVACY_NOTE = (
    "Planen inneholder personopplysninger. Oppbevar den trygt, og del den bare med samtykke "
    "fra den planen gjelder."
)


def _d(label: str, *paragraphs: str, items: tuple[str, ...] = ()) -> Detail:
    return Detail(label, tuple(tuple(p.split("\n")) for p in paragraphs), items)


FAMILY = Agreement(
    title="Oppfølgingsplan etter opphold på krisesenter",
    plan_date="02.12.2026",
    applies_to_line="Planen gjelder: ______________________________",
    coordinator=Coordinator(
        service="NAV Bydel Nord",
        contact_person="Veileder (K.L.)",
        reach="Tlf. 55 55 55 55, mandag–fredag 9–15",
    ),
    responsibilities=(
        Responsibility(
            "Koordinere oppfølgingen og kalle inn til ansvarsgruppemøte",
            "NAV Bydel Nord",
            "15.12.2026",
            "Veileder (K.L.), tlf. 55 55 55 55",
        ),
        Responsibility(
            "Økonomisk sosialhjelp til depositum og første husleie",
            "NAV Bydel Nord",
            "20.12.2026",
            "Veileder (K.L.)",
        ),
        Responsibility(
            "Kontrakt og nøkler til kommunal utleiebolig",
            "Boligkontoret",
            "05.01.2027",
            "Saksbehandler (M.S.), tlf. 55 00 00 01",
        ),
        Responsibility(
            "Samtaler med barna ved ny skole",
            "Skolehelsetjenesten",
            "Fra skolestart i januar",
            "Helsesykepleier (R.T.)",
        ),
        Responsibility(
            "Individuelle samtaler etter flyttingen",
            "Krisesenteret",
            "22.12.2026",
            "Primærkontakt (S.B.)",
        ),
        Responsibility("Søke om individuell plan", "Koordinerende enhet", NOT_AGREED, ""),
    ),
    resident_tasks=(
        "Melde flytting til Folkeregisteret",
        "Melde barna inn på ny skole",
        "Søke bostøtte hos Husbanken",
    ),
    key_dates=(
        KeyDate("Første samtale på krisesenteret", "22.12.2026", "10.00"),
        KeyDate("Innflytting i ny bolig", "05.01.2027"),
        KeyDate("Slutt på overgangsperioden", "31.03.2027"),
    ),
    evaluation="Planen evalueres 20.01.2027 kl. 13.00.",
    open_points=(
        "Det er ikke avklart hvem som søker om individuell plan.",
        "Sikkerhetsplanen er ikke gått gjennom etter flyttingen.",
    ),
    details=(
        DetailSection(
            "Behov for oppfølging",
            (
                _d("Hjelp trengs med", items=("Bolig", "Økonomi", "Sikkerhet")),
                _d(
                    "Behovene",
                    "Familien trenger en trygg bolig nær barnas nye skole, og hjelp til "
                    "økonomien de første månedene.\nBarna trenger ro og faste voksne.",
                    "Brukeren ønsker å fortsette samtalene på krisesenteret.",
                ),
                _d(
                    "Hjelpen kommer fra",
                    items=("Krisesenteret", "Andre offentlige tjenester"),
                ),
            ),
        ),
        DetailSection(
            "Tjenestene",
            (
                Block(
                    "NAV Bydel Nord",
                    (
                        _d("Kontaktperson", "Veileder (K.L.)"),
                        _d(
                            "Ansvar",
                            "Koordinerer oppfølgingen. Økonomisk sosialhjelp til depositum, "
                            "første husleie og innkjøp av det nødvendigste til ny bolig.",
                        ),
                        _d("Frist", "20.12.2026"),
                    ),
                ),
                Block(
                    "Boligkontoret",
                    (
                        _d("Kontaktperson", "Saksbehandler (M.S.), tlf. 55 00 00 01"),
                        _d(
                            "Ansvar",
                            "Tildeling av kommunal utleiebolig med tre soverom. Kontrakt og "
                            "nøkler før innflytting.",
                        ),
                        _d("Frist", "05.01.2027"),
                    ),
                ),
                Block(
                    "Skolehelsetjenesten",
                    (
                        _d("Kontaktperson", "Helsesykepleier (R.T.)"),
                        _d("Ansvar", "Faste samtaler med begge barna det første halvåret."),
                        _d("Frist", "Fra skolestart i januar"),
                    ),
                ),
            ),
        ),
        DetailSection(
            "Tiltak fra krisesenteret",
            (
                _d(
                    "Tiltak",
                    items=(
                        "Primærkontakten deltar i ansvarsgruppen i en overgangsperiode",
                        "Mødre-, fedre- og barnegrupper",
                        "Kafé for tidligere beboere og brukere",
                    ),
                ),
                _d(
                    "Avtalt om tiltakene",
                    "Primærkontakten deltar på de to første møtene i ansvarsgruppen. "
                    "Brukeren og barna er velkomne i mødre- og barnegruppen på torsdager.",
                ),
            ),
        ),
        DetailSection(
            "Barna",
            (
                Block(
                    "Barn 1",
                    (
                        _d("Aldersgruppe", "6–12 år"),
                        _d(
                            "Må være på plass før barnet føler seg trygt",
                            "Å vite hvor den nye skolen er, og å få ha med kosedyrene.",
                        ),
                        _d("Tjenester barnet trenger", items=("Skolehelsetjenesten",)),
                        _d("Vil fortsatt ha kontakt med krisesenteret", "Ja"),
                    ),
                ),
                Block(
                    "Barn 2",
                    (
                        _d("Aldersgruppe", "13–17 år"),
                        _d(
                            "Må være på plass før barnet føler seg trygt",
                            "Å beholde vennene sine og å slippe å forklare flyttingen på skolen.",
                        ),
                        _d(
                            "Tjenester barnet trenger",
                            items=("Skolehelsetjenesten", "Barne- og familietjenesten"),
                        ),
                        _d("Vil fortsatt ha kontakt med krisesenteret", "Nei"),
                    ),
                ),
            ),
        ),
        DetailSection(
            "Sikkerhet",
            (
                _d("Risiko for ny vold", "Ja, moderat risiko"),
                _d("Sikkerhetstiltak", items=("Voldsalarm", "Kontaktforbud")),
                _d("Sikkerhetsplanen", "Gått gjennom 28.11.2026. Oppbevares for seg."),
            ),
        ),
        DetailSection(
            "Overgangen",
            (
                _d("Krisesenteret holder fortsatt kontakt", "Ja"),
                _d(
                    "Slik trekker krisesenteret seg gradvis ut",
                    "Samtaler hver uke i desember, deretter hver andre uke til mars.",
                ),
                _d("Overgangsperioden slutter", "31.03.2027"),
            ),
        ),
    ),
    consent=(
        "Brukeren har 02.12.2026 samtykket til at planen deles med tjenestene som er nevnt i den."
    ),
    signatures=("Bruker", "Koordinator (NAV Bydel Nord)", "Kontaktperson på krisesenteret"),
    footer=(PRIVACY_NOTE, "Laget med planmalen «Oppfølgingsplan etter opphold på krisesenter»."),
    sections=(
        ("coordinator", "koordinering"),
        ("responsibilities", "tjenester"),
        ("resident_tasks", "egne-tiltak"),
        ("key_dates", "samtaler"),
        ("evaluation", "overgang"),
    ),
)

# Nobody is named to coordinate yet: the overview says so and the open points name it.
UNRESOLVED = replace(
    FAMILY,
    coordinator=Coordinator("", "", ""),
    open_points=(
        "Det er ikke avklart hvem som skal koordinere oppfølgingen etter oppholdet.",
        "Ingen tjeneste har en kontaktperson som koordinerer.",
        *FAMILY.open_points,
    ),
)

# Nothing filled in but the date: every part of the overview must still read sensibly.
EMPTY = Agreement(
    title="Oppfølgingsplan etter opphold på krisesenter",
    plan_date="02.12.2026",
    applies_to_line="Planen gjelder: ______________________________",
    coordinator=Coordinator("", "", ""),
    responsibilities=(),
    resident_tasks=(),
    key_dates=(),
    evaluation="Dato for evaluering: Ikke avklart.",
    open_points=(),
    details=(),
    consent="Det er ikke registrert at brukeren har samtykket til at planen deles.",
    signatures=("Bruker", "Koordinator"),
    footer=(PRIVACY_NOTE,),
)


def with_text(text: str) -> Agreement:
    """The family case with `text` in every place a user's words can reach."""
    return replace(
        FAMILY,
        title=text,
        plan_date=text,
        coordinator=Coordinator(text, text, text),
        responsibilities=(Responsibility(text, text, text, text),),
        resident_tasks=(text,),
        key_dates=(KeyDate(text, text, text),),
        evaluation=text,
        open_points=(text,),
        details=(
            DetailSection(
                text,
                (
                    Detail(text, ((text, text),), (text,)),
                    Block(text, (Detail(text, ((text,),)),)),
                ),
            ),
        ),
        consent=text,
        signatures=(text,),
        footer=(text,),
        resident_tasks_title=text,
    )


# The same family entered in the site's Fase 3 template, as a contact person would fill it in.
FAMILY_ANSWERS = {
    "plandato": "2026-12-02",
    "deltakere": "Brukeren, primærkontakt (S.B.) og veileder i NAV (K.L.)",
    "onsker-plan": "ja",
    "samtykke": "ja",
    "flyttedato": "2027-01-05",
    "for-flytting": "Kontrakt og nøkler til boligen. Skoleplass for begge barna.",
    "ansvar-avklart": "ja",
    "behov-omrader": ["bolig", "okonomi", "sikkerhet"],
    "behov-beskrivelse": (
        "Familien trenger en trygg bolig nær barnas nye skole, og hjelp til økonomien de første "
        "månedene.\nBarna trenger ro og faste voksne."
    ),
    "hjelp-fra": ["krisesenteret", "offentlige"],
    "krisesenter-hjelp": ["samtaler", "aktiviteter"],
    "tiltak": ["ansvarsgruppe", "grupper", "kafe"],
    "tiltak-avtaler": "Primærkontakten deltar på de to første møtene i ansvarsgruppen.",
    "samtaler-onsket": "avtalt",
    "forste-samtale": "2026-12-22",
    "forste-samtale-tid": "10:00",
    "tjenester": [
        {
            "instans": "NAV Bydel Nord",
            "ansvar": "Økonomisk sosialhjelp til depositum og første husleie",
            "frist": "2026-12-20",
            "kontakt": "Veileder (K.L.), tlf. 55 55 55 55",
        },
        {
            "instans": "Boligkontoret",
            "ansvar": "Kontrakt og nøkler til kommunal utleiebolig",
            "frist": "2027-01-05",
            "kontakt": "Saksbehandler (M.S.), tlf. 55 00 00 01",
        },
        {
            "instans": "Skolehelsetjenesten",
            "ansvar": "Samtaler med barna ved ny skole",
            "frist": "2027-01-11",
            "kontakt": "Helsesykepleier (R.T.)",
        },
    ],
    "forebyggende": ["foreldreveiledning"],
    "forebyggende-avtaler": "NAV tar kontakt med familietjenesten om foreldreveiledning.",
    "koordinator": "kommunen",
    "koordinerende-tjeneste": "NAV Bydel Nord",
    "brukerens-kontakt": "Veileder (K.L.)",
    "koordinator-kontaktinfo": "Tlf. 55 55 55 55, mandag–fredag 9–15",
    "langvarige-tjenester": "ja",
    "ip-informert": "ja",
    "ip-onsket": "ja",
    "koordinator-onsket": "ja",
    "ip-kontakt": "nei",
    "barn-med": "ja",
    "barn": [
        {
            "aldersgruppe": "6-12",
            "trygt": "Å vite hvor den nye skolen er, og å få ha med kosedyrene.",
            "instanser": "Skolehelsetjenesten",
            "fortsatt-krisesenter": "ja",
            "bidrag": "Barnegruppen på torsdager.",
        },
        {
            "aldersgruppe": "13-17",
            "trygt": "Å beholde vennene sine og slippe å forklare flyttingen på skolen.",
            "instanser": "Skolehelsetjenesten og barne- og familietjenesten",
            "fortsatt-krisesenter": "nei",
            "bidrag": "",
        },
    ],
    "sikkerhetsplan": "ja",
    "sikkerhetsplan-dato": "2026-11-28",
    "risiko": "noe",
    "politi-involvert": "ja",
    "politi-tiltak": ["voldsalarm", "kontaktforbud"],
    "sikkerhet-deles": "nei",
    "oppfolger-krisesenter": "Primærkontakt (S.B.)",
    "krisesenter-kontaktinfo": "Tlf. 55 11 11 11, hele døgnet",
    "fortsatt-kontakt": "ja",
    "overgangsperiode": "Samtaler hver uke i desember, deretter hver andre uke til mars.",
    "dato-evaluering": "2027-01-20",
    "dato-evaluering-tid": "13:00",
    "dato-avslutning": "2027-03-31",
    "brukerens-ansvar": (
        "Melde flytting til Folkeregisteret\nMelde barna inn på ny skole\n"
        "Søke bostøtte hos Husbanken"
    ),
    "avtaler": [
        {"dato": "2026-12-15", "tid": "09:00", "hva": "Ansvarsgruppemøte hos NAV"},
        {"dato": "2027-01-06", "tid": "", "hva": "Første skoledag"},
    ],
}


def family_plan(**changes: object) -> Plan:
    """FAMILY_ANSWERS (with `changes`) as a plan of the site's Fase 3 template."""
    return plan_from_values(load("oppfolgingsplan"), {**FAMILY_ANSWERS, **changes})


# Hand-built agreements, and the same family entered in the site's Fase 3 template.
CASES = {
    "familie": FAMILY,
    "uavklart": UNRESOLVED,
    "mal": build_agreement(family_plan()),
    "mal-uavklart": build_agreement(family_plan(koordinator="uavklart")),
}
UNRESOLVED_POINTS = {
    "uavklart": "Det er ikke avklart hvem som skal koordinere oppfølgingen etter oppholdet.",
    "mal-uavklart": "Det er ikke avklart hvilken tjeneste som skal koordinere oppfølgingen.",
}
