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
    from bhxh_plan.diff.render_text import render_md, render_text

    (render_md if fmt == "md" else render_text)(diff, out)


def office(diff: PlanDiff, fmt: str) -> bytes:
    """The comparison table as ``xlsx`` or ``docx`` bytes."""
    from bhxh_plan.diff.render_office import docx_bytes, xlsx_bytes

    return xlsx_bytes(diff) if fmt == "xlsx" else docx_bytes(diff)
