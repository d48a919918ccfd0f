"""``bhxh-plan lint``: validate, then check plans against the framework's rules."""

import io
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bhxh_plan.cli._app import (
    DEFAULT_MAX_SIZE,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    FrameworkOpt,
    JobsOpt,
    MaxSizeOpt,
    PathsArg,
    app,
    expand_or_fail,
    fail,
    load_lint_config,
    require_framework,
    run_batch,
    unreadable,
    use_color,
)
from bhxh_plan.i18n import t

if TYPE_CHECKING:
    from bhxh_plan.lint import LintOptions


class LintFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"


def _selectors(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@app.command(help="help.cmd.lint")
def lint(
    paths: PathsArg,
    framework: FrameworkOpt = None,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", help="help.lint.select"),
    ] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="help.lint.ignore")] = None,
    fmt: Annotated[
        LintFormat, typer.Option("--format", help="text | json | sarif | github | junit")
    ] = LintFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="help.lint.output")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="help.lint.strict")] = False,
    fix: Annotated[bool, typer.Option("--fix", help="help.lint.fix")] = False,
    jobs: JobsOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
) -> None:
    """Kiểm tra kế hoạch theo các quy tắc của khung kế hoạch (lint)."""
    from bhxh_plan import batch, config
    from bhxh_plan.cli._output import expand_in_trees, framework_chains, guard, write_or_fail
    from bhxh_plan.io.output import Inputs
    from bhxh_plan.lint import LintOptions, fails, lint_one
    from bhxh_plan.report import get_reporter
    from bhxh_plan.rules import RULES

    known = set(RULES)
    loaded = load_lint_config("lint")
    chosen, dropped = _selectors(select), _selectors(ignore) or []
    for sel in [*(chosen or []), *dropped]:
        if not config.match(sel, known):
            fail(t("config.unknown_rule", rule=sel), t("lint.rules_hint"))
    found, outside = expand_in_trees(paths) if fix else (expand_or_fail(paths), {})
    files = found.files
    if framework:
        require_framework(framework)
    inputs = Inputs()
    inputs.add("input", files)
    inputs.add("config", [loaded.source])
    inputs.add("framework", framework_chains([framework]))
    guard([output], inputs)  # before the run: a wrong -o fails fast
    options = LintOptions(
        loaded, framework, tuple(chosen) if chosen is not None else None, tuple(dropped), max_size
    )
    unwritten = _fix(files, options, outside) if fix else False
    items = [(str(f), options) for f in files]
    results = run_batch(lint_one, items, jobs or batch.default_jobs(), t("lint.progress"))
    results += unreadable(found)
    if output is None:
        get_reporter(fmt.value)(
            "lint", results, sys.stdout, fmt is LintFormat.text and use_color(sys.stdout)
        )
    else:
        # each plan's own framework chain is known once it has been read
        inputs.add("framework", [f for r in results for f in r.reads])
        guard([output], inputs)
        buffer = io.StringIO()
        get_reporter(fmt.value)("lint", results, buffer, False)
        write_or_fail(output, buffer.getvalue())
    problems = [p for r in results for p in r.problems]
    if unwritten or any(p.rule == "BP000" for p in problems):
        raise typer.Exit(EXIT_USAGE)
    strict = strict or loaded.config.strict
    raise typer.Exit(EXIT_PROBLEMS if any(fails(p, strict) for p in problems) else EXIT_OK)


def _fix(files: list[Path], options: "LintOptions", outside: dict[Path, Path]) -> bool:
    """Apply the repairs of the fixable rules (``RuleMeta.fixable``) enabled for each file.

    Return whether a repaired file could not be written. A file reached through a folder
    or glob that is a symlink leading out of it is not rewritten (a warning says so); it
    is still linted.
    """
    from bhxh_plan.cli._output import report_write_error, warn_outside
    from bhxh_plan.config import effective
    from bhxh_plan.fix import FixError, fix_document
    from bhxh_plan.lint import default_severities
    from bhxh_plan.rules import fixable
    from bhxh_plan.validate import check_file

    unwritten = False
    for path in files:
        enabled = effective(
            options.loaded,
            str(path),
            default_severities(),
            list(options.select) if options.select is not None else None,
            list(options.ignore),
        )
        repairs = fixable(enabled)
        if not repairs:
            continue
        checked = check_file(path, max_size=options.max_size)
        if checked.doc is None or checked.kind != "plan":
            continue
        if path in outside:
            warn_outside(path, outside[path])
            continue
        try:
            changed = fix_document(checked.doc, repairs)
        except FixError:
            typer.echo(t("lint.fix_failed", file=str(path)), err=True)
            continue
        except OSError as exc:
            report_write_error(path, exc)
            unwritten = True
            continue
        if changed:
            typer.echo(t("lint.fixed", count=changed, file=str(path)), err=True)
    return unwritten
