"""BP112 funding: sources named, budget lines adding up, every budget with its source.

Whether a source is allowed at all is the reference check (BP006): an id the
framework does not list is reported there with "did you mean …?".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from bhxh_plan.i18n import t
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import Context, Finding, RuleMeta

META = RuleMeta(
    id="BP112",
    name="funding",
    severity=Severity.ERROR,
    clause="Mục VI (Kinh phí thực hiện), Kế hoạch 4057/KH-BHXH",
    example_fail="funding:\n  sources: [chi-phi-quan-ly]\n  total: 100000000\n  lines:\n"
    "    - {id: a, name: In tờ rơi, source: chi-phi-quan-ly, amount: 60000000}\n",
    example_pass="funding:\n  sources: [chi-phi-quan-ly]\n  total: 60000000\n  lines:\n"
    "    - {id: a, name: In tờ rơi, source: chi-phi-quan-ly, amount: 60000000}\n",
)

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.bp112.summary": (
        "Kế hoạch nêu nguồn kinh phí; các dòng dự toán cộng đúng bằng tổng; hoạt động có "
        "kinh phí thì có nguồn, và nguồn đó có trong danh sách nguồn của kế hoạch.",
        "The plan names its funding sources; budget lines add up to the total; an "
        "activity with a budget has a source listed in the plan's sources.",
    ),
    "lint.bp112.fix": (
        "Thêm `funding.sources`, sửa `total` hoặc các dòng, thêm `funding:` cho hoạt động.",
        "Add `funding.sources`, fix `total` or the lines, add `funding:` to the activity.",
    ),
    "lint.bp112.no_source": ("chưa nêu nguồn kinh phí", "no funding source is named"),
    "lint.bp112.no_source.hint": (
        "thêm 'funding: {{sources: [chi-phi-quan-ly]}}'; ghi 'notes' nếu kinh phí lồng ghép",
        "add 'funding: {{sources: [chi-phi-quan-ly]}}'; use 'notes' for integrated budgets",
    ),
    "lint.bp112.sum": (
        "các dòng dự toán cộng lại {lines}, khác tổng {total}",
        "budget lines add up to {lines}, not the total {total}",
    ),
    "lint.bp112.sum.hint": ("sửa 'total' hoặc số tiền các dòng", "fix 'total' or the lines"),
    "lint.bp112.activity": (
        "hoạt động '{id}' có kinh phí nhưng chưa nêu nguồn",
        "activity '{id}' has a budget but no source",
    ),
    "lint.bp112.activity.hint": (
        "thêm 'funding: <mã nguồn>' cho hoạt động",
        "add 'funding: <source id>' to the activity",
    ),
    "lint.bp112.unlisted": (
        "hoạt động '{id}' dùng nguồn '{source}' không có trong 'funding.sources'",
        "activity '{id}' uses source '{source}' missing from 'funding.sources'",
    ),
    "lint.bp112.unlisted.hint": (
        "thêm '{source}' vào 'funding.sources'",
        "add '{source}' to 'funding.sources'",
    ),
}


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đ"


def check(ctx: Context) -> Iterator[Finding]:
    funding = ctx.plan.funding
    if funding is None or not funding.sources:
        yield Finding(
            ("funding",) if funding else (),
            t("lint.bp112.no_source"),
            t("lint.bp112.no_source.hint"),
            key=funding is not None,
        )
    if funding is not None and funding.lines and funding.total is not None:
        lines = sum(line.amount for line in funding.lines)
        if lines != funding.total:
            yield Finding(
                ("funding", "total"),
                t("lint.bp112.sum", lines=_money(lines), total=_money(funding.total)),
                t("lint.bp112.sum.hint"),
            )
    sources = set(funding.sources) if funding else set()
    for i, act in enumerate(ctx.plan.activities):
        if act.budget and not act.funding:
            yield Finding(
                ("activities", i, "budget"),
                t("lint.bp112.activity", id=act.id),
                t("lint.bp112.activity.hint"),
            )
        elif act.funding and sources and act.funding not in sources:
            yield Finding(
                ("activities", i, "funding"),
                t("lint.bp112.unlisted", id=act.id, source=act.funding),
                t("lint.bp112.unlisted.hint", source=act.funding),
            )
