"""``bhxh-plan render``: the plan as .docx, .xlsx, .html and .md files."""

from pathlib import Path
from typing import Annotated

import typer

from bhxh_plan.cli._app import app


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
        Path | None, typer.Option("--out-dir", "-o", help="help.render.out_dir")
    ] = None,
    template_dir: Annotated[
        Path | None, typer.Option("--template-dir", help="help.render.template_dir")
    ] = None,
    export_templates: Annotated[
        Path | None, typer.Option("--export-templates", help="help.render.export_templates")
    ] = None,
) -> None:
    """Xuất kế hoạch ra Word, Excel, HTML, Markdown (render)."""
    from bhxh_plan.commands.render import Options, run

    options = Options(plan, docx, xlsx, html, md, out_dir, template_dir, export_templates)
    raise typer.Exit(run(options).code)
