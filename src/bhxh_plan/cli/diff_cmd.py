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
    from bhxh_plan.diff import render, run_diff
    from bhxh_plan.diff.sources import SourceError
    from bhxh_plan.io.files import write_atomic
    from bhxh_plan.report import FileResult, get_reporter

    if fmt in (DiffFormat.xlsx, DiffFormat.docx) and out is None:
        fail(t("diff.out_required", fmt=fmt.value), t("diff.out_hint"))
    if out is not None:
        target = out.resolve()
        for spec in (old, new):
            if Path(spec).exists() and Path(spec).resolve() == target:
                fail(t("diff.out_is_input", path=str(out)), t("diff.out_hint"))
    try:
        result, sides = run_diff(old, new)
    except SourceError as exc:
        fail(exc.message, exc.hint)
    bad = [FileResult(s.name, "plan", s.problems) for s in sides if s.problems]
    if bad or result is None:
        get_reporter("text")("diff", bad, sys.stderr, use_color(sys.stderr))
        for s in sides:
            if s.problems:
                typer.echo(
                    f"bhxh-plan: {t('cli.error')}: {t('diff.invalid_side', name=s.name)}", err=True
                )
        raise typer.Exit(EXIT_USAGE)
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
        try:
            write_atomic(out, data)
        except OSError as exc:
            fail(
                t("fmt.write_failed", path=str(out), error=exc.strerror or exc),
                t("fmt.write_failed.hint"),
            )
        typer.echo(t("cli.wrote", path=str(out)), err=True)
    raise typer.Exit(EXIT_PROBLEMS if exit_code and not result.same else EXIT_OK)
