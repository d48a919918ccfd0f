"""Tables from a value shown by name to its message key, written out literally.

A key built from a value (``t(f"sev.{severity}")``) is invisible to the test that
checks every key exists (``tests/test_keys_literal.py``); a table here names every
key, so a renamed or missing message fails that test instead of a user's run.
Look values up with ``t(TABLE[value])``.
"""

from __future__ import annotations

from typing import Final

# severity (and ``waived``) → its label
SEVERITY: Final[dict[str, str]] = {
    "error": "sev.error",
    "warning": "sev.warning",
    "info": "sev.info",
    "waived": "sev.waived",
}


# kind of framework item → its noun
KIND: Final[dict[str, str]] = {
    "group": "kind.group",
    "subgroup": "kind.subgroup",
    "form": "kind.form",
    "event": "kind.event",
    "area": "kind.area",
    "report": "kind.report",
    "source": "kind.source",
    "objective": "kind.objective",
    "campaign": "kind.campaign",
    "level": "kind.level",
    "cite": "kind.cite",
    "duplicate": "kind.duplicate",
}


# YAML value type → its noun
TYPE: Final[dict[str, str]] = {
    "text": "type.text",
    "int": "type.int",
    "float": "type.float",
    "number": "type.number",
    "bool": "type.bool",
    "date": "type.date",
    "list": "type.list",
    "dict": "type.dict",
    "null": "type.null",
}


# plan section → its heading in a comparison
DIFF_SECTION: Final[dict[str, str]] = {
    "plan": "diff.section.plan",
    "document": "diff.section.document",
    "purposes": "diff.section.purposes",
    "requirements": "diff.section.requirements",
    "content_areas": "diff.section.content_areas",
    "scenario": "diff.section.scenario",
    "activities": "diff.section.activities",
    "funding": "diff.section.funding",
    "responsibilities": "diff.section.responsibilities",
    "reporting": "diff.section.reporting",
    "campaign": "diff.section.campaign",
}


# field → its name in a comparison
DIFF_FIELD: Final[dict[str, str]] = {
    "framework": "diff.field.framework",
    "kind": "diff.field.kind",
    "year": "diff.field.year",
    "level": "diff.field.level",
    "issuer.parent": "diff.field.issuer.parent",
    "issuer.unit": "diff.field.issuer.unit",
    "number": "diff.field.number",
    "place": "diff.field.place",
    "date": "diff.field.date",
    "title": "diff.field.title",
    "preamble": "diff.field.preamble",
    "signer.authority": "diff.field.signer.authority",
    "signer.title": "diff.field.signer.title",
    "signer.name": "diff.field.signer.name",
    "subject": "diff.field.subject",
    "entry": "diff.field.entry",
    "form": "diff.field.form",
    "form_text": "diff.field.form_text",
    "channel": "diff.field.channel",
    "frequency": "diff.field.frequency",
    "method": "diff.field.method",
    "lead": "diff.field.lead",
    "partners": "diff.field.partners",
    "coordination": "diff.field.coordination",
    "tasks": "diff.field.tasks",
    "languages": "diff.field.languages",
    "respected_persons": "diff.field.respected_persons",
    "name": "diff.field.name",
    "event": "diff.field.event",
    "groups": "diff.field.groups",
    "description": "diff.field.description",
    "budget": "diff.field.budget",
    "funding": "diff.field.funding",
    "target": "diff.field.target",
    "sources": "diff.field.sources",
    "total": "diff.field.total",
    "notes": "diff.field.notes",
    "source": "diff.field.source",
    "amount": "diff.field.amount",
    "deadline": "diff.field.deadline",
    "recipient": "diff.field.recipient",
    "theme": "diff.field.theme",
    "message": "diff.field.message",
    "texts": "diff.field.texts",
    "channels": "diff.field.channels",
    "media": "diff.field.media",
    "dates": "diff.field.dates",
}


# entity kind → its noun in a comparison
DIFF_ENTITY: Final[dict[str, str]] = {
    "legal_basis": "diff.entity.legal_basis",
    "recipient": "diff.entity.recipient",
    "purpose": "diff.entity.purpose",
    "requirement": "diff.entity.requirement",
    "content_area": "diff.entity.content_area",
    "detail": "diff.entity.detail",
    "scenario_entry": "diff.entity.scenario_entry",
    "row": "diff.entity.row",
    "activity": "diff.entity.activity",
    "budget_line": "diff.entity.budget_line",
    "responsibility": "diff.entity.responsibility",
    "task": "diff.entity.task",
    "report": "diff.entity.report",
    "campaign": "diff.entity.campaign",
    "slogan": "diff.entity.slogan",
    "matrix_row": "diff.entity.matrix_row",
}


# entity kind → what a reordering of it is called
DIFF_ORDER: Final[dict[str, str]] = {
    "legal_basis": "diff.order.legal_basis",
    "recipient": "diff.order.recipient",
    "purpose": "diff.order.purpose",
    "requirement": "diff.order.requirement",
    "content_area": "diff.order.content_area",
    "detail": "diff.order.detail",
    "scenario_entry": "diff.order.scenario_entry",
    "row": "diff.order.row",
    "activity": "diff.order.activity",
    "budget_line": "diff.order.budget_line",
    "responsibility": "diff.order.responsibility",
    "task": "diff.order.task",
    "report": "diff.order.report",
    "slogan": "diff.order.slogan",
    "matrix_row": "diff.order.matrix_row",
}


# plan level → its name in a rollup
ROLLUP_LEVEL: Final[dict[str, str]] = {
    "national": "rollup.level.national",
    "province": "rollup.level.province",
    "region": "rollup.level.region",
    "district": "rollup.level.district",
    "commune": "rollup.level.commune",
}


# matrix cell state → its word
ROLLUP_STATE: Final[dict[str, str]] = {
    "ok": "rollup.state.ok",
    "missing": "rollup.state.missing",
    "outside": "rollup.state.outside",
    "extra": "rollup.state.extra",
    "na": "rollup.state.na",
}


# timeliness → its word
ROLLUP_TIME: Final[dict[str, str]] = {
    "on_time": "rollup.time.on_time",
    "late": "rollup.time.late",
    "no_deadline": "rollup.time.no_deadline",
}


# matrix → its title
ROLLUP_MATRIX: Final[dict[str, str]] = {
    "groups": "rollup.matrix.groups",
    "forms": "rollup.matrix.forms",
    "events": "rollup.matrix.events",
    "areas": "rollup.matrix.areas",
    "reports": "rollup.matrix.reports",
    "deadline": "rollup.matrix.deadline",
}


# load status of a plan → its word
ROLLUP_STATUS: Final[dict[str, str]] = {
    "ok": "rollup.status.ok",
    "failed": "rollup.status.failed",
}


# rollup column → its heading
ROLLUP_COLUMN: Final[dict[str, str]] = {
    "rank": "rollup.col.rank",
    "unit": "rollup.col.unit",
    "level": "rollup.col.level",
    "year": "rollup.col.year",
    "framework": "rollup.col.framework",
    "number": "rollup.col.number",
    "date": "rollup.col.date",
    "deadline": "rollup.col.deadline",
    "time": "rollup.col.time",
    "score": "rollup.col.score",
    "met": "rollup.col.met",
    "errors": "rollup.col.errors",
    "warnings": "rollup.col.warnings",
    "waived": "rollup.col.waived",
    "duplicate": "rollup.col.duplicate",
    "status": "rollup.col.status",
    "file": "rollup.col.file",
    "missing_units": "rollup.col.missing_units",
    "total": "rollup.col.total",
    "lines": "rollup.col.lines",
    "activities": "rollup.col.activities",
    "counted": "rollup.col.counted",
    "not_counted": "rollup.col.not_counted",
    "sum": "rollup.col.sum",
    "line": "rollup.col.line",
    "rule": "rollup.col.rule",
    "severity": "rollup.col.severity",
    "path": "rollup.col.path",
    "message": "rollup.col.message",
    "hint": "rollup.col.hint",
    "findings": "rollup.col.findings",
    "group": "rollup.col.group",
    "placeholders": "rollup.col.placeholders",
}


# word of the HTML rollup → its text
ROLLUP_HTML: Final[dict[str, str]] = {
    "title": "rollup.html.title",
    "plans": "rollup.html.plans",
    "failed": "rollup.html.failed",
    "duplicates": "rollup.html.duplicates",
    "late": "rollup.html.late",
    "average": "rollup.html.average",
    "budget": "rollup.html.budget",
    "ranking": "rollup.html.ranking",
    "matrices": "rollup.html.matrices",
    "targets": "rollup.html.targets",
    "failed_list": "rollup.html.failed_list",
    "duplicate_list": "rollup.html.duplicate_list",
    "legend": "rollup.html.legend",
    "close": "rollup.html.close",
    "no_findings": "rollup.html.no_findings",
    "missing": "rollup.html.missing",
    "score_parts": "rollup.html.score_parts",
    "findings": "rollup.html.findings",
    "noscript": "rollup.html.noscript",
    "sort_hint": "rollup.html.sort_hint",
    "framework": "rollup.html.framework",
    "units_missing": "rollup.html.units_missing",
    "count": "rollup.html.count",
    "none": "rollup.html.none",
    "waiver": "rollup.html.waiver",
    "target": "rollup.html.target",
    "sum": "rollup.html.sum",
    "skipped": "rollup.html.skipped",
    "with_errors": "rollup.html.with_errors",
    "with_placeholders": "rollup.html.with_placeholders",
    "attention": "rollup.html.attention",
    "attention_note": "rollup.html.attention_note",
    "placeholders": "rollup.html.placeholders",
}


# option ``init`` asks for → its prompt
INIT_ASK: Final[dict[str, str]] = {
    "framework": "init.ask.framework",
    "unit": "init.ask.unit",
    "level": "init.ask.level",
    "year": "init.ask.year",
}
