"""``bhxh-plan rollup``: every plan of a batch in one view (text, JSON, spreadsheet, dashboard)."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import (
    DEFAULT_MAX_SIZE,
    EXIT_OK,
    EXIT_PROBLEMS,
    FrameworkOpt,
    JobsOpt,
    MaxSizeOpt,
    OutFormat,
    PathsArg,
    app,
    expand_or_fail,
    fail,
    load_lint_config,
    require_framework,
    run_batch,
    unreadable,
)
from bhxh_plan.i18n import t


@app.command(help="help.cmd.rollup")
def rollup(
    paths: PathsArg,
    framework: FrameworkOpt = None,
    xlsx: Annotated[Path | None, typer.Option("--xlsx", help="help.rollup.xlsx")] = None,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="help.rollup.html"),
    ] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", help="text | json")] = OutFormat.text,
    fail_on_errors: Annotated[
        bool,
        typer.Option(
            "--fail-on-errors",
            help="help.rollup.fail_on_errors",
        ),
    ] = False,
    jobs: JobsOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
) -> None:
    """Tổng hợp kế hoạch của các đơn vị: ma trận đáp ứng khung, điểm, kinh phí, chỉ tiêu."""
    from bhxh_plan import batch
    from bhxh_plan.cli._output import framework_chains, guard
    from bhxh_plan.framework import FrameworkError
    from bhxh_plan.io.output import Inputs
    from bhxh_plan.lint import LintOptions
    from bhxh_plan.rollup.build import build
    from bhxh_plan.rollup.summary import rollup_one

    loaded = load_lint_config("rollup")
    found = expand_or_fail(paths)
    files = found.files
    if not files and not found.problems:
        fail(t("rollup.no_plans", paths=", ".join(paths)), t("rollup.no_plans.hint"))
    if framework:
        require_framework(framework)
    inputs = Inputs()
    inputs.add("input", files)
    inputs.add("config", [loaded.source])
    inputs.add("framework", framework_chains([framework]))
    guard([xlsx, html], inputs)  # before the run: a wrong output fails fast
    options = LintOptions(loaded, framework, max_size=max_size)
    items = [(str(f), options) for f in files]
    results = run_batch(rollup_one, items, jobs or batch.default_jobs(), t("rollup.progress"), 1)
    results += unreadable(found)
    try:
        result = build(results)
    except FrameworkError as exc:
        fail(exc.problems[0].message, exc.problems[0].hint)
    if not result.units:
        fail(t("rollup.no_plans", paths=", ".join(paths)), t("rollup.no_plans.hint"))
    inputs.add("framework", [f for r in results for f in r.reads])
    guard([xlsx, html], inputs)
    if xlsx is not None:
        from bhxh_plan.rollup.xlsx_out import workbook_bytes

        _write(xlsx, workbook_bytes(result))
    if html is not None:
        from bhxh_plan.rollup.html_out import render_html

        _write(html, render_html(result))
    if fmt is OutFormat.json:
        from bhxh_plan.rollup.json_out import report
    else:
        from bhxh_plan.rollup.text_out import report
    report(result, sys.stdout)
    failing = result.failed or any(u.counts.errors for u in result.units)
    raise typer.Exit(EXIT_PROBLEMS if fail_on_errors and failing else EXIT_OK)


def _write(path: Path, data: bytes | str) -> None:
    from bhxh_plan.cli._output import write_or_fail

    write_or_fail(path, data)
    typer.echo(t("cli.wrote", path=str(path)), err=True)
