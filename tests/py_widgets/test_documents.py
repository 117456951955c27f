"""build_document: every kind from one plan, with neutral, safe file names."""

import io
import zipfile

import pytest

from py_widgets.documents import KINDS, DocumentError, Options, build_document, safe_stem
from py_widgets.plan import Plan, plan_from_values
from py_widgets.render.outline import clean
from py_widgets.template import Template
from tests.py_widgets.conftest import NOW
from tests.py_widgets.real_templates import load


@pytest.mark.parametrize(
    ("kind", "media_type"),
    [
        ("html", "text/html; charset=utf-8"),
        (
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
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
    assert KINDS == ("html", "docx", "odt", "txt", "ics", "json")


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


def test_staff_notices_stay_out_of_the_shared_documents(template: Template):
    plan = plan_from_values(template, {"koordinator": "krisesenteret", "tiltak": ["kafe"]})
    for kind in ("html", "txt"):
        text = build_document(plan, kind).content.decode()
        assert "Krisesenteret bør ikke koordinere" not in text  # a rule without open_point
        assert "Sett en dato for evaluering" not in text
        assert "Forslag" not in text and "Advarsel" not in text and "Fase" not in text
    # (the ODT and the Word document are checked in test_odt.py and test_docx.py)


def test_open_points_for_an_unresolved_coordinator_reach_every_document():
    plan = plan_from_values(load("oppfolgingsplan"), {"koordinator": "uavklart"})
    point = "Det er ikke avklart hvilken tjeneste som skal koordinere oppfølgingen."
    for kind in ("html", "txt"):
        assert point in build_document(plan, kind).content.decode()
    for kind, part in (("odt", "content.xml"), ("docx", "word/document.xml")):
        package = zipfile.ZipFile(io.BytesIO(build_document(plan, kind).content))
        assert point in package.read(part).decode()


def test_clean_removes_what_xml_forbids():
    assert clean("a\x00b\x08c\x0bd\x1fe\ud800f\ufffeg\uffffh\tj\nk") == "abcdefgh\tj\nk"
    assert clean("æøå 😀 \U0010fffd") == "æøå 😀 \U0010fffd"


def test_direction_overrides_cannot_reverse_the_text_after_them():
    assert clean("RTL \u202eslutt\u202c og \u2067isolert\u2069") == "RTL slutt og isolert"
