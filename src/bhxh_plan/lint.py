"""The lint engine: validate a file, run the enabled rules, apply waivers.

Everything ``validate`` reports is part of the result (a broken file is a
finding, not a crash); rules run when the plan and its framework loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from bhxh_plan import waivers
from bhxh_plan.config import Loaded, effective
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import decode
from bhxh_plan.limits import DEFAULT_MAX_SIZE
from bhxh_plan.problems import FileResult, Problem, Severity, internal_problem, problem_at
from bhxh_plan.rules import RULES
from bhxh_plan.rules.base import Context
from bhxh_plan.validate import Checked, check_file


@dataclass(frozen=True, slots=True)
class LintOptions:
    """What one lint run was asked to do; picklable for worker processes."""

    loaded: Loaded
    framework: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    max_size: int = DEFAULT_MAX_SIZE
    today: dt.date = field(default_factory=dt.date.today)


def default_severities() -> dict[str, Severity]:
    return {rule: entry.meta.severity for rule, entry in RULES.items()}


def lint_checked(checked: Checked, options: LintOptions) -> list[Problem]:
    """Rule findings and waivers for a file that ``validate`` has already loaded."""
    problems = list(checked.problems)
    if checked.plan is None or checked.framework is None or checked.doc is None:
        return problems
    enabled = effective(
        options.loaded,
        checked.path,
        default_severities(),
        list(options.select) if options.select is not None else None,
        list(options.ignore),
    )
    ctx = Context(checked.plan, checked.framework, checked.doc)
    for rule, severity in enabled.items():
        meta = RULES[rule].meta
        # the framework's basis sets a finding's severity unless the user configured the rule's
        configured = severity != meta.severity
        for f in RULES[rule].check(ctx):
            p = problem_at(
                checked.doc,
                f.loc,
                rule,
                f.message,
                f.hint,
                severity=severity if configured or f.severity is None else f.severity,
                key=f.key,
                suggestions=f.suggestions,
            )
            citation = f.citation or t("lint.clause", clause=meta.clause)
            problems.append(replace(p, citation=citation))
    found, errors = waivers.parse(decode(checked.doc.raw), checked.doc.root)
    problems = waivers.apply(problems, found, errors, checked.path, options.today, set(RULES))
    problems.sort(key=Problem.sort_key)
    return problems


def lint_one(args: tuple[str, LintOptions]) -> FileResult:
    """Lint one file (top-level so worker processes can run it)."""
    path, options = args
    framework = options.framework or options.loaded.config.framework
    base = options.loaded.root if framework and not options.framework else None
    if framework and base is not None and ("/" in framework or framework.endswith(".yaml")):
        framework = str((base / framework).resolve())
    checked = check_file(Path(path), framework=framework, max_size=options.max_size)
    try:
        problems = lint_checked(checked, options)
    except Exception as exc:
        problems = [*checked.problems, internal_problem(checked.path, exc)]
    return FileResult(checked.path, checked.kind, problems, reads=framework_files(checked))


def framework_files(checked: Checked) -> tuple[str, ...]:
    """The files of the framework chain ``checked`` was validated against."""
    return tuple(str(p) for p in checked.framework.chain) if checked.framework else ()


def fails(problem: Problem, strict: bool) -> bool:
    """Whether ``problem`` makes the run fail (exit 1)."""
    if problem.waived:
        return False
    return problem.severity is Severity.ERROR or (strict and problem.severity is Severity.WARNING)
