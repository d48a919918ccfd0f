"""BP113 duplicate: ids unique, and no group, row or reference planned twice."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, Loc, RuleMeta
from bhxh_plan.suggest import fold

META = RuleMeta(
    id="BP113",
    name="duplicate",
    severity=Severity.ERROR,
    clause="Định danh ổn định (so sánh phiên bản, miễn trừ, tham chiếu chéo)",
    example_fail="rows:\n  - id: a\n  - id: a\n",
    example_pass="rows:\n  - id: a\n  - id: b\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp113.summary": (
        "Mã dòng, hoạt động, dòng dự toán là duy nhất; một nhóm (nhóm nhỏ) chỉ có một mục "
        "kịch bản; cùng nhóm và cùng hình thức không lặp lại hai dòng giống nhau.",
        "Row, activity and budget-line ids are unique; a group (sub-group) has one "
        "scenario entry; the same group and form are not planned twice.",
    ),
    "lint.bp113.fix": (
        "Đổi mã cho khác nhau, hoặc gộp hai mục/dòng trùng.",
        "Give the items different ids, or merge the duplicates.",
    ),
    "lint.bp113.row": (
        "mã dòng '{value}' bị lặp (đã có ở {first})",
        "row id '{value}' is repeated (first at {first})",
    ),
    "lint.bp113.activity": (
        "mã hoạt động '{value}' bị lặp (đã có ở {first})",
        "activity id '{value}' is repeated (first at {first})",
    ),
    "lint.bp113.line": (
        "mã dòng dự toán '{value}' bị lặp (đã có ở {first})",
        "budget line id '{value}' is repeated (first at {first})",
    ),
    "lint.bp113.entry": (
        "nhóm '{value}' có hai mục kịch bản (đã có ở {first})",
        "group '{value}' has two scenario entries (first at {first})",
    ),
    "lint.bp113.area": (
        "nội dung '{value}' được nêu hai lần (đã có ở {first})",
        "content area '{value}' is listed twice (first at {first})",
    ),
    "lint.bp113.report": (
        "báo cáo '{value}' được nêu hai lần (đã có ở {first})",
        "report '{value}' is listed twice (first at {first})",
    ),
    "lint.bp113.row_form": (
        "cùng nhóm, cùng hình thức '{value}' đã có ở {first}",
        "the same group and form '{value}' is already at {first}",
    ),
    "lint.bp113.hint": (
        "đổi mã cho khác nhau hoặc gộp hai mục",
        "use distinct ids or merge the two",
    ),
}


def _dupes(items: Iterable[tuple[Loc, str]]) -> Iterator[tuple[Loc, str, Loc]]:
    seen: dict[str, Loc] = {}
    for loc, key in items:
        if key in seen:
            yield loc, key, seen[key]
        else:
            seen[key] = loc


def _shown(kind: str, key: str) -> str:
    # row_form keys are "group/subgroup/form/folded wording": show the form id
    return key.split("/")[2] if kind == "row_form" else key.rstrip("/")


def _where(loc: Loc) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    # (kind, message key): literal keys, so the catalogue test sees them
    ids: list[tuple[tuple[str, str], Iterable[tuple[Loc, str]]]] = [
        (
            ("row", "lint.bp113.row"),
            [
                (("scenario", i, "rows", j, "id"), row.id)
                for i, e in enumerate(plan.scenario)
                for j, row in enumerate(e.rows)
            ],
        ),
        (
            ("activity", "lint.bp113.activity"),
            [(("activities", i, "id"), a.id) for i, a in enumerate(plan.activities)],
        ),
        (
            ("line", "lint.bp113.line"),
            [
                (("funding", "lines", i, "id"), line.id)
                for i, line in enumerate(plan.funding.lines if plan.funding else [])
            ],
        ),
        (
            ("entry", "lint.bp113.entry"),
            [
                (("scenario", i, "group"), f"{e.group}/{e.subgroup or ''}")
                for i, e in enumerate(plan.scenario)
            ],
        ),
        (
            ("area", "lint.bp113.area"),
            [(("content_areas", i, "area"), a.area) for i, a in enumerate(plan.content_areas)],
        ),
        (
            ("report", "lint.bp113.report"),
            [(("reporting", i, "report"), r.report) for i, r in enumerate(plan.reporting)],
        ),
        (
            ("row_form", "lint.bp113.row_form"),
            [
                (
                    ("scenario", i, "rows", j, "form"),
                    f"{e.group}/{e.subgroup}/{row.form}/{fold(row.form_text or '')}",
                )
                for i, e in enumerate(plan.scenario)
                for j, row in enumerate(e.rows)
            ],
        ),
    ]
    for (kind, message), items in ids:
        for loc, key, first in _dupes(items):
            yield Finding(
                loc,
                t(message, value=_shown(kind, key), first=_where(first)),
                t("lint.bp113.hint"),
            )
