"""``schema`` as a library call: the JSON Schemas of plans and frameworks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bhxh_plan.commands.base import (
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandError,
    Outcome,
    Streams,
    guard,
    guarded,
)
from bhxh_plan.i18n import t


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan schema`` options: the folder, and whether only to compare with it."""

    out_dir: Path = Path("schemas")
    check: bool = False


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """Write the schemas (or with ``check``, exit 1 when a file there is stale or missing)."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io))


def _run(options: Options, io: Streams) -> Outcome:
    from bhxh_plan.io.output import Inputs, describe
    from bhxh_plan.schema import SCHEMAS, write_schemas

    out_dir, check = options.out_dir, options.check
    guard([out_dir / name for name in SCHEMAS], Inputs())
    if check and not out_dir.is_dir():
        # nothing to compare with: not "stale", the folder is simply elsewhere
        raise CommandError(t("cli.schema_no_dir", path=str(out_dir)), t("cli.schema_no_dir.hint"))
    try:
        stale = write_schemas(out_dir, check=check)
    except OSError as exc:
        err = describe(out_dir, exc)
        raise CommandError(err.message, err.hint) from None
    for name in stale:
        path = out_dir / name
        if not check:
            io.say(t("cli.wrote", path=str(path)))
        elif path.exists():
            io.say(t("cli.schema_outdated", path=str(path), out=str(out_dir)))
        else:
            io.say(t("cli.schema_missing", path=str(path), out=str(out_dir)))
    return Outcome(EXIT_PROBLEMS if check and stale else EXIT_OK)
