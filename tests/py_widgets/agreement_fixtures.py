"""Hand-built agreements for the renderer tests: a family case (two children, NAV coordinates,
boligkontoret and skolehelsetjenesten involved) and a plan whose coordinator is not clarified."""

from dataclasses import replace

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
