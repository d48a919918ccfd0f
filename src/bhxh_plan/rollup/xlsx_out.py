"""The roll-up as a workbook ready to print: an overview, one sheet per matrix, money, targets.

Every sheet prints on A4 landscape, fitted to the page width, with its header
rows repeated on each page and panes frozen below the header. Unmet
requirements are filled red (outside the window: orange). Text from plans is
always stored as text: a unit called ``=HYPERLINK(…)`` is never a formula.
"""

from __future__ import annotations

import io

from openpyxl import Workbook  # type: ignore[import-untyped]

from bhxh_plan.i18n import t, tn
from bhxh_plan.messages.keys import ROLLUP_COLUMN, ROLLUP_STATUS, SEVERITY
from bhxh_plan.problems import Severity
from bhxh_plan.rollup import labels
from bhxh_plan.rollup.build import FrameworkView, Matrix, Rollup, Unit, group_of
from bhxh_plan.rollup.coverage import State
from bhxh_plan.rollup.xlsx_style import (
    Value,
    header,
    prepare,
    put,
    put_row,
    register,
    sheet_title,
    title,
)

_OVERVIEW = (
    "rank", "unit", "level", "year", "framework", "number", "date", "deadline", "time", "score",
    "met", "errors", "warnings", "waived", "duplicate", "status", "file", "group", "placeholders",
)  # fmt: skip


def _overview(wb: Workbook, rollup: Rollup) -> None:
    ws = wb.active
    ws.title = sheet_title(t("rollup.sheet.overview"), 0)
    plans = tn(len(rollup.loaded), "rollup.n.plans.one", "rollup.n.plans")
    title(ws, t("rollup.sheet.overview.title", plans=plans, failed=len(rollup.failed)))
    header(ws, 2, [t(ROLLUP_COLUMN[k]) for k in _OVERVIEW])
    ranked = {u.file for u in rollup.ranking}
    order = rollup.ranking + [u for u in rollup.units if u.file not in ranked]
    for r, u in enumerate(order, 3):
        s, c = u.summary, u.counts
        values: list[Value] = [
            u.rank,
            u.label,
            labels.level(s.level if s else u.identity.level),
            s.year if s else u.identity.year,
            s.framework_id if s else "",
            s.number if s else u.identity.number,
            labels.day(s.date if s else None),
            labels.day(s.deadline if s else None),
            labels.timeliness(s.timeliness if s else None),
            u.score.percent if u.score else None,
            f"{u.score.met}/{u.score.required}" if u.score else "",
            c.errors,
            c.warnings,
            c.waived,
            t("rollup.duplicate") if u.duplicate else "",
            t(ROLLUP_STATUS[u.status]),
            u.file,
            labels.group(*group_of(u)) if u.rank is not None else "",
            c.placeholders,
        ]
        put_row(ws, r, values)
        if s is None:
            put(ws, r, 16, values[15], "bp-bad")
        elif s.timeliness == "late":
            put(ws, r, 9, values[8], "bp-bad")
        if u.duplicate:
            put(ws, r, 15, values[14], "bp-warn")
    prepare(ws, 2, "C3", [6, 40, 9, 6, 16, 14, 11, 11, 12, 8, 8, 6, 8, 8, 7, 14, 40, 24, 10])
    ws.auto_filter.ref = f"A2:S{max(2, len(order) + 2)}"


def _matrix(wb: Workbook, view: FrameworkView, matrix: Matrix, index: int) -> None:
    name = labels.matrix(matrix.id)
    ws = wb.create_sheet(sheet_title(name, index))
    title(ws, t("rollup.sheet.matrix.title", matrix=name, framework=view.id, name=view.name))
    fixed = [t("rollup.col.unit"), t("rollup.col.level"), t("rollup.col.met")]
    first = len(fixed) + 1
    header(ws, 2, fixed)
    header(ws, 3, ["", "", ""])
    for j, col in enumerate(matrix.columns, first):
        put(ws, 2, j, col.code, "bp-head-center")
        put(ws, 3, j, col.name, "bp-head-vertical")
    ws.row_dimensions[3].height = 150
    row = 4
    for u in matrix.units:
        s = u.summary
        assert s is not None
        cells = s.cells.get(matrix.id, {})
        met, required = u.score.parts.get(matrix.id, (0, 0)) if u.score else (0, 0)
        flag = f" [{t('rollup.duplicate')}]" if u.duplicate else ""
        put_row(ws, row, [u.label + flag, labels.level(s.level), f"{met}/{required}"])
        for j, col in enumerate(matrix.columns, first):
            state, count, _required = cells.get(col.key, (State.NA.value, 0, False))
            value: Value = None
            if state in (State.OK, State.EXTRA):
                value = count
            elif state != State.NA:
                value = labels.state(state)
            put(ws, row, j, value, f"bp-{state}")
        row += 1
    put(ws, row, 1, t("rollup.col.missing_units"), "bp-bold")
    for j, col in enumerate(matrix.columns, first):
        put(ws, row, j, matrix.missing.get(col.key, 0), "bp-bold-center")
    states = "; ".join(labels.state(s.value) for s in State)
    put(ws, row + 2, 1, t("rollup.sheet.legend", states=states))
    prepare(ws, 3, "D4", [40, 9, 8, *([6.5] * len(matrix.columns))])


def _money(wb: Workbook, rollup: Rollup) -> None:
    ws = wb.create_sheet(sheet_title(t("rollup.sheet.budget"), 0))
    title(ws, t("rollup.sheet.budget.title", total=labels.money(rollup.budget_total)))
    sources = list(rollup.by_source)
    names = [rollup.sources.get(s) or t("rollup.source.unspecified") for s in sources]
    keys = ("unit", "total", "lines", "activities")
    header(ws, 2, [*(t(ROLLUP_COLUMN[k]) for k in keys), *names, t("rollup.col.counted")])
    row = 3
    for u in rollup.loaded:
        s = u.summary
        assert s is not None
        b = s.budget
        note = "" if u.counted else t("rollup.col.not_counted")
        amounts = [b.by_source.get(src, 0) for src in sources]
        put_row(ws, row, [u.label, b.total, b.lines, b.activities, *amounts, note])
        row += 1
    totals = [rollup.budget_total, None, rollup.activities_total]
    put_row(ws, row, [t("rollup.col.sum")], "bp-bold")
    for col, value in enumerate([*totals, *(rollup.by_source[s] for s in sources)], 2):
        put(ws, row, col, value, "bp-bold-money")
    prepare(ws, 2, "B3", [40, 16, 16, 16, *([18] * len(sources)), 14])


def _targets(wb: Workbook, rollup: Rollup) -> None:
    ws = wb.create_sheet(sheet_title(t("rollup.sheet.targets"), 0))
    title(ws, t("rollup.sheet.targets.title"))
    keys = list(rollup.targets)
    header(ws, 2, [t("rollup.col.unit"), *keys])
    row = 3
    for u in rollup.loaded:
        s = u.summary
        assert s is not None
        note = "" if u.counted else f" ({t('rollup.col.not_counted')})"
        put_row(ws, row, [u.label + note, *(s.targets.get(k) for k in keys)])
        row += 1
    put(ws, row, 1, t("rollup.col.sum"), "bp-bold")
    for col, key in enumerate(keys, 2):
        put(ws, row, col, rollup.targets[key], "bp-bold-money")
    prepare(ws, 2, "B3", [40, *([11] * len(keys))])


def _findings(wb: Workbook, units: list[Unit]) -> None:
    ws = wb.create_sheet(sheet_title(t("rollup.sheet.findings"), 0))
    title(ws, t("rollup.sheet.findings.title"))
    keys = ("unit", "file", "line", "rule", "severity", "path", "message", "hint")
    header(ws, 2, [t(ROLLUP_COLUMN[k]) for k in keys])
    row = 3
    for u in units:
        for p in u.problems:
            if p.waived or p.severity is Severity.INFO:
                continue
            severity = t(SEVERITY[p.severity])
            values: list[Value] = [
                u.label, p.file, p.line, p.rule, severity, p.path, p.message, p.hint,
            ]  # fmt: skip
            put_row(ws, row, values, "bp-wrap")
            row += 1
    prepare(ws, 2, "A3", [30, 30, 7, 8, 10, 24, 60, 40])


def workbook_bytes(rollup: Rollup) -> bytes:
    """The whole workbook as the bytes of an .xlsx file."""
    wb = Workbook()
    register(wb)
    _overview(wb, rollup)
    for index, view in enumerate(rollup.frameworks):
        for matrix in view.matrices:
            if matrix.columns:
                _matrix(wb, view, matrix, index)
    _money(wb, rollup)
    _targets(wb, rollup)
    _findings(wb, rollup.units)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
