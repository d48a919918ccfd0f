"""One plan, reduced to what the roll-up needs, in a worker process.

A worker validates and lints one file (the lint engine, with the project's
configuration) and returns a :class:`UnitResult`: the findings plus a small
:class:`PlanSummary` of plain values. Models never travel between processes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from bhxh_plan.lint import LintOptions, framework_files, lint_checked
from bhxh_plan.model.plan import Plan
from bhxh_plan.problems import FileResult, internal_problem
from bhxh_plan.rollup.coverage import Cell, coverage, deadline
from bhxh_plan.rules.base import Context
from bhxh_plan.validate import Checked, check_file

UNSPECIFIED = ""  # funding source of an activity budget that names none

Number = int | float


@dataclass(frozen=True, slots=True)
class Budget:
    """A plan's money: the declared total, its lines, its activities, per source."""

    total: int  # the best figure: declared total, else lines, else activities
    declared: int | None
    lines: int
    activities: int
    by_source: dict[str, int]  # from the budget lines; from activities when there are none
    basis: str  # "total" | "lines" | "activities" | "none"


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """Plain facts of one loaded plan: identity, dates, coverage, money and targets."""

    unit: str
    parent: str
    place: str
    level: str
    year: int
    kind: str
    number: str
    date: dt.date
    title: str
    framework_id: str
    framework_path: str
    deadline: dt.date | None
    cells: dict[str, dict[str, Cell]]
    budget: Budget
    targets: dict[str, Number]
    rows: int
    activities: int

    @property
    def timeliness(self) -> str:
        """``on_time``, ``late`` or ``no_deadline`` against the framework's deadline."""
        if self.deadline is None:
            return "no_deadline"
        return "late" if self.date > self.deadline else "on_time"


@dataclass(frozen=True, slots=True)
class Identity:
    """What could be read of a plan that did not load (for the list of failed plans)."""

    unit: str = ""
    year: int | None = None
    level: str = ""
    number: str = ""
    kind: str = "annual"


@dataclass(slots=True)
class UnitResult(FileResult):
    """A file's findings (as ``lint`` reports them) and, when it loaded, its summary."""

    summary: PlanSummary | None = None
    identity: Identity = field(default_factory=Identity)


def budget_of(plan: Plan) -> Budget:
    """Totals of a plan's funding section and of its activities' budgets."""
    funding = plan.funding
    lines = funding.lines if funding else []
    line_sum = sum(line.amount for line in lines)
    acts = [a for a in plan.activities if a.budget]
    act_sum = sum(a.budget or 0 for a in acts)
    by_source: dict[str, int] = {}
    if lines:
        for line in lines:
            by_source[line.source] = by_source.get(line.source, 0) + line.amount
    else:
        for a in acts:
            key = a.funding or UNSPECIFIED
            by_source[key] = by_source.get(key, 0) + (a.budget or 0)
    declared = funding.total if funding else None
    if declared is not None:
        total, basis = declared, "total"
    elif lines:
        total, basis = line_sum, "lines"
    elif acts:
        total, basis = act_sum, "activities"
    else:
        total, basis = 0, "none"
    return Budget(total, declared, line_sum, act_sum, by_source, basis)


def targets_of(plan: Plan) -> dict[str, Number]:
    """The activities' targets added up per key (conferences, participants, articles …)."""
    out: dict[str, Number] = {}
    for a in plan.activities:
        for key, value in a.targets.items():
            out[key] = out.get(key, 0) + value
    return dict(sorted(out.items()))


def summarise(checked: Checked) -> PlanSummary | None:
    """The summary of a loaded plan, or None when the plan or its framework did not load."""
    plan, loaded, doc = checked.plan, checked.framework, checked.doc
    if plan is None or loaded is None or doc is None or checked.kind != "plan":
        return None
    ctx = Context(plan, loaded, doc)
    d = plan.document
    return PlanSummary(
        unit=d.issuer.unit,
        parent=d.issuer.parent or "",
        place=d.place,
        level=plan.level,
        year=plan.year,
        kind=plan.kind.value,
        number=d.number,
        date=d.date,
        title=d.title,
        framework_id=loaded.framework.id,
        framework_path=str(loaded.path),
        deadline=deadline(ctx),
        cells=coverage(ctx),
        budget=budget_of(plan),
        targets=targets_of(plan),
        rows=sum(len(e.rows) for e in plan.scenario),
        activities=len(plan.activities),
    )


def identity_of(checked: Checked) -> Identity:
    """Unit, year, level and number as written, read leniently from a plan that failed."""
    data = checked.doc.data if checked.doc is not None else None
    if not isinstance(data, dict):
        return Identity()
    document = data.get("document")
    document = document if isinstance(document, dict) else {}
    issuer = document.get("issuer")
    unit = issuer.get("unit") if isinstance(issuer, dict) else None
    year, level, number = data.get("year"), data.get("level"), document.get("number")
    kind = data.get("kind")
    return Identity(
        unit if isinstance(unit, str) else "",
        year if isinstance(year, int) and not isinstance(year, bool) else None,
        level if isinstance(level, str) else "",
        number if isinstance(number, str) else "",
        kind if isinstance(kind, str) else "annual",
    )


def _framework_ref(options: LintOptions) -> str | None:
    # the same resolution as ``lint``: a configured path is relative to the configuration
    ref = options.framework or options.loaded.config.framework
    root = options.loaded.root
    if ref and root is not None and not options.framework and ("/" in ref or ref.endswith(".yaml")):
        return str((root / ref).resolve())
    return ref


def rollup_one(args: tuple[str, LintOptions]) -> FileResult:
    """Check, lint and summarise one file (top-level so worker processes can run it)."""
    path, options = args
    checked = check_file(Path(path), framework=_framework_ref(options), max_size=options.max_size)
    try:
        problems = lint_checked(checked, options)
        summary = summarise(checked)
    except Exception as exc:
        summary = None
        problems = [*checked.problems, internal_problem(checked.path, exc)]
    return UnitResult(
        checked.path,
        checked.kind,
        problems,
        reads=framework_files(checked),
        summary=summary,
        identity=identity_of(checked),
    )
