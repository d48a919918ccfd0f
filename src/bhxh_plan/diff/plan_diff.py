"""Two plans compared as plans: entities matched by id, not lines matched by text."""

from __future__ import annotations

from collections.abc import Callable

from bhxh_plan.diff.engine import Collector, compare_keyed
from bhxh_plan.diff.labels import Labels, date_text, money, short
from bhxh_plan.diff.model import Budget, Op, PlanDiff
from bhxh_plan.diff.scenario import compare_scenario
from bhxh_plan.i18n import t
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import (
    Activity,
    BudgetLine,
    ContentAreaRef,
    Funding,
    Plan,
    PlanCampaign,
    PlanMatrixRow,
    PlanSlogans,
    ReportingItem,
    Responsibility,
)

ACTIVITY_FIELDS = ("name", "event", "form", "groups", "lead", "partners", "description")
MONEY_FIELDS = ("budget", "funding")  # after the other fields: the budget part of a change


def budget_of(plan: Plan) -> Budget:
    """Declared total, sum of the detailed lines, sum of the activity budgets."""
    funding = plan.funding or Funding()
    return Budget(
        funding.total,
        sum(line.amount for line in funding.lines),
        sum(a.budget or 0 for a in plan.activities),
    )


def title_of(plan: Plan) -> str:
    """ "Kế hoạch số 15/KH-BHXH ngày 10/01/2023 (BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI)"."""
    d = plan.document
    return t("diff.plan_title", number=d.number, date=date_text(d.date), unit=d.issuer.unit)


def diff_plans(
    old: Plan,
    new: Plan,
    fw: Framework | None,
    old_name: str = "",
    new_name: str = "",
    old_fw: Framework | None = None,
) -> PlanDiff:
    """Every difference between ``old`` and ``new``, section by section.

    Ids are named through ``fw`` (the new plan's framework), then ``old_fw``.
    """
    c = Collector(Labels(fw, old_fw))
    sections: tuple[tuple[str, Callable[[Collector, Plan, Plan], None]], ...] = (
        ("plan", _plan),
        ("document", _document),
        ("purposes", _purposes),
        ("requirements", _requirements),
        ("content_areas", _areas),
        ("scenario", compare_scenario),
        ("activities", _activities),
        ("funding", _funding),
        ("responsibilities", _responsibilities),
        ("reporting", _reporting),
        ("campaign", _campaign),
    )
    for name, compare in sections:
        c.section = name
        compare(c, old, new)
    return PlanDiff(
        old_name,
        new_name,
        title_of(old),
        title_of(new),
        budget_of(old),
        budget_of(new),
        c.changes,
    )


def _plan(c: Collector, old: Plan, new: Plan) -> None:
    c.fields("", "", old, new, ("framework", "kind", "year", "level"))


def _document(c: Collector, old: Plan, new: Plan) -> None:
    a, b = old.document, new.document
    c.field("document", "", "issuer.parent", a.issuer.parent, b.issuer.parent)
    c.field("document", "", "issuer.unit", a.issuer.unit, b.issuer.unit)
    c.fields("document", "", a, b, ("number", "place", "date", "title", "preamble"))
    c.field("document", "", "signer.authority", a.signer.authority, b.signer.authority)
    c.field("document", "", "signer.title", a.signer.title, b.signer.title)
    c.field("document", "", "signer.name", a.signer.name, b.signer.name)
    c.texts("document.legal_bases", "legal_basis", "", a.legal_bases, b.legal_bases)
    c.texts("document.recipients", "recipient", "", a.recipients, b.recipients)


def _purposes(c: Collector, old: Plan, new: Plan) -> None:
    c.texts("purposes", "purpose", "", old.purposes, new.purposes)


def _requirements(c: Collector, old: Plan, new: Plan) -> None:
    c.texts("requirements", "requirement", "", old.requirements, new.requirements)


def _areas(c: Collector, old: Plan, new: Plan) -> None:
    def each(k: str, ao: ContentAreaRef, an: ContentAreaRef) -> None:
        where = c.labels.ref("area", an.area)
        c.texts(f"content_areas[{k}].details", "detail", where, ao.details, an.details)

    compare_keyed(
        c,
        "content_areas",
        "content_area",
        old.content_areas,
        new.content_areas,
        lambda x: x.area,
        lambda x: c.labels.ref("area", x.area),
        each,
    )


def dates_text(act: Activity) -> str:
    """ "06/05/2023", or "06/05/2023 – 08/05/2023" for several days."""
    end = act.end or act.start
    if end == act.start:
        return date_text(act.start)
    return f"{date_text(act.start)} – {date_text(end)}"


def _id(item: Activity | BudgetLine) -> str:
    return item.id


def _activity_details(act: Activity) -> str:
    parts = [act.id, act.name, dates_text(act)]
    if act.lead:
        parts.append(f"{t('diff.field.lead')}: {act.lead}")
    if act.budget is not None:
        parts.append(f"{t('diff.field.budget')}: {money(act.budget)}")
    return "; ".join(parts)


def _activities(c: Collector, old: Plan, new: Plan) -> None:
    def each(k: str, ao: Activity, an: Activity) -> None:
        where = t("diff.where.activity", id=k, name=short(an.name, 50))
        path = f"activities[{k}]"
        c.field(path, where, "name", ao.name, an.name)
        if (ao.start, ao.end or ao.start) != (an.start, an.end or an.start):
            dates_a = {"start": ao.start, "end": ao.end}
            dates_b = {"start": an.start, "end": an.end}
            c.field(path, where, "dates", dates_a, dates_b, (dates_text(ao), dates_text(an)))
        c.fields(path, where, ao, an, ACTIVITY_FIELDS[1:])
        c.fields(path, where, ao, an, MONEY_FIELDS)
        for key in dict.fromkeys([*ao.targets, *an.targets]):
            c.field(path, where, f"targets.{key}", ao.targets.get(key), an.targets.get(key))

    compare_keyed(
        c, "activities", "activity", old.activities, new.activities, _id, _activity_details, each
    )


def _funding(c: Collector, old: Plan, new: Plan) -> None:
    fa, fb = old.funding or Funding(), new.funding or Funding()
    c.fields("funding", "", fa, fb, ("sources", "total", "notes"))

    def each(k: str, lo: BudgetLine, ln: BudgetLine) -> None:
        where = t("diff.where.budget_line", id=k, name=short(ln.name, 50))
        c.fields(f"funding.lines[{k}]", where, lo, ln, ("name", "source", "amount"))

    compare_keyed(
        c,
        "funding.lines",
        "budget_line",
        fa.lines,
        fb.lines,
        _id,
        lambda x: f"{x.id}; {x.name}; {money(x.amount)}; {c.labels.ref('source', x.source)}",
        each,
    )


def _responsibilities(c: Collector, old: Plan, new: Plan) -> None:
    def each(k: str, ro: Responsibility, rn: Responsibility) -> None:
        c.texts(f"responsibilities[{k}].tasks", "task", k, ro.tasks, rn.tasks)

    compare_keyed(
        c,
        "responsibilities",
        "responsibility",
        old.responsibilities,
        new.responsibilities,
        lambda x: x.unit,
        lambda x: "; ".join([x.unit, *x.tasks]),
        each,
    )


def _reporting(c: Collector, old: Plan, new: Plan) -> None:
    def each(k: str, ro: ReportingItem, rn: ReportingItem) -> None:
        where = c.labels.ref("report", rn.report)
        c.fields(f"reporting[{k}]", where, ro, rn, ("deadline", "recipient"))

    compare_keyed(
        c,
        "reporting",
        "report",
        old.reporting,
        new.reporting,
        lambda x: x.report,
        lambda x: c.labels.ref("report", x.report),
        each,
    )


def _campaign(c: Collector, old: Plan, new: Plan) -> None:
    ca, cb = old.campaign, new.campaign
    if ca is None or cb is None:
        if ca is not cb:
            op, value = (Op.ADD, cb) if ca is None else (Op.REMOVE, ca)
            assert value is not None
            c.entity(op, "campaign", "campaign", "", value.theme, value)
        return
    _campaign_parts(c, ca, cb)


def _campaign_parts(c: Collector, ca: PlanCampaign, cb: PlanCampaign) -> None:
    c.fields("campaign", "", ca, cb, ("theme", "message"))

    def slogans(k: str, so: PlanSlogans, sn: PlanSlogans) -> None:
        where = t("diff.where.slogans", group=c.labels.ref("group", sn.group))
        c.field(f"campaign.slogans[{k}]", where, "texts", so.texts, sn.texts)

    compare_keyed(
        c,
        "campaign.slogans",
        "slogan",
        ca.slogans,
        cb.slogans,
        lambda x: x.group,
        lambda x: f"{c.labels.ref('group', x.group)}: " + "; ".join(x.texts),
        slogans,
    )

    def matrix_where(row: PlanMatrixRow) -> str:
        objective = c.labels.ref("objective", row.objective)
        return t(
            "diff.where.matrix",
            objective=objective,
            campaign=c.labels.ref("campaign", row.campaign),
        )

    def matrix(k: str, mo: PlanMatrixRow, mn: PlanMatrixRow) -> None:
        where = matrix_where(mn)
        c.fields(f"campaign.matrix[{k}]", where, mo, mn, ("groups", "channels", "media"))

    compare_keyed(
        c,
        "campaign.matrix",
        "matrix_row",
        ca.matrix,
        cb.matrix,
        lambda x: f"{x.objective}/{x.campaign}",
        matrix_where,
        matrix,
    )
