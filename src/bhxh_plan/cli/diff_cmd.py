"""``bhxh-plan diff``: compare two plans as plans."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import app


class DiffFormat(StrEnum):
    text = "text"
    md = "md"
    json = "json"
    xlsx = "xlsx"
    docx = "docx"


@app.command("diff", help="help.cmd.diff")
def diff_command(
    old: Annotated[str, typer.Argument(help="help.diff.old")],
    new: Annotated[str, typer.Argument(help="help.diff.new")],
    fmt: Annotated[
        DiffFormat, typer.Option("--format", help="text | md | json | xlsx | docx")
    ] = DiffFormat.text,
    out: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="help.diff.output"),
    ] = None,
    exit_code: Annotated[
        bool,
        typer.Option("--exit-code", help="help.diff.exit_code"),
    ] = False,
) -> None:
    """So sánh hai kế hoạch theo nội dung: thêm, bỏ, sửa, dời ngày, kinh phí (diff)."""
    from bhxh_plan.commands.diff import Options, run

    raise typer.Exit(run(Options(old, new, fmt.value, out, exit_code)).code)
