"""The plan as an editable OpenDocument text (.odt) for LibreOffice and Word, built with the
standard library: zipfile plus xml.etree, so nothing is fetched at run time."""

import io
import zipfile
from collections.abc import Iterable, Sequence
from xml.etree import ElementTree as ET

from ..words import Words
from . import layout as L
from .agreement import Agreement, Block, Detail
from .outline import clean

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


# No user text in the styles, only the document's own words.
def styles_xml(w: Words) -> str:
    """Page layout (A4), the running footer with «Side 1 av 3», and the named styles."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {_NS_DECLS} office:version="1.2">
<office:font-face-decls>
<style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties fo:orphans="2" fo:widows="2"/>
<style:text-properties style:font-name="Arial" fo:font-size="10.5pt" fo:language="{w.language}"
 fo:country="NO"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"
 style:next-style-name="Text_20_body" style:class="text">
<style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm"
 fo:keep-with-next="always"/>
<style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
 style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/>
<style:text-properties fo:font-size="17pt"/>
</style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
 style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
<style:paragraph-properties fo:padding-bottom="0.05cm" fo:border-bottom="1.5pt solid #1b1b1b"/>
<style:text-properties fo:font-size="13.5pt"/>
</style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph"
 style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">
<style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm"/>
<style:text-properties fo:font-size="11.5pt"/>
</style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
 style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>
</style:style>
<style:style style:name="Keep" style:display-name="{w.style_keep}" style:family="paragraph"
 style:parent-style-name="Text_20_body" style:class="text">
<style:paragraph-properties fo:keep-with-next="always"/>
</style:style>
<style:style style:name="Emphasis_20_body" style:display-name="{w.style_emphasis}"
 style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text">
<style:paragraph-properties fo:margin-top="0.2cm"/>
<style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents"
 style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
<style:paragraph-properties fo:margin-bottom="0.08cm"/>
<style:text-properties fo:font-size="10pt"/>
</style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading"
 style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
<style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"
 style:class="extra">
<style:paragraph-properties>
<style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
</style:paragraph-properties>
<style:text-properties fo:font-size="8pt" fo:color="#444444"/>
</style:style>
<style:style style:name="Footer_20_note" style:display-name="{w.style_note}"
 style:family="paragraph" style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/>
<style:text-properties fo:font-size="9pt" fo:color="#444444"/>
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
 style:print-orientation="portrait" fo:margin-top="1.6cm" fo:margin-bottom="1.2cm"
 fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:footer-style>
<style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/>
</style:footer-style>
</style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="A4">
<style:footer>
<text:p text:style-name="Footer">{w.running_footer}<text:tab/>{w.page_of[0]}<text:page-number \
text:select-page="current">1</text:page-number>{w.page_of[1]}<text:page-count>1</text:page-count>\
</text:p>
</style:footer>
</style:master-page>
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

# Little room above and below the text, the same in the Word document (docx.py): page 1 then
# holds the same overview in both formats.
_CELL = {
    "fo:padding-top": "0.05cm",
    "fo:padding-bottom": "0.05cm",
    "fo:padding-left": "0.1cm",
    "fo:padding-right": "0.1cm",
    "fo:border": "0.5pt solid #808080",
}


def _automatic_styles() -> list[tuple[str, str, str, dict[str, str]]]:
    """Content-only styles: the tables, their columns, cells and rows."""
    out = []
    for name, widths in L.COLUMNS.items():
        table = {"style:width": "17cm", "table:align": "margins", "fo:margin-bottom": "0.1cm"}
        if name not in L.SPLITTABLE:
            table["style:may-break-between-rows"] = "false"
        if name == "Sign":
            # The closing note follows the signatures onto their page: never a last page with
            # the note alone.
            table["fo:keep-with-next"] = "always"
        out.append((name, "table", "table-properties", table))
        for n, width in enumerate(widths):
            col = {"style:column-width": f"{width}cm"}
            out.append((f"{name}.{chr(65 + n)}", "table-column", "table-column-properties", col))
    out.append(("Cell", "table-cell", "table-cell-properties", _CELL))
    out.append(
        (
            "Cell.Head",
            "table-cell",
            "table-cell-properties",
            {**_CELL, "fo:background-color": "#ececec"},
        )
    )
    out.append(("Row", "table-row", "table-row-properties", {"fo:keep-together": "always"}))
    out.append(("Row.Sign", "table-row", "table-row-properties", {"style:min-row-height": "1.3cm"}))
    return out


_ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # fixed, so the same plan gives the same bytes


def render_odt(doc: Agreement) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as odt:
        # The package's type must come first and uncompressed, so tools can sniff it at offset 38.
        odt.writestr(_entry("mimetype", zipfile.ZIP_STORED), MEDIA_TYPE)
        odt.writestr(_entry("META-INF/manifest.xml"), MANIFEST_XML)
        odt.writestr(_entry("styles.xml"), styles_xml(L.words_of(doc)))
        odt.writestr(_entry("content.xml"), content_xml(doc))
    return buffer.getvalue()


class _Body:
    """The document body being written, with a counter for unique table names."""

    def __init__(self, parent: ET.Element) -> None:
        self.parent = parent
        self.tables = 0

    def heading(self, level: int, text: str) -> None:
        attrs = {"text:style-name": f"Heading_20_{level}", "text:outline-level": str(level)}
        _el(self.parent, "text:h", attrs, text)

    def p(self, text: str, style: str = "Text_20_body") -> None:
        _el(self.parent, "text:p", {"text:style-name": style}, text)

    def bullets(self, items: Iterable[str], style: str = "Text_20_body") -> None:
        _bullets(self.parent, items, style)

    def table(
        self, kind: str, rows: Sequence[Sequence[str | Detail]], head: tuple[str, ...] = ()
    ) -> None:
        """A table of `kind` (layout.COLUMNS); a row's first cell is a label unless there is a head.

        Tables not in layout.SPLITTABLE never break across pages; no row ever does.
        """
        self.tables += 1
        table = _el(
            self.parent,
            "table:table",
            {"table:name": f"Tabell{self.tables}", "table:style-name": kind},
        )
        for n in range(len(L.COLUMNS[kind])):
            _el(table, "table:table-column", {"table:style-name": f"{kind}.{chr(65 + n)}"})
        if head:
            row = _el(_el(table, "table:table-header-rows"), "table:table-row")
            for text in head:
                _cell(row, "Cell.Head", text, "Table_20_Heading")
        row_style = "Row.Sign" if kind == "Sign" else "Row"
        for cells in rows:
            row = _el(table, "table:table-row", {"table:style-name": row_style})
            for n, value in enumerate(cells):
                label = n == 0 and (not head or kind == "Sign")
                style = "Table_20_Heading" if label else "Table_20_Contents"
                if isinstance(value, Detail):
                    _detail(_cell(row, "Cell"), value, style)
                else:
                    _cell(row, "Cell", value, style)


def content_xml(doc: Agreement) -> bytes:
    root = ET.Element(_q("office:document-content"), {_q("office:version"): "1.2"})
    styles = _el(root, "office:automatic-styles")
    for name, family, props, attrs in _automatic_styles():
        style = _el(styles, "style:style", {"style:name": name, "style:family": family})
        _el(style, f"style:{props}", attrs)
    w = L.words_of(doc)
    body = _Body(_el(_el(root, "office:body"), "office:text"))
    body.heading(1, doc.title)
    body.p(f"{w.plan_date}: {doc.plan_date or w.not_agreed}")
    body.heading(2, w.overview)
    body.heading(3, w.coordinator)
    body.table("Facts", [list(r) for r in L.coordinator_rows(doc)])
    body.heading(3, w.responsibilities)
    if doc.responsibilities:
        rows = [list(L.responsibility_row(r, w)) for r in doc.responsibilities]
        body.table("Duties", rows, w.responsibility_head)
    else:
        body.p(w.no_responsibilities)
    body.heading(3, doc.resident_tasks_title)
    body.bullets(doc.resident_tasks) if doc.resident_tasks else body.p(w.no_tasks)
    body.heading(3, w.key_dates)
    if doc.key_dates:
        body.bullets([f"{L.key_date_text(d)}: {d.label}" for d in doc.key_dates], "Keep")
    else:
        body.p(w.no_key_dates, "Keep")
    if doc.evaluation:
        body.p(doc.evaluation, "Emphasis_20_body")
    body.heading(2, w.open_points)
    body.bullets(doc.open_points) if doc.open_points else body.p(w.no_open_points)
    for section in doc.details:
        body.heading(2, section.title)
        run: list[list[str | Detail]] = []
        for entry in (*section.entries, None):
            if isinstance(entry, Detail):
                run.append([entry.label, entry])
                continue
            if run:
                body.table("Answers", run)
                run = []
            if isinstance(entry, Block):
                body.heading(3, entry.title)
                body.table("Block", [[d.label, d] for d in L.block_details(entry, w)])
    body.heading(2, w.signatures)
    if doc.consent:
        body.p(doc.consent, "Keep")
    body.p(doc.applies_to_line, "Keep" if doc.signatures else "Text_20_body")
    if doc.signatures:
        body.table("Sign", [[role, "", ""] for role in doc.signatures], w.signature_head)
    for line in doc.footer:
        body.p(line, "Footer_20_note")
    xml: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return xml


def _cell(row: ET.Element, style: str, text: str | None = None, p_style: str = "") -> ET.Element:
    cell = _el(row, "table:table-cell", {"table:style-name": style, "office:value-type": "string"})
    if text is not None:
        _el(cell, "text:p", {"text:style-name": p_style}, text)
    return cell


def _detail(parent: ET.Element, detail: Detail, style: str) -> None:
    if detail.items:
        _bullets(parent, detail.items, "Table_20_Contents")
        return
    for lines in detail.paragraphs or (("",),):
        p = _el(parent, "text:p", {"text:style-name": "Table_20_Contents"}, lines[0])
        for line in lines[1:]:
            _el(p, "text:line-break").tail = clean(line)


def _bullets(parent: ET.Element, items: Iterable[str], style: str) -> None:
    listing = _el(parent, "text:list", {"text:style-name": "Bullets"})
    for text in items:
        _el(_el(listing, "text:list-item"), "text:p", {"text:style-name": style}, text)


def _el(
    parent: ET.Element, name: str, attrs: dict[str, str] | None = None, text: str | None = None
) -> ET.Element:
    element = ET.SubElement(parent, _q(name), {_q(k): v for k, v in (attrs or {}).items()})
    element.text = None if text is None else clean(text)
    return element


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _entry(name: str, compression: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = compression
    return info
