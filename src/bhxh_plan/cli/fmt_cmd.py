"""``bhxh-plan fmt``: rewrite plans and frameworks in canonical form."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    PathsArg,
    app,
    expand_or_fail,
    use_color,
)
from bhxh_plan.i18n import t


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
    import difflib

    from bhxh_plan.fmt import FormatError, format_bytes
    from bhxh_plan.io.files import write_atomic
    from bhxh_plan.io.loader import LoadError, load_file
    from bhxh_plan.report import FileResult, get_reporter

    files = expand_or_fail(paths)
    broken: list[FileResult] = []
    changed: list[Path] = []
    failed = False
    done = 0
    for path in files:
        name = str(path)
        try:
            doc = load_file(path)
            result = format_bytes(doc.raw, name, doc)
        except LoadError as exc:
            broken.append(FileResult(name, "plan", [exc.problem(name)]))
            continue
        except FormatError as exc:
            what = t("fmt.unsafe.comments" if str(exc) == "comments" else "fmt.unsafe.data")
            typer.echo(
                f"bhxh-plan: {t('cli.error')}: {t('fmt.unsafe', path=name, what=what)}", err=True
            )
            typer.echo(f"    {t('text.hint')}: {t('fmt.unsafe.hint')}", err=True)
            failed = True
            continue
        if not result.kind:
            typer.echo(t("fmt.skipped", path=name), err=True)
            continue
        done += 1
        if not result.changed:
            continue
        changed.append(path)
        if diff:
            sys.stdout.writelines(
                difflib.unified_diff(
                    result.original.splitlines(keepends=True),
                    result.text.splitlines(keepends=True),
                    f"{name} ({t('fmt.label.current')})",
                    f"{name} ({t('fmt.label.canonical')})",
                )
            )
        if check:
            typer.echo(t("fmt.would_change", path=name))
        elif not diff:
            try:
                write_atomic(path, result.data)
            except OSError as exc:
                typer.echo(
                    f"bhxh-plan: {t('cli.error')}: "
                    f"{t('fmt.write_failed', path=name, error=exc.strerror or exc)}",
                    err=True,
                )
                typer.echo(f"    {t('text.hint')}: {t('fmt.write_failed.hint')}", err=True)
                failed = True
                continue
            typer.echo(t("fmt.formatted", path=name))
    if broken:
        get_reporter("text")("fmt", broken, sys.stdout, use_color(sys.stdout))
    if check:
        key = "fmt.check_failed" if changed else "fmt.check_ok"
        typer.echo(t(key, changed=len(changed), files=done))
    elif diff:
        typer.echo(t("fmt.diff_summary", changed=len(changed), files=done), err=True)
    else:
        typer.echo(t("fmt.summary", changed=len(changed), files=done))
    if failed:
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_PROBLEMS if broken or (check and changed) else EXIT_OK)
