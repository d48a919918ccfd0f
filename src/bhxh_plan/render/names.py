"""Framework items by id, with the display names and codes the outputs print."""

from __future__ import annotations

from dataclasses import dataclass

from bhxh_plan.model.framework import (
    ContentArea,
    Event,
    Form,
    Framework,
    FundingSource,
    Group,
    Report,
    Subgroup,
)
from bhxh_plan.textsafe import clean, one_line


@dataclass(slots=True)
class Names:
    """Lookups into one framework; unknown ids fall back to the id itself."""

    fw: Framework
    groups: dict[str, Group]
    subgroups: dict[str, tuple[Group, Subgroup]]
    forms: dict[str, Form]
    events: dict[str, Event]
    sources: dict[str, FundingSource]
    reports: dict[str, Report]
    areas: dict[str, ContentArea]

    @classmethod
    def of(cls, fw: Framework) -> Names:
        return cls(
            fw,
            {g.id: g for g in fw.groups},
            {s.id: (g, s) for g in fw.groups for s in g.subgroups},
            {f.id: f for f in fw.forms},
            {e.id: e for e in fw.events},
            {s.id: s for s in fw.funding_sources},
            {r.id: r for r in fw.reporting},
            {a.id: a for a in fw.content_areas},
        )

    def group_code(self, gid: str) -> str:
        """The code printed in the TT column ("1", "3.1"); a position when none."""
        if gid in self.groups:
            g = self.groups[gid]
            return g.code or str(self.fw.groups.index(g) + 1)
        if gid in self.subgroups:
            g, s = self.subgroups[gid]
            return s.code or f"{self.group_code(g.id)}.{g.subgroups.index(s) + 1}"
        return ""

    def audience(self, gid: str) -> str:
        """The name of a group or a sub-group."""
        if gid in self.groups:
            return clean(self.groups[gid].name)
        if gid in self.subgroups:
            return clean(self.subgroups[gid][1].name)
        return gid

    def form(self, fid: str | None) -> str:
        if not fid:
            return ""
        return one_line(self.forms[fid].name) if fid in self.forms else fid

    def event(self, eid: str | None) -> str:
        if not eid:
            return ""
        return clean(self.events[eid].name) if eid in self.events else eid

    def source(self, sid: str | None) -> str:
        if not sid:
            return ""
        return clean(self.sources[sid].name) if sid in self.sources else sid

    def report(self, rid: str) -> str:
        return clean(self.reports[rid].name) if rid in self.reports else rid

    def area(self, aid: str) -> str:
        return clean(self.areas[aid].name) if aid in self.areas else aid

    def group_order(self, gid: str) -> tuple[int, int]:
        """Sort key following the framework: groups, then their sub-groups."""
        if gid in self.groups:
            return (self.fw.groups.index(self.groups[gid]), -1)
        if gid in self.subgroups:
            g, s = self.subgroups[gid]
            return (self.fw.groups.index(g), g.subgroups.index(s))
        return (len(self.fw.groups), 0)
