"""BP103 content-area: every content area of the framework is addressed by the plan."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP103",
    name="content-area",
    severity=Severity.WARNING,
    clause="Mục III (Nội dung thông tin, truyền thông) và Phụ lục I, Kế hoạch 4057/KH-BHXH",
    example_fail="content_areas:\n  - area: chinh-sach-phap-luat\n# thiếu loi-ich, …\n",
    example_pass="content_areas:\n  - area: chinh-sach-phap-luat\n  - area: loi-ich\n  …\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp103.summary": (
        "Kế hoạch phải nêu mọi nội dung truyền thông mà khung yêu cầu.",
        "The plan addresses every content area the framework requires.",
    ),
    "lint.bp103.fix": (
        "Thêm `- area: <mã nội dung>` (kèm `details`) vào `content_areas`.",
        "Add `- area: <area id>` (with `details`) to `content_areas`.",
    ),
    "lint.bp103": (
        "chưa có nội dung truyền thông {code}. {name}",
        "content area {code}. {name} is not addressed",
    ),
    "lint.bp103.hint": (
        "thêm '- area: {id}' vào 'content_areas'",
        "add '- area: {id}' to 'content_areas'",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    present = {a.area for a in ctx.plan.content_areas}
    for area in ctx.missing(ctx.fw.content_areas, present):
        yield Finding(
            ("content_areas",),
            t("lint.bp103", code=area.code or "", name=area.name),
            t("lint.bp103.hint", id=area.id),
            ctx.cite(area.cite),
            key=True,
        )
