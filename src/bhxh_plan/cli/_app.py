"""The typer application and what every command shares (exit codes, colour, errors)."""

import os
import sys

# Plugin discovery scans every installed distribution; bhxh-plan uses no pydantic plugin.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

from bhxh_plan.limits import DEFAULT_MAX_SIZE as DEFAULT_MAX_SIZE

if TYPE_CHECKING:
    from bhxh_plan.report import FileResult

from bhxh_plan import __version__
from bhxh_plan.cli._locale import LocalGroup
from bhxh_plan.commands.base import EXIT_OK as EXIT_OK
from bhxh_plan.commands.base import EXIT_PROBLEMS as EXIT_PROBLEMS
from bhxh_plan.commands.base import EXIT_USAGE as EXIT_USAGE
from bhxh_plan.commands.base import use_color as use_color
from bhxh_plan.i18n import set_lang, t

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


TextJsonOpt = Annotated[OutFormat, typer.Option("--format", help="text | json")]


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


def fail(message: str, hint: str = "") -> NoReturn:
    """Print a command error (exit 2); quoted names and text show controls as escapes."""
    from bhxh_plan.commands.base import Streams

    Streams.of(None, None).error(message, hint)
    raise typer.Exit(EXIT_USAGE)


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
