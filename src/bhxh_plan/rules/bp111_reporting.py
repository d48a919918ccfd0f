"""BP111 reporting: the reports the framework requires at the plan's level are planned."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP111",
    name="reporting",
    severity=Severity.ERROR,
    clause="Mục VII.7.8 (báo cáo hằng tháng, 6 tháng, năm), Kế hoạch 4057/KH-BHXH",
    example_fail="reporting:\n  - report: hang-thang\n",
    example_pass="reporting:\n  - report: hang-thang\n  - report: 6-thang\n  - report: nam\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp111.summary": (
        "Kế hoạch phải có mọi chế độ báo cáo mà khung yêu cầu ở cấp của kế hoạch.",
        "The plan includes every report the framework requires at its level.",
    ),
    "lint.bp111.fix": (
        "Thêm `- report: <mã báo cáo>` (kèm `deadline`, `recipient`) vào `reporting`.",
        "Add `- report: <report id>` (with `deadline`, `recipient`) to `reporting`.",
    ),
    "lint.bp111": ("thiếu chế độ báo cáo: {name} ({id})", "missing report: {name} ({id})"),
    "lint.bp111.hint": (
        "thêm '- report: {id}' (kèm deadline, recipient) vào 'reporting'",
        "add '- report: {id}' (with deadline, recipient) to 'reporting'",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    present = {r.report for r in ctx.plan.reporting}
    for report in ctx.missing(ctx.fw.reporting, present):
        yield Finding(
            ("reporting",),
            t("lint.bp111", name=report.name, id=report.id),
            t("lint.bp111.hint", id=report.id),
            ctx.cite(report.cite),
            key=True,
        )
