"""Reordering plans never reads as removals and additions."""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bhxh_plan.diff import Op, diff_plans
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Plan
from bhxh_plan.validate import check_file
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "dong-nai-2023.yaml"


@cache
def _loaded() -> tuple[Plan, Framework]:
    checked = check_file(EXAMPLE)
    assert checked.plan is not None and checked.framework is not None
    return checked.plan, checked.framework.framework


@st.composite
def shuffled(draw: st.DrawFn) -> tuple[dict[str, Any], int]:
    """The example with some of its lists permuted, and how many lists changed order."""
    plan, _ = _loaded()
    data = plan.model_dump()
    moved = 0

    def permute(items: list[Any]) -> list[Any]:
        nonlocal moved
        if len(items) < 2 or not draw(st.booleans()):
            return items
        new = draw(st.permutations(items))
        moved += new != items
        return list(new)

    data["scenario"] = permute(data["scenario"])
    for entry in data["scenario"]:
        entry["rows"] = permute(entry["rows"])
    for key in ("activities", "content_areas", "responsibilities", "reporting"):
        data[key] = permute(data[key])
    if data["funding"]:
        data["funding"]["lines"] = permute(data["funding"]["lines"])
    return data, moved


@settings(max_examples=60, deadline=None)
@given(shuffled())
def test_reordering_is_at_most_one_note_per_list(case: tuple[dict[str, Any], int]) -> None:
    data, moved = case
    plan, fw = _loaded()
    diff = diff_plans(plan, Plan.model_validate(data, strict=False), fw)
    assert all(c.op is Op.MOVE for c in diff.changes)
    assert len(diff.changes) <= moved
    assert len({c.path for c in diff.changes}) == len(diff.changes)
    assert diff.same == (moved == 0)


@settings(max_examples=30, deadline=None)
@given(shuffled(), st.data())
def test_a_change_among_moves_is_still_one_change(
    case: tuple[dict[str, Any], int], data: st.DataObject
) -> None:
    moved_plan, _ = case
    rows = [r for e in moved_plan["scenario"] for r in e["rows"]]
    row = data.draw(st.sampled_from(rows))
    row["lead"] = "Đơn vị mới"
    plan, fw = _loaded()
    diff = diff_plans(plan, Plan.model_validate(moved_plan, strict=False), fw)
    changes = [c for c in diff.changes if c.op is not Op.MOVE]
    old_lead = next(r.lead for e in plan.scenario for r in e.rows if r.id == row["id"])
    if old_lead == "Đơn vị mới":
        assert changes == []
        return
    [change] = changes
    assert (change.path, change.old, change.new) == (
        f"scenario.rows[{row['id']}].lead",
        old_lead,
        "Đơn vị mới",
    )
