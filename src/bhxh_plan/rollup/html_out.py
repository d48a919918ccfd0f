"""The roll-up as one self-contained HTML dashboard (no network: CSS and JS inline).

The page is rendered from ``templates/rollup.html.j2`` (with ``rollup_style`` and
``rollup_script``) in a sandboxed, autoescaping Jinja2 environment. Tables are
rendered on the server; the heat maps and the per-unit drill-down are drawn in
the browser from the roll-up's JSON (``json_out.to_dict``), embedded with
``tojson`` so that no plan text can close the script element. The script builds
the page with ``textContent`` only, never ``innerHTML``.
"""

from __future__ import annotations

from typing import Any

from bhxh_plan.i18n import get_lang, t
from bhxh_plan.io import jsonsafe
from bhxh_plan.io.bundled import templates_dir
from bhxh_plan.messages import keys
from bhxh_plan.model.common import Level
from bhxh_plan.rollup import labels
from bhxh_plan.rollup.build import Rollup, Unit, group_of, needs_work
from bhxh_plan.rollup.coverage import MATRICES, State
from bhxh_plan.rollup.json_out import to_dict
from bhxh_plan.rollup.score import ERROR_POINTS
from bhxh_plan.textsafe import xml_text

TEMPLATE = "rollup.html.j2"

# words the page shows, in the language of the run (the script reads them too)
_WORDS = (
    "title", "plans", "failed", "duplicates", "late", "average", "budget", "ranking", "matrices",
    "targets", "failed_list", "duplicate_list", "legend", "close", "no_findings",
    "missing", "score_parts", "findings", "noscript", "sort_hint", "framework", "units_missing",
    "count", "none", "waiver", "target", "sum", "skipped", "with_errors", "with_placeholders",
    "attention", "placeholders",
)  # fmt: skip
_DETAIL = (
    "file", "level", "year", "number", "date", "time", "status", "framework", "score", "rank",
    "findings",
)  # fmt: skip
_COLUMNS = (
    "rank", "unit", "level", "year", "number", "date", "time", "score", "met", "errors",
    "warnings", "waived", "status", "file", "total", "sum", "group",
)  # fmt: skip


def _row(u: Unit, index: int) -> dict[str, Any]:
    s, c = u.summary, u.counts
    pct = u.score.percent if u.score else None
    return {
        "index": index,
        "rank": u.rank,
        "unit": u.label,
        "level": labels.level(s.level if s else u.identity.level),
        "year": s.year if s else u.identity.year,
        "number": s.number if s else u.identity.number,
        "date": labels.day(s.date if s else None),
        "date_sort": s.date.isoformat() if s else "",
        "time": labels.timeliness(s.timeliness if s else None),
        "late": bool(s and s.timeliness == "late"),
        "score": labels.percent(pct),
        "score_sort": pct if pct is not None else -1,
        "met": f"{u.score.met}/{u.score.required}" if u.score else "",
        "errors": c.errors,
        "placeholders": c.placeholders,
        "group": labels.group(*group_of(u)) if u.rank is not None else "",
        "warnings": c.warnings,
        "waived": c.waived,
        "duplicate": u.duplicate,
        "counted": u.counted,
        "failed": u.summary is None,
        "status": t(keys.ROLLUP_STATUS[u.status]),
        "file": u.file,
        "budget": labels.money(s.budget.total) if s else "",
        "budget_sort": s.budget.total if s else -1,
        "first_error": next(
            (f"[{p.rule}] {p.message}" for p in u.problems if p.severity.value == "error"), ""
        ),
    }


def context(rollup: Rollup) -> dict[str, Any]:
    """Everything the template shows: words, table rows, totals, and the JSON data."""
    index = {u.file: i for i, u in enumerate(rollup.units)}
    ranked = {u.file for u in rollup.ranking}
    order = rollup.ranking + [u for u in rollup.units if u.file not in ranked]
    sources = list(rollup.by_source)
    data = to_dict(rollup)
    budget_rows = []
    for u in rollup.loaded:
        s = u.summary
        assert s is not None
        row = _row(u, index[u.file])
        row["by_source"] = [
            (labels.money(s.budget.by_source.get(k, 0)), s.budget.by_source.get(k, 0))
            for k in sources
        ]
        budget_rows.append(row)
    words = {w: t(keys.ROLLUP_HTML[w]) for w in _WORDS}
    words |= {f"state_{s.value}": labels.state(s.value) for s in State}
    words |= {f"matrix_{m}": labels.matrix(m) for m in (*MATRICES, "deadline")}
    words |= {f"time_{k}": labels.timeliness(k) for k in ("on_time", "late", "no_deadline")}
    words |= {f"status_{k}": t(keys.ROLLUP_STATUS[k]) for k in ("ok", "failed")}
    words |= {f"sev_{k}": t(keys.SEVERITY[k]) for k in ("error", "warning", "info")}
    words |= {f"col_{k}": t(keys.ROLLUP_COLUMN[k]) for k in _DETAIL}
    words |= {f"level_{k.value}": labels.level(k.value) for k in Level}
    words["attention_note"] = t("rollup.html.attention_note", points=ERROR_POINTS)
    return {
        "lang": get_lang(),
        "w": words,
        "col": {k: t(keys.ROLLUP_COLUMN[k]) for k in _COLUMNS},
        "summary": data["summary"],
        "total": labels.money(rollup.budget_total),
        "average": labels.percent(data["summary"]["average_score"]),
        "rows": [_row(u, index[u.file]) for u in order],
        "attention": [_row(u, index[u.file]) for u in needs_work(rollup)],
        "frameworks": [
            {
                "index": i,
                "id": v.id,
                "name": v.name,
                "year": v.year,
                "units": len(v.units),
                "matrices": [(m.id, labels.matrix(m.id)) for m in v.matrices if m.columns],
            }
            for i, v in enumerate(rollup.frameworks)
        ],
        "sources": [
            (rollup.sources.get(k) or t("rollup.source.unspecified"), labels.money(v), v)
            for k, v in rollup.by_source.items()
        ],
        "budget_rows": budget_rows,
        "targets": [(k, labels.money(v), v) for k, v in rollup.targets.items()],
        "failed": [_row(u, index[u.file]) for u in rollup.failed],
        "duplicates": data["duplicates"],
        "skipped": rollup.skipped,
        "data": data,
    }


def render_html(rollup: Rollup) -> str:
    """The dashboard page."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from bhxh_plan.io.templates import BoundedLoader

    env = SandboxedEnvironment(
        loader=BoundedLoader([templates_dir()]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # the page's embedded data must parse in every browser: no NaN/Infinity tokens
    env.policies["json.dumps_function"] = jsonsafe.dumps
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    # one filter on the whole page: no control character from plan text in the HTML
    return xml_text(env.get_template(TEMPLATE).render(**context(rollup)))
