"""Consistency of a framework with itself: unique ids and resolvable references."""

from __future__ import annotations

from collections.abc import Iterator

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import Document
from bhxh_plan.messages import keys
from bhxh_plan.model.framework import Framework
from bhxh_plan.problems import Problem, Severity, format_path, problem_at
from bhxh_plan.suggest import suggest

Loc = tuple[str | int, ...]


def check_framework(fw: Framework, doc: Document | None) -> list[Problem]:
    """Duplicate ids, unknown cited sources, parents, sub-groups and campaign ids."""
    out: list[Problem] = []
    file = doc.path if doc else fw.id

    def add(loc: Loc, message: str, hint: str = "", sugg: tuple[str, ...] = ()) -> None:
        if doc is None:
            out.append(
                Problem(
                    file,
                    None,
                    None,
                    format_path(loc),
                    codes.FRAMEWORK,
                    Severity.ERROR,
                    message,
                    hint,
                    suggestions=sugg,
                )
            )
        else:
            out.append(problem_at(doc, loc, codes.FRAMEWORK, message, hint, suggestions=sugg))

    for loc, ident, seen_at in _duplicates(fw):
        add(loc, t("fw.duplicate", id=ident, first=seen_at))
    tables = {
        "cite": {s.id for s in fw.sources},
        "form": {f.id for f in fw.forms},
        "subgroup": {s.id for g in fw.groups for s in g.subgroups},
        "group": {g.id for g in fw.groups},
        "objective": {o.id for o in fw.campaign.objectives} if fw.campaign else set(),
        "campaign": {c.id for c in fw.campaign.campaigns} if fw.campaign else set(),
    }
    for loc, kind, value in _references(fw):
        if value not in tables[kind]:
            sugg = tuple(suggest(value, ((v, ()) for v in tables[kind])))
            hint = t("ref.hint", options=", ".join(sugg)) if sugg else ""
            add(loc, t("ref.unknown", kind=t(keys.KIND[kind]), value=value, fw=fw.id), hint, sugg)
    for i, ev in enumerate(fw.events):
        if ev.window is not None and ev.window.end < ev.window.start:
            add(("events", i, "window"), t("fw.window", id=ev.id))
    return out


def _duplicates(fw: Framework) -> Iterator[tuple[Loc, str, str]]:
    lists: dict[str, list[str]] = {
        "groups": [g.id for g in fw.groups],
        "content_areas": [a.id for a in fw.content_areas],
        "forms": [f.id for f in fw.forms],
        "events": [e.id for e in fw.events],
        "reporting": [r.id for r in fw.reporting],
        "funding_sources": [s.id for s in fw.funding_sources],
        "sources": [s.id for s in fw.sources],
        "priority_groups": [p.id for p in fw.priority_groups],
    }
    for key, ids in lists.items():
        seen: dict[str, int] = {}
        for i, ident in enumerate(ids):
            if ident in seen:
                yield (key, i, "id"), ident, f"{key}[{seen[ident]}]"
            seen.setdefault(ident, i)
    seen_sub: dict[str, str] = {}
    for gi, g in enumerate(fw.groups):
        for si, s in enumerate(g.subgroups):
            if s.id in seen_sub or s.id in lists["groups"]:
                yield ("groups", gi, "subgroups", si, "id"), s.id, seen_sub.get(s.id, "groups")
            seen_sub.setdefault(s.id, f"groups[{gi}].subgroups[{si}]")


def _references(fw: Framework) -> Iterator[tuple[Loc, str, str]]:
    for key in (
        "groups",
        "content_areas",
        "forms",
        "events",
        "reporting",
        "funding_sources",
        "priority_groups",
        "purposes",
        "requirements",
        "methods",
        "responsibilities",
    ):
        for i, item in enumerate(getattr(fw, key)):
            if item.cite is not None:
                yield (key, i, "cite", "source"), "cite", item.cite.source
    for gi, g in enumerate(fw.groups):
        for si, s in enumerate(g.subgroups):
            if s.cite is not None:
                yield ("groups", gi, "subgroups", si, "cite", "source"), "cite", s.cite.source
    if fw.deadline and fw.deadline.cite:
        yield ("deadline", "cite", "source"), "cite", fw.deadline.cite.source
    for i, f in enumerate(fw.forms):
        if f.parent:
            yield ("forms", i, "parent"), "form", f.parent
    for i, e in enumerate(fw.events):
        if e.form:
            yield ("events", i, "form"), "form", e.form
    for i, p in enumerate(fw.priority_groups):
        for k, sub_id in enumerate(p.subgroups):
            yield ("priority_groups", i, "subgroups", k), "subgroup", sub_id
    if fw.campaign:
        c = fw.campaign
        for i, sl in enumerate(c.slogans):
            for k, group_id in enumerate(sl.groups):
                yield ("campaign", "slogans", i, "groups", k), "group", group_id
        for i, row in enumerate(c.matrix):
            base: Loc = ("campaign", "matrix", i)
            yield (*base, "objective"), "objective", row.objective
            yield (*base, "campaign"), "campaign", row.campaign
            for k, group_id in enumerate(row.group_ids):
                yield (*base, "group_ids", k), "group", group_id
            for k, form_id in enumerate(row.form_ids):
                yield (*base, "form_ids", k), "form", form_id
        for key in ("slogans", "objectives", "campaigns", "matrix"):
            for i, item in enumerate(getattr(c, key)):
                if item.cite is not None:
                    yield ("campaign", key, i, "cite", "source"), "cite", item.cite.source
        for i, act in enumerate(c.activities):
            if act.campaign:
                yield ("campaign", "activities", i, "campaign"), "campaign", act.campaign
            if act.cite:
                yield ("campaign", "activities", i, "cite", "source"), "cite", act.cite.source
