"""BP110 dates: activities inside the plan year, ends after starts, plans sent on time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.dates import dmy
from bhxh_plan.framework.calendar import deadline_date, on_time
from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP110",
    name="dates",
    severity=Severity.ERROR,
    clause="Mục VII.7.1 (gửi kế hoạch trước ngày 15/01/2023), Kế hoạch 4057/KH-BHXH",
    example_fail="year: 2023\nactivities:\n  - {id: a, start: 2024-01-05, ...}\n",
    example_pass="year: 2023\nactivities:\n  - {id: a, start: 2023-01-05, ...}\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp110.summary": (
        "Hoạt động nằm trong năm kế hoạch, ngày kết thúc không trước ngày bắt đầu, kế hoạch "
        "ban hành trước hạn của khung, và năm kế hoạch khớp năm của khung.",
        "Activities fall in the plan year, end on or after their start, the plan is dated "
        "before the framework's deadline, and the plan year matches the framework year.",
    ),
    "lint.bp110.fix": (
        "Sửa ngày, hoặc chọn khung của đúng năm (`framework:`).",
        "Fix the dates, or select the framework of the plan's year (`framework:`).",
    ),
    "lint.bp110.year": (
        "kế hoạch năm {year} nhưng theo khung {fw} của năm {fw_year}",
        "a {year} plan follows framework {fw} of {fw_year}",
    ),
    "lint.bp110.year.hint": (
        "chọn khung của năm kế hoạch trong 'framework'",
        "select the framework of the plan year in 'framework'",
    ),
    "lint.bp110.end": (
        "hoạt động '{id}' kết thúc ({end}) trước khi bắt đầu ({start})",
        "activity '{id}' ends ({end}) before it starts ({start})",
    ),
    "lint.bp110.end.hint": ("sửa 'start' hoặc 'end'", "fix 'start' or 'end'"),
    "lint.bp110.outside": (
        "hoạt động '{id}': ngày {day} ngoài năm kế hoạch {year}",
        "activity '{id}': {day} is outside the plan year {year}",
    ),
    "lint.bp110.outside.hint": (
        "đưa hoạt động vào năm kế hoạch hoặc sang kế hoạch năm sau",
        "move it into the plan year, or into next year's plan",
    ),
    "lint.bp110.late": (
        "kế hoạch ban hành ngày {date}, không trước ngày {due} như khung yêu cầu",
        "the plan is dated {date}, not before {due} as the framework requires",
    ),
    "lint.bp110.late_inclusive": (
        "kế hoạch ban hành ngày {date}, sau hạn {due} của khung",
        "the plan is dated {date}, after the framework's deadline {due}",
    ),
    "lint.bp110.late.hint": (
        "ban hành và gửi kế hoạch trước hạn",
        "issue and send the plan before the deadline",
    ),
}


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
        due = deadline_date(fw, plan.year)
        if due is not None and not on_time(fw, plan.year, plan.document.date):
            key = "lint.bp110.late_inclusive" if deadline.inclusive else "lint.bp110.late"
            yield Finding(
                ("document", "date"),
                t(key, date=dmy(plan.document.date), due=dmy(due)),
                t("lint.bp110.late.hint"),
                ctx.cite(deadline.cite),
            )
