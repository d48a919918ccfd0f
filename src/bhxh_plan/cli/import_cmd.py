"""``bhxh-plan import``: a khung kịch bản kept in Excel or Word, turned into a plan."""

from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import app


@app.command("import", help="help.cmd.import")
def import_(
    source: Annotated[Path, typer.Argument(help="help.import.source")],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="help.import.output"),
    ] = None,
    framework: Annotated[
        str | None,
        typer.Option("--framework", "-f", help="help.import.framework"),
    ] = None,
    sheet: Annotated[str | None, typer.Option("--sheet", help="help.import.sheet")] = None,
    level: Annotated[
        str | None,
        typer.Option("--level", help="help.level"),
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", min=2000, max=2100, help="help.year")
    ] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="help.import.unit")] = None,
    force: Annotated[bool, typer.Option("--force", help="help.import.force")] = False,
) -> None:
    """Nhập khung kịch bản từ Excel/Word thành kế hoạch YAML (import)."""
    from bhxh_plan.commands.importing import Options, run

    options = Options(source, output, framework, sheet, level, year, unit, force)
    raise typer.Exit(run(options).code)
