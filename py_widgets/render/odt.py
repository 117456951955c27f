"""The plan as an editable OpenDocument text (.odt) for LibreOffice and Word, built with the
standard library: zipfile plus xml.etree, so nothing is fetched at run time."""

import io
import zipfile
from xml.etree import ElementTree as ET

from .outline import EMPTY_PART, NO_NOTICES, NOTICES_HEADING, Answer, Group, Outline

MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

_NS_DECLS = " ".join(f'xmlns:{p}="{u}"' for p, u in NS.items())
# No user text here: page layout (A4) and the named styles the content refers to.
STYLES_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {_NS_DECLS} office:version="1.2">
<office:font-face-decls>
<style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties fo:orphans="2" fo:widows="2"/>
<style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="nb"
 fo:country="NO"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"
 style:next-style-name="Text_20_body" style:class="text">
<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm"
 fo:keep-with-next="always"/>
<style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
 style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
<style:text-properties fo:font-size="18pt"/>
</style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
 style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
<style:text-properties fo:font-size="14pt"/>
</style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph"
 style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">
<style:text-properties fo:font-size="12pt"/>
</style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
 style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>
</style:style>
<style:style style:name="Label" style:display-name="Ledetekst" style:family="paragraph"
 style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.05cm"
 fo:keep-with-next="always"/>
<style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents"
 style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading"
 style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
<style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Footer_20_note" style:display-name="Fotnote" style:family="paragraph"
 style:parent-style-name="Standard" style:class="text">
<style:text-properties fo:font-size="9pt"/>
</style:style>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis"
 style:family="text">
<style:text-properties fo:font-weight="bold"/>
</style:style>
<text:list-style style:name="Bullets">
<text:list-level-style-bullet text:level="1" text:bullet-char="•">
<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
<style:list-level-label-alignment text:label-followed-by="listtab"
 text:list-tab-stop-position="0.6cm"
 fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/>
</style:list-level-properties>
</text:list-level-style-bullet>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4">
<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm"
 fo:margin-left="2cm" fo:margin-right="2cm"/>
</style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="A4"/>
</office:master-styles>
</office:document-styles>
"""

MANIFEST_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:version="1.2"
 manifest:media-type="{MEDIA_TYPE}"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

# Content-only styles: the group tables (17 cm = A4 less the margins) and their cells.
_AUTOMATIC_STYLES = [
    ("Group", "table", "table-properties", {"style:width": "17cm", "table:align": "margins"}),
    ("Group.A", "table-column", "table-column-properties", {"style:column-width": "6cm"}),
    ("Group.B", "table-column", "table-column-properties", {"style:column-width": "11cm"}),
    (
        "Group.Cell",
        "table-cell",
        "table-cell-properties",
        {"fo:padding": "0.1cm", "fo:border": "0.5pt solid #808080"},
    ),
]

_ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # fixed, so the same plan gives the same bytes


def render_odt(doc: Outline) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as odt:
        # The package's type must come first and uncompressed, so tools can sniff it at offset 38.
        odt.writestr(_entry("mimetype", zipfile.ZIP_STORED), MEDIA_TYPE)
        odt.writestr(_entry("META-INF/manifest.xml"), MANIFEST_XML)
        odt.writestr(_entry("styles.xml"), STYLES_XML)
        odt.writestr(_entry("content.xml"), content_xml(doc))
    return buffer.getvalue()


def content_xml(doc: Outline) -> bytes:
    root = ET.Element(_q("office:document-content"), {_q("office:version"): "1.2"})
    styles = _el(root, "office:automatic-styles")
    for name, family, props, attrs in _AUTOMATIC_STYLES:
        style = _el(styles, "style:style", {"style:name": name, "style:family": family})
        _el(style, f"style:{props}", attrs)
    body = _el(_el(root, "office:body"), "office:text")
    _heading(body, 1, doc.title)
    _el(body, "text:p", {"text:style-name": "Text_20_body"}, doc.phase)
    tables = 0
    for part in doc.parts:
        _heading(body, 2, part.title)
        if not part.entries:
            _el(body, "text:p", {"text:style-name": "Text_20_body"}, EMPTY_PART)
        for entry in part.entries:
            if isinstance(entry, Group):
                tables += 1
                _heading(body, 3, entry.label)
                _table(body, entry, f"Tabell{tables}")
            else:
                _el(body, "text:p", {"text:style-name": "Label"}, entry.label)
                _value(body, entry, "Text_20_body")
    _heading(body, 2, NOTICES_HEADING)
    if doc.notices:
        items = _el(body, "text:list", {"text:style-name": "Bullets"})
        for notice in doc.notices:
            p = _el(_el(items, "text:list-item"), "text:p", {"text:style-name": "Text_20_body"})
            strong = _el(
                p, "text:span", {"text:style-name": "Strong_20_Emphasis"}, notice.level + ":"
            )
            strong.tail = " " + notice.message
    else:
        _el(body, "text:p", {"text:style-name": "Text_20_body"}, NO_NOTICES)
    for line in doc.footer:
        _el(body, "text:p", {"text:style-name": "Footer_20_note"}, line)
    xml: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return xml


def _table(parent: ET.Element, group: Group, name: str) -> None:
    table = _el(parent, "table:table", {"table:name": name, "table:style-name": "Group"})
    _el(table, "table:table-column", {"table:style-name": "Group.A"})
    _el(table, "table:table-column", {"table:style-name": "Group.B"})
    for item in group.items:
        row = _el(table, "table:table-row")
        cell = _cell(row, {"table:number-columns-spanned": "2"})
        _el(cell, "text:p", {"text:style-name": "Table_20_Heading"}, item.title)
        _el(row, "table:covered-table-cell")
        for answer in item.answers:
            row = _el(table, "table:table-row")
            _el(_cell(row), "text:p", {"text:style-name": "Table_20_Heading"}, answer.label)
            _value(_cell(row), answer, "Table_20_Contents")


def _cell(row: ET.Element, attrs: dict[str, str] | None = None) -> ET.Element:
    base = {"table:style-name": "Group.Cell", "office:value-type": "string"}
    return _el(row, "table:table-cell", {**base, **(attrs or {})})


def _value(parent: ET.Element, answer: Answer, style: str) -> None:
    if answer.items:
        items = _el(parent, "text:list", {"text:style-name": "Bullets"})
        for text in answer.items:
            _el(_el(items, "text:list-item"), "text:p", {"text:style-name": style}, text)
        return
    for lines in answer.paragraphs:
        p = _el(parent, "text:p", {"text:style-name": style}, lines[0])
        for line in lines[1:]:
            _el(p, "text:line-break").tail = line


def _heading(parent: ET.Element, level: int, text: str) -> None:
    attrs = {"text:style-name": f"Heading_20_{level}", "text:outline-level": str(level)}
    _el(parent, "text:h", attrs, text)


def _el(
    parent: ET.Element, name: str, attrs: dict[str, str] | None = None, text: str | None = None
) -> ET.Element:
    element = ET.SubElement(parent, _q(name), {_q(k): v for k, v in (attrs or {}).items()})
    element.text = text
    return element


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _entry(name: str, compression: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = compression
    return info
