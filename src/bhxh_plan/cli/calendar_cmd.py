"""``bhxh-plan calendar``: the plans' activities and themed events as an iCalendar file."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import (
    DEFAULT_MAX_SIZE,
    EXIT_OK,
    EXIT_PROBLEMS,
    FrameworkOpt,
    MaxSizeOpt,
    app,
    expand_or_fail,
    fail,
    require_framework,
    use_color,
)
from bhxh_plan.i18n import t


@app.command(help="help.cmd.calendar")
def calendar(
    paths: Annotated[list[str], typer.Argument(help="help.calendar.paths")],
    ics: Annotated[str, typer.Option("--ics", help="help.calendar.ics")],
    framework: FrameworkOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
) -> None:
    """Xuất hoạt động của kế hoạch và sự kiện chủ đề của khung ra tệp lịch iCalendar (.ics)."""
    from bhxh_plan.ical import Source, build_calendar, latest
    from bhxh_plan.io.files import write_atomic
    from bhxh_plan.report import FileResult, get_reporter
    from bhxh_plan.validate import check_file

    files = expand_or_fail(paths)
    if ics != "-" and Path(ics).resolve() in {f.resolve() for f in files}:
        fail(t("rollup.same_output", path=ics), t("rollup.same_output.hint"))
    if framework:
        require_framework(framework)
    sources: list[Source] = []
    names: dict[int, str] = {}
    broken: list[FileResult] = []
    for path in files:
        checked = check_file(path, framework=framework, max_size=max_size)
        if checked.kind == "framework":
            typer.echo(t("calendar.skipped", file=checked.path), err=True)
        elif checked.plan is None or checked.framework is None:
            broken.append(FileResult(checked.path, checked.kind, checked.problems))
        else:
            sources.append(Source(checked.plan, checked.framework))
            names[id(sources[-1])] = checked.path
    if broken:
        get_reporter("text")("calendar", broken, sys.stderr, use_color(sys.stderr))
        typer.echo(t("calendar.not_written"), err=True)
        raise typer.Exit(EXIT_PROBLEMS)
    if not sources:
        fail(t("rollup.no_plans", paths=", ".join(paths)), t("rollup.no_plans.hint"))
    sources, superseded = latest(sources)
    for src in superseded:
        typer.echo(t("calendar.superseded", file=names[id(src)]), err=True)
    data = build_calendar(sources)
    if ics == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        raise typer.Exit(EXIT_OK)
    try:
        write_atomic(ics, data)
    except OSError as exc:
        fail(
            t("rollup.write_failed", path=ics, error=exc.strerror or str(exc)),
            t("rollup.write_failed.hint"),
        )
    events = data.count(b"BEGIN:VEVENT")
    typer.echo(t("calendar.wrote", path=ics, events=events, plans=len(sources)), err=True)
    raise typer.Exit(EXIT_OK)
