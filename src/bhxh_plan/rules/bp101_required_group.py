"""BP101 required-group: every subject group required at the plan's level has scenario rows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP101",
    name="required-group",
    severity=Severity.ERROR,
    clause="Mục II (Chủ thể thông tin, truyền thông), Kế hoạch 4057/KH-BHXH",
    example_fail="scenario:\n  - group: nsdld-nld\n    rows: [...]\n"
    "# thiếu nhóm 5 co-so-kcb (Các cơ sở khám, chữa bệnh)\n",
    example_pass="scenario:\n  - group: co-so-kcb\n    rows:\n      - id: kcb-hoi-nghi\n"
    "        form: hoi-nghi-nhom-nho\n        ...\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp101.summary": (
        "Mỗi nhóm chủ thể mà khung yêu cầu ở cấp của kế hoạch phải có ít nhất một dòng "
        "trong khung kịch bản.",
        "Every subject group the framework requires at the plan's level has at least one "
        "scenario row.",
    ),
    "lint.bp101.fix": (
        "Thêm vào `scenario` một mục `group: <mã nhóm>` với ít nhất một dòng.",
        "Add a `scenario` entry `group: <group id>` with at least one row.",
    ),
    "lint.bp101": (
        "thiếu nhóm chủ thể {code}. {name} ({id}) trong khung kịch bản",
        "subject group {code}. {name} ({id}) has no scenario row",
    ),
    "lint.bp101.hint": (
        "thêm '- group: {id}' với ít nhất một dòng vào 'scenario'",
        "add '- group: {id}' with at least one row to 'scenario'",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    present = {e.group for e in ctx.plan.scenario if e.rows}
    for group in ctx.missing(ctx.fw.groups, present):
        yield Finding(
            ("scenario",),
            t("lint.bp101", code=group.code or "", name=group.name, id=group.id),
            t("lint.bp101.hint", id=group.id),
            ctx.cite(group.cite),
            key=True,
        )
