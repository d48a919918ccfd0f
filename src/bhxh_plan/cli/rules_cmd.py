"""``bhxh-plan rules [ID]``: what each rule checks, why, and how to fix it."""

from typing import Annotated

import typer

from bhxh_plan.cli._app import app


@app.command(help="help.cmd.rules")
def rules(
    rule: Annotated[str | None, typer.Argument(help="help.rules.rule")] = None,
) -> None:
    """Liệt kê các quy tắc kiểm tra, hoặc giải thích một quy tắc (rules)."""
    from bhxh_plan.commands.rules import Options, run

    raise typer.Exit(run(Options(rule)).code)
