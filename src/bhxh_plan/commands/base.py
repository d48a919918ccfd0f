"""What every command shares below the CLI: streams, errors, exit codes, inputs, outputs.

A command that cannot go on raises :class:`CommandError` (printed as
``bhxh-plan: error: ...`` with a hint, exit 2) or :class:`Stop` (it has already
said why); :func:`guarded` turns both into an :class:`Outcome`, so ``run``
functions return instead of exiting.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO, TypeVar

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.problems import HintedError

if TYPE_CHECKING:
    from bhxh_plan.config import Loaded
    from bhxh_plan.io.files import Expansion
    from bhxh_plan.io.output import Inputs
    from bhxh_plan.problems import Problem
    from bhxh_plan.report import FileResult

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")


class CommandError(HintedError):
    """A usage or command error: said as ``bhxh-plan: error: message`` (exit 2)."""


class Stop(Exception):
    """The command has already said what is wrong; it ends with ``code``."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


@dataclass(slots=True)
class Outcome:
    """How a command ended: its exit code and, for file checks, the results per file."""

    code: int
    results: list[FileResult] = field(default_factory=list)


@dataclass(slots=True)
class Streams:
    """Where a command writes: ``out`` for its output, ``err`` for messages about the run."""

    out: TextIO
    err: TextIO

    @classmethod
    def of(cls, out: TextIO | None, err: TextIO | None) -> Streams:
        """The given streams, or the process's standard ones (looked up now, not at import)."""
        return cls(out if out is not None else sys.stdout, err if err is not None else sys.stderr)

    def say(self, text: str, *, err: bool = False) -> None:
        """One line on ``out`` (or ``err``), flushed so both streams keep their order."""
        stream = self.err if err else self.out
        stream.write(text + "\n")
        stream.flush()

    def error(self, message: str, hint: str = "", *, escape: bool = True) -> None:
        """``bhxh-plan: error: message`` and its hint on ``err``; controls shown as escapes."""
        from bhxh_plan.textsafe import terminal_text

        def safe(text: str) -> str:
            return terminal_text(text) if escape else text

        self.say(safe(f"bhxh-plan: {t('cli.error')}: {message}"), err=True)
        if hint:
            self.say(safe(f"    {t('text.hint')}: {hint}"), err=True)


def guarded(io: Streams, body: Callable[[], Outcome]) -> Outcome:
    """Run ``body``; a :class:`CommandError` is said on ``io.err`` and ends with exit 2."""
    try:
        return body()
    except CommandError as exc:
        io.error(exc.message, exc.hint)
        return Outcome(EXIT_USAGE)
    except Stop as exc:
        return Outcome(exc.code)


def exit_code(problems: Iterable[Problem], failing: Callable[[Problem], bool]) -> int:
    """The exit code of a check: 2 when a file met an internal error (BP000), which no
    waiver or severity hides; 1 when a problem is ``failing``; else 0."""
    seen = list(problems)
    if any(p.rule == codes.INTERNAL for p in seen):
        return EXIT_USAGE
    return EXIT_PROBLEMS if any(failing(p) for p in seen) else EXIT_OK


def use_color(stream: object) -> bool:
    """Colour only on a terminal, and never with ``NO_COLOR``."""
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


class Runner(Protocol):
    """Runs a worker over a batch of items (the CLI's runner adds a progress bar)."""

    def __call__(
        self,
        worker: Callable[[T], FileResult],
        items: Sequence[T],
        jobs: int,
        label: str,
        min_items: int = ...,
    ) -> list[FileResult]: ...


def plain_batch(
    worker: Callable[[T], FileResult],
    items: Sequence[T],
    jobs: int,
    label: str,
    min_items: int = 0,
) -> list[FileResult]:
    """Run a batch without a progress bar (the default for library callers)."""
    from bhxh_plan import batch

    return batch.run(worker, items, jobs)


def expand(paths: Iterable[str]) -> Expansion:
    """Files named, found under folders, or matched by globs; a path matching nothing is a
    :class:`CommandError`. Unreadable paths come back as problems (see :func:`unreadable`)."""
    from bhxh_plan.io.files import PathNotFound
    from bhxh_plan.io.files import expand as expand_paths

    try:
        return expand_paths(paths)
    except PathNotFound as exc:
        raise CommandError(t("cli.path_missing", path=str(exc)), t("load.not_found.hint")) from None


def unreadable(found: Expansion) -> list[FileResult]:
    """One result per path the expansion could not read, for the command's report."""
    from bhxh_plan.report import FileResult, printable

    return [printable(FileResult(p.file, "plan", [p])) for p in found.problems]


def require_framework(ref: str) -> None:
    """A :class:`CommandError` when ``--framework`` names nothing usable."""
    from bhxh_plan.framework import FrameworkError, load_framework

    try:
        load_framework(ref, Path.cwd())
    except FrameworkError as exc:
        p = exc.problems[0]
        where = f" ({p.file}:{p.line}:{p.column})" if p.line else ""
        raise CommandError(p.message + where, p.hint) from None


def load_config(command: str, io: Streams) -> Loaded:
    """The ``.bhxh-plan.yaml`` / ``pyproject.toml`` settings here; wrong ones are
    reported on ``io.err`` and stop the command with exit 2."""
    from bhxh_plan import config
    from bhxh_plan.report import FileResult, get_reporter
    from bhxh_plan.rules import RULES

    try:
        return config.discover(Path.cwd(), set(RULES))
    except config.ConfigError as exc:
        get_reporter("text")(
            command,
            [FileResult(exc.problems[0].file, "config", exc.problems)],
            io.err,
            use_color(io.err),
        )
        raise Stop(EXIT_USAGE) from None


def framework_chains(refs: Iterable[str | None]) -> list[Path]:
    """The files of each framework's ``extends`` chain (unknown frameworks are skipped)."""
    from bhxh_plan.framework import FrameworkError, load_framework

    chain: list[Path] = []
    for ref in refs:
        if ref:
            try:
                chain.extend(load_framework(ref, Path.cwd()).chain)
            except FrameworkError:
                continue  # the command reports it where it loads the framework
    return chain


def inputs_of(
    files: Iterable[Path],
    framework: str | None,
    loaded: Loaded | None = None,
    role: str = "input",
) -> Inputs:
    """What a command reads, for :func:`guard`: the files (as ``role``), the settings file
    when ``loaded`` comes from one, and the ``extends`` chain of ``--framework``."""
    from bhxh_plan.io.output import Inputs

    inputs = Inputs()
    inputs.add(role, files)
    if loaded is not None:
        inputs.add("config", [loaded.source])
    inputs.add("framework", framework_chains([framework]))
    return inputs


def run_files(
    runner: Runner,
    worker: Callable[[T], FileResult],
    items: Sequence[T],
    jobs: int | None,
    label: str,
    found: Expansion,
    min_items: int | None = None,
) -> list[FileResult]:
    """The results of ``worker`` over ``items`` (on ``jobs`` processes, by default as many
    as the machine has), then one result per path the expansion could not read."""
    from bhxh_plan import batch

    jobs = jobs or batch.default_jobs()
    if min_items is None:
        results = runner(worker, items, jobs, label)
    else:
        results = runner(worker, items, jobs, label, min_items)
    return results + unreadable(found)


def guard(outputs: Sequence[Path | None], inputs: Inputs) -> None:
    """A :class:`CommandError` when an output is an input, a folder, a device/FIFO, or
    named twice."""
    from bhxh_plan.io.output import OutputError, check_outputs

    try:
        check_outputs([o for o in outputs if o is not None], inputs)
    except OutputError as exc:
        raise CommandError(exc.message, exc.hint) from None


def write_or_fail(path: Path | str, data: bytes | str) -> None:
    """Write one output; a :class:`CommandError` naming it when that fails."""
    from bhxh_plan.io.output import describe, write_file

    try:
        write_file(path, data)
    except OSError as exc:
        err = describe(path, exc)
        raise CommandError(err.message, err.hint) from None


def write_bytes(stream: TextIO, data: bytes) -> None:
    """Bytes to a text stream: through its buffer when it has one, else decoded."""
    stream.flush()
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(data.decode("utf-8"))
    else:
        buffer.write(data)
        buffer.flush()
    stream.flush()


def report_write_error(io: Streams, path: Path | str, exc: OSError) -> None:
    """Say why ``path`` could not be written, for commands that go on with other files."""
    from bhxh_plan.io.output import describe

    err = describe(path, exc)
    io.error(err.message, err.hint, escape=False)
