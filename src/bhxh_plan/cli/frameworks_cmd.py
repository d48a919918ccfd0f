"""``bhxh-plan frameworks`` and ``frameworks show``."""

from typing import Annotated

import typer

from bhxh_plan.cli._app import FwFormat, frameworks_app


@frameworks_app.callback()
def frameworks_list(ctx: typer.Context) -> None:
    """Liệt kê các khung kế hoạch có sẵn và tìm thấy."""
    if ctx.invoked_subcommand is not None:
        return
    from bhxh_plan.commands.frameworks import Options, run

    run(Options())


@frameworks_app.command("show", help="help.cmd.frameworks_show")
def frameworks_show(
    ref: Annotated[str, typer.Argument(help="help.frameworks.ref")],
    fmt: Annotated[FwFormat, typer.Option("--format", help="yaml | json")] = FwFormat.yaml,
) -> None:
    """In khung kế hoạch đã gộp 'extends' (yaml hoặc json)."""
    from bhxh_plan.commands.frameworks import Options, run

    code = run(Options(ref, fmt.value)).code
    if code:
        raise typer.Exit(code)
