"""BP108 coordination-form: partner units are listed with how they coordinate."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta, blank

META = RuleMeta(
    id="BP108",
    name="coordination-form",
    severity=Severity.WARNING,
    clause="Phụ lục II (Khung kịch bản): cột Hình thức phối hợp; Mục VII.7.3, Kế hoạch "
    "4057/KH-BHXH",
    example_fail="- id: a\n  partners: [Ban quản lý các khu công nghiệp]\n",
    example_pass="- id: a\n  partners: [Ban quản lý các khu công nghiệp]\n"
    "  coordination: Ký chương trình phối hợp\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp108.summary": (
        "Dòng có đơn vị phối hợp phải nêu hình thức phối hợp (vd. Ký chương trình phối hợp).",
        "A row with partner units states the coordination form (e.g. a signed "
        "coordination programme).",
    ),
    "lint.bp108.fix": (
        "Thêm `coordination:` (vd. Ký chương trình phối hợp; Ký hợp đồng).",
        "Add `coordination:` (e.g. Ký chương trình phối hợp; Ký hợp đồng).",
    ),
    "lint.bp108": (
        "dòng '{id}' có đơn vị phối hợp nhưng chưa nêu hình thức phối hợp",
        "row '{id}' lists partners but no coordination form",
    ),
    "lint.bp108.hint": (
        "thêm 'coordination:' (vd. Ký chương trình phối hợp)",
        "add 'coordination:' (e.g. Ký chương trình phối hợp)",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    for loc, row in ctx.rows():
        if row.partners and blank(row.coordination):
            yield Finding(
                (*loc, "partners"), t("lint.bp108", id=row.id), t("lint.bp108.hint"), key=True
            )
