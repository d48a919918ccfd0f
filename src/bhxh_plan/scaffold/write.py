"""Check a generated plan before it is written, and write it without overwriting anything."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from bhxh_plan.io.loader import LoadError, load_bytes
from bhxh_plan.io.output import write_file
from bhxh_plan.model.errors import problems_from_error
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Plan
from bhxh_plan.problems import Problem, Severity
from bhxh_plan.refs import check_references


def verify(text: str, fw: Framework, name: str) -> list[str]:
    """Errors ``validate`` would report for ``text`` (a generated plan must have none)."""
    try:
        doc = load_bytes(text.encode("utf-8"), name)
    except LoadError as exc:
        return [f"{name}:{exc.line}:{exc.column}: {exc.message}"]
    try:
        plan = Plan.model_validate(doc.data)
    except ValidationError as exc:
        return [_show(p) for p in problems_from_error(exc, doc, Plan)]
    return [_show(p) for p in check_references(plan, fw, doc) if p.severity is Severity.ERROR]


def _show(p: Problem) -> str:
    return f"{p.file}:{p.line}:{p.column}: [{p.rule}] {p.path}: {p.message}"


def framework_ref(ref: str, resolved: Path, output: Path | None) -> str:
    """What the plan's ``framework:`` says: the id, or a path relative to the plan's folder."""
    from bhxh_plan.framework.registry import looks_like_path

    if not looks_like_path(ref):
        return ref
    base = (output.parent if output is not None else Path.cwd()).resolve()
    try:
        return str(resolved.resolve().relative_to(base))
    except ValueError:
        import os

        return os.path.relpath(resolved.resolve(), base)


def write_new(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` to ``path`` atomically; refuse an existing file unless ``force``."""
    if path.exists() and not force:
        raise FileExistsError(str(path))
    write_file(path, text)
