"""``git-setup`` as a library call: git shows the changes of plans by content."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bhxh_plan.commands.base import (
    EXIT_OK,
    CommandError,
    Outcome,
    Streams,
    guarded,
)


@dataclass(frozen=True, slots=True)
class Options:
    """``bhxh-plan git-setup`` options: the path patterns, and the user's config or the repo's."""

    patterns: tuple[str, ...] = ()
    global_: bool = False


def run(options: Options, out: TextIO | None = None, err: TextIO | None = None) -> Outcome:
    """Configure git's textconv driver for plans; one line per thing done on ``out``."""
    io = Streams.of(out, err)
    return guarded(io, lambda: _run(options, io))


def _run(options: Options, io: Streams) -> Outcome:
    from bhxh_plan.diff.gitsetup import GitError
    from bhxh_plan.diff.gitsetup import setup as git_setup

    try:
        done = git_setup(list(options.patterns), global_=options.global_, cwd=Path.cwd())
    except GitError as exc:
        raise CommandError(exc.message, exc.hint) from None
    except OSError as exc:
        raise CommandError(str(exc)) from None
    for line in done:
        io.say(line)
    return Outcome(EXIT_OK)
