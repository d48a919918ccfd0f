"""Sheet "Khung kịch bản": the scenario frame in the nine columns of the
khung kịch bản (district scenario frame) of Đồng Nai.

Layout (kept stable for ``bhxh-plan import``): title rows, then the header row
whose column A reads "TT"; a group row and a sub-group row carry their code
("1", "3.1") in column A and their name merged over B to the last printed
column; every scenario row is one sheet row with an empty column A; multi-line
cells hold one item per line, starting "- " or "+ ". Column B (the subject as
written in the plan) is merged down over its entry's rows. Two technical
columns after the printed ones hold the row id and the form id.
"""

from __future__ import annotations

from openpyxl import Workbook  # type: ignore[import-untyped]

from bhxh_plan.render.view import AnnexEntry, AnnexLine, PlanView
from bhxh_plan.render.xlsx_book import SheetWriter

SHEET = "Khung kịch bản"
WIDTHS = [6.0, 22.0, 24.0, 18.0, 58.0, 15.0, 22.0, 17.0, 24.0]
EXTRA = [("Ngôn ngữ tài liệu", 18.0), ("Người có uy tín tham gia", 20.0)]
TECH = [("Mã dòng (id)", 26.0), ("Mã hình thức (form)", 22.0)]
HEADER_ROW = 8


def _has_extra(view: PlanView) -> bool:
    assert view.annex is not None
    return any(
        line.languages or line.respected
        for g in view.annex.groups
        for e in g.entries
        for line in e.lines
    )


def _line_values(line: AnnexLine, extra: bool) -> list[str]:
    values = [
        line.form,
        line.frequency,
        line.method,
        line.lead,
        line.partners,
        line.coordination,
        line.tasks,
    ]
    if extra:
        values += [line.languages, line.respected]
    return values


def write_frame(wb: Workbook, view: PlanView) -> None:
    """Add the "Khung kịch bản" sheet (only when the plan has a scenario)."""
    annex = view.annex
    if annex is None:
        return
    extra = _has_extra(view)
    printed = len(WIDTHS) + (len(EXTRA) if extra else 0)
    widths = WIDTHS + ([w for _, w in EXTRA] if extra else []) + [w for _, w in TECH]
    sw = SheetWriter(wb, SHEET, widths, HEADER_ROW)
    h = view.header
    for text, style in ((h.parent, "bh-plain"), (h.unit, "bh-unit")):
        row = sw.append([sw.text(text, style), *(sw.text(None, style) for _ in range(3))], 18)
        sw.merge(0, 3, row)
    sw.append([], 8)
    sw.title_row(annex.label, "bh-title", printed)
    sw.title_row(annex.title, "bh-title", printed)
    sw.title_row(annex.attached, "bh-subtitle", printed)
    sw.append([], 8)
    header = list(annex.columns) + ([n for n, _ in EXTRA] if extra else [])
    header_height = sw.height([(i, t, True) for i, t in enumerate(header)])
    sw.append(
        [sw.text(t, "bh-head") for t in header] + [sw.text(n, "bh-tech") for n, _ in TECH],
        header_height,
    )
    for group in annex.groups:
        _band(sw, group.code, group.name, printed, "bh-group")
        for entry in group.entries:
            if entry.code:
                _band(sw, entry.code, entry.subgroup, printed, "bh-sub")
            _entry(sw, entry, extra)
    sw.finish(printed)


def _band(sw: SheetWriter, code: str, name: str, printed: int, style: str) -> None:
    """A group or sub-group row: code in A, name merged across B..last printed column."""
    height = sw.height([(1, name, True)], {1: printed - 1})
    cells = [sw.text(code, f"{style}-code"), sw.text(name, style)]
    cells += [sw.text(None, style) for _ in range(printed - 2)]
    row = sw.append(cells, height)
    sw.merge(1, printed - 1, row)


def _entry(sw: SheetWriter, entry: AnnexEntry, extra: bool) -> None:
    if not entry.lines:
        return
    values = [_line_values(line, extra) for line in entry.lines]
    heights = [sw.height([(i + 2, v, False) for i, v in enumerate(vals)]) for vals in values]
    subject = entry.subject_raw
    need = sw.height([(1, subject, False)])
    if need > sum(heights):
        # the merged subject cell must fit in the rows it spans
        heights[-1] += need - sum(heights)
    first = sw.row + 1
    for i, (line, vals) in enumerate(zip(entry.lines, values, strict=True)):
        cells = [sw.text(None), sw.text(subject if i == 0 else None)]
        cells += [sw.text(v) for v in vals]
        cells += [sw.text(line.id, "bh-tech"), sw.text(line.form_id, "bh-tech")]
        sw.append(cells, heights[i])
    if subject and len(entry.lines) > 1:
        sw.merge(1, 1, first, sw.row)
