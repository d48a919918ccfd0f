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
    unreadable,
    use_color,
)
from bhxh_plan.i18n import t, tn


@app.command(help="help.cmd.calendar")
def calendar(
    paths: Annotated[list[str], typer.Argument(help="help.calendar.paths")],
    ics: Annotated[str, typer.Option("--ics", help="help.calendar.ics")],
    framework: FrameworkOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
) -> None:
    """Xuất hoạt động của kế hoạch và sự kiện chủ đề của khung ra tệp lịch iCalendar (.ics)."""
    from bhxh_plan.cli._output import framework_chains, guard, write_or_fail
    from bhxh_plan.ical import Source, build_calendar, event_count, latest
    from bhxh_plan.io.output import Inputs
    from bhxh_plan.report import FileResult, get_reporter, printable
    from bhxh_plan.textsafe import shown
    from bhxh_plan.validate import check_file

    found = expand_or_fail(paths)
    files = found.files
    if framework:
        require_framework(framework)
    out = None if ics == "-" else Path(ics)
    inputs = Inputs()
    inputs.add("input", files)
    inputs.add("framework", framework_chains([framework]))
    guard([out], inputs)
    sources: list[Source] = []
    names: dict[int, str] = {}
    broken: list[FileResult] = unreadable(found)
    for path in files:
        checked = check_file(path, framework=framework, max_size=max_size)
        if checked.kind == "framework":
            typer.echo(t("calendar.skipped", file=shown(checked.path)), err=True)
        elif checked.plan is None or checked.framework is None:
            broken.append(printable(FileResult(checked.path, checked.kind, checked.problems)))
        else:
            sources.append(Source(checked.plan, checked.framework))
            inputs.add("framework", checked.framework.chain)
            names[id(sources[-1])] = shown(checked.path)
    if broken:
        get_reporter("text")("calendar", broken, sys.stderr, use_color(sys.stderr))
        typer.echo(t("calendar.not_written"), err=True)
        raise typer.Exit(EXIT_PROBLEMS)
    if not sources:
        fail(t("rollup.no_plans", paths=", ".join(paths)), t("rollup.no_plans.hint"))
    sources, superseded = latest(sources)
    for src in superseded:
        typer.echo(t("calendar.superseded", file=names[id(src)]), err=True)
    cal = build_calendar(sources)
    data = bytes(cal.to_ical())
    if ics == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        raise typer.Exit(EXIT_OK)
    guard([out], inputs)
    write_or_fail(ics, data)
    events = event_count(cal)
    events_text = tn(events, "calendar.n.events.one", "calendar.n.events")
    plans_text = tn(len(sources), "rollup.n.plans.one", "rollup.n.plans")
    typer.echo(t("calendar.wrote", path=shown(ics), events=events_text, plans=plans_text), err=True)
    raise typer.Exit(EXIT_OK)
