"""What one plan covers of its framework: the cells of the roll-up matrices.

The notions are those of the lint rules, read from the framework data: subject
groups and sub-groups with scenario rows (BP101, BP102), content areas (BP103),
regular forms used (BP104, through its ``used_forms``), themed events scheduled
inside their window moved to the plan's year (BP105, through ``Context.shift``),
reports (BP111) and the submission deadline (BP110). Whether an item binds a
plan is ``Context.required`` of the item's ``required_levels``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from bhxh_plan.framework.calendar import deadline_date
from bhxh_plan.model.common import FormKind
from bhxh_plan.model.framework import Framework
from bhxh_plan.rules.base import Context
from bhxh_plan.rules.bp104_regular_form import used_forms


class State(StrEnum):
    """What a matrix cell says about one requirement of one plan."""

    OK = "ok"  # required and present (an event: every activity inside its window)
    MISSING = "missing"  # required and absent
    OUTSIDE = "outside"  # a themed event whose activity lies outside the event's window
    EXTRA = "extra"  # present although not required at the plan's level
    NA = "na"  # absent and not required


MATRICES: Final = ("groups", "forms", "events", "areas", "reports")
# (state, count, required): small and cheap to send between processes; a cell is met when
# it is required and its state is OK
Cell = tuple[str, int, bool]


@dataclass(frozen=True, slots=True)
class Column:
    """One framework item as a matrix column."""

    key: str
    code: str
    name: str
    sub: bool = False  # a sub-group (3.1) or sub-form (1.3.1), shown under its parent


def columns(fw: Framework, matrix: str) -> list[Column]:
    """The columns of ``matrix`` for framework ``fw``, in the framework's order."""
    if matrix == "groups":
        out = []
        for g in fw.groups:
            out.append(Column(g.id, g.code or "", g.name))
            out += [Column(f"{g.id}/{s.id}", s.code or "", s.name, True) for s in g.subgroups]
        return out
    if matrix == "forms":
        return [
            Column(f.id, f.code or "", f.name, f.parent is not None)
            for f in fw.forms
            if f.kind is FormKind.REGULAR
        ]
    if matrix == "events":
        return [Column(e.id, e.code or "", e.name) for e in fw.events]
    if matrix == "areas":
        return [Column(a.id, a.code or "", a.name) for a in fw.content_areas]
    if matrix == "reports":
        return [Column(r.id, "", r.name) for r in fw.reporting]
    raise KeyError(matrix)


def cell(required: bool, count: int) -> Cell:
    """The cell of an item that is present ``count`` times."""
    if required:
        return (State.OK if count else State.MISSING).value, count, True
    return (State.EXTRA if count else State.NA).value, count, False


def coverage(ctx: Context) -> dict[str, dict[str, Cell]]:
    """Every matrix cell of the plan in ``ctx``, keyed by matrix then column key."""
    return {
        "groups": dict(_groups(ctx)),
        "forms": dict(_forms(ctx)),
        "events": dict(_events(ctx)),
        "areas": {
            a.id: cell(
                ctx.required(a.required_levels),
                sum(1 for ref in ctx.plan.content_areas if ref.area == a.id),
            )
            for a in ctx.fw.content_areas
        },
        "reports": {
            r.id: cell(
                ctx.required(r.required_levels),
                sum(1 for item in ctx.plan.reporting if item.report == r.id),
            )
            for r in ctx.fw.reporting
        },
    }


def _groups(ctx: Context) -> Iterator[tuple[str, Cell]]:
    rows: dict[str, int] = {}
    sub_rows: dict[tuple[str, str], int] = {}
    for entry in ctx.plan.scenario:
        rows[entry.group] = rows.get(entry.group, 0) + len(entry.rows)
        if entry.subgroup:
            key = (entry.group, entry.subgroup)
            sub_rows[key] = sub_rows.get(key, 0) + len(entry.rows)
    for g in ctx.fw.groups:
        yield g.id, cell(ctx.required(g.required_levels), rows.get(g.id, 0))
        for s in g.subgroups:
            count = sub_rows.get((g.id, s.id), 0)
            yield f"{g.id}/{s.id}", cell(ctx.required(s.required_levels), count)


def _forms(ctx: Context) -> Iterator[tuple[str, Cell]]:
    # BP104 checks top-level regular forms only; a sub-form's use counts for its parent
    parents = {f.id: f.parent for f in ctx.fw.forms}
    counts: dict[str, int] = {}
    uses = [row.form for e in ctx.plan.scenario for row in e.rows]
    uses += [a.form for a in ctx.plan.activities if a.form]
    for form in uses:
        seen: set[str] = set()
        current: str | None = form
        while current and current not in seen:
            seen.add(current)
            counts[current] = counts.get(current, 0) + 1
            current = parents.get(current)
    used = used_forms(ctx)
    for f in ctx.fw.forms:
        if f.kind is not FormKind.REGULAR:
            continue
        required = f.parent is None and ctx.required(f.required_levels)
        yield f.id, cell(required, counts.get(f.id, 0) if f.id in used else 0)


def _events(ctx: Context) -> Iterator[tuple[str, Cell]]:
    for event in ctx.fw.events:
        window = ctx.event_dates(event).window
        scheduled = [a for a in ctx.plan.activities if a.event == event.id]
        required = ctx.required(event.required_levels)
        outside = any(a.start < window.start or (a.end or a.start) > window.end for a in scheduled)
        if outside:  # BP105 reports it, required or not
            yield event.id, (State.OUTSIDE.value, len(scheduled), required)
        else:
            yield event.id, cell(required, len(scheduled))


def deadline(ctx: Context) -> dt.date | None:
    """The framework's submission deadline for this plan (moved to its year), if it has one."""
    d = ctx.fw.deadline
    if d is None or not ctx.required(d.levels):
        return None
    return deadline_date(ctx.fw, ctx.plan.year)
