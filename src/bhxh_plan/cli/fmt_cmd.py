"""``bhxh-plan fmt``: rewrite plans and frameworks in canonical form."""

from typing import Annotated

import typer

from bhxh_plan.cli._app import PathsArg, app


@app.command("fmt", help="help.cmd.fmt")
def fmt_command(
    paths: PathsArg,
    check: Annotated[
        bool,
        typer.Option("--check", help="help.fmt.check"),
    ] = False,
    diff: Annotated[bool, typer.Option("--diff", help="help.fmt.diff")] = False,
) -> None:
    """Định dạng kế hoạch và khung theo dạng chuẩn, giữ nguyên chú thích (fmt)."""
    from bhxh_plan.commands.fmt import Options, run

    raise typer.Exit(run(Options(tuple(paths), check, diff)).code)
