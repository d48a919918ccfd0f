"""A plan's score: the framework requirements it meets, less its open errors.

See :mod:`bhxh_plan.rollup.build` for the definition users read in docs/rollup.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bhxh_plan.problems import FileResult, Problem, Severity, Summary
from bhxh_plan.rollup.coverage import MATRICES, State
from bhxh_plan.rollup.summary import PlanSummary

ERROR_POINTS = 2  # score points each open lint error (or placeholder) takes
PLACEHOLDER_RULE = "BP117"


@dataclass(slots=True)
class Counts:
    """Findings of one file, as ``lint`` counts them."""

    errors: int = 0
    warnings: int = 0
    infos: int = 0
    waived: int = 0
    placeholders: int = 0  # open BP117 findings, whatever severity the configuration gives
    defects: int = 0  # what lowers the score: open errors, and placeholders that are not errors

    @classmethod
    def of(cls, problems: Sequence[Problem]) -> Counts:
        s = Summary.of([FileResult("", problems=list(problems))])
        holes = [p for p in problems if p.rule == PLACEHOLDER_RULE and not p.waived]
        lesser = sum(1 for p in holes if p.severity is not Severity.ERROR)
        return cls(s.errors, s.warnings, s.infos, s.waived, len(holes), s.errors + lesser)

    @property
    def needs_work(self) -> bool:
        """Open errors or unfilled placeholders: the plan is not finished."""
        return bool(self.errors or self.placeholders)


@dataclass(slots=True)
class Score:
    """Requirements met out of requirements that bind the plan, in total and per part."""

    met: int
    required: int
    parts: dict[str, tuple[int, int]]  # matrix id or "deadline" → (met, required)
    defects: int = 0  # open errors and placeholders, ERROR_POINTS each

    @property
    def coverage(self) -> float | None:
        """Requirements met, in percent (None when nothing binds the plan)."""
        if not self.required:
            return None
        return round(100 * self.met / self.required, 1)

    @property
    def penalty(self) -> int:
        return ERROR_POINTS * self.defects

    @property
    def percent(self) -> float | None:
        """The score: coverage less the penalty for open errors, never below 0."""
        coverage = self.coverage
        if coverage is None:
            return None
        return max(0.0, round(coverage - self.penalty, 1))


def score_of(summary: PlanSummary, defects: int = 0) -> Score:
    """The share of binding requirements met, less the penalty (see the module docstring)."""
    parts: dict[str, tuple[int, int]] = {}
    for matrix in MATRICES:
        cells = summary.cells.get(matrix, {}).values()
        required = sum(1 for _state, _n, req in cells if req)
        met = sum(1 for state, _n, req in cells if req and state == State.OK)
        parts[matrix] = (met, required)
    if summary.deadline is not None:
        parts["deadline"] = (int(summary.timeliness == "on_time"), 1)
    met, required = sum(m for m, _ in parts.values()), sum(r for _, r in parts.values())
    return Score(met, required, parts, defects)


__all__ = ["ERROR_POINTS", "Counts", "Score", "score_of"]
