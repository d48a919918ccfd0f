"""``diff`` as a library call: compare two plans as plans."""

from __future__ import annotations

import io as _io
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bhxh_plan.commands.base import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CommandError,
    Outcome,
    Streams,
    guard,
    guarded,
    use_color,
    write_bytes,
    write_or_fail,
)
from bhxh_plan.i18n import t

OFFICE = ("xlsx", "docx")


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan diff`` options; ``old``/``new`` are paths or ``REV:path``."""

    old: str
    new: str
    format: str = "text"  # text | md | json | xlsx | docx
    output: Path | None = None
    exit_code: bool = False


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """Compare; the changes go to ``out`` (bytes through its buffer) or ``options.output``.
    Exit 1 with ``exit_code`` when the plans differ, 2 when a side cannot be read."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io))


def _run(options: Options, io: Streams) -> Outcome:
    from bhxh_plan.diff import render, run_diff
    from bhxh_plan.diff.sources import SourceError, split_spec
    from bhxh_plan.io.output import Inputs
    from bhxh_plan.report import FileResult, get_reporter
    from bhxh_plan.textsafe import terminal_text

    fmt, out = options.format, options.output
    if fmt in OFFICE and out is None:
        raise CommandError(t("diff.out_required", fmt=fmt), t("diff.out_hint"))
    inputs = Inputs()
    for spec in (options.old, options.new):
        split = split_spec(spec)
        # REV:path reads git's copy, but the working file of that path is still the user's plan
        inputs.add("input", [Path(spec) if split is None else Path(split[1])])
    guard([out], inputs)
    try:
        result, sides = run_diff(options.old, options.new)
    except SourceError as exc:
        raise CommandError(exc.message, exc.hint) from None
    bad = [FileResult(s.name, "plan", s.problems) for s in sides if s.problems]
    if bad or result is None:
        get_reporter("text")("diff", bad, io.err, use_color(io.err))
        for s in sides:
            if s.problems:
                said = t("diff.invalid_side", name=terminal_text(s.name))
                io.say(f"bhxh-plan: {t('cli.error')}: {said}", err=True)
        return Outcome(EXIT_USAGE, bad)
    inputs.add("framework", [f for side in sides for f in side.reads])
    guard([out], inputs)
    if fmt in OFFICE:
        data: bytes = render.office(result, fmt)
    else:
        buf = _io.StringIO()
        render.text_like(result, fmt, buf)
        data = buf.getvalue().encode("utf-8")
    if out is None:
        write_bytes(io.out, data)
    else:
        write_or_fail(out, data)
        io.say(t("cli.wrote", path=str(out)), err=True)
    return Outcome(EXIT_PROBLEMS if options.exit_code and not result.same else EXIT_OK)
