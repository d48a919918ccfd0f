"""Figures for the working sheets: coverage of groups × forms and the year's calendar.

"Required" always means: the framework lists the plan's level in the item's
``required_levels``. A parent form (1.3) counts the rows of its children (1.3.x)
when deciding whether it is covered.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from dataclasses import dataclass

from bhxh_plan.model.framework import Event, Form
from bhxh_plan.model.plan import Activity, Plan
from bhxh_plan.render.names import Names

LEVEL_NAMES = {
    "national": "Trung ương",
    "province": "tỉnh",
    "region": "khu vực",
    "district": "huyện",
    "commune": "xã",
}


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """One group or sub-group of the framework and its counts per form."""

    id: str
    code: str
    name: str
    is_subgroup: bool
    counts: dict[str, int]
    total: int
    required: bool

    @property
    def missing(self) -> bool:
        return self.required and self.total == 0


@dataclass(frozen=True, slots=True)
class Coverage:
    """Rows (groups, sub-groups) × columns (forms used or required)."""

    forms: tuple[Form, ...]
    rows: tuple[CoverageRow, ...]
    form_totals: dict[str, int]
    form_covered: dict[str, int]
    form_required: dict[str, bool]

    def form_missing(self, fid: str) -> bool:
        """Required at the plan's level and used nowhere (children count for a parent)."""
        return self.form_required[fid] and self.form_covered[fid] == 0


def _required(levels: list[str], level: str) -> bool:
    return level in levels


def coverage(plan: Plan, names: Names) -> Coverage:
    """Scenario rows plus activities, counted per (group or sub-group, form)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for entry in plan.scenario:
        for line in entry.rows:
            pairs[(entry.subgroup or entry.group, line.form)] += 1
    for a in plan.activities:
        if a.form:
            for gid in a.groups:
                pairs[(gid, a.form)] += 1
    level = plan.level
    fw = names.fw
    used = {f for _, f in pairs}
    forms = tuple(f for f in fw.forms if f.id in used or _required(f.required_levels, level))
    children: dict[str, list[str]] = {}
    for f in fw.forms:
        if f.parent:
            children.setdefault(f.parent, []).append(f.id)

    def row(gid: str, sub: bool, counts: dict[str, int], total: int, req: bool) -> CoverageRow:
        return CoverageRow(gid, names.group_code(gid), names.audience(gid), sub, counts, total, req)

    rows: list[CoverageRow] = []
    for group in fw.groups:
        sub_rows = [
            row(
                s.id,
                True,
                {f.id: pairs[(s.id, f.id)] for f in forms},
                sum(pairs[(s.id, f)] for f in used),
                _required(s.required_levels, level),
            )
            for s in group.subgroups
        ]
        counts = {
            f.id: pairs[(group.id, f.id)] + sum(r.counts[f.id] for r in sub_rows) for f in forms
        }
        total = sum(pairs[(group.id, f)] for f in used) + sum(r.total for r in sub_rows)
        rows.append(row(group.id, False, counts, total, _required(group.required_levels, level)))
        rows.extend(sub_rows)
    totals = {f.id: _family(pairs, f.id) for f in forms}
    covered = {
        f.id: totals[f.id] + sum(_family(pairs, c) for c in children.get(f.id, [])) for f in forms
    }
    required = {f.id: _required(f.required_levels, level) for f in forms}
    return Coverage(forms, tuple(rows), totals, covered, required)


def _family(pairs: Counter[tuple[str, str]], fid: str) -> int:
    return sum(n for (_, f), n in pairs.items() if f == fid)


def months_of(start: dt.date, end: dt.date | None, year: int) -> set[int]:
    """The months of ``year`` that the period touches."""
    end = end or start
    out = set()
    for m in range(1, 13):
        first = dt.date(year, m, 1)
        last = dt.date(year, m, calendar.monthrange(year, m)[1])
        if start <= last and end >= first:
            out.add(m)
    return out


@dataclass(frozen=True, slots=True)
class CalendarRow:
    """An event of the framework or an activity of the plan, with its months."""

    kind: str  # "event" | "activity"
    code: str
    name: str
    when: str
    months: frozenset[int]
    lead: str
    budget: int | None
    note: str
    missing: bool


def calendar_rows(plan: Plan, names: Names) -> list[CalendarRow]:
    """Events (by start of window), each followed by its activities; then the others."""
    from bhxh_plan.dates import date_range
    from bhxh_plan.framework.calendar import event_dates
    from bhxh_plan.textsafe import clean

    level = plan.level
    by_event: dict[str, list[Activity]] = {}
    others: list[Activity] = []
    for a in sorted(plan.activities, key=lambda a: (a.start, a.end or a.start)):
        if a.event and a.event in names.events:
            by_event.setdefault(a.event, []).append(a)
        else:
            others.append(a)

    def activity(a: Activity) -> CalendarRow:
        return CalendarRow(
            "activity",
            "",
            clean(a.name),
            date_range(a.start, a.end),
            frozenset(months_of(a.start, a.end, plan.year)),
            clean(a.lead),
            a.budget,
            names.form(a.form),
            False,
        )

    out: list[CalendarRow] = []
    fw = names.fw
    windows = {e.id: event_dates(fw, e, plan.year).window for e in fw.events}
    events: list[Event] = sorted(fw.events, key=lambda e: windows[e.id].start)
    for e in events:
        window = windows[e.id]
        acts = by_event.get(e.id, [])
        required = _required(e.required_levels, level)
        note = ""
        if required and not acts:
            note = f"Bắt buộc ở cấp {LEVEL_NAMES.get(level, level)}, chưa có hoạt động"
        out.append(
            CalendarRow(
                "event",
                e.code or "",
                clean(e.name),
                date_range(window.start, window.end),
                frozenset(months_of(window.start, window.end, plan.year)),
                "",
                None,
                note,
                bool(note),
            )
        )
        out.extend(activity(a) for a in acts)
    out.extend(activity(a) for a in others)
    return out
