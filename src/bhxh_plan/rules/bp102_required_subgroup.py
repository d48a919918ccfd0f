"""BP102 required-subgroup: sub-groups that must be detailed at the plan's level have rows.

The framework says which sub-groups (Phụ lục II: 3.1–3.9, 4.1–4.2) each level
must detail; the priority groups of Công văn 2643 name which of them cover the
people BHXH Việt Nam asked to reach first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP102",
    name="required-subgroup",
    severity=Severity.ERROR,
    clause="Phụ lục II (Khung kịch bản), nhóm 3.1–3.9, 4.1–4.2; nhóm ưu tiên của Công văn "
    "2643/BHXH-TT",
    example_fail="scenario:\n  - group: tu-nguyen-hgd\n    subgroup: nong-dan\n    rows: [...]\n"
    "# thiếu 3.2 kinh-doanh-ca-the …\n",
    example_pass="scenario:\n  - group: tu-nguyen-hgd\n    subgroup: kinh-doanh-ca-the\n"
    "    rows: [...]\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp102.summary": (
        "Nhóm nhỏ mà khung yêu cầu chi tiết ở cấp của kế hoạch phải có dòng kịch bản riêng.",
        "Sub-groups the framework requires at the plan's level have their own scenario rows.",
    ),
    "lint.bp102.fix": (
        "Thêm mục `scenario` với `group` và `subgroup` của nhóm nhỏ đó.",
        "Add a `scenario` entry with that `group` and `subgroup`.",
    ),
    "lint.bp102": (
        "thiếu nhóm nhỏ {code}. {name} ({id}) trong khung kịch bản",
        "sub-group {code}. {name} ({id}) has no scenario row",
    ),
    "lint.bp102.hint": (
        "thêm '- group: {group}' với 'subgroup: {id}' vào 'scenario'",
        "add '- group: {group}' with 'subgroup: {id}' to 'scenario'",
    ),
    "lint.bp102.priority": (
        "Nhóm này gồm các nhóm ưu tiên: {names}.",
        "It covers the priority groups: {names}.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    present = {e.subgroup for e in ctx.plan.scenario if e.subgroup and e.rows}
    priority: dict[str, list[str]] = {}
    for pg in ctx.fw.priority_groups:
        for sub_id in pg.subgroups:
            priority.setdefault(sub_id, []).append(pg.name)
    for group in ctx.fw.groups:
        for sub in ctx.missing(group.subgroups, present):
            hint = t("lint.bp102.hint", group=group.id, id=sub.id)
            covers = priority.get(sub.id)
            if covers:
                hint += " " + t("lint.bp102.priority", names="; ".join(covers[:3]))
            yield Finding(
                ("scenario",),
                t("lint.bp102", code=sub.code or "", name=sub.name, id=sub.id),
                hint,
                ctx.cite(sub.cite),
                key=True,
            )
