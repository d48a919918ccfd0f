"""``init`` as a library call: a new plan holding every required item of a framework."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bhxh_plan.commands.base import EXIT_OK, CommandError, Outcome, Streams, guarded
from bhxh_plan.i18n import t
from bhxh_plan.model.common import ALL_LEVELS


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan init`` options; ``output`` ``"-"`` prints the plan, ``None`` names it
    ``ke-hoach-YEAR.yaml``. ``level`` is a :class:`~bhxh_plan.model.common.Level` value."""

    framework: str
    unit: str
    level: str
    year: int
    output: str | None = None


def bad_level(level: str) -> CommandError:
    """The error for a ``--level`` that names no administrative level."""
    levels = " | ".join(v.value for v in ALL_LEVELS)
    return CommandError(t("init.bad_level", level=level), t("init.bad_level.hint", levels=levels))


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """Write the new plan (or print it to ``out``); say on ``out`` what to do next."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io))


def _run(options: Options, io: Streams) -> Outcome:
    from bhxh_plan.framework import FrameworkError, load_framework
    from bhxh_plan.hygiene import fix_value
    from bhxh_plan.io.output import describe
    from bhxh_plan.model.common import Level
    from bhxh_plan.placeholders import find
    from bhxh_plan.scaffold.skeleton import Options as Skeleton
    from bhxh_plan.scaffold.skeleton import plan_text
    from bhxh_plan.scaffold.write import framework_ref, verify, write_new

    ref, level_text, year = options.framework, str(options.level), options.year
    if level_text not in {v.value for v in ALL_LEVELS}:
        raise bad_level(level_text)
    if not 2000 <= year <= 2100:
        raise CommandError(t("init.bad_year", year=year), t("init.bad_year.hint"))
    unit_text = fix_value(" ".join(options.unit.split()))
    if not unit_text:
        raise CommandError(t("init.missing", options="--unit"), t("init.missing.hint"))
    try:
        loaded = load_framework(ref, Path.cwd())
    except FrameworkError as exc:
        p = exc.problems[0]
        # the framework may be the user's file: say where in it the problem is
        where = ":".join(str(x) for x in (p.file, p.line, p.column) if x)
        place = f"{p.path}: " if p.path else ""
        raise CommandError(
            f"{where}: {place}{p.message}" if p.line else p.message, p.hint
        ) from None
    fw = loaded.framework
    output = options.output
    target = None if output == "-" else Path(output or f"ke-hoach-{year}.yaml")
    if target is not None and (target.exists() or target.is_symlink()):
        raise CommandError(t("scaffold.exists", path=str(target)), t("init.exists.hint"))
    skeleton = Skeleton(
        framework_ref=framework_ref(ref, loaded.path, target),
        level=Level(level_text),
        year=year,
        unit=unit_text,
        header=[
            t("init.header", year=year, unit=unit_text),
            t("init.header.command", framework=fw.id, level=level_text, year=year),
        ],
    )
    text = plan_text(fw, skeleton)
    problems = verify(text, fw, str(target or "<stdout>"))
    if problems:
        raise CommandError(
            t("scaffold.invalid", problems="; ".join(problems[:3])), t("internal.hint")
        )
    if target is None:
        io.out.write(text)
        io.out.flush()
        return Outcome(EXIT_OK)
    try:
        write_new(target, text)
    except FileExistsError:
        raise CommandError(t("scaffold.exists", path=str(target)), t("init.exists.hint")) from None
    except OSError as exc:
        e = describe(target, exc)
        raise CommandError(e.message, e.hint) from None
    count = sum(1 for line in text.splitlines() for _ in find(line))
    io.say(t("init.done", path=str(target), framework=fw.id, count=count))
    io.say(t("init.next", path=str(target)))
    if year != fw.year:
        io.say(t("init.other_year", year=year, fw=fw.id, fw_year=fw.year))
    return Outcome(EXIT_OK)
