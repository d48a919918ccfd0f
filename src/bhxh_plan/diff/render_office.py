"""The "Bảng so sánh, đối chiếu" offices attach to a revised plan, as .xlsx or .docx.

Columns: TT | Nội dung cũ | Nội dung mới | Ghi chú; one heading row per section
(numbered I, II, …), one row per change, then the budget totals when they moved.
Times New Roman, A4, thin borders, wrapped text; in the workbook every cell
holding plan text is stored as text, never as a formula.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from bhxh_plan.diff.describe import cells
from bhxh_plan.diff.model import PlanDiff
from bhxh_plan.diff.render_text import budget_rows, by_section
from bhxh_plan.i18n import t
from bhxh_plan.messages import keys
from bhxh_plan.textsafe import xml_text

FONT = "Times New Roman"
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass(frozen=True, slots=True)
class Row:
    """A heading row (``heading`` set) or a change row."""

    number: str
    old: str = ""
    new: str = ""
    note: str = ""
    heading: str = ""


def table_rows(diff: PlanDiff) -> list[Row]:
    """The body of the comparison table, in plan order."""
    rows: list[Row] = []
    n = 0
    sections = list(by_section(diff))
    for i, (section, changes) in enumerate(sections):
        rows.append(
            Row(_ROMAN[i] if i < len(_ROMAN) else str(i + 1), heading=t(keys.DIFF_SECTION[section]))
        )
        for c in changes:
            n += 1
            old, new, note = cells(c)
            rows.append(Row(str(n), xml_text(old), xml_text(new), xml_text(note)))
    if diff.budget_changed:
        k = len(sections)
        rows.append(
            Row(_ROMAN[k] if k < len(_ROMAN) else str(k + 1), heading=t("diff.budget.heading"))
        )
        for name, before, after in budget_rows(diff):
            n += 1
            rows.append(Row(str(n), f"{name}: {before}", f"{name}: {after}"))
    return rows


def headers() -> tuple[str, str, str, str]:
    return t("diff.table.tt"), t("diff.table.old"), t("diff.table.new"), t("diff.table.note")


def subtitle(diff: PlanDiff) -> str:
    return xml_text(t("diff.table.subtitle", old=diff.old_title, new=diff.new_title))


def xlsx_bytes(diff: PlanDiff) -> bytes:
    """The comparison table as an Excel workbook."""
    # stubs may or may not be installed; either way this line type-checks
    from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
    from openpyxl.styles import (  # type: ignore[import-untyped, unused-ignore]
        Alignment,
        Border,
        Font,
        PatternFill,
        Side,
    )

    wb = Workbook()
    ws = wb.active
    ws.title = t("diff.table.sheet")
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")

    def put(
        row: int,
        col: int,
        value: str,
        *,
        bold: bool = False,
        align: Alignment = wrap,
        framed: bool = True,
        size: int = 12,
    ) -> None:
        cell = ws.cell(row=row, column=col)
        cell.value = value
        cell.data_type = "s"  # plan text starting with "=" stays text
        cell.font = Font(name=FONT, size=size, bold=bold)
        cell.alignment = align
        if framed:
            cell.border = border

    put(1, 1, t("diff.table.title"), bold=True, align=centre, framed=False, size=14)
    ws.merge_cells("A1:D1")
    put(2, 1, subtitle(diff), align=centre, framed=False)
    ws.merge_cells("A2:D2")
    ws.row_dimensions[2].height = 32
    for col, name in enumerate(headers(), start=1):
        put(4, col, name, bold=True, align=centre)
        ws.cell(row=4, column=col).fill = PatternFill("solid", fgColor="D9D9D9")
    r = 5
    body = table_rows(diff)
    if not body:
        put(r, 1, "", align=centre)
        put(r, 2, t("diff.table.none"))
        for col in (3, 4):
            put(r, col, "")
    for row in body:
        put(r, 1, row.number, bold=bool(row.heading), align=centre)
        if row.heading:
            put(r, 2, row.heading, bold=True)
            for col in (3, 4):
                put(r, col, "")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        else:
            put(r, 2, row.old)
            put(r, 3, row.new)
            put(r, 4, row.note, align=centre)
        r += 1
    for letter, width in zip("ABCD", (6, 60, 60, 16), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    ws.print_title_rows = "4:4"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def docx_bytes(diff: PlanDiff) -> bytes:
    """The comparison table as a Word document (A4, margins of Nghị định 30/2020/NĐ-CP)."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt
    from docx.table import _Cell

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(13)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)

    def para(text: str, *, bold: bool = False, italic: bool = False, size: int = 13) -> None:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)

    para(t("diff.table.title"), bold=True, size=14)
    para(subtitle(diff), italic=True)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.1), Cm(6.7), Cm(6.7), Cm(2.0))
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice reads; cells get theirs below

    def fill(cell: _Cell, text: str, *, bold: bool = False, centre: bool = False) -> None:
        for i, part in enumerate(text.split("\n")):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            if centre:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(part)
            run.bold = bold
            run.font.size = Pt(12)

    header = table.rows[0]
    for cell, name, width in zip(header.cells, headers(), widths, strict=True):
        cell.width = width
        fill(cell, name, bold=True, centre=True)
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    body = table_rows(diff) or [Row("", t("diff.table.none"))]
    for row in body:
        cells_ = table.add_row().cells
        for cell, width in zip(cells_, widths, strict=True):
            cell.width = width
        fill(cells_[0], row.number, bold=bool(row.heading), centre=True)
        if row.heading:
            merged = cells_[1].merge(cells_[3])
            fill(merged, row.heading, bold=True)
        else:
            fill(cells_[1], row.old)
            fill(cells_[2], row.new)
            fill(cells_[3], row.note, centre=True)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
