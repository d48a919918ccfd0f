"""What a comparison of two plans finds: changes, and budget totals before and after."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Op(StrEnum):
    """The kind of a change."""

    ADD = "add"
    REMOVE = "remove"
    CHANGE = "change"
    MOVE = "move"


@dataclass(frozen=True, slots=True)
class Change:
    """One difference, with the raw values (for JSON) and their human rendering.

    ``entity`` names what was added, removed or reordered (``activity``,
    ``row``, ``purpose`` …); ``field`` names the field that changed
    (``lead``, ``dates`` …), empty when a whole entity was added or removed.
    ``where`` is the human name of the thing the change is about.
    """

    op: Op
    section: str
    path: str
    entity: str
    field: str
    where: str
    old: Any = None
    new: Any = None
    old_text: str = ""
    new_text: str = ""
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Budget:
    """Budget totals of one plan (đồng): declared total, detailed lines, activities."""

    total: int | None
    lines: int
    activities: int


@dataclass(slots=True)
class PlanDiff:
    """The differences between two plans, in section order."""

    old_name: str
    new_name: str
    old_title: str
    new_title: str
    old_budget: Budget
    new_budget: Budget
    changes: list[Change] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not self.changes

    @property
    def budget_changed(self) -> bool:
        return self.old_budget != self.new_budget

    def counts(self) -> dict[str, int]:
        """How many changes of each kind."""
        out = {op.value: 0 for op in Op}
        for c in self.changes:
            out[c.op.value] += 1
        return out


SECTIONS: tuple[str, ...] = (
    "plan",
    "document",
    "purposes",
    "requirements",
    "content_areas",
    "scenario",
    "activities",
    "funding",
    "responsibilities",
    "reporting",
    "campaign",
)
