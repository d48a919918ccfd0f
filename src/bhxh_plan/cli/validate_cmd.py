"""``bhxh-plan validate``."""

import sys
from typing import Annotated

import typer

from bhxh_plan.cli._app import (
    DEFAULT_MAX_SIZE,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    FrameworkOpt,
    JobsOpt,
    MaxSizeOpt,
    OutFormat,
    PathsArg,
    app,
    expand_or_fail,
    require_framework,
    run_batch,
    unreadable,
    use_color,
)
from bhxh_plan.i18n import t


@app.command(help="help.cmd.validate")
def validate(
    paths: PathsArg,
    framework: FrameworkOpt = None,
    fmt: Annotated[OutFormat, typer.Option("--format", help="text | json")] = OutFormat.text,
    jobs: JobsOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
) -> None:
    """Kiểm tra kế hoạch (và khung) theo mẫu và theo khung kế hoạch (validate)."""
    from bhxh_plan import batch
    from bhxh_plan.report import get_reporter

    found = expand_or_fail(paths)
    if framework:
        require_framework(framework)
    items = [(str(f), framework, max_size) for f in found.files]
    results = run_batch(batch.validate_one, items, jobs or batch.default_jobs(), t("lint.progress"))
    results += unreadable(found)
    get_reporter(fmt.value)("validate", results, sys.stdout, use_color(sys.stdout))
    code = (
        EXIT_PROBLEMS
        if any(p.severity.value == "error" for r in results for p in r.problems)
        else EXIT_OK
    )
    if any(p.rule == "BP000" for r in results for p in r.problems):
        code = EXIT_USAGE
    raise typer.Exit(code)
