"""The `agreement:` block of a template is checked like the rest: mistakes name their place."""

import pytest

from py_widgets.agreement_spec import Fixed, Source
from py_widgets.schema import TemplateError
from py_widgets.template import parse_template
from tests.py_widgets.conftest import sample_data

AGREEMENT = {
    "plan_date": "plandato",
    "coordinator": {"service": ["koordinator", {"text": "Ikke valgt"}], "contact": "navn"},
    "measures": [
        {"group": "avtaler", "what": "hva", "who": {"text": "Kommunen"}, "by_when": "dato"},
        {"when": {"field": "barn-med", "equals": "ja"}, "what": "tiltak", "who": "navn"},
    ],
    "resident_tasks": ["notat"],
    "key_dates": [{"group": "avtaler", "date": "dato", "time": "tid", "label": "hva"}],
    "evaluation": {"date": "evaluering", "time": "evaluering-tid"},
    "consent": {
        "field": "barn-med",
        "if_yes": "Samtykke {dato}.",
        "if_no": "Ikke samtykke.",
        "if_blank": "Ikke avklart.",
    },
    "details": [{"title": "Om planen", "fields": ["navn", "notat"]}],
    "signatures": ["Bruker", "Koordinator"],
}


def _data(**changes) -> dict:
    data = sample_data()
    data["agreement"] = AGREEMENT | changes
    return data


def test_the_agreement_is_parsed():
    spec = parse_template(_data()).agreement
    assert spec is not None
    assert spec.coordinator.service == Source(("koordinator", Fixed("Ikke valgt")))
    assert spec.measures[0].group == "avtaler"
    assert spec.measures[0].who == Source((Fixed("Kommunen"),))
    assert spec.measures[1].when is not None
    assert spec.key_dates[0].time == "tid"
    assert spec.consent is not None and spec.consent.if_yes == "Samtykke {dato}."
    assert spec.signatures == ("Bruker", "Koordinator")


def _error(data: dict) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        parse_template(data)
    return caught.value


@pytest.mark.parametrize(
    ("changes", "path", "words"),
    [
        ({"plan_date": "notat"}, ("agreement", "plan_date"), "er av typen «textarea»"),
        (
            {"measures": [{"group": "avtaler", "what": "mangler", "who": "hva"}]},
            ("agreement", "measures", 0, "what"),
            "Fant ikke feltet «mangler» i gruppen «avtaler».",
        ),
        (
            {"coordinator": {"service": "Krisesenteret"}},
            ("agreement", "coordinator", "service"),
            "Fant ikke feltet «Krisesenteret» i malen.",
        ),
        (
            {"coordinator": {"service": {"tekst": "x"}}},
            ("agreement", "coordinator", "service", "tekst"),
            "Ukjent nøkkel «tekst»",
        ),
        (
            {"consent": AGREEMENT["consent"] | {"if_no": "Nei {navn}."}},
            ("agreement", "consent", "if_no"),
            "Bare {dato}",
        ),
        (
            {"details": [{"title": "Om", "fields": ["navn"]}], "resident_tasks": []},
            ("agreement",),
            "Feltet «notat» kommer ikke med i planen",
        ),
        (
            {"evaluation": {"date": "evaluering", "label": "hva"}},
            ("agreement", "evaluation", "label"),
            "Ukjent nøkkel",
        ),
    ],
)
def test_mistakes_name_their_place(changes: dict, path: tuple, words: str):
    error = _error(_data(**changes))
    assert error.path == path
    assert words in error.message


def test_a_field_can_be_left_out_of_the_shared_plan_on_purpose():
    details = [{"title": "Om", "fields": ["navn"]}]
    data = _data(details=details, resident_tasks=[], leave_out=["notat"])
    assert parse_template(data).agreement.leave_out == ("notat",)
