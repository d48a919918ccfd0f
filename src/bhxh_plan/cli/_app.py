"""The typer application and what every command shares (exit codes, colour, errors)."""

import os
import sys
from pathlib import Path

# Plugin discovery scans every installed distribution; bhxh-plan uses no pydantic plugin.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

from bhxh_plan.limits import DEFAULT_MAX_SIZE as DEFAULT_MAX_SIZE

if TYPE_CHECKING:
    from bhxh_plan.config import Loaded
    from bhxh_plan.io.files import Expansion
    from bhxh_plan.report import FileResult

from bhxh_plan import __version__
from bhxh_plan.cli._locale import LocalGroup
from bhxh_plan.i18n import set_lang, t

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="bhxh-plan",
    cls=LocalGroup,  # --lang anywhere; help and usage errors in the user's language
    help="help.app",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
frameworks_app = typer.Typer(
    help="help.frameworks",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(frameworks_app, name="frameworks")


# Options several commands share, declared once.
PathsArg = Annotated[list[str], typer.Argument(help="help.paths")]
FrameworkOpt = Annotated[
    str | None,
    typer.Option("--framework", "-f", help="help.framework_override"),
]
JobsOpt = Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="help.jobs")]
MaxSizeOpt = Annotated[int, typer.Option("--max-size", min=1, help="help.max_size")]


class Lang(StrEnum):
    vi = "vi"
    en = "en"


class OutFormat(StrEnum):
    text = "text"
    json = "json"


class FwFormat(StrEnum):
    yaml = "yaml"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bhxh-plan {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", help="help.lang"),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="help.version"),
    ] = False,
) -> None:
    # LocalGroup takes --lang out of the arguments (anywhere) and selects it before parsing
    if lang is not None:
        set_lang(lang.value)


def use_color(stream: object) -> bool:
    """Colour only on a terminal, and never with ``NO_COLOR``."""
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def fail(message: str, hint: str = "") -> NoReturn:
    """Print a command error (exit 2); quoted names and text show controls as escapes."""
    from bhxh_plan.textsafe import terminal_text

    typer.echo(terminal_text(f"bhxh-plan: {t('cli.error')}: {message}"), err=True)
    if hint:
        typer.echo(terminal_text(f"    {t('text.hint')}: {hint}"), err=True)
    raise typer.Exit(EXIT_USAGE)


def expand_or_fail(paths: list[str]) -> "Expansion":
    """Files named, found under folders, or matched by globs; exit 2 when one matches nothing.

    Paths that cannot be read (FIFOs, devices, symlink loops, folders that
    cannot be listed) come back as problems: see :func:`unreadable`.
    """
    from bhxh_plan.io.files import PathNotFound, expand

    try:
        return expand(paths)
    except PathNotFound as exc:
        fail(t("cli.path_missing", path=str(exc)), t("load.not_found.hint"))


def unreadable(found: "Expansion") -> "list[FileResult]":
    """One result per path the expansion could not read, for the command's report."""
    from bhxh_plan.report import FileResult, printable

    return [printable(FileResult(p.file, "plan", [p])) for p in found.problems]


def require_framework(ref: str) -> None:
    """Exit 2 with a clear message when ``--framework`` names nothing usable."""
    from bhxh_plan.framework import FrameworkError, load_framework

    try:
        load_framework(ref, Path.cwd())
    except FrameworkError as exc:
        p = exc.problems[0]
        where = f" ({p.file}:{p.line}:{p.column})" if p.line else ""
        fail(p.message + where, p.hint)


T = TypeVar("T")
PROGRESS_THRESHOLD = 50


def run_batch(
    worker: "Callable[[T], FileResult]",
    items: "Sequence[T]",
    jobs: int,
    label: str,
    min_items: int = PROGRESS_THRESHOLD,
) -> "list[FileResult]":
    """Run a batch on ``jobs`` processes, with a progress bar on a terminal from ``min_items``."""
    from bhxh_plan import batch

    if len(items) < min_items or not use_color(sys.stderr):
        return batch.run(worker, items, jobs)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task(label, total=len(items))
        return batch.run(worker, items, jobs, lambda n: bar.advance(task, n))


def load_lint_config(command: str) -> "Loaded":
    """The ``.bhxh-plan.yaml`` / ``pyproject.toml`` settings here; exit 2 when they are wrong."""
    from bhxh_plan import config
    from bhxh_plan.report import FileResult, get_reporter
    from bhxh_plan.rules import RULES

    try:
        return config.discover(Path.cwd(), set(RULES))
    except config.ConfigError as exc:
        get_reporter("text")(
            command,
            [FileResult(exc.problems[0].file, "config", exc.problems)],
            sys.stderr,
            use_color(sys.stderr),
        )
        raise typer.Exit(EXIT_USAGE) from None


def main() -> None:
    """Console entry point: no traceback ever reaches the user."""
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        from bhxh_plan.textsafe import terminal_text

        said = t("internal", error=f"{type(exc).__name__}: {exc}")
        typer.echo(terminal_text(f"bhxh-plan: {said}"), err=True)
        typer.echo(f"    {t('internal.hint')}", err=True)
        sys.exit(EXIT_USAGE)
