"""``bhxh-plan render``: the plan as .docx, .xlsx, .html and .md files."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from bhxh_plan.cli._app import EXIT_OK, EXIT_PROBLEMS, app, fail, use_color
from bhxh_plan.i18n import t

if TYPE_CHECKING:
    from bhxh_plan.io.output import Inputs
    from bhxh_plan.validate import Checked

_FORMATS = ("docx", "xlsx", "html", "md")


def _targets(plan: Path, out_dir: Path | None, named: dict[str, Path | None]) -> dict[str, Path]:
    targets: dict[str, Path] = {}
    if out_dir is not None:
        targets = {fmt: out_dir / f"{plan.stem}.{fmt}" for fmt in _FORMATS}
    targets.update({fmt: path for fmt, path in named.items() if path is not None})
    return {fmt: targets[fmt] for fmt in _FORMATS if fmt in targets}


def _inputs(plan: Path, template_dir: Path | None, chain: "list[Path]") -> "Inputs":
    from bhxh_plan.io.output import Inputs, template_files

    inputs = Inputs()
    inputs.add("input", [plan])
    inputs.add("framework", chain)
    if template_dir is not None:
        inputs.add("template", template_files(template_dir))
    return inputs


@app.command(help="help.cmd.render")
def render(
    plan: Annotated[
        Path | None, typer.Argument(help="help.render.plan", show_default=False)
    ] = None,
    docx: Annotated[Path | None, typer.Option("--docx", help="help.render.docx")] = None,
    xlsx: Annotated[Path | None, typer.Option("--xlsx", help="help.render.xlsx")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="help.render.html")] = None,
    md: Annotated[Path | None, typer.Option("--md", help="help.render.md")] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out-dir", "-o", help="help.render.out_dir"),
    ] = None,
    template_dir: Annotated[
        Path | None,
        typer.Option("--template-dir", help="help.render.template_dir"),
    ] = None,
    export_templates: Annotated[
        Path | None,
        typer.Option("--export-templates", help="help.render.export_templates"),
    ] = None,
) -> None:
    """Xuất kế hoạch ra Word, Excel, HTML, Markdown (render)."""
    named = {"docx": docx, "xlsx": xlsx, "html": html, "md": md}
    if export_templates is not None:
        if (
            plan is not None
            or out_dir is not None
            or template_dir is not None
            or any(named.values())
        ):
            fail(t("render.export_alone"), t("render.export_alone.hint"))
        _export(export_templates)
    if plan is None:  # optional only so that --export-templates can go without it
        fail(t("cli.missing_argument", name="PLAN"), t("cli.try_help", command="bhxh-plan render"))
    targets = _targets(plan, out_dir, named)
    if not targets:
        fail(t("render.no_output"), t("render.no_output.hint"))
    if not plan.exists():
        fail(t("cli.path_missing", path=str(plan)), t("load.not_found.hint"))
    if plan.is_dir():
        fail(t("render.plan_is_dir", path=plan))
    if template_dir is not None and not template_dir.is_dir():
        fail(
            t("render.template_dir_missing", path=template_dir),
            t("render.template_dir_missing.hint"),
        )
    from bhxh_plan.cli._output import guard
    from bhxh_plan.commands.base import exit_code
    from bhxh_plan.report import FileResult, get_reporter
    from bhxh_plan.validate import check_file

    guard(list(targets.values()), _inputs(plan, template_dir, []))

    checked = check_file(plan)
    if not checked.ok or checked.plan is None or checked.framework is None:
        result = FileResult(str(plan), checked.kind, checked.problems)
        get_reporter("text")("render", [result], sys.stdout, use_color(sys.stdout))
        typer.echo(t("render.invalid", path=plan), err=True)
        raise typer.Exit(exit_code(checked.problems, lambda p: True) or EXIT_PROBLEMS)
    guard(list(targets.values()), _inputs(plan, template_dir, checked.framework.chain))
    _write_all(checked, targets, template_dir)
    raise typer.Exit(EXIT_OK)


def _write_all(checked: "Checked", targets: dict[str, Path], template_dir: Path | None) -> None:
    from bhxh_plan.cli._output import write_or_fail
    from bhxh_plan.render import build_view, render
    from bhxh_plan.render.sandbox import TemplateProblem
    from bhxh_plan.textsafe import shown

    assert checked.plan is not None and checked.framework is not None
    view = build_view(checked.plan, checked.framework.framework, checked.path)
    payloads: dict[Path, bytes] = {}
    # render everything first: a broken template leaves no half-written set of files
    for fmt, path in targets.items():
        try:
            payloads[path] = render(view, fmt, template_dir)
        except TemplateProblem as exc:
            fail(
                t("render.template_error", where=exc.where, error=exc.message),
                t("render.template_error.hint"),
            )
    for path, data in payloads.items():
        write_or_fail(path, data)
        typer.echo(t("render.wrote", path=shown(str(path))))


def _export(folder: Path) -> NoReturn:
    from bhxh_plan.io.bundled import export_templates
    from bhxh_plan.io.output import OutputError, describe
    from bhxh_plan.textsafe import shown

    try:
        written = export_templates(folder)
    except OutputError as exc:
        fail(exc.message, exc.hint)
    except OSError as exc:
        err = describe(exc.filename or folder, exc)
        fail(err.message, err.hint)
    typer.echo(t("render.exported", count=len(written), path=shown(str(folder))))
    raise typer.Exit(EXIT_OK)
