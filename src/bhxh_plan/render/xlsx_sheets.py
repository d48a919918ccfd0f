"""Working sheets: "Lịch" (the year by month), "Độ phủ" (groups × forms), "Kinh phí"."""

from __future__ import annotations

from openpyxl import Workbook  # type: ignore[import-untyped]

from bhxh_plan.render.analysis import LEVEL_NAMES, calendar_rows, coverage
from bhxh_plan.render.names import Names
from bhxh_plan.render.view import PlanView
from bhxh_plan.render.xlsx_book import SheetWriter
from bhxh_plan.textsafe import clean

MONTHS = [f"T{m}" for m in range(1, 13)]


def _titles(sw: SheetWriter, view: PlanView, title: str, ncols: int, note: str = "") -> None:
    sw.title_row(title, "bh-title", ncols)
    sw.title_row(f"{view.header.unit} — {view.header.title}", "bh-plain", ncols)
    if note:
        sw.title_row(note, "bh-note", ncols, sw.height([(0, note, False)], {0: ncols}))
    else:
        sw.append([], 8)


def write_calendar(wb: Workbook, view: PlanView) -> None:
    """Themed events of the framework and the plan's activities across the 12 months."""
    plan = view.plan
    rows = calendar_rows(plan, Names.of(view.framework))
    widths = [6.0, 14.0, 48.0, 24.0, *([4.5] * 12), 22.0, 15.0, 30.0]
    sw = SheetWriter(wb, "Lịch", widths, 4)
    ncols = len(widths)
    _titles(sw, view, f"LỊCH SỰ KIỆN CHỦ ĐỀ VÀ HOẠT ĐỘNG NĂM {plan.year}", ncols)
    head = [
        "TT",
        "Loại",
        "Nội dung",
        "Thời gian",
        *MONTHS,
        "Đơn vị chủ trì",
        "Kinh phí (đồng)",
        "Ghi chú",
    ]
    sw.append([sw.text(t, "bh-head") for t in head], 32)
    n = 0
    for r in rows:
        event = r.kind == "event"
        if not event:
            n += 1
        style = "bh-bold" if event else "bh-text"
        cells = [
            sw.text(r.code if event else str(n), "bh-center"),
            sw.text("Sự kiện chủ đề" if event else "Hoạt động", style),
            sw.text(r.name, style),
            sw.text(r.when),
        ]
        cells += [sw.text(None, "bh-mark" if m in r.months else "bh-center") for m in range(1, 13)]
        cells += [
            sw.text(r.lead),
            sw.value(r.budget),
            sw.text(r.note, "bh-missing" if r.missing else "bh-text"),
        ]
        texts = [(2, r.name, event), (3, r.when, False), (16, r.lead, False), (18, r.note, True)]
        sw.append(cells, sw.height(texts))
    sw.finish(ncols)


def write_coverage(wb: Workbook, view: PlanView) -> None:
    """Counts of scenario rows and activities per group × form; missing required cells red."""
    plan = view.plan
    names = Names.of(view.framework)
    cov = coverage(plan, names)
    level = LEVEL_NAMES.get(plan.level, plan.level)
    widths = [7.0, 46.0, *([11.0] * len(cov.forms)), 9.0, 30.0]
    ncols = len(widths)
    sw = SheetWriter(wb, "Độ phủ", widths, 4)
    note = (
        "Số dòng khung kịch bản và hoạt động theo từng nhóm chủ thể và hình thức truyền thông. "
        f"Ô tô đỏ: khung quy định bắt buộc ở cấp {level} nhưng kế hoạch chưa có."
    )
    _titles(sw, view, "ĐỘ PHỦ NHÓM CHỦ THỂ × HÌNH THỨC TRUYỀN THÔNG", ncols, note)
    head = [(f"{f.code} {names.form(f.id)}" if f.code else names.form(f.id)) for f in cov.forms]
    cells = [sw.text("Mã", "bh-head"), sw.text("Nhóm chủ thể", "bh-head")]
    cells += [
        sw.text(t, "bh-missing-center" if cov.form_missing(f.id) else "bh-head")
        for t, f in zip(head, cov.forms, strict=True)
    ]
    cells += [sw.text("Tổng", "bh-head"), sw.text("Ghi chú", "bh-head")]
    sw.append(cells, sw.height([(i + 2, t, True) for i, t in enumerate(head)]))
    for r in cov.rows:
        label = "bh-missing" if r.missing else ("bh-text" if r.is_subgroup else "bh-bold")
        note_text = f"Bắt buộc ở cấp {level}, chưa có" if r.missing else ""
        name = f"   {r.name}" if r.is_subgroup else r.name
        cells = [sw.text(r.code, "bh-center"), sw.text(name, label)]
        cells += [sw.value(r.counts[f.id] or None, "bh-num") for f in cov.forms]
        cells += [
            sw.value(r.total, "bh-missing" if r.missing else "bh-num-bold"),
            sw.text(note_text, label if r.missing else "bh-text"),
        ]
        sw.append(cells, sw.height([(1, name, not r.is_subgroup), (ncols - 1, note_text, True)]))
    cells = [sw.text(None), sw.text("Tổng (cả hoạt động)", "bh-bold")]
    cells += [
        sw.value(cov.form_totals[f.id], "bh-missing" if cov.form_missing(f.id) else "bh-num-bold")
        for f in cov.forms
    ]
    sw.append(cells)
    sw.finish(ncols)


def write_budget(wb: Workbook, view: PlanView) -> None:
    """Budget lines grouped by source with SUM subtotals, totals and activity budgets."""
    plan = view.plan
    names = Names.of(view.framework)
    f = plan.funding
    widths = [6.0, 70.0, 40.0, 20.0]
    sw = SheetWriter(wb, "Kinh phí", widths, 4)
    _titles(sw, view, "DỰ TOÁN KINH PHÍ", 4)
    sw.append(
        [sw.text(t, "bh-head") for t in ("TT", "Nội dung", "Nguồn kinh phí", "Số tiền (đồng)")], 20
    )
    lines = f.lines if f else []
    order = list(f.sources) if f else []
    order += [line.source for line in lines if line.source not in order]
    subtotals = []
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    for i, sid in enumerate(order):
        own = [line for line in lines if line.source == sid]
        first = sw.row + 2
        last = sw.row + 1 + len(own)
        total = f"=SUM(D{first}:D{last})" if own else "=0"
        label = roman[i] if i < len(roman) else str(i + 1)
        row = sw.append(
            [
                sw.text(label, "bh-group-code"),
                sw.text(names.source(sid), "bh-group"),
                sw.text(None, "bh-group"),
                sw.formula(total),
            ],
            sw.height([(1, names.source(sid), True)]),
        )
        subtotals.append(row)
        for n, line in enumerate(own, 1):
            name = clean(line.name)
            sw.append(
                [
                    sw.text(str(n), "bh-center"),
                    sw.text(name),
                    sw.text(names.source(sid)),
                    sw.value(line.amount),
                ],
                sw.height([(1, name, False), (2, names.source(sid), False)]),
            )
    grand = "=" + "+".join(f"D{r}" for r in subtotals) if subtotals else "=0"
    grand_row = sw.append(
        [sw.text(None), sw.text("Tổng cộng", "bh-bold"), sw.text(None), sw.formula(grand)]
    )
    if f is not None and f.total is not None:
        total_row = sw.append(
            [
                sw.text(None),
                sw.text("Tổng kinh phí theo Kế hoạch", "bh-bold"),
                sw.text(None),
                sw.value(f.total, "bh-num-bold"),
            ]
        )
        sw.append(
            [
                sw.text(None),
                sw.text("Chênh lệch (Kế hoạch − dự toán chi tiết)"),
                sw.text(None),
                sw.formula(f"=D{total_row}-D{grand_row}", "bh-num"),
            ]
        )
    _activity_budgets(sw, view, names)
    if f is not None and f.notes:
        notes = clean(f.notes)
        sw.append([], 8)
        sw.title_row(notes, "bh-note", 4, sw.height([(0, notes, False)], {0: 4}))
    sw.finish(4, landscape=False)


def _activity_budgets(sw: SheetWriter, view: PlanView, names: Names) -> None:
    acts = [a for a in view.plan.activities if a.budget is not None]
    if not acts:
        return
    sw.append([], 8)
    sw.append(
        [
            sw.text(None, "bh-head"),
            sw.text("Kinh phí ghi tại từng hoạt động", "bh-head"),
            sw.text("Nguồn kinh phí", "bh-head"),
            sw.text("Số tiền (đồng)", "bh-head"),
        ],
        20,
    )
    first = sw.row + 1
    for n, a in enumerate(acts, 1):
        name = clean(a.name)
        source = names.source(a.funding)
        sw.append(
            [sw.text(str(n), "bh-center"), sw.text(name), sw.text(source), sw.value(a.budget)],
            sw.height([(1, name, False), (2, source, False)]),
        )
    sw.append(
        [
            sw.text(None),
            sw.text("Cộng", "bh-bold"),
            sw.text(None),
            sw.formula(f"=SUM(D{first}:D{sw.row})"),
        ]
    )
