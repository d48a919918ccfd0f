"""The plan as a Word document laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I.

Page 1: header block (agency, number | Quốc hiệu, Tiêu ngữ, place and date),
"KẾ HOẠCH" and the trích yếu, the body, then "Nơi nhận" and the signature.
Page numbers are centred at the top from page 2. The scenario frame follows
as an annex in a landscape section with its own numbering (docx_annex).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor

from bhxh_plan.render import docx_xml
from bhxh_plan.render.docx_annex import annex_section
from bhxh_plan.render.docx_head import header_block, signature_block, title_block
from bhxh_plan.render.docx_page import page_numbers, page_setup
from bhxh_plan.render.docx_parts import Cell, Para, RawTable, para_xml
from bhxh_plan.render.view import Block, PlanView, Table

BODY_PT = 14
INDENT_MM = 12.7
# A4 portrait margins (mm): top, bottom, left, right — ND30: 20–25, 20–25, 30–35, 15–20
PORTRAIT = (20, 20, 30, 15)
TEXT_MM = 210 - PORTRAIT[2] - PORTRAIT[3]


def _layout(
    style: Any, align: Any, indent_mm: float, before: float | None, after: float, spacing: float
) -> Any:
    """Set a style's paragraph layout (``before=None`` leaves it inherited); its format."""
    pf = style.paragraph_format
    pf.alignment = align
    pf.first_line_indent = Mm(indent_mm)
    if before is not None:
        pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = spacing
    return pf


def _styles(doc: DocxDocument) -> None:
    docx_xml.normalize_styles(doc, BODY_PT)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    _layout(normal, WD_ALIGN_PARAGRAPH.JUSTIFY, INDENT_MM, 0, 6, 1.15).widow_control = True
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        style = doc.styles[name]
        style.font.size = Pt(BODY_PT)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        _layout(style, WD_ALIGN_PARAGRAPH.JUSTIFY, INDENT_MM, 6, 6, 1.15).keep_with_next = True
    header = doc.styles["Header"]
    header.font.size = Pt(BODY_PT)
    header.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.paragraph_format.first_line_indent = Mm(0)
    for name, size in (("BH Cell", 12), ("BH Annex", 11)):
        style = doc.styles.add_style(name, 1)
        style.base_style = normal
        style.font.size = Pt(size)
        _layout(style, WD_ALIGN_PARAGRAPH.LEFT, 0, 1, 1, 1.0)
    # the header block and signature: centred, single spacing, no indent
    block = doc.styles.add_style("BH Block", 1)
    block.base_style = normal
    _layout(block, WD_ALIGN_PARAGRAPH.CENTER, 0, None, 0, 1.0)


_STYLE_ID = {"h1": "Heading1", "h2": "Heading2", "h3": "Heading3"}


def _table(table: Table) -> Any:
    total = sum(table.widths)
    widths = [TEXT_MM * w / total for w in table.widths]
    raw = RawTable(widths)

    def cell(text: str, col: int, bold: bool = False, head: bool = False) -> Cell:
        align = "center" if head else ("right" if col in table.numeric else "left")
        lines = text.split("\n") if text else [""]
        return Cell([Para(x, style="BHCell", align=align, bold=bold) for x in lines])

    raw.row([cell(h, i, True, True) for i, h in enumerate(table.header)], header=True)
    for row in table.rows:
        # body tables may break inside a row: a tall row would otherwise leave a page blank
        raw.row([cell(v, i) for i, v in enumerate(row)], split=True)
    if table.total:
        raw.row([cell(v, i, bold=True) for i, v in enumerate(table.total)], split=True)
    return raw.tbl


def body(doc: DocxDocument, blocks: tuple[Block, ...]) -> None:
    """The body paragraphs; the last one keeps with the signature block."""
    el = doc.element.body
    for i, b in enumerate(blocks):
        if b.kind == "table" and b.table is not None:
            el._insert_tbl(_table(b.table))
            el._insert_p(para_xml(Para(style="BHCell", after=3)))
            continue
        italic = b.kind in ("basis", "note")
        last = i == len(blocks) - 1
        for line in b.full.split("\n"):
            p = Para(line, style=_STYLE_ID.get(b.kind), italic=italic, keep_next=last)
            el._insert_p(para_xml(p))


# python-docx refuses a core property (title, subject, …) longer than 255 characters
PROPERTY_LIMIT = 255


def fit_property(text: str, limit: int = PROPERTY_LIMIT) -> str:
    """``text`` cut to ``limit`` characters with "…" (the document body keeps it whole)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def properties(doc: DocxDocument, view: PlanView) -> None:
    """Title, issuing unit and the source stamp (framework id, sha256 of the plan)."""
    cp = doc.core_properties
    cp.title = fit_property(view.header.title)
    cp.subject = fit_property(f"{view.header.number} — {view.header.subject}")
    cp.author = fit_property(view.header.unit)
    cp.last_modified_by = fit_property(view.stamp.tool)
    cp.category = fit_property(view.header.doc_type)
    cp.keywords = fit_property(f"bhxh-plan; {view.stamp.framework}; {view.header.number}")
    cp.comments = fit_property(view.stamp.text)
    cp.identifier = fit_property(view.stamp.identifier)
    cp.language = "vi-VN"
    cp.revision = 1
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    cp.created = now
    cp.modified = now


def render_docx(view: PlanView) -> bytes:
    """The ``.docx`` bytes of ``view``."""
    doc = Document()
    _styles(doc)
    section = doc.sections[0]
    page_setup(section, False, PORTRAIT)
    page_numbers(section)
    el = doc.element.body
    for part in (header_block(view.header), *title_block(view.header)):
        if part.tag.endswith("tbl"):
            el._insert_tbl(part)
        else:
            el._insert_p(part)
    body(doc, view.blocks)
    el._insert_tbl(signature_block(view))
    if view.annex is not None:
        annex_section(doc, view)
    properties(doc, view)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
