"""Rows of the table → scenario entries: group and sub-group rows, data rows, page breaks.

A *band* is a row with no data cells: a group or sub-group label ("3",
"III.", "3.1" in TT and the name merged across, or code and name in one
cell). A *data* row has at least one of the form … tasks cells. The TT cell
of a data row names a sub-group ("3.1", as in the khung kịch bản of Đồng Nai) — or a group when the
subject cell starts on that row — otherwise it is a row counter. A subject
cell that starts on a row and names another sub-group or group switches to
it; a label repeated after a page break changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from bhxh_plan.importer import cells
from bhxh_plan.importer.grid import Grid
from bhxh_plan.importer.header import ROW_COLUMNS, Layout, is_header_again
from bhxh_plan.importer.match import Match, Matcher, roman
from bhxh_plan.suggest import fold

DATA: Final = (*ROW_COLUMNS, "languages", "respected")
_CODE: Final = re.compile(
    r"^\s*(?:nhóm\s+)?((?:\d+|[IVXLC]{1,6})(?:\.\d+)*)\.?(?:\s*[:.)–-]\s*|\s+|(?=[^\W\d_]))(.*)$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(slots=True)
class RawRow:
    """One data row: its cells' texts by field, and where it came from."""

    texts: dict[str, str]
    label: str
    row: int
    repaired: int = 0
    subject: str = ""  # a subject cell that differs from its entry's


@dataclass(slots=True)
class RawEntry:
    """Rows of one (group, sub-group), with the label that opened it."""

    group: str | None
    sub: str | None
    subject: str | None = None
    subject_label: str = ""
    opened_by: str = ""  # the label text (when not mapped, for the warning)
    opened_at: str = ""
    match: Match | None = None
    rows: list[RawRow] = field(default_factory=list)


@dataclass(slots=True)
class Parsed:
    """What the walk over the table found."""

    entries: list[RawEntry] = field(default_factory=list)
    skipped_headers: int = 0
    repaired_cells: int = 0


def split_code(text: str) -> tuple[str, str]:
    """("3.1", "Hộ gia đình nông dân") from "3.1. Hộ gia đình nông dân" or "3Người …"."""
    m = _CODE.match(text)
    if not m:
        return "", text.strip()
    code, rest = m.group(1), m.group(2).strip()
    if code.isalpha() and (roman(code.upper()) is None or not code.isupper()):
        return "", text.strip()
    return code, rest


class Walker:
    """State of the walk: the current entry and the entries seen so far.

    One walker reads one table, or a table Word split into several (each part
    with its own header, or none), keeping its place between the parts.
    """

    def __init__(self, matcher: Matcher) -> None:
        self.m = matcher
        self.out = Parsed()
        self.by_key: dict[tuple[str, str], RawEntry] = {}
        self.current: RawEntry | None = None
        self.after_band = False  # the row above named the current entry
        self.grid = Grid("", "xlsx", [])
        self.layout = Layout([-1], {})

    def _col(self, name: str) -> int | None:
        return self.layout.columns.get(name)

    def _value(self, r: int, name: str) -> str:
        c = self._col(name)
        if c is None:
            return ""
        origin = self.grid.cell(r, c).origin
        # a cell merged down over rows of one group belongs to each of them;
        # a cell merged across from another column belongs to that column only
        return self.grid.merged_text(r, c) if origin[1] == c else ""

    def walk(self, grid: Grid, layout: Layout) -> Parsed:
        """Read the rows of ``grid`` below its header."""
        self.grid, self.layout = grid, layout
        self.after_band = False
        for r in range(layout.first_data_row, len(grid.rows)):
            if is_header_again(grid, r, layout):
                self.out.skipped_headers += 1
                continue
            texts = {name: self._value(r, name) for name in DATA}
            if any(texts[k].strip() for k in ("form", "frequency", "method", "tasks")):
                self._data(r, texts)
            else:
                self._band(r)
        return self.out

    def _band(self, r: int) -> None:
        tt_col = self._col("tt")
        tt = self.grid.text(r, tt_col).strip() if tt_col is not None else ""
        label_col, label = self._label(r, tt_col)
        if not tt and not label:
            return
        code, name = (tt, label) if tt else split_code(label)
        if tt and not label:
            code, name = split_code(tt)
        self._switch(code, name, self.grid.label(r, label_col if label else (tt_col or 0)))
        self.after_band = True

    def _label(self, r: int, tt_col: int | None) -> tuple[int, str]:
        best: tuple[int, int, str] = (0, 0, "")
        for c in range(self.grid.width):
            if c == tt_col or self.grid.cell(r, c).origin != (r, c):
                continue
            text = self.grid.text(r, c).strip()
            if text and (not best[2] or self.grid.span(r, c) > best[0]):
                best = (self.grid.span(r, c), c, text)
        return best[1], best[2]

    def _switch(self, code: str, name: str, where: str, *, soft: bool = False) -> bool:
        """Open (or return to) the entry a label names.

        ``soft`` (a subject cell): only on an exact name, and right below a group or
        sub-group row only to a sub-group of that group (the row above is authoritative).
        """
        name = cells.clean(name)
        within = self.current.group if soft and self.after_band and self.current else None
        match = self.m.audience(code, name, within=within)
        if within is not None and match.ident is not None and match.ident == within:
            return False
        if match.ident is None or (soft and match.by != "name"):
            if soft:
                return False
            key = ("?", fold(name) or code)
            entry = self.by_key.get(key)
            if entry is None:
                entry = RawEntry(
                    None,
                    None,
                    opened_by=" ".join(name.split()) or code,
                    opened_at=where,
                    match=match,
                )
                self.by_key[key] = entry
                self.out.entries.append(entry)
            self.current = entry
            return True
        aud = self.m.audiences[match.ident]
        key = (aud.group, aud.sub or "")
        entry = self.by_key.get(key)
        if entry is None:
            entry = RawEntry(aud.group, aud.sub, opened_by=name, opened_at=where, match=match)
            self.by_key[key] = entry
            self.out.entries.append(entry)
        self.current = entry
        return True

    def _data(self, r: int, texts: dict[str, str]) -> None:
        tt_col, subj_col = self._col("tt"), self._col("subject")
        subject = ""
        if subj_col is not None and self.grid.cell(r, subj_col).origin == (r, subj_col):
            subject = cells.clean(self.grid.text(r, subj_col))
        tt = self.grid.text(r, tt_col).strip() if tt_col is not None else ""
        code = split_code(tt)[0] if tt else ""
        if code.count(".") >= 2:  # "3.1.2": row 2 of sub-group 3.1
            code = ".".join(code.split(".")[:2])
        where = self.grid.label(r, subj_col if subject and subj_col is not None else (tt_col or 0))
        if code and ("." in code or roman(code.upper()) or subject):
            self._switch(code, subject, where)
        elif subject and not self._same_subject(subject):
            self._switch("", subject, where, soft=True)
        if self.current is None:
            self._switch("", subject, where)
        entry = self.current
        assert entry is not None
        label = self.grid.row_label(r, self._col("form") or 0)
        extra = {name: self._value(r, name) for name in ("row_id", "form_id", "note")}
        row = RawRow({**texts, **extra}, label, r)
        if subject and entry.subject is None:
            entry.subject, entry.subject_label = subject, where
        elif subject and not self._same_subject(subject):
            row.subject = subject
        self.after_band = False
        row.repaired = sum(1 for t in texts.values() if t and cells.repaired(t))
        self.out.repaired_cells += row.repaired
        entry.rows.append(row)

    def _same_subject(self, subject: str) -> bool:
        entry = self.current
        return (
            entry is not None and entry.subject is not None and fold(entry.subject) == fold(subject)
        )
