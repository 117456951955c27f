"""The ODT package: valid zip layout, page numbers in the footer, the overview table first, blocks
that keep together, and well-formed XML for any text."""

import io
import zipfile
from xml.etree import ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from py_widgets.render.odt import MEDIA_TYPE, NS, render_odt
from tests.py_widgets.agreement_fixtures import EMPTY, FAMILY, UNRESOLVED, with_text
from tests.py_widgets.helpers import USER_TEXT

TEXT = f"{{{NS['text']}}}"
TABLE = f"{{{NS['table']}}}"
STYLE = f"{{{NS['style']}}}"
FO = f"{{{NS['fo']}}}"


def _package(doc=FAMILY) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(render_odt(doc)))


def _content(doc=FAMILY) -> ET.Element:
    return ET.fromstring(_package(doc).read("content.xml"))


def _text(element: ET.Element) -> str:
    return "".join(element.itertext())


def _rows(table: ET.Element) -> list[list[str]]:
    return [[_text(c) for c in row] for row in table.iter(f"{TABLE}table-row")]


def test_mimetype_comes_first_and_uncompressed():
    raw = render_odt(FAMILY)
    # Tools recognise an ODF file by these bytes at a fixed offset.
    assert raw[30:38] == b"mimetype"
    assert raw[38 : 38 + len(MEDIA_TYPE)] == MEDIA_TYPE.encode()
    package = _package()
    first = package.infolist()[0]
    assert (first.filename, first.compress_type, first.extra) == (
        "mimetype",
        zipfile.ZIP_STORED,
        b"",
    )
    assert package.namelist() == ["mimetype", "META-INF/manifest.xml", "styles.xml", "content.xml"]
    assert package.testzip() is None
    assert render_odt(FAMILY) == raw  # the same plan gives the same bytes


def test_styles_give_a4_and_a_running_footer_with_page_numbers():
    package = _package()
    manifest = ET.fromstring(package.read("META-INF/manifest.xml"))
    ns = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
    paths = {e.get(f"{ns}full-path"): e.get(f"{ns}media-type") for e in manifest}
    assert paths == {"/": MEDIA_TYPE, "content.xml": "text/xml", "styles.xml": "text/xml"}
    styles = ET.fromstring(package.read("styles.xml"))
    layout = styles.find(f".//{STYLE}page-layout-properties")
    assert (layout.get(f"{FO}page-width"), layout.get(f"{FO}page-height")) == ("21cm", "29.7cm")
    footer = styles.find(f".//{STYLE}master-page/{STYLE}footer/{TEXT}p")
    assert _text(footer) == "Planen inneholder personopplysninger. Oppbevar den trygt.Side 1 av 1"
    assert footer.find(f"{TEXT}page-number").get(f"{TEXT}select-page") == "current"
    assert footer.find(f"{TEXT}page-count") is not None
    keep = [s for s in styles.iter(f"{STYLE}style") if s.get(f"{STYLE}name") == "Heading"]
    assert keep[0].find(f"{STYLE}paragraph-properties").get(f"{FO}keep-with-next") == "always"


def test_overview_first_then_open_points_details_and_signatures():
    content = _content()
    headings = [(h.get(f"{TEXT}outline-level"), _text(h)) for h in content.iter(f"{TEXT}h")]
    assert headings[:7] == [
        ("1", "Oppfølgingsplan etter opphold på krisesenter"),
        ("2", "Ansvar og avtaler"),
        ("3", "Hvem koordinerer arbeidet"),
        ("3", "Hvem gjør hva"),
        ("3", "Brukerens egne oppgaver"),
        ("3", "Datoer"),
        ("2", "Åpne punkter"),
    ]
    assert ("3", "Barn 2") in headings
    assert headings[-1] == ("2", "Samtykke og underskrifter")
    tables = list(content.iter(f"{TABLE}table"))
    assert _rows(tables[0]) == [
        ["Tjeneste", "NAV Bydel Nord"],
        ["Kontaktperson", "Veileder (K.L.)"],
        ["Slik får dere kontakt", "Tlf. 55 55 55 55, mandag–fredag 9–15"],
    ]
    duties = tables[1]
    header = duties.find(f"{TABLE}table-header-rows")  # repeated if the table runs on
    assert _rows(header) == [["Hva", "Hvem", "Innen", "Kontakt"]]
    assert _rows(duties)[1:] == [
        [r.what, r.who, r.by_when, r.contact] for r in FAMILY.responsibilities
    ]
    sign = tables[-1]
    assert _rows(sign) == [
        ["Rolle", "Dato", "Underskrift"],
        ["Bruker", "", ""],
        ["Koordinator (NAV Bydel Nord)", "", ""],
        ["Kontaktperson på krisesenteret", "", ""],
    ]
    body = _text(content)
    assert "Planen gjelder: ____" in body and "Planen evalueres 20.01.2027 kl. 13.00." in body
    notat = next(p for p in content.iter(f"{TEXT}p") if _text(p).startswith("Familien trenger"))
    assert notat.find(f"{TEXT}line-break") is not None


def test_blocks_and_signatures_never_split_across_pages():
    content = _content()
    styles = {
        s.get(f"{STYLE}name"): s.find(f"{STYLE}table-properties")
        for s in content.iter(f"{STYLE}style")
        if s.get(f"{STYLE}family") == "table"
    }
    split = f"{STYLE}may-break-between-rows"
    for kind in ("Facts", "Block", "Sign"):  # the coordinator, a service or child, signatures
        assert styles[kind].get(split) == "false"
    for kind in ("Duties", "Answers"):  # a long overview or run of answers may run on
        assert styles[kind].get(split) is None
    names = [t.get(f"{TABLE}style-name") for t in content.iter(f"{TABLE}table")]
    assert names.count("Block") == 5  # three services, two children
    rows = [s for s in content.iter(f"{STYLE}style") if s.get(f"{STYLE}name") == "Row"]
    assert rows[0].find(f"{STYLE}table-row-properties").get(f"{FO}keep-together") == "always"


def test_no_staff_hints_and_open_points_for_an_unresolved_coordinator():
    body = _text(_content(UNRESOLVED))
    assert "Det er ikke avklart hvem som skal koordinere oppfølgingen etter oppholdet." in body
    assert "TjenesteIkke avklart" in body
    for doc in (FAMILY, UNRESOLVED, EMPTY):
        package = _package(doc)
        for name in ("content.xml", "styles.xml"):
            text = package.read(name).decode()
            assert "Forslag" not in text and "Fase" not in text


@given(st.one_of(USER_TEXT, st.text()))
def test_content_is_well_formed_for_any_text(text):
    content = _content(with_text(text))
    namespaces = {f"{{{uri}}}" for uri in NS.values()}
    for element in content.iter():
        assert element.tag[: element.tag.index("}") + 1] in namespaces
        for name in element.attrib:
            assert name[: name.index("}") + 1] in namespaces
