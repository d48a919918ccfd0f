"""BP104 regular-form: every regular form required at the plan's level is used somewhere."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.model.common import FormKind
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP104",
    name="regular-form",
    severity=Severity.WARNING,
    clause="Mục IV.1 (Truyền thông thường xuyên, 1.1–1.9), Kế hoạch 4057/KH-BHXH",
    example_fail="# không dòng nào dùng form: loa-truyen-thanh (1.5)\n",
    example_pass="rows:\n  - id: loa-xa\n    form: loa-truyen-thanh\n    ...\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp104.summary": (
        "Mỗi hình thức truyền thông thường xuyên mà khung yêu cầu phải được dùng ít nhất "
        "một lần (trong khung kịch bản hoặc hoạt động).",
        "Each regular form the framework requires is used at least once (scenario or activities).",
    ),
    "lint.bp104.fix": (
        "Thêm dòng kịch bản hoặc hoạt động có `form: <mã hình thức>`.",
        "Add a scenario row or activity with `form: <form id>`.",
    ),
    "lint.bp104": (
        "chưa dùng hình thức truyền thông thường xuyên {code}. {name}",
        "regular form {code}. {name} is never used",
    ),
    "lint.bp104.hint": (
        "thêm dòng kịch bản hoặc hoạt động có 'form: {id}'",
        "add a scenario row or activity with 'form: {id}'",
    ),
}


def used_forms(ctx: Context) -> set[str]:
    """Form ids the plan uses, with every ancestor of a sub-form (1.3.2 counts for 1.3)."""
    parents = {f.id: f.parent for f in ctx.fw.forms}
    used = {row.form for e in ctx.plan.scenario for row in e.rows}
    used |= {a.form for a in ctx.plan.activities if a.form}
    for form in list(used):
        seen: set[str] = set()
        parent = parents.get(form)
        while parent and parent not in seen:
            seen.add(parent)
            used.add(parent)
            parent = parents.get(parent)
    return used


def check(ctx: Context) -> Iterator[Finding]:
    regular = (f for f in ctx.fw.forms if f.kind is FormKind.REGULAR and not f.parent)
    for form in ctx.missing(regular, used_forms(ctx)):
        yield Finding(
            ("scenario",),
            t("lint.bp104", code=form.code or "", name=form.name),
            t("lint.bp104.hint", id=form.id),
            ctx.cite(form.cite),
            key=True,
        )
