"""``rollup`` as a library call: every plan of a batch in one view."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bhxh_plan.commands.base import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandError,
    Outcome,
    Runner,
    Streams,
    expand,
    guard,
    guarded,
    inputs_of,
    load_config,
    plain_batch,
    require_framework,
    run_files,
    write_or_fail,
)
from bhxh_plan.i18n import t
from bhxh_plan.limits import DEFAULT_MAX_SIZE


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan rollup`` options: the report on the output stream in ``format``, and
    optionally a workbook and a dashboard."""

    paths: tuple[str, ...]
    framework: str | None = None
    xlsx: Path | None = None
    html: Path | None = None
    format: str = "text"  # text | json
    fail_on_errors: bool = False
    jobs: int | None = None
    max_size: int = DEFAULT_MAX_SIZE


def run(
    options: Options,
    out: TextIO | None = None,
    err: TextIO | None = None,
    runner: Runner = plain_batch,
) -> Outcome:
    """Roll the plans up; exit 1 only with ``fail_on_errors`` and a failing plan."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io, runner))


def _no_plans(paths: tuple[str, ...]) -> CommandError:
    return CommandError(t("rollup.no_plans", paths=", ".join(paths)), t("rollup.no_plans.hint"))


def _run(options: Options, io: Streams, runner: Runner) -> Outcome:
    from bhxh_plan.framework import FrameworkError
    from bhxh_plan.lint import LintOptions
    from bhxh_plan.rollup.build import build
    from bhxh_plan.rollup.summary import rollup_one

    loaded = load_config("rollup", io)
    found = expand(options.paths)
    files = found.files
    if not files and not found.problems:
        raise _no_plans(options.paths)
    if options.framework:
        require_framework(options.framework)
    outputs = [options.xlsx, options.html]
    inputs = inputs_of(files, options.framework, loaded)
    guard(outputs, inputs)  # before the run: a wrong output fails fast
    lint_options = LintOptions(loaded, options.framework, max_size=options.max_size)
    items = [(str(f), lint_options) for f in files]
    label = t("rollup.progress")
    results = run_files(runner, rollup_one, items, options.jobs, label, found, 1)
    try:
        result = build(results)
    except FrameworkError as exc:
        raise CommandError(exc.problems[0].message, exc.problems[0].hint) from None
    if not result.units:
        raise _no_plans(options.paths)
    inputs.add("framework", [f for r in results for f in r.reads])
    guard(outputs, inputs)
    if options.xlsx is not None:
        from bhxh_plan.rollup.xlsx_out import workbook_bytes

        write_or_fail(options.xlsx, workbook_bytes(result))
        io.say(t("cli.wrote", path=str(options.xlsx)), err=True)
    if options.html is not None:
        from bhxh_plan.rollup.html_out import render_html

        write_or_fail(options.html, render_html(result))
        io.say(t("cli.wrote", path=str(options.html)), err=True)
    if options.format == "json":
        from bhxh_plan.rollup.json_out import report
    else:
        from bhxh_plan.rollup.text_out import report
    report(result, io.out)
    failing = result.failed or any(u.counts.errors for u in result.units)
    code = EXIT_PROBLEMS if options.fail_on_errors and failing else EXIT_OK
    return Outcome(code, results)
