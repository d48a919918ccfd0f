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
    unreadable,
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

    from bhxh_plan.cli._output import expand_in_trees, report_write_error, warn_outside
    from bhxh_plan.fmt import FormatError, format_bytes
    from bhxh_plan.io.loader import LoadError, load_file
    from bhxh_plan.io.output import write_file
    from bhxh_plan.report import FileResult, get_reporter
    from bhxh_plan.textsafe import shown

    found, outside = expand_in_trees(paths)
    broken: list[FileResult] = unreadable(found)
    changed: list[Path] = []
    failed = False
    done = refused = 0
    for path in found.files:
        name = shown(str(path))  # for messages: the file is opened by ``path``
        try:
            doc = load_file(path)
            result = format_bytes(doc.raw, name, doc)
        except LoadError as exc:
            broken.append(FileResult(name, "plan", [exc.problem(name)]))
            continue
        except FormatError as exc:
            typer.echo(f"bhxh-plan: {t('cli.error')}: {exc.message(name)}", err=True)
            typer.echo(f"    {t('text.hint')}: {exc.hint()}", err=True)
            failed = True
            refused += 1
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
        elif diff:
            continue
        elif path in outside:
            changed.pop()  # reported, not rewritten: the tree given does not hold it
            warn_outside(path, outside[path])
        else:
            try:
                write_file(path, result.data)  # keeps owner, mode and hard links
            except OSError as exc:
                report_write_error(path, exc)
                failed = True
                continue
            typer.echo(t("fmt.formatted", path=name))
    if broken:
        get_reporter("text")("fmt", broken, sys.stdout, use_color(sys.stdout))
    not_done = len(broken) + refused
    if check and (changed or done or not not_done):
        key = "fmt.check_failed" if changed else "fmt.check_ok"
        typer.echo(t(key, changed=len(changed), files=done))
    elif diff:
        typer.echo(t("fmt.diff_summary", changed=len(changed), files=done), err=True)
    else:
        typer.echo(t("fmt.summary", changed=len(changed), files=done))
    if not_done:  # never let "0 files, all canonical" stand alone when files were skipped
        typer.echo(t("fmt.not_done", count=not_done))
    if failed:
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_PROBLEMS if broken or (check and changed) else EXIT_OK)
