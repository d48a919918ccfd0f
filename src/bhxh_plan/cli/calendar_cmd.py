"""``bhxh-plan calendar``: the plans' activities and themed events as an iCalendar file."""

from typing import Annotated

import typer

from bhxh_plan.cli._app import DEFAULT_MAX_SIZE, FrameworkOpt, MaxSizeOpt, app


@app.command(help="help.cmd.calendar")
def calendar(
    paths: Annotated[list[str], typer.Argument(help="help.calendar.paths")],
    ics: Annotated[str, typer.Option("--ics", help="help.calendar.ics")],
    framework: FrameworkOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
) -> None:
    """Xuất hoạt động của kế hoạch và sự kiện chủ đề của khung ra tệp lịch iCalendar (.ics)."""
    from bhxh_plan.commands.calendar import Options, run

    raise typer.Exit(run(Options(tuple(paths), ics, framework, max_size)).code)
