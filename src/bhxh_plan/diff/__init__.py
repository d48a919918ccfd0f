"""Semantic comparison of two plans (``bhxh-plan diff``) and the git integration.

:func:`run_diff` reads both sides (files or ``REV:path``), and when both are
valid plans compares them with :func:`bhxh_plan.diff.plan_diff.diff_plans`.
"""

from __future__ import annotations

from pathlib import Path

from bhxh_plan.diff.model import Change, Op, PlanDiff
from bhxh_plan.diff.plan_diff import diff_plans
from bhxh_plan.diff.sources import Side, read_side
from bhxh_plan.textsafe import shown


def run_diff(old: str, new: str, cwd: Path | None = None) -> tuple[PlanDiff | None, list[Side]]:
    """Both sides and, when both are valid plans, their differences."""
    a, b = read_side(old, cwd), read_side(new, cwd)
    if a.plan is None or b.plan is None:
        return None, [a, b]
    # the names are labels of the output: an undecodable or control byte must not break it
    labels = shown(old), shown(new)
    return diff_plans(a.plan, b.plan, b.framework, *labels, a.framework), [a, b]


__all__ = ["Change", "Op", "PlanDiff", "Side", "diff_plans", "run_diff"]
