"""Excel sheets and Word tables as :class:`Grid` objects (after :mod:`safety` checks)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any, Final

from bhxh_plan.dates import dmy
from bhxh_plan.importer.grid import Cell, Grid
from bhxh_plan.importer.safety import MAX_CELLS, MAX_FILE, Refused
from bhxh_plan.io.errors import LoadError
from bhxh_plan.io.reading import check_regular, read_regular

MAX_ROWS: Final = 20_000
MAX_COLS: Final = 200
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return dmy(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").replace("_x000D_", "")


def ensure_regular(path: Path) -> None:
    """Refuse a FIFO, a device or a symlink loop before anything opens it (a FIFO blocks)."""
    try:
        check_regular(path)
    except LoadError as exc:
        raise Refused("import.unreadable", {"error": exc.message}) from None


def _raw(path: Path, limit: int) -> io.BytesIO:
    """The file's bytes, read once as a bounded regular file."""
    try:
        return io.BytesIO(read_regular(path, limit))
    except LoadError as exc:
        raise Refused("import.unreadable", {"error": exc.message}) from None


def read_xlsx(path: Path, limit: int = MAX_FILE) -> list[Grid]:
    """Every worksheet of the workbook, in order."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    raw = _raw(path, limit)
    try:
        wb = load_workbook(raw, data_only=True, read_only=False)
    except Refused:
        raise
    except Exception as exc:  # openpyxl reports broken parts with many exception types
        raise Refused(
            "import.corrupt", {"error": f"{type(exc).__name__}: {exc}"}, "import.corrupt.hint"
        ) from None
    grids = []
    for ws in wb.worksheets:
        cells: dict[tuple[int, int], Any] = getattr(ws, "_cells", {})
        used = [(r, c) for (r, c), cell in cells.items() if cell.value not in (None, "")]
        # the table is where the text is: a merge reaching past it (a title merged across
        # the whole row) only covers empty cells, so it is cut at the text's edge
        height = max((r for r, _ in used), default=0)
        width = max((c for _, c in used), default=0)
        _bound(ws.title, height, width)
        rows = [
            [
                Cell(_text(cells[(r, c)].value) if (r, c) in cells else "", (r - 1, c - 1))
                for c in range(1, width + 1)
            ]
            for r in range(1, height + 1)
        ]
        for m in ws.merged_cells.ranges:
            origin = (m.min_row - 1, m.min_col - 1)
            for r in range(m.min_row, min(m.max_row, height) + 1):
                for c in range(m.min_col, min(m.max_col, width) + 1):
                    if (r - 1, c - 1) != origin:
                        rows[r - 1][c - 1] = Cell("", origin)
        grids.append(Grid(ws.title, "xlsx", rows))
    return grids


def _bound(table: str, height: int, width: int) -> None:
    """Refuse a table past :data:`MAX_ROWS`, :data:`MAX_COLS` or :data:`MAX_CELLS`."""
    if height > MAX_ROWS or width > MAX_COLS or height * width > MAX_CELLS:
        raise Refused(
            "import.sheet_too_large",
            {"sheet": table, "rows": height, "cols": width},
            "import.too_many_cells.hint",
        )


def read_docx(path: Path, limit: int = MAX_FILE) -> list[Grid]:
    """Every table in the body of the document ("Bảng 1", "Bảng 2", …), in order."""
    import docx

    raw = _raw(path, limit)
    try:
        document = docx.Document(raw)
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise Refused(
            "import.corrupt", {"error": f"{type(exc).__name__}: {exc}"}, "import.corrupt.hint"
        ) from None
    grids: list[Grid] = []
    seen: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            seen.append(_paragraph_text(child))
        elif child.tag == f"{_W}tbl":
            grid = _table(child, f"Bảng {len(grids) + 1}")
            grid.preamble = [x for x in seen if x.strip()]
            grids.append(grid)
            seen.extend(c.text for row in grid.rows for c in row if c.text)
    return grids


def _paragraph_text(p: Any) -> str:
    parts: list[str] = []
    for node in p.iter(f"{_W}t", f"{_W}br", f"{_W}cr", f"{_W}tab"):
        tag = node.tag
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append(" ")
        else:
            parts.append("\n")
    text = "".join(parts)
    style = p.find(f"{_W}pPr/{_W}pStyle")
    style_id = style.get(f"{_W}val", "") if style is not None else ""
    numbered = p.find(f"{_W}pPr/{_W}numPr") is not None or style_id.startswith(
        ("ListBullet", "ListNumber")
    )
    # Word's automatic bullets are not in the text; they mean a list item
    return f"- {text.lstrip()}" if numbered and text.strip() else text


def _cell_text(tc: Any) -> str:
    paras = [_paragraph_text(p) for p in tc.findall(f"{_W}p")]
    return "\n".join(paras).strip("\n")


def _span(props: Any, where: str) -> int:
    """The cell's ``gridSpan`` (1 without one); a value that is no column count is refused."""
    span_el = props.find(f"{_W}gridSpan") if props is not None else None
    if span_el is None:
        return 1
    value = str(span_el.get(f"{_W}val", "1")).strip()
    # Word writes a small decimal number; anything else is damage (or a trap: int() of
    # 5,000 digits raises, and a huge span would make a huge grid)
    if not value.isdecimal() or len(value) > 4 or int(value) < 1:
        raise Refused(
            "import.bad_span", {"where": where, "value": value[:20]}, "import.corrupt.hint"
        )
    return int(value)


def _table(tbl: Any, name: str) -> Grid:
    rows: list[list[Cell]] = []
    width = 0
    for r, tr in enumerate(tbl.findall(f"{_W}tr")):
        row: list[Cell] = []
        for tc in tr.findall(f"{_W}tc"):
            props = tc.find(f"{_W}tcPr")
            c = len(row)
            span = _span(props, f"{name}, dòng {r + 1}, cột {c + 1}")
            # bound the row before expanding the span, and the table before keeping the row
            _bound(name, r + 1, c + span)
            vmerge = props.find(f"{_W}vMerge") if props is not None else None
            continues = vmerge is not None and vmerge.get(f"{_W}val", "continue") != "restart"
            above = rows[r - 1][c] if continues and r and c < len(rows[r - 1]) else None
            origin = above.origin if above is not None else (r, c)
            text = "" if above is not None else _cell_text(tc)
            row.append(Cell(text, origin))
            row.extend(Cell("", origin) for _ in range(span - 1))
        width = max(width, len(row))
        _bound(name, r + 1, width)
        rows.append(row)
    for r, row in enumerate(rows):
        row.extend(Cell("", (r, c)) for c in range(len(row), width))
    return Grid(name, "docx", rows)
