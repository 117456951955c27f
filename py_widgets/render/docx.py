"""The plan as an editable Word document (.docx, «Redigerbar plan (Word)»): WordprocessingML
written by hand with zipfile and xml.etree, the same outline, tables and page numbers as the ODT."""

import io
import zipfile
from collections.abc import Sequence
from xml.etree import ElementTree as ET

from ..words import Words
from . import layout as L
from .agreement import Agreement, Block, Detail
from .outline import clean

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ET.register_namespace("w", W)
ET.register_namespace("r", R)

CM = 567  # twentieths of a point (dxa) per centimetre
TEXT_WIDTH = 9638  # 17 cm: A4 less 2 cm margins
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

CONTENT_TYPES_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="{_PKG}/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="{_WML}.numbering+xml"/>
<Override PartName="/word/footer1.xml" ContentType="{_WML}.footer+xml"/>
</Types>
"""

RELS_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{_PKG}/relationships">
<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>
</Relationships>
"""

DOCUMENT_RELS_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{_PKG}/relationships">
<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{_REL}/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="{_REL}/footer" Target="footer1.xml"/>
</Relationships>
"""


def _style(style_id: str, name: str, ppr: str = "", rpr: str = "", based: str = "Normal") -> str:
    base = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>{base}'
        f"<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def styles_xml(w: Words) -> str:
    """The named styles the content refers to, and the document's language."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
        f'<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="{w.locale}"/></w:rPr></w:rPrDefault>'
        "<w:pPrDefault><w:pPr><w:widowControl/>"
        '<w:spacing w:after="0" w:line="252" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        + _style("Normal", "Normal", '<w:spacing w:after="113"/>', based="")
        + _style(
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:spacing w:before="0" w:after="57"/><w:outlineLvl w:val="0"/>',
            '<w:b/><w:sz w:val="34"/>',
        )
        + _style(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="1B1B1B"/>'
            '</w:pBdr><w:spacing w:before="255" w:after="113"/><w:outlineLvl w:val="1"/>',
            '<w:b/><w:sz w:val="27"/>',
        )
        + _style(
            "Heading3",
            "heading 3",
            '<w:keepNext/><w:spacing w:before="198" w:after="85"/><w:outlineLvl w:val="2"/>',
            '<w:b/><w:sz w:val="23"/>',
        )
        + _style("Keep", w.style_keep, "<w:keepNext/>")
        + _style("Emphasis", w.style_emphasis, '<w:spacing w:before="113"/>', "<w:b/>")
        + _style("ListBullet", "List Bullet", '<w:spacing w:after="57"/>')
        + _style("TableText", w.style_table_text, '<w:spacing w:after="45"/>', '<w:sz w:val="20"/>')
        + _style(
            "Spacer",
            "Avstand",
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            '<w:sz w:val="8"/>',
        )
        + _style("TableHeading", "Tabelloverskrift", "", "<w:b/>", based="TableText")
        + _style(
            "Footer",
            "footer",
            f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs><w:spacing w:after="0"/>',
            '<w:color w:val="444444"/><w:sz w:val="16"/>',
        )
        + _style(
            "Note",
            w.style_note,
            '<w:spacing w:before="113"/>',
            '<w:color w:val="444444"/><w:sz w:val="18"/>',
        )
        + "</w:styles>\n"
    )


NUMBERING_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="340" w:hanging="227"/></w:pPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>\n'
)


def _field(code: str) -> str:
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
        f' {code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def footer_xml(w: Words) -> str:
    """The running footer: «… Oppbevar den trygt.» on the left, «Side 1 av 3» on the right."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="{W}">'
        f'<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t>{w.running_footer}</w:t></w:r>'
        f'<w:r><w:tab/><w:t xml:space="preserve">{w.page_of[0]}</w:t></w:r>{_field("PAGE")}'
        f'<w:r><w:t xml:space="preserve">{w.page_of[1]}</w:t></w:r>{_field("NUMPAGES")}'
        "</w:p></w:ftr>\n"
    )


_ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # fixed, so the same plan gives the same bytes


def render_docx(doc: Agreement) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as docx:
        docx.writestr(_entry("[Content_Types].xml"), CONTENT_TYPES_XML)
        docx.writestr(_entry("_rels/.rels"), RELS_XML)
        docx.writestr(_entry("word/_rels/document.xml.rels"), DOCUMENT_RELS_XML)
        docx.writestr(_entry("word/styles.xml"), styles_xml(L.words_of(doc)))
        docx.writestr(_entry("word/numbering.xml"), NUMBERING_XML)
        docx.writestr(_entry("word/footer1.xml"), footer_xml(L.words_of(doc)))
        docx.writestr(_entry("word/document.xml"), document_xml(doc))
    return buffer.getvalue()


def document_xml(doc: Agreement) -> bytes:
    root = ET.Element(_w("document"))
    w = L.words_of(doc)
    body = _Body(_el(root, "body"))
    body.p(doc.title, "Heading1")
    body.p(f"{w.plan_date}: {doc.plan_date or w.not_agreed}")
    body.p(w.overview, "Heading2")
    body.p(w.coordinator, "Heading3")
    body.table("Facts", [list(r) for r in L.coordinator_rows(doc)])
    body.p(w.responsibilities, "Heading3")
    if doc.responsibilities:
        rows = [list(L.responsibility_row(r, w)) for r in doc.responsibilities]
        body.table("Duties", rows, w.responsibility_head)
    else:
        body.p(w.no_responsibilities)
    body.p(doc.resident_tasks_title, "Heading3")
    for task in doc.resident_tasks or ():
        body.p(task, "ListBullet")
    if not doc.resident_tasks:
        body.p(w.no_tasks)
    body.p(w.key_dates, "Heading3")
    for d in doc.key_dates:
        body.p(f"{L.key_date_text(d)}: {d.label}", "ListBullet", keep=True)
    if not doc.key_dates:
        body.p(w.no_key_dates, "Keep")
    if doc.evaluation:
        body.p(doc.evaluation, "Emphasis")
    body.p(w.open_points, "Heading2")
    for point in doc.open_points:
        body.p(point, "ListBullet")
    if not doc.open_points:
        body.p(w.no_open_points)
    for section in doc.details:
        body.p(section.title, "Heading2")
        run: list[list[str | Detail]] = []
        for entry in (*section.entries, None):
            if isinstance(entry, Detail):
                run.append([entry.label, entry])
                continue
            if run:
                body.table("Answers", run)
                run = []
            if isinstance(entry, Block):
                body.p(entry.title, "Heading3")
                body.table("Block", [[d.label, d] for d in L.block_details(entry, w)])
    body.p(w.signatures, "Heading2")
    if doc.consent:
        body.p(doc.consent, "Keep")
    body.p(doc.applies_to_line, "Keep" if doc.signatures else "Normal")
    if doc.signatures:
        body.table("Sign", [[role, "", ""] for role in doc.signatures], w.signature_head)
    for line in doc.footer:
        body.p(line, "Note")
    body.section()
    xml: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return xml


class _Body:
    """The document body being written."""

    def __init__(self, parent: ET.Element) -> None:
        self.parent = parent

    def p(self, text: str, style: str = "Normal", keep: bool = False) -> None:
        _paragraph(self.parent, [text], style, keep)

    def table(
        self, kind: str, rows: Sequence[Sequence[str | Detail]], head: tuple[str, ...] = ()
    ) -> None:
        """A table of `kind` (layout.COLUMNS); a row's first cell is a label unless there is a head.

        Tables not in layout.SPLITTABLE keep together as Word does it: every paragraph but
        those of the last row keeps with the next.
        """
        widths = [round(w * CM) for w in L.COLUMNS[kind]]
        table = _el(self.parent, "tbl")
        props = _el(table, "tblPr")
        _el(props, "tblW", {"w:w": str(sum(widths)), "w:type": "dxa"})
        borders = _el(props, "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            _el(
                borders, side, {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "808080"}
            )
        _el(props, "tblLayout", {"w:type": "fixed"})
        margins = _el(props, "tblCellMar")
        # 0.05 cm above and below, 0.1 cm at the sides: the ODT's cells (odt._CELL).
        for side, twips in (("top", "28"), ("left", "57"), ("bottom", "28"), ("right", "57")):
            _el(margins, side, {"w:w": twips, "w:type": "dxa"})
        grid = _el(table, "tblGrid")
        for width in widths:
            _el(grid, "gridCol", {"w:w": str(width)})
        keep = kind not in L.SPLITTABLE
        if head:
            row = self._row(table, widths, header=True)
            for width, text in zip(widths, head, strict=True):
                _cell(row, width, [text], "TableHeading", keep, shade=True)
        for n, cells in enumerate(rows):
            row = self._row(table, widths, sign=kind == "Sign")
            keep_row = keep and n < len(rows) - 1
            for i, (width, value) in enumerate(zip(widths, cells, strict=True)):
                label = i == 0 and (not head or kind == "Sign")
                style = "TableHeading" if label else "TableText"
                _cell(row, width, value, style, keep_row)
        # Word needs a paragraph between two tables, or it merges them; a small one.
        _paragraph(self.parent, [""], "Spacer")

    @staticmethod
    def _row(
        table: ET.Element, widths: list[int], header: bool = False, sign: bool = False
    ) -> ET.Element:
        row = _el(table, "tr")
        props = _el(row, "trPr")
        _el(props, "cantSplit")
        if header:
            _el(props, "tblHeader")
        if sign:
            _el(props, "trHeight", {"w:val": str(round(1.3 * CM)), "w:hRule": "atLeast"})
        return row

    def section(self) -> None:
        props = _el(self.parent, "sectPr")
        _el(props, "footerReference", {"w:type": "default", f"{{{R}}}id": "rId3"})
        _el(props, "pgSz", {"w:w": "11906", "w:h": "16838"})
        margins = {"top": 907, "bottom": 794, "left": 1134, "right": 1134, "footer": 397}
        _el(
            props,
            "pgMar",
            {f"w:{k}": str(v) for k, v in {**margins, "header": 397, "gutter": 0}.items()},
        )


def _cell(
    row: ET.Element,
    width: int,
    value: str | Detail | list[str],
    style: str,
    keep: bool,
    shade: bool = False,
) -> None:
    cell = _el(row, "tc")
    props = _el(cell, "tcPr")
    _el(props, "tcW", {"w:w": str(width), "w:type": "dxa"})
    if shade:
        _el(props, "shd", {"w:val": "clear", "w:color": "auto", "w:fill": "ECECEC"})
    if isinstance(value, Detail):
        if value.items:
            for item in value.items:
                _paragraph(cell, [item], "TableText", keep, bullet=True)
            return
        for lines in value.paragraphs or (("",),):
            _paragraph(cell, list(lines), style, keep)
        return
    _paragraph(cell, [value] if isinstance(value, str) else value, style, keep)


def _paragraph(
    parent: ET.Element, lines: list[str], style: str, keep: bool = False, bullet: bool = False
) -> None:
    p = _el(parent, "p")
    props = _el(p, "pPr")
    _el(props, "pStyle", {"w:val": style})
    if keep:
        _el(props, "keepNext")
    if bullet or style == "ListBullet":
        # Set on the paragraph, not the style: LibreOffice shows bullets only then.
        numbering = _el(props, "numPr")
        _el(numbering, "ilvl", {"w:val": "0"})
        _el(numbering, "numId", {"w:val": "1"})
    run = _el(p, "r")
    for n, line in enumerate(lines):
        if n:
            _el(run, "br")
        text = _el(run, "t", {"xml:space": "preserve"})
        text.text = clean(line)


def _el(parent: ET.Element, name: str, attrs: dict[str, str] | None = None) -> ET.Element:
    return ET.SubElement(parent, _w(name), {_attr(k): v for k, v in (attrs or {}).items()})


def _attr(name: str) -> str:
    if name.startswith("{"):
        return name
    prefix, local = name.split(":")
    return {"w": f"{{{W}}}", "xml": "{http://www.w3.org/XML/1998/namespace}"}[prefix] + local


def _w(local: str) -> str:
    return f"{{{W}}}{local}"


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info
