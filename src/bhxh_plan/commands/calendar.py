"""``calendar`` as a library call: activities and themed events as an iCalendar file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bhxh_plan.commands.base import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandError,
    Outcome,
    Streams,
    expand,
    guard,
    guarded,
    inputs_of,
    require_framework,
    unreadable,
    use_color,
    write_bytes,
    write_or_fail,
)
from bhxh_plan.i18n import t, tn
from bhxh_plan.limits import DEFAULT_MAX_SIZE

if TYPE_CHECKING:
    from bhxh_plan.ical import Source
    from bhxh_plan.io.output import Inputs
    from bhxh_plan.report import FileResult


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan calendar`` options; ``ics`` ``"-"`` writes the calendar to the output."""

    paths: tuple[str, ...]
    ics: str
    framework: str | None = None
    max_size: int = DEFAULT_MAX_SIZE


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """Write the calendar; nothing is written when a plan is invalid (exit 1)."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io))


def _run(options: Options, io: Streams) -> Outcome:
    from bhxh_plan.ical import build_calendar, event_count, latest
    from bhxh_plan.report import get_reporter
    from bhxh_plan.textsafe import shown

    found = expand(options.paths)
    if options.framework:
        require_framework(options.framework)
    ics = options.ics
    out = None if ics == "-" else Path(ics)
    inputs = inputs_of(found.files, options.framework)
    guard([out], inputs)
    broken: list[FileResult] = unreadable(found)
    sources, names = _read(found.files, options, io, inputs, broken)
    if broken:
        get_reporter("text")("calendar", broken, io.err, use_color(io.err))
        io.say(t("calendar.not_written"), err=True)
        return Outcome(EXIT_PROBLEMS, broken)
    if not sources:
        paths = ", ".join(options.paths)
        raise CommandError(t("rollup.no_plans", paths=paths), t("rollup.no_plans.hint"))
    sources, superseded = latest(sources)
    for src in superseded:
        io.say(t("calendar.superseded", file=names[id(src)]), err=True)
    cal = build_calendar(sources)
    data = bytes(cal.to_ical())
    if out is None:
        write_bytes(io.out, data)
        return Outcome(EXIT_OK)
    guard([out], inputs)
    write_or_fail(ics, data)
    events = tn(event_count(cal), "calendar.n.events.one", "calendar.n.events")
    plans = tn(len(sources), "rollup.n.plans.one", "rollup.n.plans")
    io.say(t("calendar.wrote", path=shown(ics), events=events, plans=plans), err=True)
    return Outcome(EXIT_OK)


def _read(
    files: list[Path], options: Options, io: Streams, inputs: Inputs, broken: list[FileResult]
) -> tuple[list[Source], dict[int, str]]:
    """The plans that validate, with their names; the others are added to ``broken``."""
    from bhxh_plan.ical import Source
    from bhxh_plan.report import FileResult, printable
    from bhxh_plan.textsafe import shown
    from bhxh_plan.validate import check_file

    sources: list[Source] = []
    names: dict[int, str] = {}
    for path in files:
        checked = check_file(path, framework=options.framework, max_size=options.max_size)
        if checked.kind == "framework":
            io.say(t("calendar.skipped", file=shown(checked.path)), err=True)
        elif checked.plan is None or checked.framework is None:
            broken.append(printable(FileResult(checked.path, checked.kind, checked.problems)))
        else:
            sources.append(Source(checked.plan, checked.framework))
            inputs.add("framework", checked.framework.chain)
            names[id(sources[-1])] = shown(checked.path)
    return sources, names
