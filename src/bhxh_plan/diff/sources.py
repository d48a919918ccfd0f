"""The two sides of a comparison: a file, or ``REV:path`` read through ``git show``."""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from bhxh_plan.framework import FrameworkError, load_framework
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import DEFAULT_MAX_SIZE, LoadError, load_bytes, load_file
from bhxh_plan.io.reading import too_large
from bhxh_plan.model.errors import problems_from_error
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Plan
from bhxh_plan.problems import HintedError, Problem
from bhxh_plan.validate import is_framework_data, not_mapping


class SourceError(HintedError):
    """A side that cannot be read at all (exit 2), with a hint."""


@dataclass(slots=True)
class Side:
    """One loaded side: the plan (when valid), its framework, what is wrong with it."""

    name: str
    file: Path | None = None
    plan: Plan | None = None
    framework: Framework | None = None
    problems: list[Problem] = field(default_factory=list)
    # files of the framework's extends chain: an output must not overwrite them
    reads: list[Path] = field(default_factory=list)


def split_spec(spec: str) -> tuple[str, str] | None:
    """``("HEAD~1", "plan.yaml")`` for ``HEAD~1:plan.yaml``; ``None`` for a plain file name."""
    if Path(spec).exists() or ":" not in spec:
        return None
    rev, path = spec.split(":", 1)
    return (rev, path) if rev and path else None


def _git_output(args: list[str], cwd: Path, limit: int) -> tuple[int, bytes, str]:
    """Exit status, at most ``limit`` bytes of output and the first error line of git.

    The output is read from the pipe up to the limit: a huge blob is never
    held whole. Raises :class:`LoadError` when git writes more than ``limit``.
    """
    with tempfile.TemporaryFile() as err:  # a file: a chatty stderr cannot block git
        proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=err)
        assert proc.stdout is not None
        try:
            out = proc.stdout.read(limit + 1)
            if len(out) > limit:
                raise too_large(limit)
            code = proc.wait(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            proc.stdout.close()
        err.seek(0)
        said = err.read(4096).decode("utf-8", "replace").strip().splitlines()
    return code, out, said[0] if said else ""


def git_show(rev: str, path: str, cwd: Path, limit: int = DEFAULT_MAX_SIZE) -> bytes:
    """The bytes of ``path`` at ``rev``; the path is tried relative to ``cwd`` first.

    A revision starting with ``-`` is refused: ``git show`` would take
    ``--output=FILE:x`` as an option and write a file. ``--end-of-options`` (git
    2.24) also keeps every later argument from being read as one.
    """
    if rev.startswith("-"):
        spec = f"{rev}:{path}"
        raise SourceError(t("diff.bad_revision", spec=spec, rev=rev), t("diff.bad_revision.hint"))
    tries = [path] if path.startswith(("./", "../")) else [f"./{path}", path]
    error = ""
    for candidate in tries:
        try:
            code, out, said = _git_output(
                ["git", "show", "--no-textconv", "--end-of-options", f"{rev}:{candidate}"],
                cwd,
                limit,
            )
        except FileNotFoundError:
            raise SourceError(t("diff.git_missing"), t("diff.git_missing.hint")) from None
        if code == 0:
            return out
        error = error or said
    spec = f"{rev}:{path}"
    raise SourceError(
        t("diff.git_failed", spec=spec, error=error or "?"), t("diff.git_failed.hint", spec=spec)
    )


def read_side(spec: str, cwd: Path | None = None) -> Side:
    """Load and validate one side; problems are collected, only unreadable input raises."""
    here = cwd or Path.cwd()
    split = split_spec(spec)
    side = Side(spec)
    try:
        if split is None:
            p = Path(spec)
            if not os.path.lexists(p):  # a FIFO or a loop is reported by the loader
                raise SourceError(t("cli.path_missing", path=spec), t("load.not_found.hint"))
            side.file = p
            doc = load_file(p)
            base = p.parent
        else:
            doc = load_bytes(git_show(split[0], split[1], here), spec)
            base = (here / split[1]).parent
    except LoadError as exc:
        side.problems.append(exc.problem(spec))
        return side
    if is_framework_data(doc.data):
        raise SourceError(t("diff.is_framework", name=spec), t("diff.is_framework.hint"))
    if not isinstance(doc.data, dict):
        side.problems.append(not_mapping(doc))
        return side
    try:
        side.plan = Plan.model_validate(doc.data)
    except ValidationError as exc:
        side.problems.extend(problems_from_error(exc, doc, Plan))
        return side
    try:
        loaded = load_framework(side.plan.framework, base, spec)
        side.framework, side.reads = loaded.framework, loaded.chain
    except FrameworkError:
        side.framework = None  # names fall back to ids; validate reports the framework
    return side
