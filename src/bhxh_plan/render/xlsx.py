"""The plan as an Excel workbook: the annex and the working sheets."""

from __future__ import annotations

from bhxh_plan.render.view import PlanView


def render_xlsx(view: PlanView) -> bytes:
    """The ``.xlsx`` bytes: Khung kịch bản, Lịch, Độ phủ, Kinh phí."""
    from bhxh_plan.render.xlsx_book import new_workbook, save
    from bhxh_plan.render.xlsx_frame import write_frame
    from bhxh_plan.render.xlsx_sheets import write_budget, write_calendar, write_coverage

    wb = new_workbook(view)
    write_frame(wb, view)
    write_calendar(wb, view)
    write_coverage(wb, view)
    write_budget(wb, view)
    return save(wb)
