"""The comparison as JSON (stable shape, documented in docs/diff.md)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, TextIO

from bhxh_plan import __version__
from bhxh_plan.diff.describe import line
from bhxh_plan.diff.model import PlanDiff
from bhxh_plan.io import jsonsafe

VERSION = 1


def as_json(diff: PlanDiff) -> dict[str, Any]:
    """The JSON document: version, both sides, summary, budget totals, changes."""
    return {
        "version": VERSION,
        "tool": {"name": "bhxh-plan", "version": __version__},
        "command": "diff",
        "old": {"file": diff.old_name, "title": diff.old_title},
        "new": {"file": diff.new_name, "title": diff.new_title},
        "same": diff.same,
        "summary": diff.counts(),
        "budget": {"old": asdict(diff.old_budget), "new": asdict(diff.new_budget)},
        "changes": [
            {
                "op": c.op.value,
                "section": c.section,
                "path": c.path,
                "entity": c.entity,
                "field": c.field,
                "where": c.where,
                "old": c.old,
                "new": c.new,
                "old_text": c.old_text,
                "new_text": c.new_text,
                "added": list(c.added),
                "removed": list(c.removed),
                "text": line(c),
            }
            for c in diff.changes
        ],
    }


def render_json(diff: PlanDiff, out: TextIO) -> None:
    jsonsafe.dump(as_json(diff), out, ensure_ascii=False, indent=2)
    out.write("\n")
