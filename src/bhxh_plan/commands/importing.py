"""``import`` as a library call: a khung kịch bản kept in Excel or Word, turned into a plan."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bhxh_plan.commands.base import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CommandError,
    Outcome,
    Stop,
    Streams,
    framework_chains,
    guard,
    guarded,
    inputs_of,
)
from bhxh_plan.i18n import t

if TYPE_CHECKING:
    from bhxh_plan.importer.run import Result


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan import`` options; ``output`` ``"-"`` prints the plan, ``None`` writes it
    beside the source as ``.yaml``. ``level`` is a :class:`~bhxh_plan.model.common.Level`
    value."""

    source: Path
    output: str | None = None
    framework: str | None = None
    sheet: str | None = None
    level: str | None = None
    year: int | None = None
    unit: str | None = None
    force: bool = False


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """Import the table; warnings go to ``err``, the summary (or the plan, with ``-o -``)
    to ``out``. Exit 1 when the file is refused, 2 on a wrong option."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io))


def _run(options: Options, io: Streams) -> Outcome:
    from bhxh_plan.commands.init import bad_level
    from bhxh_plan.framework import FrameworkError
    from bhxh_plan.hygiene import fix_value
    from bhxh_plan.importer.run import Request, UsageError
    from bhxh_plan.importer.run import run as import_file
    from bhxh_plan.importer.safety import Refused
    from bhxh_plan.model.common import Level
    from bhxh_plan.textsafe import terminal_text

    source, output, level, unit = options.source, options.output, options.level, options.unit
    if level is not None and level not in {v.value for v in Level}:
        raise bad_level(level)
    target = None if output == "-" else Path(output) if output else source.with_suffix(".yaml")
    inputs = inputs_of([source], options.framework, role="source")
    guard([target], inputs)
    if target is not None and target.exists() and not options.force:
        raise CommandError(t("scaffold.exists", path=str(target)), t("import.exists.hint"))
    request = Request(
        path=source,
        framework=options.framework,
        sheet=options.sheet,
        level=Level(level) if level else None,
        year=options.year,
        unit=fix_value(" ".join(unit.split())) if unit else None,
        output=target,
    )
    try:
        result = import_file(request)
    except FrameworkError as exc:
        p = exc.problems[0]
        raise CommandError(p.message, p.hint) from None
    except Refused as exc:
        hint = t(exc.hint_key) if exc.hint_key else ""
        io.error(f"{source}: {t(exc.key, **exc.args_)}", hint, escape=False)
        raise Stop(EXIT_USAGE if isinstance(exc, UsageError) else EXIT_PROBLEMS) from None
    for w in result.built.warnings:
        # cell text from the spreadsheet is quoted in warnings
        io.say(terminal_text(f"{w.where}: {t('import.warning')}: {w.message}"), err=True)
    for column in result.ignored_columns:
        io.say(t("import.w.column", column=column), err=True)
    if target is None:
        io.out.write(result.text)
        io.out.flush()
        return Outcome(EXIT_OK)
    inputs.add("framework", framework_chains([result.framework]))
    guard([target], inputs)
    _write(target, result.text, options.force)
    _summary(io, target, result)
    return Outcome(EXIT_OK)


def _write(target: Path, text: str, force: bool) -> None:
    from bhxh_plan.io.output import describe
    from bhxh_plan.scaffold.write import write_new

    try:
        write_new(target, text, force=force)
    except FileExistsError:
        raise CommandError(
            t("scaffold.exists", path=str(target)), t("import.exists.hint")
        ) from None
    except OSError as exc:
        err = describe(target, exc)
        raise CommandError(err.message, err.hint) from None


def _summary(io: Streams, target: Path, result: Result) -> None:
    from bhxh_plan.placeholders import find

    built, parsed = result.built, result.parsed
    io.say(
        t(
            "import.done",
            path=str(target),
            rows=built.rows,
            entries=built.entries,
            table=result.table,
            framework=result.framework,
        )
    )
    if parsed.skipped_headers:
        io.say(t("import.repeated_headers", count=parsed.skipped_headers))
    if parsed.repaired_cells:
        io.say(t("import.repaired", count=parsed.repaired_cells))
    if result.level_guessed:
        io.say(t("import.level_guessed", level=result.level))
    count = sum(1 for line in result.text.splitlines() for _ in find(line))
    io.say(t("import.todo", count=count, unmapped=built.unmapped, path=str(target)))
