"""``bhxh-plan schema``."""

from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import (
    EXIT_OK,
    EXIT_PROBLEMS,
    app,
    fail,
)
from bhxh_plan.i18n import t


@app.command(help="help.cmd.schema")
def schema(
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="help.schema.out")] = Path("schemas"),
    check: Annotated[bool, typer.Option("--check", help="help.schema.check")] = False,
) -> None:
    """Ghi lược đồ JSON Schema của kế hoạch và khung (schema)."""
    from bhxh_plan.cli._output import guard
    from bhxh_plan.io.output import Inputs, describe
    from bhxh_plan.schema import SCHEMAS, write_schemas

    guard([out_dir / name for name in SCHEMAS], Inputs())
    if check and not out_dir.is_dir():
        # nothing to compare with: not "stale", the folder is simply elsewhere
        fail(t("cli.schema_no_dir", path=str(out_dir)), t("cli.schema_no_dir.hint"))
    try:
        stale = write_schemas(out_dir, check=check)
    except OSError as exc:
        err = describe(out_dir, exc)
        fail(err.message, err.hint)
    for name in stale:
        path = out_dir / name
        if not check:
            typer.echo(t("cli.wrote", path=str(path)))
        elif path.exists():
            typer.echo(t("cli.schema_outdated", path=str(path), out=str(out_dir)))
        else:
            typer.echo(t("cli.schema_missing", path=str(path), out=str(out_dir)))
    raise typer.Exit(EXIT_PROBLEMS if check and stale else EXIT_OK)
