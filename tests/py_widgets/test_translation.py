"""A template in another language: every text by a stable key, nothing else changed, and a
translation that lacks a text or names one the template does not have is refused."""

from typing import Any

import pytest

from py_widgets.schema import TemplateError
from py_widgets.template import parse_template
from py_widgets.translation import TranslationError, template_texts, translate

from .conftest import sample_data
from .real_templates import data


def _nested(flat: dict[str, str]) -> dict[str, Any]:
    """Flat keys back into the nested mappings a translation file has."""
    out: dict[str, Any] = {}
    for key, text in flat.items():
        *parents, last = key.split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = text
    return out


def _everything(template_data: dict[str, Any]) -> dict[str, Any]:
    """Every text marked «NN » (the file name stays: it must be a neutral slug)."""
    texts = template_texts(template_data).items()
    return _nested({k: t if k == "download_name" else f"NN {t}" for k, (t, _) in texts})


def test_texts_are_keyed_by_ids_not_by_position():
    keys = set(template_texts(sample_data()))
    assert {
        "title",
        "intro",
        "sections.datoer.intro",
        "fields.navn.hint",
        "fields.koordinator.options.kommunen",
        "fields.avtaler.item_label",
        "fields.avtaler.fields.dato.calendar.title",
        "fields.avtaler.fields.hvem.options.politi",
        "rules.barn.message",
    } <= keys
    assert not any(key.endswith((".id", ".kind", ".value", ".when")) for key in keys)


def test_a_translation_changes_the_texts_and_nothing_else():
    original = parse_template(sample_data())
    translated = parse_template(translate(sample_data(), _everything(sample_data()), "nn"))
    assert translated.language == "nn" and original.language == "nb"
    assert translated.title == f"NN {original.title}"
    for before, after in zip(original.fields(), translated.fields(), strict=True):
        assert (after.id, after.kind, after.optional) == (before.id, before.kind, before.optional)
        assert after.label == f"NN {before.label}"
        assert [o.value for o in after.options] == [o.value for o in before.options]
    assert [r.condition for r in translated.rules] == [r.condition for r in original.rules]
    assert translated.rules[0].message == f"NN {original.rules[0].message}"


def test_the_original_data_is_left_as_it_was():
    original = sample_data()
    translate(original, _everything(original), "nn")
    assert original == sample_data()


def test_a_missing_text_names_its_key_and_where_it_is_in_the_template():
    translation = _everything(sample_data())
    del translation["fields"]["avtaler"]["fields"]["hva"]["label"]
    with pytest.raises(TranslationError) as caught:
        translate(sample_data(), translation, "nn")
    error = caught.value
    assert error.missing and error.key == "fields.avtaler.fields.hva.label"
    assert error.path == ("sections", 1, "fields", 2, "fields", 2, "label")
    assert "«fields.avtaler.fields.hva.label» mangler (bokmål: «Hva»)" in error.message


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda t: t["fields"]["navn"].update(warning="Ny"), "fields.navn.warning"),
        (lambda t: t["fields"].update(ukjent={"label": "X"}), "fields.ukjent.label"),
        (lambda t: t["rules"].update(borte={"message": "X"}), "rules.borte.message"),
    ],
)
def test_a_key_the_template_does_not_have_is_refused(change: Any, key: str):
    translation = _everything(sample_data())
    change(translation)
    with pytest.raises(TranslationError, match="finnes ikke i malen") as caught:
        translate(sample_data(), translation, "nn")
    assert caught.value.key == key and not caught.value.missing
    assert caught.value.path == tuple(key.split("."))


def test_a_translation_must_be_text():
    translation = _everything(sample_data())
    translation["fields"]["navn"]["label"] = 12  # YAML reads «12» (unquoted) as a number
    with pytest.raises(TranslationError, match="her må det stå tekst"):
        translate(sample_data(), translation, "nn")


def test_agreement_lists_are_keyed_by_position_as_list_or_numbered_mapping():
    original = data("oppfolgingsplan")
    texts = template_texts(original)
    assert "agreement.key_dates.0.label.text" in texts
    assert "agreement.signatures.2" in texts
    assert not any(".when." in key or key.endswith(".field") for key in texts)
    as_lists = _everything(original)
    as_lists["agreement"]["signatures"] = list(as_lists["agreement"]["signatures"].values())
    translated = parse_template(translate(original, as_lists, "nn"))
    assert translated.agreement is not None
    assert translated.agreement.signatures[0] == "NN Bruker"


def test_only_known_languages():
    with pytest.raises(TemplateError, match="Språket må være nb eller nn"):
        parse_template({**sample_data(), "language": "en"})
