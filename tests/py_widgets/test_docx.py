"""The Word document: a package whose parts and relationships resolve, page numbers in the
footer, the overview table first, blocks kept together, and well-formed XML for any text."""

import io
import posixpath
import zipfile
from xml.etree import ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from py_widgets.render.docx import MEDIA_TYPE, W, render_docx
from tests.py_widgets.agreement_fixtures import EMPTY, FAMILY, UNRESOLVED, with_text
from tests.py_widgets.helpers import USER_TEXT

Q = f"{{{W}}}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def _package(doc=FAMILY) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(render_docx(doc)))


def _body(doc=FAMILY) -> ET.Element:
    return ET.fromstring(_package(doc).read("word/document.xml")).find(f"{Q}body")


def _text(element: ET.Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{Q}t"))


def _style(p: ET.Element) -> str:
    return p.find(f"{Q}pPr/{Q}pStyle").get(f"{Q}val")


def _rows(table: ET.Element) -> list[list[str]]:
    return [[_text(c) for c in row.iter(f"{Q}tc")] for row in table.iter(f"{Q}tr")]


def test_every_part_is_declared_and_every_relationship_resolves():
    package = _package()
    assert MEDIA_TYPE.endswith("wordprocessingml.document")
    assert package.testzip() is None
    names = set(package.namelist())
    types = ET.fromstring(package.read("[Content_Types].xml"))
    overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{TYPES}Override")}
    assert overrides == {n for n in names if n.startswith("word/") and "_rels" not in n}
    for rels, base in (("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word")):
        for rel in ET.fromstring(package.read(rels)).iter(f"{PKG}Relationship"):
            assert posixpath.join(base, rel.get("Target")) in names
    for name in names - {"[Content_Types].xml"}:
        ET.fromstring(package.read(name))  # well-formed
    assert render_docx(FAMILY) == render_docx(FAMILY)  # the same plan gives the same bytes


def test_footer_has_page_numbers_and_the_section_is_a4():
    package = _package()
    footer = ET.fromstring(package.read("word/footer1.xml"))
    assert _text(footer) == "Planen inneholder personopplysninger. Oppbevar den trygt.Side 1 av 1"
    fields = [i.text.strip() for i in footer.iter(f"{Q}instrText")]
    assert fields == ["PAGE", "NUMPAGES"]
    section = _body().find(f"{Q}sectPr")
    size = section.find(f"{Q}pgSz")
    assert (size.get(f"{Q}w"), size.get(f"{Q}h")) == ("11906", "16838")
    assert section.find(f"{Q}footerReference") is not None


def test_overview_first_then_open_points_details_and_signatures():
    body = _body()
    headings = [
        (_style(p), _text(p)) for p in body.findall(f"{Q}p") if _style(p).startswith("Heading")
    ]
    assert headings[:7] == [
        ("Heading1", "Oppfølgingsplan etter opphold på krisesenter"),
        ("Heading2", "Ansvar og avtaler"),
        ("Heading3", "Hvem koordinerer arbeidet"),
        ("Heading3", "Hvem gjør hva"),
        ("Heading3", "Brukerens egne oppgaver"),
        ("Heading3", "Datoer"),
        ("Heading2", "Åpne punkter"),
    ]
    assert ("Heading3", "Barn 2") in headings
    assert headings[-1] == ("Heading2", "Samtykke og underskrifter")
    tables = body.findall(f"{Q}tbl")
    assert _rows(tables[0])[0] == ["Tjeneste", "NAV Bydel Nord"]
    duties = _rows(tables[1])
    assert duties[0] == ["Hva", "Hvem", "Innen", "Kontakt"]
    assert duties[1:] == [[r.what, r.who, r.by_when, r.contact] for r in FAMILY.responsibilities]
    header = tables[1].find(f"{Q}tr/{Q}trPr")
    assert header.find(f"{Q}tblHeader") is not None  # repeated if the table runs on
    assert _rows(tables[-1])[1:] == [[role, "", ""] for role in FAMILY.signatures]
    text = _text(body)
    assert "Planen gjelder: ____" in text and "Planen evalueres 20.01.2027 kl. 13.00." in text
    bullets = [p for p in body.iter(f"{Q}p") if p.find(f"{Q}pPr/{Q}numPr") is not None]
    assert "Melde barna inn på ny skole" in [_text(p) for p in bullets]


def test_blocks_keep_together_and_rows_do_not_split():
    tables = _body().findall(f"{Q}tbl")
    block = tables[3]  # «NAV Bydel Nord» under «Tjenestene»
    assert _rows(block)[0] == ["Kontaktperson", "Veileder (K.L.)"]
    rows = block.findall(f"{Q}tr")
    assert all(r.find(f"{Q}trPr/{Q}cantSplit") is not None for r in rows)
    for row in rows[:-1]:  # every paragraph keeps with the next, up to the last row
        assert all(p.find(f"{Q}pPr/{Q}keepNext") is not None for p in row.iter(f"{Q}p"))
    for splittable in (tables[1], tables[2]):  # the overview, a run of answers
        rows = splittable.findall(f"{Q}tr")
        assert all(p.find(f"{Q}pPr/{Q}keepNext") is None for p in rows[-2].iter(f"{Q}p"))


def test_no_staff_hints_and_open_points_for_an_unresolved_coordinator():
    text = _text(_body(UNRESOLVED))
    assert "Det er ikke avklart hvem som skal koordinere oppfølgingen etter oppholdet." in text
    for doc in (FAMILY, UNRESOLVED, EMPTY):
        package = _package(doc)
        for name in package.namelist():
            raw = package.read(name).decode()
            assert "Forslag" not in raw and "Fase" not in raw


@given(st.one_of(USER_TEXT, st.text()))
def test_document_is_well_formed_for_any_text(text):
    body = _body(with_text(text))
    for element in body.iter():
        assert element.tag.startswith(Q)
