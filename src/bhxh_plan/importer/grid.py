"""A table as the importer sees it, whether it came from Excel or Word.

A :class:`Grid` is rectangular. A merged cell (Excel merge, Word ``gridSpan``
or ``vMerge``) appears in every position it covers, all pointing at the same
origin; only the origin holds the text. Each position knows how to name
itself for a reviewer: ``Khung kịch bản!C14`` or ``Bảng 1, dòng 14``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]


@dataclass(frozen=True, slots=True)
class Cell:
    """One position of the grid: its text (origin only) and the merge it belongs to."""

    text: str
    origin: tuple[int, int]


@dataclass(slots=True)
class Grid:
    """A sheet or a Word table: rows of cells, plus how to name a position."""

    name: str
    kind: str  # "xlsx" or "docx"
    rows: list[list[Cell]]
    preamble: list[str] = field(default_factory=list)  # Word: text before the table

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, r: int, c: int) -> Cell:
        row = self.rows[r]
        return row[c] if c < len(row) else Cell("", (r, c))

    def text(self, r: int, c: int) -> str:
        """The text at (r, c) when (r, c) is the origin of its cell, else ''."""
        cell = self.cell(r, c)
        return cell.text if cell.origin == (r, c) else ""

    def merged_text(self, r: int, c: int) -> str:
        """The text of the cell covering (r, c), wherever its origin is."""
        cell = self.cell(r, c)
        orow, ocol = cell.origin
        return self.cell(orow, ocol).text

    def span(self, r: int, c: int) -> int:
        """How many columns the cell whose origin is (r, c) covers on row r."""
        n = 1
        while c + n < len(self.rows[r]) and self.rows[r][c + n].origin == (r, c):
            n += 1
        return n

    def label(self, r: int, c: int) -> str:
        """Where a reviewer finds (r, c) in the original file."""
        if self.kind == "xlsx":
            return f"{self.name}!{get_column_letter(c + 1)}{r + 1}"
        return f"{self.name}, dòng {r + 1}, cột {c + 1}"

    def row_label(self, r: int, c: int) -> str:
        """A row's label for comments: the cell for Excel, the row for Word."""
        if self.kind == "xlsx":
            return self.label(r, c)
        return f"{self.name}, dòng {r + 1}"
