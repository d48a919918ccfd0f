"""Validate one file: load with positions, check the model, then the framework references.

The result keeps the loaded document, plan and framework so that later stages
(lint rules, render, diff) reuse them instead of loading the file again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from bhxh_plan import codes
from bhxh_plan.framework import FrameworkError, LoadedFramework, load_framework
from bhxh_plan.framework.checks import check_framework
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import DEFAULT_MAX_SIZE, Document, LoadError, load_file
from bhxh_plan.model.errors import problems_from_error
from bhxh_plan.model.plan import Plan
from bhxh_plan.problems import Problem, Severity, internal_problem, problem_at
from bhxh_plan.refs import check_references


@dataclass(slots=True)
class Checked:
    """What validating one file found, and what it loaded on the way."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    doc: Document | None = None
    plan: Plan | None = None
    framework: LoadedFramework | None = None
    kind: str = "plan"

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)


def not_mapping(doc: Document) -> Problem:
    """The problem of a file whose top level is not a mapping (a list, a bare value)."""
    return problem_at(
        doc, (), codes.SCHEMA, t("validate.not_mapping"), t("validate.not_mapping.hint")
    )


def is_framework_data(data: object) -> bool:
    """A framework file names its own ``id`` and has no ``document``."""
    return isinstance(data, dict) and "id" in data and "document" not in data


def check_file(
    path: str | Path, *, framework: str | None = None, max_size: int = DEFAULT_MAX_SIZE
) -> Checked:
    """Validate a plan (or a framework) file; never raises for bad input."""
    name = str(path)
    result = Checked(name)
    try:
        _check(result, Path(path), framework, max_size)
    except Exception as exc:
        result.problems.append(internal_problem(name, exc))
    result.problems.sort(key=Problem.sort_key)
    return result


def _check(result: Checked, path: Path, fw_ref: str | None, max_size: int) -> None:
    name = result.path
    try:
        doc = load_file(path, max_size=max_size)
    except LoadError as exc:
        result.problems.append(exc.problem(name))
        return
    result.doc = doc
    if not isinstance(doc.data, dict):
        result.problems.append(not_mapping(doc))
        return
    if is_framework_data(doc.data) and fw_ref is None:
        result.kind = "framework"
        try:
            loaded = load_framework(str(path.resolve()))
        except FrameworkError as exc:
            result.problems.extend(exc.problems)
            return
        result.framework = loaded
        result.problems.extend(check_framework(loaded.framework, doc))
        return
    try:
        plan = Plan.model_validate(doc.data)
    except ValidationError as exc:
        result.problems.extend(problems_from_error(exc, doc, Plan))
        return
    result.plan = plan
    ref = fw_ref or plan.framework
    try:
        loaded = load_framework(ref, path.parent if fw_ref is None else Path.cwd(), name)
    except FrameworkError as exc:
        line, col = doc.position(("framework",))
        for p in exc.problems:
            at_plan = p.file == name or p.path == "framework"
            result.problems.append(
                Problem(
                    name if at_plan else p.file,
                    line if at_plan else p.line,
                    col if at_plan else p.column,
                    "framework" if at_plan else p.path,
                    p.rule,
                    p.severity,
                    p.message,
                    p.hint,
                    suggestions=p.suggestions,
                )
            )
        return
    result.framework = loaded
    result.problems.extend(check_references(plan, loaded.framework, doc))
