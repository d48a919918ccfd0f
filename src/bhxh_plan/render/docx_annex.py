"""The scenario frame as the plan's annex: a landscape section with its own page numbers.

Nine columns as in the khung kịch bản (district scenario frame) of Đồng Nai; a
group row spans the table ("1", "2", "3" …); a sub-group's code ("3.1") and the
subject cell are merged down over the entry's rows, as in that frame. The header
row repeats on every page and no row splits.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.shared import Pt

from bhxh_plan.render import docx_xml
from bhxh_plan.render.docx_page import page_numbers, page_setup
from bhxh_plan.render.docx_parts import Cell, Para, RawTable, para_xml
from bhxh_plan.render.view import PlanView

# landscape A4: top, bottom, left, right (mm); 297 - 45 = 252 mm of text width
ANNEX_MARGINS = (20.0, 15.0, 30.0, 15.0)
ANNEX_WIDTHS = (9.0, 25.0, 28.0, 23.0, 72.0, 19.0, 27.0, 22.0, 27.0)
_STYLE = "BHAnnex"


def _paras(text: str, *, align: str | None = None, bold: bool = False) -> list[Para]:
    return [Para(line, style=_STYLE, align=align, bold=bold) for line in text.split("\n")]


def _shrink_break(doc: DocxDocument) -> None:
    # add_section leaves the previous section's properties in a new empty paragraph;
    # keep it one point high so it cannot push the signature onto a page of its own
    last = doc.paragraphs[-1]
    last.paragraph_format.space_after = 0
    last.paragraph_format.space_before = 0
    last.paragraph_format.line_spacing = Pt(1)


def annex_section(doc: DocxDocument, view: PlanView) -> None:
    """Append the annex section to ``doc``."""
    annex = view.annex
    if annex is None:
        return
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _shrink_break(doc)
    page_setup(section, True, ANNEX_MARGINS)
    page_numbers(section)
    docx_xml.restart_numbering(section._sectPr, 1)
    body = doc.element.body
    for p in (
        Para(annex.label, style="BHBlock", size=14, bold=True),
        Para(annex.title, style="BHBlock", size=14, bold=True),
        Para(annex.attached, style="BHBlock", size=14, italic=True, after=12),
    ):
        body._insert_p(para_xml(p))
    table = RawTable(ANNEX_WIDTHS)
    table.row(
        [Cell(_paras(c, align="center", bold=True), valign="center") for c in annex.columns],
        header=True,
    )
    for group in annex.groups:
        head = [Para(group.code, style=_STYLE, align="center", bold=True, keep_next=True)]
        name = [Para(group.name, style=_STYLE, bold=True, keep_next=True)]
        table.row([Cell(head), Cell(name, span=len(ANNEX_WIDTHS) - 1)])
        for entry in group.entries:
            merge = len(entry.lines) > 1
            for i, line in enumerate(entry.lines):
                vm = ("continue" if i else "restart") if merge else None
                tt = Cell([] if i else _paras(entry.code, align="center"), vmerge=vm)
                subject = Cell([] if i else _paras(entry.subject), vmerge=vm)
                table.row([tt, subject, *(Cell(_paras(text)) for text in line.cells())])
    body._insert_tbl(table.tbl)
