"""The Excel workbook: streaming (write-only) sheets, shared styles, safe text cells.

Text from the plan is always a string cell (``t="inlineStr"``), never a formula,
whatever it starts with; text starting with a character Excel treats as the
start of a formula also gets ``quotePrefix`` so that editing the cell keeps it
literal. Row heights are computed from the text so that nothing is hidden.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from bhxh_plan.render.metrics import wrapped_lines
from bhxh_plan.render.view import PlanView
from bhxh_plan.textsafe import xml_text

FONT = "Times New Roman"
SIZE = 11
LINE_PT = 14.0
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_GREY = PatternFill("solid", fgColor="E7E6E6")
_RED = PatternFill("solid", fgColor="F4B6B6")
_MARK = PatternFill("solid", fgColor="9DC3E6")


def _style(
    name: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = SIZE,
    h: str = "left",
    box: bool = True,
    fill: PatternFill | None = None,
    fmt: str | None = None,
    color: str = "000000",
) -> NamedStyle:
    style = NamedStyle(name=name)
    style.font = Font(name=FONT, size=size, bold=bold, italic=italic, color=color)
    style.alignment = Alignment(horizontal=h, vertical="top" if box else "center", wrap_text=True)
    if box:
        style.border = _BOX
    if fill is not None:
        style.fill = fill
    if fmt:
        style.number_format = fmt
    return style


STYLES = (
    _style("bh-title", bold=True, size=13, h="center", box=False),
    _style("bh-subtitle", italic=True, size=12, h="center", box=False),
    _style("bh-unit", bold=True, size=12, h="center", box=False),
    _style("bh-plain", size=12, h="center", box=False),
    _style("bh-note", italic=True, box=False),
    _style("bh-head", bold=True, h="center", fill=_GREY),
    _style("bh-text"),
    _style("bh-center", h="center"),
    _style("bh-group", bold=True, fill=_GREY),
    _style("bh-group-code", bold=True, h="center", fill=_GREY),
    _style("bh-sub", bold=True, italic=True),
    _style("bh-sub-code", bold=True, italic=True, h="center"),
    _style("bh-num", h="right", fmt="#,##0"),
    _style("bh-num-bold", bold=True, h="right", fmt="#,##0"),
    _style("bh-bold", bold=True),
    _style("bh-missing", bold=True, fill=_RED),
    _style("bh-missing-center", bold=True, h="center", fill=_RED),
    _style("bh-mark", h="center", fill=_MARK),
    _style("bh-tech", italic=True, color="7F7F7F"),
)


def col_points(width: float) -> float:
    """Usable text width (pt) of a column ``width`` characters wide (Calibri 11 digits)."""
    return (width * 7 + 5) * 0.75 - 6


class SheetWriter:
    """Rows appended one by one to a write-only sheet, with merges and heights."""

    def __init__(
        self, wb: Workbook, title: str, widths: Sequence[float], header_row: int | None
    ) -> None:
        self.ws: Any = wb.create_sheet(title)
        self.widths = list(widths)
        self.row = 0
        self.header_row = header_row
        ws = self.ws
        # a streaming sheet writes its columns, views and page properties with the first row
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        if header_row is not None:
            ws.freeze_panes = f"A{header_row + 1}"

    def text(self, value: str | None, style: str = "bh-text") -> WriteOnlyCell:
        """A literal text cell (never a formula)."""
        cell = WriteOnlyCell(self.ws)
        cell.style = style
        if value:
            value = xml_text(value)  # plan text reaches here already cleaned; this is the sink
            cell.value = value
            cell.data_type = "s"
            if value.startswith(_FORMULA_START):
                cell.quotePrefix = True
        return cell

    def value(self, value: float | None, style: str = "bh-num") -> WriteOnlyCell:
        """A number (or an empty styled cell)."""
        cell = WriteOnlyCell(self.ws, value=value)
        cell.style = style
        return cell

    def formula(self, formula: str, style: str = "bh-num-bold") -> WriteOnlyCell:
        """A formula the renderer wrote itself (totals), never plan text."""
        cell = WriteOnlyCell(self.ws, value=formula)
        cell.style = style
        return cell

    def height(
        self, texts: Sequence[tuple[int, str, bool]], span: dict[int, int] | None = None
    ) -> float:
        """Row height (pt) fitting ``(column, text, bold)`` cells; ``span`` widens merges."""
        lines = 1
        for col, text, bold in texts:
            if not text:
                continue
            cols = (span or {}).get(col, 1)
            width = sum(col_points(w) + 6 for w in self.widths[col : col + cols]) - 6
            lines = max(lines, wrapped_lines(text, width, SIZE, bold))
        return lines * LINE_PT + 4

    def append(self, cells: Sequence[WriteOnlyCell], height: float | None = None) -> int:
        """Write a row (1-based index returned); its height must be set before it is written."""
        self.row += 1
        if height is not None:
            self.ws.row_dimensions[self.row].height = round(height, 1)
        self.ws.append(list(cells))
        return self.row

    def merge(self, first_col: int, last_col: int, first_row: int, last_row: int = 0) -> None:
        """Merge columns ``first_col..last_col`` (0-based) of the given rows."""
        ref = (
            f"{get_column_letter(first_col + 1)}{first_row}:"
            f"{get_column_letter(last_col + 1)}{last_row or first_row}"
        )
        self.ws.merged_cells.add(ref)

    def title_row(self, text: str, style: str, ncols: int, height: float = 20) -> None:
        """A title spread over ``ncols`` columns."""
        row = self.append(
            [self.text(text, style), *(self.text(None, style) for _ in range(ncols - 1))], height
        )
        self.merge(0, ncols - 1, row)

    def finish(self, last_col: int, landscape: bool = True) -> None:
        """A4, one page wide, the header row repeated on every printed page."""
        ws = self.ws
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        if self.header_row is not None:
            ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.print_area = f"A1:{get_column_letter(last_col)}{max(self.row, 1)}"


def new_workbook(view: PlanView) -> Workbook:
    """A write-only workbook with the shared styles and the source stamp."""
    wb = Workbook(write_only=True)
    # column widths are counted in digits of the Normal font: make it the text font so that
    # Excel and LibreOffice (which lacks Calibri) give the columns the same width
    wb._named_styles["Normal"].font = Font(name=FONT, size=SIZE)
    for style in STYLES:
        wb.add_named_style(style)
    # totals are formulas without cached values: ask Excel to compute them on opening
    wb.calculation.fullCalcOnLoad = True
    props = wb.properties
    props.title = view.header.title
    props.subject = f"{view.header.number} — {view.header.subject}"
    props.creator = view.header.unit
    props.lastModifiedBy = view.stamp.tool
    props.keywords = f"bhxh-plan; {view.stamp.framework}; {view.header.number}"
    props.description = view.stamp.text
    props.identifier = view.stamp.identifier
    props.category = view.header.doc_type
    props.language = "vi-VN"
    return wb


def save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
