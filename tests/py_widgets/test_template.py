"""Templates are parsed into frozen data; every mistake names its place in the data."""

import pytest

from py_widgets.conditions import AllOf, AnyOf, Empty, Equals, Filled, Includes, Not
from py_widgets.schema import TemplateError, format_path
from py_widgets.template import YES_NO, Calendar, Template, parse_template
from tests.py_widgets.conftest import sample_data


def test_sample_template_is_parsed(template: Template):
    assert template.id == "proveplan"
    assert template.version == 2
    assert template.phase == 3
    assert [s.id for s in template.sections] == ["om-planen", "datoer"]
    assert [f.id for f in template.fields()][:3] == ["plandato", "navn", "notat"]
    assert template.field("navn").hint == "Initialer holder."
    assert template.field("finnes-ikke") is None


def test_defaults_by_kind(template: Template):
    assert template.field("barn-med").options == YES_NO
    assert template.field("navn").max_length == 200
    assert template.field("notat").max_length == 4000
    assert template.field("plandato").max_length == 0
    assert template.field("plandato").optional is False
    group = template.field("avtaler")
    assert group.max_items == 3
    assert group.child("hva").max_length == 40
    assert group.child("dato").calendar == Calendar("Avtale", time="tid", summary="hva")
    assert group.child("mangler") is None


def test_option_label_falls_back_to_the_value(template: Template):
    f = template.field("koordinator")
    assert f.option_label("krisesenteret") == "Krisesenteret"
    assert f.option_label("ukjent") == "ukjent"


def test_rules_become_conditions(template: Template):
    first, second, third = template.rules
    assert first.condition == Equals("koordinator", "krisesenteret")
    assert first.level == "advarsel"
    assert second.condition == AllOf((Includes("tiltak", "kafe"), Not(Filled("evaluering"))))
    assert third.condition == AnyOf((Equals("barn-med", "ja"), Empty("avtaler")))


def test_template_is_immutable(template: Template):
    with pytest.raises(AttributeError):
        template.title = "Ny"  # type: ignore[misc]


def _error(data: dict) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        parse_template(data)
    return caught.value


def _field(data: dict, section: int, index: int) -> dict:
    return data["sections"][section]["fields"][index]


def test_unknown_key_points_at_the_key():
    data = sample_data()
    _field(data, 0, 1)["optinal"] = True
    error = _error(data)
    assert error.path == ("sections", 0, "fields", 1, "optinal")
    assert "Ukjent nøkkel «optinal»" in error.message
    assert "optional" in error.message


def test_unknown_kind_lists_the_valid_ones():
    data = sample_data()
    _field(data, 0, 0)["kind"] = "dato"
    error = _error(data)
    assert error.path == ("sections", 0, "fields", 0, "kind")
    assert "«dato»" in error.message and "textarea" in error.message


def test_missing_label():
    data = sample_data()
    del _field(data, 1, 2)["fields"][2]["label"]
    error = _error(data)
    assert error.path == ("sections", 1, "fields", 2, "fields", 2)
    assert error.message == "Mangler «label»."


@pytest.mark.parametrize(
    ("change", "path_end", "words"),
    [
        (lambda d: _field(d, 0, 1).update(id="Navn"), ("id",), "gyldig id"),
        (lambda d: _field(d, 0, 1).update(id="navn-2"), ("id",), "gyldig id"),
        (lambda d: _field(d, 0, 1).update(id="plandato"), ("id",), "finnes allerede"),
        (lambda d: _field(d, 0, 1).update(label=""), ("label",), "tekst"),
        (lambda d: _field(d, 0, 1).update(label=True), ("label",), "anførselstegn"),
        (lambda d: _field(d, 0, 1).update(options=[]), ("options",), "kan ikke brukes"),
        (
            lambda d: _field(d, 0, 3).update(options=[{"value": "a", "label": "A"}]),
            ("options",),
            "minst to",
        ),
        (
            lambda d: _field(d, 0, 3)["options"][1].update(value="kommunen"),
            ("options", 1, "value"),
            "allerede",
        ),
        (
            lambda d: _field(d, 0, 3)["options"][1].update(value="Stor"),
            ("options", 1, "value"),
            "små bokstaver",
        ),
        (lambda d: _field(d, 0, 1).update(max_length=0), ("max_length",), "helt tall fra 1"),
        (lambda d: _field(d, 0, 1).update(optional="ja"), ("optional",), "true eller false"),
        (lambda d: _field(d, 1, 2).update(max_items=True), ("max_items",), "helt tall"),
        (lambda d: _field(d, 1, 2).pop("item_label"), (), "Mangler «item_label»"),
        (lambda d: _field(d, 1, 2).update(fields=[]), ("fields",), "minst ett felt"),
        (
            lambda d: _field(d, 1, 0).update(calendar={"title": "X", "time": "navn"}),
            ("calendar", "time"),
            "klokkeslett",
        ),
        (
            lambda d: _field(d, 1, 0).update(calendar={"title": "X", "summary": "evaluering-tid"}),
            ("calendar", "summary"),
            "tekst",
        ),
        (
            lambda d: _field(d, 0, 1).update(calendar={"title": "X"}),
            ("calendar",),
            "kan ikke brukes",
        ),
    ],
)
def test_field_mistakes(change, path_end, words):
    data = sample_data()
    change(data)
    error = _error(data)
    assert error.path[len(error.path) - len(path_end) :] == path_end
    assert words in error.message


def test_group_inside_group_is_refused():
    data = sample_data()
    inner = {"id": "indre", "kind": "group", "label": "Indre", "item_label": "Rad"}
    inner["fields"] = [{"id": "x", "kind": "text", "label": "X"}]
    _field(data, 1, 2)["fields"].append(inner)
    error = _error(data)
    assert error.path == ("sections", 1, "fields", 2, "fields", 4, "kind")


def test_duplicate_child_ids_in_a_group():
    data = sample_data()
    _field(data, 1, 2)["fields"][1]["id"] = "dato"
    assert _error(data).path == ("sections", 1, "fields", 2, "fields", 1, "id")


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda d: d.update(version=0), ("version",), "fra 1"),
        (lambda d: d.update(phase=4), ("phase",), "fra 1 til 3"),
        (lambda d: d.pop("title"), (), "Mangler «title»"),
        (lambda d: d.update(sections=[]), ("sections",), "minst én del"),
        (lambda d: d.update(sections={}), ("sections",), "liste"),
        (lambda d: d.update(download_name="krisesenter-plan"), ("download_name",), "nøytralt"),
        (lambda d: d["sections"][1].update(id="om-planen"), ("sections", 1, "id"), "allerede"),
        (lambda d: d["rules"][0].update(target="x"), ("rules", 0, "target"), "Fant ikke"),
        (lambda d: d["rules"][0].update(level="info"), ("rules", 0, "level"), "advarsel"),
        (lambda d: d["rules"][1].update(id=d["rules"][0]["id"]), ("rules", 1, "id"), "allerede"),
    ],
)
def test_template_mistakes(change, path, words):
    data = sample_data()
    change(data)
    error = _error(data)
    assert error.path == path
    assert words in error.message


@pytest.mark.parametrize(
    ("when", "path_end", "words"),
    [
        ({"field": "x", "equals": "ja"}, ("field",), "Fant ikke feltet «x»"),
        ({"field": "koordinator", "equals": "nav"}, ("equals",), "svaralternativet «nav»"),
        ({"field": "tiltak", "equals": "kafe"}, ("equals",), "kan ikke brukes"),
        ({"field": "koordinator", "includes": "kommunen"}, ("includes",), "kan ikke brukes"),
        ({"field": "navn", "is": "tom"}, ("is",), "is: empty"),
        ({"field": "navn"}, (), "Bruk «all»"),
        ({"all": []}, ("all",), "tom"),
        ({"any": [{"field": "navn", "is": "filled"}], "field": "navn"}, ("field",), "Ukjent"),
        ({"not": {"field": "navn", "equals": 3}}, ("not", "equals"), "tekst"),
        ("navn", (), "nøkler"),
    ],
)
def test_condition_mistakes(when, path_end, words):
    data = sample_data()
    data["rules"][0]["when"] = when
    error = _error(data)
    assert error.path[:3] == ("rules", 0, "when")
    assert error.path[3:] == path_end
    assert words in error.message


def test_equals_works_on_text_fields():
    data = sample_data()
    data["rules"][0]["when"] = {"field": "navn", "equals": "A. B."}
    assert parse_template(data).rules[0].condition == Equals("navn", "A. B.")


def test_format_path_reads_like_yaml():
    assert format_path(("sections", 2, "fields", 0, "kind")) == "sections[2].fields[0].kind"
    assert format_path(()) == ""
    assert str(TemplateError(("id",), "Feil.")) == "id: Feil."
