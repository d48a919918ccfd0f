"""``bhxh-plan import``: a khung kịch bản kept in Excel or Word, turned into a plan."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, app, fail
from bhxh_plan.i18n import t
from bhxh_plan.textsafe import terminal_text

LEVELS = ("national", "province", "region", "district", "commune")


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
    from bhxh_plan.cli._output import framework_chains, guard
    from bhxh_plan.framework import FrameworkError
    from bhxh_plan.hygiene import fix_value
    from bhxh_plan.importer.run import Request, UsageError, run
    from bhxh_plan.importer.safety import Refused
    from bhxh_plan.io.output import Inputs, describe
    from bhxh_plan.model.common import Level
    from bhxh_plan.placeholders import find
    from bhxh_plan.scaffold.write import write_new

    if level is not None and level not in LEVELS:
        fail(t("init.bad_level", level=level), t("init.bad_level.hint", levels=" | ".join(LEVELS)))
    target = None if output == "-" else Path(output) if output else source.with_suffix(".yaml")
    inputs = Inputs()
    inputs.add("source", [source])
    inputs.add("framework", framework_chains([framework]))
    guard([target], inputs)
    if target is not None and target.exists() and not force:
        fail(t("scaffold.exists", path=str(target)), t("import.exists.hint"))
    request = Request(
        path=source,
        framework=framework,
        sheet=sheet,
        level=Level(level) if level else None,
        year=year,
        unit=fix_value(" ".join(unit.split())) if unit else None,
        output=target,
    )
    try:
        result = run(request)
    except FrameworkError as exc:
        p = exc.problems[0]
        fail(p.message, p.hint)
    except Refused as exc:
        typer.echo(f"bhxh-plan: {t('cli.error')}: {source}: {t(exc.key, **exc.args_)}", err=True)
        if exc.hint_key:
            typer.echo(f"    {t('text.hint')}: {t(exc.hint_key)}", err=True)
        raise typer.Exit(EXIT_USAGE if isinstance(exc, UsageError) else EXIT_PROBLEMS) from None
    for w in result.built.warnings:
        # cell text from the spreadsheet is quoted in warnings
        typer.echo(terminal_text(f"{w.where}: {t('import.warning')}: {w.message}"), err=True)
    for column in result.ignored_columns:
        typer.echo(t("import.w.column", column=column), err=True)
    if target is None:
        sys.stdout.write(result.text)
        raise typer.Exit(EXIT_OK)
    inputs.add("framework", framework_chains([result.framework]))
    guard([target], inputs)
    try:
        write_new(target, result.text, force=force)
    except FileExistsError:
        fail(t("scaffold.exists", path=str(target)), t("import.exists.hint"))
    except OSError as exc:
        err = describe(target, exc)
        fail(err.message, err.hint)
    built, parsed = result.built, result.parsed
    typer.echo(
        t(
            "import.done",
            path=str(target),
            rows=built.rows,
            entries=built.entries,
            table=result.table,
            framework=result.framework,
        )
    )
    if parsed.skipped_headers:
        typer.echo(t("import.repeated_headers", count=parsed.skipped_headers))
    if parsed.repaired_cells:
        typer.echo(t("import.repaired", count=parsed.repaired_cells))
    if result.level_guessed:
        typer.echo(t("import.level_guessed", level=result.level.value))
    count = sum(1 for line in result.text.splitlines() for _ in find(line))
    typer.echo(t("import.todo", count=count, unmapped=built.unmapped, path=str(target)))
    raise typer.Exit(EXIT_OK)
