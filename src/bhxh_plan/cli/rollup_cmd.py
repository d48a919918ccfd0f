"""``bhxh-plan rollup``: every plan of a batch in one view (text, JSON, spreadsheet, dashboard)."""

from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import (
    DEFAULT_MAX_SIZE,
    FrameworkOpt,
    JobsOpt,
    MaxSizeOpt,
    OutFormat,
    PathsArg,
    TextJsonOpt,
    app,
    run_batch,
)


@app.command(help="help.cmd.rollup")
def rollup(
    paths: PathsArg,
    framework: FrameworkOpt = None,
    xlsx: Annotated[Path | None, typer.Option("--xlsx", help="help.rollup.xlsx")] = None,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="help.rollup.html"),
    ] = None,
    fmt: TextJsonOpt = OutFormat.text,
    fail_on_errors: Annotated[
        bool,
        typer.Option(
            "--fail-on-errors",
            help="help.rollup.fail_on_errors",
        ),
    ] = False,
    jobs: JobsOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
) -> None:
    """Tổng hợp kế hoạch của các đơn vị: ma trận đáp ứng khung, điểm, kinh phí, chỉ tiêu."""
    from bhxh_plan.commands.rollup import Options, run

    options = Options(
        tuple(paths), framework, xlsx, html, fmt.value, fail_on_errors, jobs, max_size
    )
    raise typer.Exit(run(options, runner=run_batch).code)
