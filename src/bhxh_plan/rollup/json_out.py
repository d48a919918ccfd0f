"""The roll-up as JSON: the documented shape (docs/rollup.md), also the dashboard's data.

New keys may be added; existing keys keep their meaning while ``version`` stays 1.
"""

from __future__ import annotations

from typing import Any, TextIO

from bhxh_plan import __version__
from bhxh_plan.i18n import t
from bhxh_plan.io import jsonsafe
from bhxh_plan.messages import keys
from bhxh_plan.problems import Problem
from bhxh_plan.rollup.build import FrameworkView, Matrix, Rollup, Unit, group_of
from bhxh_plan.rollup.coverage import State

SCHEMA_VERSION = 1


def problem(p: Problem) -> dict[str, Any]:
    """A finding in the shape of ``lint --format json`` (built directly: a batch has thousands)."""
    return {
        "file": p.file,
        "line": p.line,
        "column": p.column,
        "path": p.path,
        "rule": p.rule,
        "severity": p.severity.value,
        "message": p.message,
        "hint": p.hint,
        "citation": p.citation,
        "suggestions": list(p.suggestions),
        "waived": p.waived,
        "waiver_reason": p.waiver_reason,
    }


def _missing(unit: Unit, view: FrameworkView | None) -> list[dict[str, Any]]:
    """The requirements of the unit that are not met, with their framework names."""
    if unit.summary is None or view is None:
        return []
    out = []
    for matrix in view.matrices:
        cells = unit.summary.cells.get(matrix.id, {})
        for col in matrix.columns:
            c = cells.get(col.key)
            if c is not None and c[2] and c[0] != State.OK:
                out.append(
                    {
                        "matrix": matrix.id,
                        "key": col.key,
                        "code": col.code,
                        "name": col.name,
                        "state": c[0],
                    }
                )
    return out


def unit_dict(unit: Unit, view: FrameworkView | None) -> dict[str, Any]:
    """One plan: identity, timeliness, score, lint counts, money, targets, findings."""
    s = unit.summary
    c = unit.counts
    d: dict[str, Any] = {
        "file": unit.file,
        "status": unit.status,
        "unit": unit.label if s else unit.identity.unit,
        "parent": s.parent if s else "",
        "place": s.place if s else "",
        "level": s.level if s else unit.identity.level,
        "year": s.year if s else unit.identity.year,
        "kind": s.kind if s else unit.identity.kind,
        "framework": s.framework_id if s else None,
        "number": s.number if s else unit.identity.number,
        "date": s.date.isoformat() if s else None,
        "title": s.title if s else "",
        "deadline": s.deadline.isoformat() if s and s.deadline else None,
        "timeliness": s.timeliness if s else None,
        "duplicate": unit.duplicate,
        "counted": unit.counted and s is not None,
        "rank": unit.rank,
        "score": None,
        "missing": _missing(unit, view),
        "lint": {
            "errors": c.errors,
            "warnings": c.warnings,
            "infos": c.infos,
            "waived": c.waived,
            "placeholders": c.placeholders,
        },
        "budget": None,
        "targets": dict(s.targets) if s else {},
        "rows": s.rows if s else 0,
        "activities": s.activities if s else 0,
        "problems": [problem(p) for p in unit.problems],
    }
    if unit.score is not None:
        d["score"] = {
            "percent": unit.score.percent,
            "coverage": unit.score.coverage,
            "penalty": unit.score.penalty,
            "met": unit.score.met,
            "required": unit.score.required,
            "parts": {k: {"met": m, "required": r} for k, (m, r) in unit.score.parts.items()},
        }
    if s is not None:
        b = s.budget
        d["budget"] = {
            "total": b.total,
            "declared": b.declared,
            "lines": b.lines,
            "activities": b.activities,
            "basis": b.basis,
            "by_source": dict(b.by_source),
        }
    return d


def matrix_dict(matrix: Matrix) -> dict[str, Any]:
    """Columns, per-column count of units missing it, and one row of cells per unit."""
    rows = []
    for u in matrix.units:
        cells = u.summary.cells.get(matrix.id, {}) if u.summary else {}
        row: dict[str, Any] = {
            "file": u.file,
            "cells": {
                k: {"state": state, "count": n, "required": req}
                for k, (state, n, req) in cells.items()
            },
        }
        if u.score is not None:
            met, required = u.score.parts.get(matrix.id, (0, 0))
            row |= {"met": met, "required": required}
        rows.append(row)
    return {
        "id": matrix.id,
        "title": t(keys.ROLLUP_MATRIX[matrix.id]),
        "columns": [
            {"key": c.key, "code": c.code, "name": c.name, "sub": c.sub} for c in matrix.columns
        ],
        "missing": dict(matrix.missing),
        "rows": rows,
    }


def to_dict(rollup: Rollup) -> dict[str, Any]:
    """The whole roll-up as plain JSON values."""
    view_of = {u.file: v for v in rollup.frameworks for u in v.units}
    loaded = rollup.loaded
    scores = [u.score.percent for u in loaded if u.score and u.score.percent is not None]
    totals = [u.counts for u in rollup.units]
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "bhxh-plan", "version": __version__},
        "command": "rollup",
        "summary": {
            "files": len(rollup.units) + len(rollup.skipped),
            "plans": len(loaded),
            "failed": len(rollup.failed),
            "skipped": len(rollup.skipped),
            "duplicates": len(rollup.duplicates),
            "late": sum(1 for u in loaded if u.summary and u.summary.timeliness == "late"),
            "errors": sum(c.errors for c in totals),
            "warnings": sum(c.warnings for c in totals),
            "waived": sum(c.waived for c in totals),
            "average_score": round(sum(scores) / len(scores), 1) if scores else None,
            # loaded plans only: those that failed to load have their own count
            "with_errors": sum(1 for u in loaded if u.counts.errors),
            "with_placeholders": sum(1 for u in loaded if u.counts.placeholders),
        },
        "units": [unit_dict(u, view_of.get(u.file)) for u in rollup.units],
        "frameworks": [
            {
                "id": v.id,
                "name": v.name,
                "year": v.year,
                "path": v.path,
                "units": [u.file for u in v.units],
                "matrices": [matrix_dict(m) for m in v.matrices if m.columns],
            }
            for v in rollup.frameworks
        ],
        "duplicates": [
            {"unit": d.unit, "year": d.year, "kind": d.kind, "files": d.files}
            for d in rollup.duplicates
        ],
        "ranking": [
            {
                "rank": u.rank,
                "kind": group_of(u)[0],
                "year": group_of(u)[1],
                "file": u.file,
                "unit": u.label,
                "percent": u.score.percent if u.score else None,
            }
            for u in rollup.ranking
        ],
        "budget": {
            "total": rollup.budget_total,
            "activities": rollup.activities_total,
            "by_source": [
                {
                    "id": k,
                    "name": rollup.sources.get(k) or t("rollup.source.unspecified"),
                    "amount": v,
                }
                for k, v in rollup.by_source.items()
            ],
        },
        "targets": dict(rollup.targets),
        "skipped": list(rollup.skipped),
    }


def report(rollup: Rollup, out: TextIO) -> None:
    """Write the JSON document to ``out``, on one line (a national batch is tens of megabytes;
    ``jq .`` shows it indented)."""
    out.write(jsonsafe.dumps(to_dict(rollup), ensure_ascii=False))
    out.write("\n")
