"""Dispatch to the output formats of ``bhxh-plan diff``."""

from __future__ import annotations

from typing import TextIO

from bhxh_plan.diff.model import PlanDiff


def text_like(diff: PlanDiff, fmt: str, out: TextIO) -> None:
    """Write ``text``, ``md`` or ``json`` to ``out``."""
    if fmt == "json":
        from bhxh_plan.diff.render_json import render_json

        render_json(diff, out)
        return
    import io

    from bhxh_plan.diff.render_text import render_md, render_text
    from bhxh_plan.textsafe import terminal_text

    # plan text may hold ESC/OSC sequences; text and md are read in a terminal
    buf = io.StringIO()
    (render_md if fmt == "md" else render_text)(diff, buf)
    out.write(terminal_text(buf.getvalue()))


def office(diff: PlanDiff, fmt: str) -> bytes:
    """The comparison table as ``xlsx`` or ``docx`` bytes."""
    from bhxh_plan.diff.render_office import docx_bytes, xlsx_bytes

    return xlsx_bytes(diff) if fmt == "xlsx" else docx_bytes(diff)
