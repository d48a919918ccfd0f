"""``bhxh-plan schema``."""

from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import app


@app.command(help="help.cmd.schema")
def schema(
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="help.schema.out")] = Path("schemas"),
    check: Annotated[bool, typer.Option("--check", help="help.schema.check")] = False,
) -> None:
    """Ghi lược đồ JSON Schema của kế hoạch và khung (schema)."""
    from bhxh_plan.commands.schema import Options, run

    raise typer.Exit(run(Options(out_dir, check)).code)
