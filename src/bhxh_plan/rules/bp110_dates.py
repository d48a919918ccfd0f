"""BP110 dates: activities inside the plan year, ends after starts, plans sent on time."""

from __future__ import annotations

from collections.abc import Iterator

from bhxh_plan.dates import dmy, shift_years
from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP110",
    name="dates",
    severity=Severity.ERROR,
    clause="Mục VII.7.1 (gửi kế hoạch trước ngày 15/01/2023), Kế hoạch 4057/KH-BHXH",
    summary_vi="Hoạt động nằm trong năm kế hoạch, ngày kết thúc không trước ngày bắt đầu, kế hoạch "
    "ban hành trước hạn của khung, và năm kế hoạch khớp năm của khung.",
    summary_en="Activities fall in the plan year, end on or after their start, the plan is dated "
    "before the framework's deadline, and the plan year matches the framework year.",
    fix_vi="Sửa ngày, hoặc chọn khung của đúng năm (`framework:`).",
    fix_en="Fix the dates, or select the framework of the plan's year (`framework:`).",
    example_fail="year: 2023\nactivities:\n  - {id: a, start: 2024-01-05, ...}\n",
    example_pass="year: 2023\nactivities:\n  - {id: a, start: 2023-01-05, ...}\n",
)


def check(ctx: Context) -> Iterator[Finding]:
    plan, fw = ctx.plan, ctx.fw
    if plan.year != fw.year:
        yield Finding(
            ("year",),
            t("lint.bp110.year", year=plan.year, fw=fw.id, fw_year=fw.year),
            t("lint.bp110.year.hint"),
        )
    for i, act in enumerate(plan.activities):
        if act.end is not None and act.end < act.start:
            yield Finding(
                ("activities", i, "end"),
                t("lint.bp110.end", id=act.id, start=dmy(act.start), end=dmy(act.end)),
                t("lint.bp110.end.hint"),
            )
        for field, day in (("start", act.start), ("end", act.end)):
            if day is not None and day.year != plan.year:
                yield Finding(
                    ("activities", i, field),
                    t("lint.bp110.outside", id=act.id, day=dmy(day), year=plan.year),
                    t("lint.bp110.outside.hint"),
                )
    deadline = fw.deadline
    if deadline and ctx.required(deadline.levels):
        due = shift_years(deadline.date, plan.year - fw.year)
        if plan.document.date > due:
            yield Finding(
                ("document", "date"),
                t("lint.bp110.late", date=dmy(plan.document.date), due=dmy(due)),
                t("lint.bp110.late.hint"),
                ctx.cite(deadline.cite),
            )
