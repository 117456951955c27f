"""build_document: every kind from one plan, with neutral, safe file names."""

import pytest

from py_widgets.documents import KINDS, DocumentError, Options, build_document, safe_stem
from py_widgets.plan import Plan, plan_from_values
from py_widgets.render.outline import NOTICES_HEADING, clean, outline
from py_widgets.template import Template
from tests.py_widgets.conftest import NOW


@pytest.mark.parametrize(
    ("kind", "media_type"),
    [
        ("html", "text/html; charset=utf-8"),
        ("odt", "application/vnd.oasis.opendocument.text"),
        ("txt", "text/plain; charset=utf-8"),
        ("ics", "text/calendar; charset=utf-8"),
        ("json", "application/json"),
    ],
)
def test_every_kind_gets_a_neutral_name_and_its_media_type(filled: Plan, kind, media_type):
    doc = build_document(filled, kind, Options(now=NOW))
    assert doc.filename == f"plan.{kind}"
    assert doc.media_type == media_type
    assert doc.content
    assert KINDS == ("html", "odt", "txt", "ics", "json")


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("Min plan", "Min-plan"),
        ("oppfølging_2027", "oppfølging_2027"),
        ("../../etc/passwd", "etc-passwd"),
        ('a<b>:"c"|?*', "a-b-c"),
        ("plan.odt", "plan-odt"),
        ("   ", "plan"),
        ("...", "plan"),
        ("x" * 80, "x" * 60),
        ("e\u0301", "\u00e9"),
    ],
)
def test_the_user_can_choose_a_safe_stem(stem: str, expected: str):
    assert safe_stem(stem, "plan") == expected


def test_chosen_stem_is_used(filled: Plan):
    assert build_document(filled, "txt", Options(stem="Møte i mai")).filename == "Møte-i-mai.txt"


def test_unknown_kind(filled: Plan):
    with pytest.raises(ValueError, match="unknown document kind"):
        build_document(filled, "pdf")


def test_calendar_needs_a_date(template: Template):
    plan = plan_from_values(template, {"evaluering": "snart"})
    with pytest.raises(DocumentError, match="ingen datoer"):
        build_document(plan, "ics")


def test_every_plan_format_lists_the_notices(template: Template):
    plan = plan_from_values(template, {"koordinator": "krisesenteret"})
    for kind in ("html", "txt"):
        text = build_document(plan, kind).content.decode()
        assert NOTICES_HEADING in text
        assert "Krisesenteret bør ikke koordinere etter oppholdet." in text
    # (the ODT is checked in test_odt.py, where its XML is parsed)


def test_outline_skips_blank_rows_and_renumbers(template: Template):
    plan = plan_from_values(
        template,
        {"avtaler": [{}, {"hva": "\x01"}, {"hva": "B"}], "tiltak": ["\x02"]},
    )
    parts = outline(plan).parts
    group = parts[1].entries[0]
    assert [i.title for i in group.items] == ["Avtale 1"]
    assert group.items[0].answers[0].paragraphs == (("B",),)
    assert parts[0].entries == ()  # only a control character was chosen: nothing to show


def test_clean_removes_what_xml_forbids():
    assert clean("a\x00b\x08c\x0bd\x1fe\ud800f\ufffeg\uffffh\tj\nk") == "abcdefgh\tj\nk"
    assert clean("æøå 😀 \U0010fffd") == "æøå 😀 \U0010fffd"


def test_direction_overrides_cannot_reverse_the_text_after_them():
    assert clean("RTL \u202eslutt\u202c og \u2067isolert\u2069") == "RTL slutt og isolert"
