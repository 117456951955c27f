"""The ODT package: valid zip layout, well-formed XML for any input, headings, lists, tables."""

import io
import zipfile
from xml.etree import ElementTree as ET

from hypothesis import given

from py_widgets.documents import build_document
from py_widgets.plan import Plan, plan_from_values
from py_widgets.render.odt import MEDIA_TYPE, NS
from py_widgets.template import Template, parse_template
from tests.py_widgets.conftest import SAMPLE
from tests.py_widgets.helpers import plan_values

TEMPLATE = parse_template(SAMPLE)
TEXT = f"{{{NS['text']}}}"
TABLE = f"{{{NS['table']}}}"


def _package(plan: Plan) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(build_document(plan, "odt").content))


def _content(plan: Plan) -> ET.Element:
    return ET.fromstring(_package(plan).read("content.xml"))


def _text(element: ET.Element) -> str:
    return "".join(element.itertext())


def test_mimetype_comes_first_and_uncompressed(filled: Plan):
    raw = build_document(filled, "odt").content
    # Tools recognise an ODF file by these bytes at a fixed offset.
    assert raw[30:38] == b"mimetype"
    assert raw[38 : 38 + len(MEDIA_TYPE)] == MEDIA_TYPE.encode()
    package = _package(filled)
    first = package.infolist()[0]
    assert (first.filename, first.compress_type, first.extra) == (
        "mimetype",
        zipfile.ZIP_STORED,
        b"",
    )
    assert package.namelist() == ["mimetype", "META-INF/manifest.xml", "styles.xml", "content.xml"]
    assert package.testzip() is None


def test_manifest_and_styles_are_well_formed(filled: Plan):
    package = _package(filled)
    manifest = ET.fromstring(package.read("META-INF/manifest.xml"))
    ns = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
    paths = {e.get(f"{ns}full-path"): e.get(f"{ns}media-type") for e in manifest}
    assert paths == {"/": MEDIA_TYPE, "content.xml": "text/xml", "styles.xml": "text/xml"}
    styles = ET.fromstring(package.read("styles.xml"))
    layout = styles.find(f".//{{{NS['style']}}}page-layout-properties")
    fo = f"{{{NS['fo']}}}"
    assert (layout.get(f"{fo}page-width"), layout.get(f"{fo}page-height")) == ("21cm", "29.7cm")


def test_headings_lists_and_group_tables(filled: Plan):
    content = _content(filled)
    headings = [(h.get(f"{TEXT}outline-level"), _text(h)) for h in content.iter(f"{TEXT}h")]
    assert headings[:3] == [("1", "Prøveplan for krisesenter"), ("2", "Om planen"), ("2", "Datoer")]
    assert ("3", "Avtaler") in headings
    assert headings[-1] == ("2", "Merknader")
    items = [_text(i) for i in content.iter(f"{TEXT}list-item")]
    assert "Samtaler" in items and "NAV" in items
    tables = list(content.iter(f"{TABLE}table"))
    assert len(tables) == 1
    rows = [[_text(c) for c in row] for row in tables[0].iter(f"{TABLE}table-row")]
    assert rows[0] == ["Avtale 1", ""]  # the heading cell spans both columns
    assert ["Hva", "Møte hos NAV"] in rows
    assert ["Avtale 2", ""] in rows
    notat = next(p for p in content.iter(f"{TEXT}p") if _text(p).startswith("Første linje"))
    assert notat.find(f"{TEXT}line-break") is not None


def test_notices_heading_and_items(template: Template):
    content = _content(plan_from_values(template, {"koordinator": "krisesenteret"}))
    body = _text(content)
    assert "Merknader" in body
    assert "Advarsel: Krisesenteret bør ikke koordinere etter oppholdet." in body


@given(plan_values(TEMPLATE))
def test_content_is_well_formed_and_holds_no_user_markup(values):
    content = _content(plan_from_values(TEMPLATE, values))
    namespaces = {f"{{{uri}}}" for uri in NS.values()}
    for element in content.iter():
        assert element.tag[: element.tag.index("}") + 1] in namespaces
        for name in element.attrib:
            assert name[: name.index("}") + 1] in namespaces
