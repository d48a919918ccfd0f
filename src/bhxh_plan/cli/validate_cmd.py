"""``bhxh-plan validate``."""

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


@app.command(help="help.cmd.validate")
def validate(
    paths: PathsArg,
    framework: FrameworkOpt = None,
    fmt: TextJsonOpt = OutFormat.text,
    jobs: JobsOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
) -> None:
    """Kiểm tra kế hoạch (và khung) theo mẫu và theo khung kế hoạch (validate)."""
    from bhxh_plan.commands.validate import Options, run

    options = Options(tuple(paths), framework, fmt.value, jobs, max_size)
    raise typer.Exit(run(options, runner=run_batch).code)
