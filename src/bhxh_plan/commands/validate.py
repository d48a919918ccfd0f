"""``validate`` as a library call: check plans (and frameworks) against the schema and framework."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from bhxh_plan.commands.base import (
    Outcome,
    Runner,
    Streams,
    exit_code,
    expand,
    guarded,
    plain_batch,
    require_framework,
    run_files,
    use_color,
)
from bhxh_plan.i18n import t
from bhxh_plan.limits import DEFAULT_MAX_SIZE


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan validate`` options."""

    paths: tuple[str, ...]
    framework: str | None = None
    format: str = "text"  # text | json
    jobs: int | None = None
    max_size: int = DEFAULT_MAX_SIZE


def run(
    options: Options,
    out: TextIO | None = None,
    err: TextIO | None = None,
    runner: Runner = plain_batch,
) -> Outcome:
    """Validate the files; the report goes to ``out``; exit 1 on an error, 2 on BP000."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io, runner))


def _run(options: Options, io: Streams, runner: Runner) -> Outcome:
    from bhxh_plan import batch
    from bhxh_plan.problems import Severity
    from bhxh_plan.report import get_reporter

    found = expand(options.paths)
    if options.framework:
        require_framework(options.framework)
    items = [(str(f), options.framework, options.max_size) for f in found.files]
    results = run_files(runner, batch.validate_one, items, options.jobs, t("lint.progress"), found)
    get_reporter(options.format)("validate", results, io.out, use_color(io.out))
    problems = [p for r in results for p in r.problems]
    return Outcome(exit_code(problems, lambda p: p.severity is Severity.ERROR), results)
