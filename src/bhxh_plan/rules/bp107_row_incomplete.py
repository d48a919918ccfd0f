"""BP107 row-incomplete: every scenario row names its lead unit, frequency and method."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta, lacking

META = RuleMeta(
    id="BP107",
    name="row-incomplete",
    severity=Severity.ERROR,
    clause="Phụ lục II (Khung kịch bản): cột Tần suất/thời gian, Cách thức thực hiện, "
    "Đơn vị chủ trì",
    example_fail="- id: kcb-hoi-nghi\n  form: hoi-nghi-nhom-nho\n  lead: BHXH huyện\n",
    example_pass="- id: kcb-hoi-nghi\n  form: hoi-nghi-nhom-nho\n  frequency: Theo Kế hoạch\n"
    "  method: [Tổ chức các Hội nghị tuyên truyền, phổ biến, tập huấn]\n  lead: BHXH huyện\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp107.summary": (
        "Mỗi dòng kịch bản phải có đơn vị chủ trì (`lead`), tần suất/thời gian "
        "(`frequency`) và cách thức thực hiện (`method`).",
        "Every scenario row has a lead unit (`lead`), a frequency (`frequency`) and a "
        "method (`method`).",
    ),
    "lint.bp107.fix": ("Điền các trường còn thiếu của dòng.", "Fill in the row's missing fields."),
    "lint.bp107": ("dòng '{id}' thiếu: {fields}", "row '{id}' lacks: {fields}"),
    "lint.bp107.hint": (
        "điền 'lead', 'frequency', 'method' của dòng",
        "fill in the row's 'lead', 'frequency', 'method'",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    for loc, row in ctx.rows():
        missing = lacking(
            (
                ("lint.field.lead", row.lead),
                ("lint.field.frequency", row.frequency),
                ("lint.field.method", row.method),
            )
        )
        if missing:
            yield Finding(loc, t("lint.bp107", id=row.id, fields=missing), t("lint.bp107.hint"))
