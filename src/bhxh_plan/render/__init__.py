"""Render a validated plan as Word, Excel, HTML and Markdown.

``build_view`` computes once what every format shows (:mod:`bhxh_plan.render.view`);
``render`` turns that view into the bytes of one format. Word and Excel are
written with python-docx and openpyxl; HTML and Markdown come from Jinja2
templates run in a sandbox (:mod:`bhxh_plan.render.templating`).
"""

from __future__ import annotations

from pathlib import Path

from bhxh_plan.render.build import build_view
from bhxh_plan.render.view import PlanView

FORMATS: tuple[str, ...] = ("docx", "xlsx", "html", "md")


def render(view: PlanView, fmt: str, template_dir: Path | None = None) -> bytes:
    """The bytes of ``view`` as ``fmt`` (one of :data:`FORMATS`).

    Raises :class:`~bhxh_plan.render.sandbox.TemplateProblem` when a user template is
    broken or exceeds the work budget.
    """
    if fmt == "docx":
        from bhxh_plan.render.docx_doc import render_docx

        return render_docx(view)
    if fmt == "xlsx":
        from bhxh_plan.render.xlsx import render_xlsx

        return render_xlsx(view)
    if fmt in ("html", "md"):
        from bhxh_plan.render.templating import render_template

        return render_template(fmt, {"view": view}, template_dir).encode("utf-8")
    raise ValueError(fmt)


__all__ = ["FORMATS", "PlanView", "build_view", "render"]
