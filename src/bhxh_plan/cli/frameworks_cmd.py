"""``bhxh-plan frameworks`` and ``frameworks show``."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    FwFormat,
    frameworks_app,
    use_color,
)
from bhxh_plan.i18n import t


@frameworks_app.callback()
def frameworks_list(ctx: typer.Context) -> None:
    """Liệt kê các khung kế hoạch có sẵn và tìm thấy."""
    if ctx.invoked_subcommand is not None:
        return
    from bhxh_plan.framework import FrameworkError, available, load_framework
    from bhxh_plan.textsafe import terminal_text

    for ident, (path, bundled) in sorted(available().items()):
        origin = t("cli.bundled") if bundled else str(path)
        try:
            fw = load_framework(str(path)).framework
            line = f"{ident:24} {fw.year}  {fw.kind.value:8}  {fw.name}  [{origin}]"
        except FrameworkError as exc:
            line = f"{ident:24} {t('cli.invalid')}: {exc.problems[0].message}  [{origin}]"
        typer.echo(terminal_text(line))  # a user framework's name is its author's text


@frameworks_app.command("show", help="help.cmd.frameworks_show")
def frameworks_show(
    ref: Annotated[str, typer.Argument(help="help.frameworks.ref")],
    fmt: Annotated[FwFormat, typer.Option("--format", help="yaml | json")] = FwFormat.yaml,
) -> None:
    """In khung kế hoạch đã gộp 'extends' (yaml hoặc json)."""
    from bhxh_plan.framework import FrameworkError, load_framework
    from bhxh_plan.framework.checks import check_framework
    from bhxh_plan.io import jsonsafe
    from bhxh_plan.report import FileResult, get_reporter

    try:
        loaded = load_framework(ref, Path.cwd())
    except FrameworkError as exc:
        get_reporter("text")(
            "frameworks",
            [FileResult(ref, "framework", exc.problems)],
            sys.stderr,
            use_color(sys.stderr),
        )
        raise typer.Exit(EXIT_USAGE) from None
    problems = check_framework(loaded.framework, None)
    data = loaded.framework.model_dump(mode="json", exclude_none=True)
    if fmt is FwFormat.json:
        typer.echo(jsonsafe.dumps(data, ensure_ascii=False, indent=2))
    else:
        from bhxh_plan.fmt.write import dump_yaml

        typer.echo(dump_yaml(data), nl=False)
    if problems:
        get_reporter("text")(
            "frameworks",
            [FileResult(str(loaded.path), "framework", problems)],
            sys.stderr,
            use_color(sys.stderr),
        )
        raise typer.Exit(EXIT_PROBLEMS)
