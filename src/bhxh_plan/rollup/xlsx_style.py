"""Cells, styles and print settings shared by the roll-up's sheets.

Styles are registered once per workbook as named styles and applied by name:
building tens of thousands of style objects cell by cell is what makes
openpyxl slow on a national batch.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import (  # type: ignore[import-untyped]
    Alignment,
    Border,
    Font,
    NamedStyle,
    PatternFill,
    Side,
)
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from bhxh_plan.rollup.coverage import State
from bhxh_plan.textsafe import xml_text

Value = str | int | float | None

FILLS = {
    State.OK.value: "C6EFCE",
    State.EXTRA.value: "DDEBF7",
    State.MISSING.value: "FFC7CE",
    State.OUTSIDE.value: "FFD8A8",
    State.NA.value: "EDEDED",
}
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD = PatternFill("solid", fgColor="D9E1F2")
_CENTER = Alignment(horizontal="center", vertical="center")
_RED = "9C0006"


def _style(name: str, **parts: object) -> NamedStyle:
    style = NamedStyle(name=name)
    for key, value in parts.items():
        setattr(style, key, value)
    return style


def register(wb: Workbook) -> None:
    """Add the roll-up's named styles (``bp-…``) to the workbook."""
    styles = [
        _style("bp-title", font=Font(bold=True, size=13)),
        _style("bp-head", font=Font(bold=True), fill=_HEAD, border=_BORDER,
               alignment=Alignment(wrap_text=True, vertical="top")),
        _style("bp-head-center", font=Font(bold=True), fill=_HEAD, border=_BORDER,
               alignment=_CENTER),
        _style("bp-head-vertical", font=Font(bold=True), fill=_HEAD, border=_BORDER,
               alignment=Alignment(text_rotation=90, horizontal="center", vertical="bottom",
                                   wrap_text=True)),
        _style("bp-cell", border=_BORDER),
        _style("bp-money", border=_BORDER, number_format="#,##0"),
        _style("bp-wrap", border=_BORDER, alignment=Alignment(wrap_text=True, vertical="top")),
        _style("bp-bold", font=Font(bold=True)),
        _style("bp-bold-money", font=Font(bold=True), number_format="#,##0"),
        _style("bp-bold-center", font=Font(bold=True), alignment=_CENTER),
        _style("bp-bad", border=_BORDER, font=Font(bold=True, color=_RED),
               fill=PatternFill("solid", fgColor=FILLS[State.MISSING.value])),
        _style("bp-warn", border=_BORDER,
               fill=PatternFill("solid", fgColor=FILLS[State.OUTSIDE.value])),
    ]  # fmt: skip
    for state, color in FILLS.items():
        red = state in (State.MISSING.value, State.OUTSIDE.value)
        styles.append(
            _style(
                f"bp-{state}",
                fill=PatternFill("solid", fgColor=color),
                border=_BORDER,
                alignment=_CENTER,
                font=Font(bold=True, color=_RED) if red else Font(),
            )
        )
    for style in styles:
        wb.add_named_style(style)


def put(ws: Worksheet, row: int, col: int, value: Value, style: str = "") -> None:
    """Write a value; text is always text (never a formula) and free of control characters."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = xml_text(value)
        cell.data_type = "s"
    else:
        cell.value = value
    if style:
        cell.style = style
    elif isinstance(value, int | float) and abs(value) >= 1000:
        cell.number_format = "#,##0"


def put_row(ws: Worksheet, row: int, values: Sequence[Value], style: str = "bp-cell") -> None:
    """A row of values from column A, each with ``style`` (numbers of 1000 or more grouped)."""
    for col, value in enumerate(values, 1):
        big = isinstance(value, int | float) and abs(value) >= 1000
        put(ws, row, col, value, "bp-money" if big and style == "bp-cell" else style)


def sheet_title(base: str, index: int) -> str:
    """A valid, unique-per-framework sheet name (31 characters, no []:*?/\\)."""
    title = base if index == 0 else f"{base} ({index + 1})"
    return "".join(ch for ch in title if ch not in "[]:*?/\\")[:31]


def prepare(ws: Worksheet, header_rows: int, frozen: str, widths: Sequence[float]) -> None:
    """A4 landscape, fit to width, header rows repeated, panes frozen, column widths."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"2:{header_rows}"
    ws.freeze_panes = frozen
    ws.page_margins.left = ws.page_margins.right = 0.4
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width


def header(ws: Worksheet, row: int, names: Sequence[str], style: str = "bp-head") -> None:
    """A header row from column A."""
    for col, name in enumerate(names, 1):
        put(ws, row, col, name, style)


def title(ws: Worksheet, text: str) -> None:
    """The sheet's title in A1."""
    put(ws, 1, 1, text, "bp-title")
