"""``bhxh-plan lint``: validate, then check plans against the framework's rules."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import (
    DEFAULT_MAX_SIZE,
    FrameworkOpt,
    JobsOpt,
    MaxSizeOpt,
    PathsArg,
    app,
    run_batch,
)


class LintFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"


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
    from bhxh_plan.commands.lint import Options, run

    options = Options(
        paths=tuple(paths),
        framework=framework,
        select=tuple(select) if select is not None else None,
        ignore=tuple(ignore) if ignore is not None else None,
        format=fmt.value,
        output=output,
        strict=strict,
        fix=fix,
        jobs=jobs,
        max_size=max_size,
    )
    raise typer.Exit(run(options, runner=run_batch).code)
