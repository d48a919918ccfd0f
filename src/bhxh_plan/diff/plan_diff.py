"""Two plans compared as plans: entities matched by id, not lines matched by text."""

from __future__ import annotations

from collections.abc import Callable

from bhxh_plan.diff.engine import Collector, added_removed, keyed, reordered
from bhxh_plan.diff.labels import Labels, date_text, money, short
from bhxh_plan.diff.model import Budget, Op, PlanDiff
from bhxh_plan.diff.scenario import compare_scenario
from bhxh_plan.i18n import t
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import (
    Activity,
    Funding,
    Plan,
    PlanCampaign,
    PlanMatrixRow,
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
    a, b, order_a, order_b = keyed(old.content_areas, new.content_areas, lambda x: x.area)
    added_removed(c, "content_areas", "content_area", a, b, lambda x: c.labels.ref("area", x.area))
    for k in order_b:
        if k in a:
            where = c.labels.ref("area", b[k].area)
            c.texts(f"content_areas[{k}].details", "detail", where, a[k].details, b[k].details)
    if reordered(order_a, order_b):
        c.moved("content_areas", "content_area", "", order_a, order_b)


def dates_text(act: Activity) -> str:
    """ "06/05/2023", or "06/05/2023 – 08/05/2023" for several days."""
    end = act.end or act.start
    if end == act.start:
        return date_text(act.start)
    return f"{date_text(act.start)} – {date_text(end)}"


def _activity_details(act: Activity) -> str:
    parts = [act.id, act.name, dates_text(act)]
    if act.lead:
        parts.append(f"{t('diff.field.lead')}: {act.lead}")
    if act.budget is not None:
        parts.append(f"{t('diff.field.budget')}: {money(act.budget)}")
    return "; ".join(parts)


def _activities(c: Collector, old: Plan, new: Plan) -> None:
    a, b, order_a, order_b = keyed(old.activities, new.activities, lambda x: x.id)
    added_removed(c, "activities", "activity", a, b, _activity_details)
    for k in order_b:
        if k not in a:
            continue
        ao, an = a[k], b[k]
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
    if reordered(order_a, order_b):
        c.moved("activities", "activity", "", order_a, order_b)


def _funding(c: Collector, old: Plan, new: Plan) -> None:
    fa, fb = old.funding or Funding(), new.funding or Funding()
    c.fields("funding", "", fa, fb, ("sources", "total", "notes"))
    a, b, order_a, order_b = keyed(fa.lines, fb.lines, lambda x: x.id)
    added_removed(
        c,
        "funding.lines",
        "budget_line",
        a,
        b,
        lambda x: f"{x.id}; {x.name}; {money(x.amount)}; {c.labels.ref('source', x.source)}",
    )
    for k in order_b:
        if k in a:
            where = t("diff.where.budget_line", id=k, name=short(b[k].name, 50))
            c.fields(f"funding.lines[{k}]", where, a[k], b[k], ("name", "source", "amount"))
    if reordered(order_a, order_b):
        c.moved("funding.lines", "budget_line", "", order_a, order_b)


def _responsibilities(c: Collector, old: Plan, new: Plan) -> None:
    a, b, order_a, order_b = keyed(old.responsibilities, new.responsibilities, lambda x: x.unit)
    added_removed(
        c, "responsibilities", "responsibility", a, b, lambda x: "; ".join([x.unit, *x.tasks])
    )
    for k in order_b:
        if k in a:
            c.texts(f"responsibilities[{k}].tasks", "task", k, a[k].tasks, b[k].tasks)
    if reordered(order_a, order_b):
        c.moved("responsibilities", "responsibility", "", order_a, order_b)


def _reporting(c: Collector, old: Plan, new: Plan) -> None:
    a, b, order_a, order_b = keyed(old.reporting, new.reporting, lambda x: x.report)
    added_removed(c, "reporting", "report", a, b, lambda x: c.labels.ref("report", x.report))
    for k in order_b:
        if k in a:
            where = c.labels.ref("report", b[k].report)
            c.fields(f"reporting[{k}]", where, a[k], b[k], ("deadline", "recipient"))
    if reordered(order_a, order_b):
        c.moved("reporting", "report", "", order_a, order_b)


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
    a, b, order_a, order_b = keyed(ca.slogans, cb.slogans, lambda x: x.group)
    added_removed(
        c,
        "campaign.slogans",
        "slogan",
        a,
        b,
        lambda x: f"{c.labels.ref('group', x.group)}: " + "; ".join(x.texts),
    )
    for k in order_b:
        if k in a:
            where = t("diff.where.slogans", group=c.labels.ref("group", b[k].group))
            c.field(f"campaign.slogans[{k}]", where, "texts", a[k].texts, b[k].texts)
    if reordered(order_a, order_b):
        c.moved("campaign.slogans", "slogan", "", order_a, order_b)
    ma, mb, mo_a, mo_b = keyed(ca.matrix, cb.matrix, lambda x: f"{x.objective}/{x.campaign}")

    def matrix_where(row: PlanMatrixRow) -> str:
        objective = c.labels.ref("objective", row.objective)
        return t(
            "diff.where.matrix",
            objective=objective,
            campaign=c.labels.ref("campaign", row.campaign),
        )

    added_removed(c, "campaign.matrix", "matrix_row", ma, mb, matrix_where)
    for k in mo_b:
        if k in ma:
            c.fields(
                f"campaign.matrix[{k}]",
                matrix_where(mb[k]),
                ma[k],
                mb[k],
                ("groups", "channels", "media"),
            )
    if reordered(mo_a, mo_b):
        c.moved("campaign.matrix", "matrix_row", "", mo_a, mo_b)
