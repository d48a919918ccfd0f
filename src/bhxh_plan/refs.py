"""Cross-references from a plan into its framework, with "did you mean …?"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import Document
from bhxh_plan.messages import keys
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.levels import levels_of
from bhxh_plan.model.plan import Plan
from bhxh_plan.problems import Problem, problem_at
from bhxh_plan.suggest import suggest

Loc = tuple[str | int, ...]


@dataclass(slots=True)
class Index:
    """Framework items by id, with the texts "did you mean" compares against."""

    groups: dict[str, list[str]]
    subgroups: dict[str, list[str]]
    subgroup_parent: dict[str, str]
    forms: dict[str, list[str]]
    events: dict[str, list[str]]
    areas: dict[str, list[str]]
    reports: dict[str, list[str]]
    sources: dict[str, list[str]]
    objectives: dict[str, list[str]]
    campaigns: dict[str, list[str]]
    levels: dict[str, list[str]]

    @classmethod
    def of(cls, fw: Framework) -> Index:
        subgroups: dict[str, list[str]] = {}
        parent: dict[str, str] = {}
        for g in fw.groups:
            for s in g.subgroups:
                subgroups[s.id] = [s.name, *s.aliases, *([s.code] if s.code else [])]
                parent[s.id] = g.id
        camp = fw.campaign
        return cls(
            groups={g.id: [g.name, *g.aliases, *([g.code] if g.code else [])] for g in fw.groups},
            subgroups=subgroups,
            subgroup_parent=parent,
            forms={f.id: [f.name, *([f.code] if f.code else [])] for f in fw.forms},
            events={e.id: [e.name] for e in fw.events},
            areas={a.id: [a.name] for a in fw.content_areas},
            reports={r.id: [r.name] for r in fw.reporting},
            sources={s.id: [s.name] for s in fw.funding_sources},
            objectives={o.id: [o.text] for o in camp.objectives} if camp else {},
            campaigns={c.id: [c.name] for c in camp.campaigns} if camp else {},
            levels={lv.id: [lv.name, *lv.aliases] for lv in levels_of(fw)},
        )


def check_references(plan: Plan, fw: Framework, doc: Document) -> list[Problem]:
    """Every id the plan uses that its framework does not define."""
    ix = Index.of(fw)
    out: list[Problem] = []
    for loc, kind, value, table in _references(plan, ix):
        if value in table:
            continue
        sugg = suggest(value, table.items())
        hint = (
            t("ref.hint", options=", ".join(sugg))
            if sugg
            else t("ref.hint.list", cmd=f"bhxh-plan frameworks show {fw.id}")
        )
        message = t("ref.unknown", kind=t(keys.KIND[kind]), value=value, fw=fw.id)
        out.append(problem_at(doc, loc, codes.UNKNOWN_REF, message, hint, suggestions=sugg))
    for i, entry in enumerate(plan.scenario):
        owner = ix.subgroup_parent.get(entry.subgroup or "")
        if owner and owner != entry.group:
            message = t("ref.wrong_parent", sub=entry.subgroup, group=entry.group, owner=owner)
            hint = t("ref.wrong_parent.hint", owner=owner)
            out.append(
                problem_at(doc, ("scenario", i, "subgroup"), codes.UNKNOWN_REF, message, hint)
            )
    return out


def _references(plan: Plan, ix: Index) -> Iterator[tuple[Loc, str, str, dict[str, list[str]]]]:
    groups_any = {**ix.groups, **ix.subgroups}
    yield ("level",), "level", plan.level, ix.levels
    for i, entry in enumerate(plan.scenario):
        yield ("scenario", i, "group"), "group", entry.group, ix.groups
        if entry.subgroup:
            yield ("scenario", i, "subgroup"), "subgroup", entry.subgroup, ix.subgroups
        for j, row in enumerate(entry.rows):
            yield ("scenario", i, "rows", j, "form"), "form", row.form, ix.forms
    for i, area in enumerate(plan.content_areas):
        yield ("content_areas", i, "area"), "area", area.area, ix.areas
    for i, act in enumerate(plan.activities):
        base: Loc = ("activities", i)
        if act.event:
            yield (*base, "event"), "event", act.event, ix.events
        if act.form:
            yield (*base, "form"), "form", act.form, ix.forms
        if act.funding:
            yield (*base, "funding"), "source", act.funding, ix.sources
        yield from _each((*base, "groups"), "group", act.groups, groups_any)
    if plan.funding:
        yield from _each(("funding", "sources"), "source", plan.funding.sources, ix.sources)
        for i, line in enumerate(plan.funding.lines):
            yield ("funding", "lines", i, "source"), "source", line.source, ix.sources
    for i, rep in enumerate(plan.reporting):
        yield ("reporting", i, "report"), "report", rep.report, ix.reports
    if plan.campaign:
        for i, s in enumerate(plan.campaign.slogans):
            yield ("campaign", "slogans", i, "group"), "group", s.group, groups_any
        for i, mrow in enumerate(plan.campaign.matrix):
            base = ("campaign", "matrix", i)
            yield (*base, "objective"), "objective", mrow.objective, ix.objectives
            yield (*base, "campaign"), "campaign", mrow.campaign, ix.campaigns
            yield from _each((*base, "groups"), "group", mrow.groups, groups_any)
            yield from _each((*base, "media"), "form", mrow.media, ix.forms)


def _each(
    base: Loc, kind: str, values: Iterable[str], table: dict[str, list[str]]
) -> Iterator[tuple[Loc, str, str, dict[str, list[str]]]]:
    for k, value in enumerate(values):
        yield (*base, k), kind, value, table
