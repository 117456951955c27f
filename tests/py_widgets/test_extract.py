"""build_agreement: the plan read as an agreement, from what the template declares."""

import pytest
from hypothesis import given

from py_widgets.plan import plan_from_values
from py_widgets.render.agreement import NOT_AGREED, Block, Detail, KeyDate, Responsibility
from py_widgets.render.extract import APPLIES_TO_LINE, build_agreement
from py_widgets.template import parse_template
from tests.py_widgets.conftest import SAMPLE
from tests.py_widgets.helpers import filled_values, plan_values
from tests.py_widgets.real_templates import IDS, load

FASE3 = load("oppfolgingsplan")
CASE = {
    "plandato": "2026-12-02",
    "samtykke": "ja",
    "flyttedato": "2027-01-15",
    "hjelp-fra": ["krisesenteret", "offentlige"],
    "tiltak": ["icdp", "kafe"],
    "samtaler-onsket": "avtalt",
    "forste-samtale": "2027-01-20",
    "forste-samtale-tid": "10:00",
    "tjenester": [
        {
            "instans": "NAV",
            "ansvar": "Økonomisk sosialhjelp\nog depositum",
            "frist": "2027-01-10",
            "kontakt": "Veileder (K.O.), tlf. 55 55 55 55",
        },
        {"instans": "Boligkontoret", "ansvar": "Kommunal bolig"},
        {},
    ],
    "koordinator": "kommunen",
    "koordinerende-tjeneste": "NAV Bydel Sentrum",
    "brukerens-kontakt": "Veileder (K.O.)",
    "koordinator-kontaktinfo": "Tlf. 55 55 55 55, hverdager 9–15",
    "oppfolger-krisesenter": "Kontaktperson (A.B.)",
    "barn-med": "nei",
    "barn": [{"aldersgruppe": "6-12", "trygt": "Skolen"}],
    "sikkerhetsplan": "ja",
    "forebygge": "Rømningsvei via bakdøra",
    "risiko": "hoy",
    "brukerens-ansvar": "- Søke bostøtte\n- Melde flytting\n\nÅpne bankkonto",
    "avtaler": [{"dato": "2027-01-05", "tid": "09:30", "hva": "Møte på NAV"}],
    "dato-evaluering": "2027-03-01",
    "dato-evaluering-tid": "13:00",
}


def _agreement(**changes):
    return build_agreement(plan_from_values(FASE3, CASE | changes))


def test_page_one_shows_who_does_what_by_when():
    agreement = _agreement()
    assert agreement.title == "Oppfølgingsplan etter opphold på krisesenter"
    assert agreement.plan_date == "02.12.2026"
    assert agreement.applies_to_line == APPLIES_TO_LINE == "Planen gjelder: " + "_" * 30
    assert agreement.coordinator.service == "NAV Bydel Sentrum"
    assert agreement.coordinator.contact_person == "Veileder (K.O.)"
    assert agreement.coordinator.reach == "Tlf. 55 55 55 55, hverdager 9–15"
    assert agreement.responsibilities == (
        Responsibility(
            "Økonomisk sosialhjelp og depositum",
            "NAV",
            "10.01.2027",
            "Veileder (K.O.), tlf. 55 55 55 55",
        ),
        Responsibility("Kommunal bolig", "Boligkontoret", NOT_AGREED, ""),
        Responsibility(
            "Samtaler på krisesenteret", "Krisesenteret", "20.01.2027", "Kontaktperson (A.B.)"
        ),
        Responsibility(
            "Foreldreveiledning (ICDP), Kafé for tidligere beboere og brukere",
            "Krisesenteret",
            NOT_AGREED,
            "Kontaktperson (A.B.)",
        ),
    )
    assert agreement.resident_tasks == ("Søke bostøtte", "Melde flytting", "Åpne bankkonto")
    assert agreement.key_dates == (
        KeyDate("Møte på NAV", "05.01.2027", "09.30"),
        KeyDate("Planlagt flytting", "15.01.2027"),
        KeyDate("Første samtale på krisesenteret", "20.01.2027", "10.00"),
    )
    assert agreement.evaluation == "Planen evalueres 01.03.2027 kl. 13.00."
    assert agreement.signatures == ("Bruker", "Koordinator", "Kontaktperson på krisesenteret")


def test_hidden_answers_and_the_safety_plan_stay_out():
    agreement = _agreement()
    text = repr(agreement)
    assert "Skolen" not in text  # the children block is not asked: barn-med is «Nei»
    assert "Rømningsvei" not in text  # safety answers are not shared unless chosen
    assert "høy risiko" not in text
    (safety,) = [s for s in agreement.details if s.title == "Sikkerhet"]
    assert safety.entries == (
        Detail("Sikkerhetsplanen er gått gjennom og oppdatert", paragraphs=(("Ja",),)),
    )
    shared = _agreement(**{"sikkerhet-deles": "ja"})
    assert "Rømningsvei via bakdøra" in repr(shared)
    hidden = _agreement(**{"hjelp-fra": ["offentlige"]})
    assert "Kafé" not in repr(hidden)  # the shelter's measures are not asked now


def test_details_are_answers_grouped_for_the_reader():
    agreement = _agreement(**{"barn-med": "ja", "deltakere": ""})
    titles = [s.title for s in agreement.details]
    assert "Om planen" not in titles  # nothing answered there (samtykke is the consent)
    (children,) = [s for s in agreement.details if s.title == "Barna"]
    assert children.entries == (
        Detail("Barn bor sammen med brukeren", paragraphs=(("Ja",),)),
        Block(
            "Barn 1",
            (
                Detail("Aldersgruppe", paragraphs=(("6–12 år",),)),
                Detail("Må være på plass for at barnet skal føle seg trygt", (("Skolen",),)),
            ),
        ),
    )
    needs = next(s for s in agreement.details if s.title == "Behov for oppfølging")
    assert needs.entries == (
        Detail(
            "Hjelpen skal komme fra",
            items=("Fortsatt hjelp fra krisesenteret", "Hjelp fra andre offentlige tjenester"),
        ),
    )


@pytest.mark.parametrize(
    ("changes", "point"),
    [
        ({"koordinator": "uavklart"}, "Det er ikke avklart hvilken tjeneste som skal koordinere"),
        ({"koordinator": "krisesenteret"}, "Krisesenteret står som koordinator."),
        ({"brukerens-kontakt": ""}, "Brukeren har ikke fått en kontaktperson"),
        ({"samtykke": ""}, "Det er ikke avklart om brukeren samtykker"),
        ({"samtykke": "nei"}, "Brukeren har ikke samtykket til at planen deles"),
    ],
)
def test_open_points_in_plain_words(changes: dict, point: str):
    agreement = _agreement(**changes)
    assert [p for p in agreement.open_points if p.startswith(point)]
    for text in agreement.open_points:
        assert "Forslag" not in text and "Fase" not in text


def test_no_open_points_when_everything_is_settled():
    assert _agreement(**{"ansvar-avklart": "ja"}).open_points == ()


def test_coordinator_not_clarified_shows_as_such():
    agreement = _agreement(koordinator="uavklart", **{"brukerens-kontakt": ""})
    assert agreement.coordinator.service == "Ikke avklart ennå"
    assert agreement.coordinator.contact_person == ""


@pytest.mark.parametrize(
    ("answer", "consent"),
    [
        (
            "ja",
            "Brukeren har samtykket til at planen deles med tjenestene som er nevnt i den. "
            "Dato 02.12.2026.",
        ),
        ("nei", "Brukeren har ikke samtykket til at planen deles med tjenestene. Dato 02.12.2026."),
        ("", "Det er ikke avklart om brukeren samtykker til at planen deles med tjenestene."),
    ],
)
def test_consent_statement_is_drawn_from_the_answer(answer: str, consent: str):
    assert _agreement(samtykke=answer).consent == consent


def test_evaluation_not_set():
    agreement = _agreement(**{"dato-evaluering": "", "dato-evaluering-tid": ""})
    assert agreement.evaluation == "Dato for evaluering: Ikke avklart."


@pytest.mark.parametrize("template_id", IDS)
def test_no_staff_hints_or_phase_labels_in_the_agreement(template_id: str):
    template = load(template_id)
    text = repr(build_agreement(plan_from_values(template, filled_values(template))))
    assert "Fase" not in text and "Forslag" not in text
    for rule in template.rules:
        assert rule.message not in text
    for f in template.fields():
        if f.hint:
            assert f.hint not in text


@pytest.mark.parametrize("template_id", IDS)
def test_the_tool_never_asks_for_a_name(template_id: str):
    template = load(template_id)
    agreement = build_agreement(plan_from_values(template, {}))
    assert agreement.applies_to_line.startswith("Planen gjelder: ____")
    assert len(agreement.signatures) == 3


def test_a_template_without_agreement_shows_every_answer():
    template = parse_template(SAMPLE)
    agreement = build_agreement(
        plan_from_values(template, {"plandato": "2027-01-01", "navn": "K.O."})
    )
    assert agreement.plan_date == "01.01.2027"
    assert agreement.responsibilities == ()
    assert [s.title for s in agreement.details] == ["Om planen"]


@given(plan_values(FASE3))
def test_any_plan_gives_an_agreement_with_clean_one_line_cells(values):
    agreement = build_agreement(plan_from_values(FASE3, values))
    for row in agreement.responsibilities:
        for cell in (row.what, row.who, row.by_when, row.contact):
            assert "\n" not in cell and cell == cell.strip()
