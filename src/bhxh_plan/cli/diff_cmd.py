"""``bhxh-plan diff``: compare two plans as plans."""

import io
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, app, fail, use_color
from bhxh_plan.i18n import t


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
    from bhxh_plan.cli._output import guard, write_or_fail
    from bhxh_plan.diff import render, run_diff
    from bhxh_plan.diff.sources import SourceError, split_spec
    from bhxh_plan.io.output import Inputs
    from bhxh_plan.report import FileResult, get_reporter
    from bhxh_plan.textsafe import terminal_text

    if fmt in (DiffFormat.xlsx, DiffFormat.docx) and out is None:
        fail(t("diff.out_required", fmt=fmt.value), t("diff.out_hint"))
    inputs = Inputs()
    for spec in (old, new):
        split = split_spec(spec)
        # REV:path reads git's copy, but the working file of that path is still the user's plan
        inputs.add("input", [Path(spec) if split is None else Path(split[1])])
    guard([out], inputs)
    try:
        result, sides = run_diff(old, new)
    except SourceError as exc:
        fail(exc.message, exc.hint)
    bad = [FileResult(s.name, "plan", s.problems) for s in sides if s.problems]
    if bad or result is None:
        get_reporter("text")("diff", bad, sys.stderr, use_color(sys.stderr))
        for s in sides:
            if s.problems:
                said = t("diff.invalid_side", name=terminal_text(s.name))
                typer.echo(f"bhxh-plan: {t('cli.error')}: {said}", err=True)
        raise typer.Exit(EXIT_USAGE)
    inputs.add("framework", [f for side in sides for f in side.reads])
    guard([out], inputs)
    if fmt in (DiffFormat.xlsx, DiffFormat.docx):
        data: bytes = render.office(result, fmt.value)
    else:
        buf = io.StringIO()
        render.text_like(result, fmt.value, buf)
        data = buf.getvalue().encode("utf-8")
    if out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_or_fail(out, data)
        typer.echo(t("cli.wrote", path=str(out)), err=True)
    raise typer.Exit(EXIT_PROBLEMS if exit_code and not result.same else EXIT_OK)
