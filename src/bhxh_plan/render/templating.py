"""Jinja2 templates for the HTML and Markdown outputs, in a sandbox.

Templates are looked up, first match wins, in: the ``--template-dir`` of the
user; the bundled templates, the top-level ``templates/`` folder, which is installed
as the package ``bhxh_plan.templates`` (:mod:`bhxh_plan.io.bundled`).

Every template runs in a ``SandboxedEnvironment`` with autoescaping and a work budget
(:mod:`bhxh_plan.render.sandbox`). Plan text
reaches templates only as data: it is never compiled as a template, so
``{{ 7*7 }}`` written in a plan is printed as it is. In Markdown, every printed
value is escaped for Markdown and HTML alike (``md_escape``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined
from markupsafe import Markup, escape

from bhxh_plan.io.bundled import templates_dir
from bhxh_plan.io.templates import BoundedLoader
from bhxh_plan.render.sandbox import BudgetSandbox, user_problem

TEMPLATES = {"html": "plan.html.j2", "md": "plan.md.j2"}

# characters that are Markdown syntax anywhere in a line (GitHub flavour, with math)
_INLINE = re.compile(r"([\\`*_\[\]|~$])")
# constructs that are Markdown syntax only at the start of a line
_LINE_START = re.compile(r"^(\s*)(#|>|-|\+|=|(\d+)([.)])(?=\s|$))")


def template_dirs(user_dir: Path | None = None) -> list[Path]:
    """Where templates are looked for, first match wins."""
    return [user_dir, templates_dir()] if user_dir is not None else [templates_dir()]


def _inline(text: str) -> str:
    html = str(escape(text)).replace("&#39;", "'").replace("&#34;", '"')
    return _INLINE.sub(r"\\\1", html)


def md_escape(value: object) -> Markup:
    """Text safe to put in Markdown: HTML-escaped, syntax characters backslash-escaped."""
    lines = []
    for line in str(value).split("\n"):
        line = _inline(line)
        m = _LINE_START.match(line)
        if m:
            start = m.start(2) if m.group(3) is None else m.start(4)
            line = line[:start] + "\\" + line[start:]
        lines.append(line)
    return Markup("\n".join(lines))


def md_cell(value: object) -> Markup:
    """A Markdown table cell: inline escaping, line breaks as ``<br>``."""
    return Markup("<br>".join(_inline(line) for line in str(value or "").split("\n")))


def html_lines(value: object) -> Markup:
    """HTML text with its line breaks kept (``<br>``)."""
    return Markup("<br>").join(escape(line) for line in str(value or "").split("\n"))


def _md_finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    return md_escape("" if value is None else value)


def environment(kind: str, user_dir: Path | None = None) -> BudgetSandbox:
    """The sandboxed, autoescaping environment for ``kind`` ("html" or "md")."""
    env = BudgetSandbox(
        loader=BoundedLoader(template_dirs(user_dir)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_md_finalize if kind == "md" else None,
    )
    env.filters["md_cell"] = md_cell
    env.filters["md"] = md_escape
    env.filters["br"] = html_lines
    return env


def render_template(kind: str, context: dict[str, Any], user_dir: Path | None = None) -> str:
    """Render the ``kind`` template with ``context``.

    Raises :class:`~bhxh_plan.render.sandbox.TemplateProblem` (file, line, what) when a
    template of ``user_dir`` is broken or exceeds the work budget.
    """
    from bhxh_plan.textsafe import xml_text

    env = environment(kind, user_dir)
    try:
        # plan text is cleaned when the view is built; this also covers what a template adds
        return xml_text(env.render_bounded(TEMPLATES[kind], context))
    except Exception as exc:  # RecursionError, MemoryError and the budget's own included
        problem = user_problem(exc, user_dir) if user_dir is not None else None
        if problem is None:
            raise
        raise problem from exc
