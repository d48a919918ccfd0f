"""BP109 minority-outreach: ethnic-minority and religious communities get materials in their
languages and respected persons taking part.

Which groups need this is framework data (``minority_outreach: true``; sub-group 3.9 in
``vss-2023``), not a constant here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta, lacking

META = RuleMeta(
    id="BP109",
    name="minority-outreach",
    severity=Severity.WARNING,
    clause="Mục IV.1.5–1.6, Kế hoạch 4057/KH-BHXH; Phụ lục II, dòng 3.9",
    example_fail="- group: tu-nguyen-hgd\n  subgroup: ton-giao-dan-toc\n  rows:\n"
    "    - {id: a, form: hoi-nghi-nhom-nho, ...}\n",
    example_pass="    - id: a\n      languages: [tiếng dân tộc]\n"
    "      respected_persons: [già làng, trưởng bản, chức sắc]\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp109.summary": (
        "Nhóm đồng bào dân tộc thiểu số, đồng bào có đạo phải có tài liệu bằng tiếng dân "
        "tộc (`languages`) và có người có uy tín tham gia (`respected_persons`: già làng, "
        "trưởng bản, chức sắc…).",
        "Ethnic-minority and religious communities get materials in minority languages "
        "(`languages`) and respected persons taking part (`respected_persons`).",
    ),
    "lint.bp109.fix": (
        "Thêm `languages: [tiếng dân tộc]` và `respected_persons: [già làng, trưởng bản, "
        "chức sắc]` vào dòng phù hợp.",
        "Add `languages:` and `respected_persons:` to a suitable row.",
    ),
    "lint.bp109": (
        "nhóm '{id}' (đồng bào dân tộc, tôn giáo) chưa có: {missing}",
        "group '{id}' (ethnic minorities, religious communities) lacks: {missing}",
    ),
    "lint.bp109.hint": (
        "thêm 'languages: [tiếng dân tộc]' và 'respected_persons: [già làng, trưởng bản, "
        "chức sắc]' vào dòng phù hợp",
        "add 'languages: [tiếng dân tộc]' and 'respected_persons: [già làng, trưởng bản, "
        "chức sắc]' to a suitable row",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    flagged = {g.id for g in ctx.fw.groups if g.minority_outreach}
    flagged |= {s.id for g in ctx.fw.groups for s in g.subgroups if s.minority_outreach}
    for i, entry in enumerate(ctx.plan.scenario):
        target = entry.subgroup if entry.subgroup in flagged else entry.group
        if target not in flagged or not entry.rows:
            continue
        missing = lacking(
            (
                ("lint.field.languages", any(row.languages for row in entry.rows)),
                ("lint.field.respected_persons", any(row.respected_persons for row in entry.rows)),
            )
        )
        if missing:
            yield Finding(
                ("scenario", i, "subgroup" if entry.subgroup else "group"),
                t("lint.bp109", id=target, missing=missing),
                t("lint.bp109.hint"),
            )
