"""Finding the scenario table in a grid by its header texts.

The header may sit anywhere (title rows above it), its columns may come in
any order with extra ones ("Ghi chú"), its wording and abbreviations vary
("ĐV chủ trì", "Hình thức TT"), and it may have two levels: "Cách thức thực
hiện" spanning "Đơn vị chủ trì", "Đơn vị phối hợp", "Hình thức phối hợp" and
"Công việc phối hợp/thực hiện" (the layout of the khung kịch bản of Đồng Nai). In that layout the
last sub-column is what the plan calls ``method``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from bhxh_plan.importer.grid import Grid
from bhxh_plan.suggest import fold

# a scenario row's columns in the Phụ lục II frame, after its number and its subject
ROW_COLUMNS: Final = ("form", "frequency", "method", "lead", "partners", "coordination", "tasks")
CORE: Final = ("tt", "subject", *ROW_COLUMNS)
SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "tt": ("tt", "stt", "so tt", "so thu tu", "thu tu"),
    "subject": (
        "chu the duoc truyen thong",
        "chu the truyen thong",
        "chu the",
        "doi tuong",
        "doi tuong truyen thong",
        "doi tuong duoc truyen thong",
        "nhom chu the",
        "nhom doi tuong",
        "doi tuong tuyen truyen",
    ),
    "form": (
        "hinh thuc truyen thong",
        "hinh thuc",
        "hinh thuc tt",
        "ht truyen thong",
        "hinh thuc tuyen truyen",
        "hinh thuc thuc hien",
    ),
    "frequency": (
        "tan suat thoi gian thuc hien",
        "tan suat",
        "thoi gian thuc hien",
        "thoi gian",
        "tan suat thoi gian",
        "thoi gian tan suat",
        "tan suat thuc hien",
    ),
    "method": (
        "cach thuc thuc hien",
        "cach thuc",
        "phuong phap thuc hien",
        "cach thuc trien khai",
        "noi dung thuc hien",
        "noi dung",
    ),
    "lead": ("don vi chu tri", "chu tri", "dv chu tri", "don vi thuc hien", "co quan chu tri"),
    "partners": ("don vi phoi hop", "dv phoi hop", "phoi hop", "co quan phoi hop"),
    "coordination": ("hinh thuc phoi hop", "ht phoi hop", "cach thuc phoi hop"),
    "tasks": (
        "cong viec phoi hop thuc hien",
        "cong viec phoi hop",
        "cong viec thuc hien",
        "cong viec",
        "noi dung cong viec",
        "noi dung phoi hop",
    ),
    "languages": ("ngon ngu tai lieu", "ngon ngu"),
    "respected": ("nguoi co uy tin tham gia", "nguoi co uy tin"),
    "row_id": ("ma dong id", "ma dong"),
    "form_id": ("ma hinh thuc form", "ma hinh thuc"),
    "note": ("ghi chu",),
}
_NUMBERING: Final = re.compile(r"^\(?\d{1,2}\)?$")


def field_of(text: str) -> str | None:
    """The column a header text names, or None."""
    q = fold(text)
    if not q or len(q) > 60:
        return None
    best: tuple[int, str] | None = None
    for name, words in SYNONYMS.items():
        for w in words:
            if q == w:
                score = 1000 + len(w)
            elif len(q) <= len(w) + 25 and f" {w} " in f" {q} ":
                score = len(w)
            else:
                continue
            if best is None or score > best[0]:
                best = (score, name)
    return best[1] if best else None


@dataclass(slots=True)
class Layout:
    """Where the table is: its header rows and which column holds which field."""

    header_rows: list[int]
    columns: dict[str, int]
    ignored: dict[int, str] = field(default_factory=dict)  # unknown header texts

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1


def _row_fields(grid: Grid, r: int) -> dict[int, str]:
    out: dict[int, str] = {}
    for c in range(grid.width):
        text = grid.text(r, c)
        name = field_of(text) if text else None
        if name:
            out[c] = name
    return out


def find_layout(grid: Grid) -> Layout | None:
    """The first row that reads as the scenario header (with its second level), or None."""
    for r in range(len(grid.rows)):
        fields = _row_fields(grid, r)
        core = {f for f in fields.values() if f in CORE}
        if "form" not in core or len(core) < 3:
            continue
        return _layout(grid, r, fields)
    return None


def _layout(grid: Grid, r: int, fields: dict[int, str]) -> Layout:
    rows = [r]
    columns: dict[str, int] = {}
    parent: dict[int, str] = {}
    below = _row_fields(grid, r + 1) if r + 1 < len(grid.rows) else {}
    spanning = {c: f for c, f in fields.items() if grid.span(r, c) > 1}
    if len(below) >= 2 and any(
        grid.cell(r, c).origin[1] in spanning or not grid.merged_text(r, c) for c in below
    ):
        rows.append(r + 1)
    for c in range(grid.width):
        origin_col = grid.cell(r, c).origin[1]
        top = fields.get(origin_col) if grid.cell(r, c).origin[0] == r else None
        sub = below.get(c) if len(rows) == 2 else None
        name = sub or (top if origin_col == c or origin_col not in spanning else None)
        if top and origin_col in spanning and sub:
            parent[c] = top
        if name and name not in columns:
            columns[name] = c
    # a spanning header that got no column of its own
    for c, f in spanning.items():
        if f not in columns and not any(p == f for p in parent.values()):
            columns[f] = c
    if "method" not in columns and "tasks" in columns:
        columns["method"] = columns.pop("tasks")
    ignored = {
        c: grid.text(row, c)
        for row in rows
        for c in range(grid.width)
        if grid.text(row, c)
        and c not in columns.values()
        and c not in parent
        and field_of(grid.text(row, c)) is None
    }
    return Layout(rows, columns, ignored)


def is_header_again(grid: Grid, r: int, layout: Layout) -> bool:
    """A header repeated on a new printed page, or the "(1) (2) (3)…" numbering row."""
    texts = [(c, grid.text(r, c)) for c in range(grid.width) if grid.text(r, c)]
    if not texts:
        return False
    if len(texts) >= 3 and all(_NUMBERING.match(t.strip()) for _, t in texts):
        return True
    hits = sum(
        1
        for c, text in texts
        if any(fold(text) == fold(grid.merged_text(h, c)) for h in layout.header_rows)
    )
    return hits >= 2 and hits * 5 >= len(texts) * 3
