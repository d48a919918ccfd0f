"""``bhxh-plan schema``."""

from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import EXIT_OK, EXIT_PROBLEMS, app, fail
from bhxh_plan.i18n import t


@app.command()
def schema(
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Thư mục ghi lược đồ.")] = Path(
        "schemas"
    ),
    check: Annotated[
        bool, typer.Option("--check", help="Chỉ kiểm tra lược đồ có cũ không.")
    ] = False,
) -> None:
    """Ghi lược đồ JSON Schema của kế hoạch và khung (schema)."""
    from bhxh_plan.cli._output import guard
    from bhxh_plan.io.output import Inputs, describe
    from bhxh_plan.schema import SCHEMAS, write_schemas

    guard([out_dir / name for name in SCHEMAS], Inputs())
    try:
        stale = write_schemas(out_dir, check=check)
    except OSError as exc:
        err = describe(out_dir, exc)
        fail(err.message, err.hint)
    for name in stale:
        typer.echo(t("cli.schema_stale" if check else "cli.wrote", path=str(out_dir / name)))
    raise typer.Exit(EXIT_PROBLEMS if check and stale else EXIT_OK)
