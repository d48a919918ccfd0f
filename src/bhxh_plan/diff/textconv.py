"""A stable, line-oriented rendering of one plan for ``git diff`` (textconv).

Every line names what it is about ("Dòng kịch bản x › Đơn vị chủ trì: …"), so
a changed line in ``git diff`` reads as a change of that field even when the
hunk shows no context. Keyed entities are listed by id and their order is one
line of its own, so moving a row changes a single "thứ tự" line.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bhxh_plan.diff.describe import cap, label, noun
from bhxh_plan.diff.labels import Labels
from bhxh_plan.diff.plan_diff import ACTIVITY_FIELDS, budget_of, dates_text
from bhxh_plan.diff.scenario import ROW_FIELDS
from bhxh_plan.framework import FrameworkError, load_framework
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import LoadError, load_bytes
from bhxh_plan.messages.keys import DIFF_SECTION
from bhxh_plan.model.framework import Framework
from bhxh_plan.model.plan import Plan
from bhxh_plan.textsafe import terminal_text
from bhxh_plan.validate import is_framework_data


class _Lines:
    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.out: list[str] = []

    def add(self, where: str, name: str, value: Any, kind: str = "") -> None:
        """``where › Label: value``; one line per item for lists; nothing when empty."""
        head = f"{where} › {cap(label(name))}" if name else where
        values = value if isinstance(value, list) else [value]
        for v in values:
            shown = self.labels.value(kind or name.rsplit(".", 1)[-1], v)
            if shown:
                prefix = "- " if isinstance(value, list) else ""
                self.out.append(f"{head}: {prefix}{' / '.join(shown.splitlines())}")

    def order(self, where: str, keys: Iterable[str]) -> None:
        keys = list(keys)
        if len(keys) > 1:
            self.out.append(f"{where} › {cap(t('diff.textconv.order'))}: {', '.join(keys)}")


def render(plan: Plan, fw: Framework | None) -> str:
    """The plan as lines, section by section."""
    lab = Labels(fw)
    w = _Lines(lab)
    sec = {name: t(DIFF_SECTION[name]) for name in ("plan", "document", "funding")}
    for name in ("framework", "kind", "year", "level"):
        w.add(sec["plan"], name, getattr(plan, name))
    d = plan.document
    doc = sec["document"]
    for name, value in (
        ("issuer.parent", d.issuer.parent),
        ("issuer.unit", d.issuer.unit),
        ("number", d.number),
        ("place", d.place),
        ("date", d.date),
        ("title", d.title),
        ("preamble", d.preamble),
        ("signer.authority", d.signer.authority),
        ("signer.title", d.signer.title),
        ("signer.name", d.signer.name),
    ):
        w.add(doc, name, value)
    w.add(f"{doc} › {cap(noun('legal_basis'))}", "", d.legal_bases)
    w.add(f"{doc} › {cap(noun('recipient'))}", "", d.recipients)
    w.add(t("diff.section.purposes"), "", plan.purposes)
    w.add(t("diff.section.requirements"), "", plan.requirements)
    for area in sorted(plan.content_areas, key=lambda a: a.area):
        w.out.append(f"{t('diff.section.content_areas')}: {lab.ref('area', area.area)}")
        w.add(f"{cap(noun('content_area'))} {area.area}", "", area.details)
    w.order(t("diff.section.content_areas"), (a.area for a in plan.content_areas))
    _scenario(w, plan)
    _activities(w, plan)
    _funding(w, plan, sec["funding"])
    for resp in sorted(plan.responsibilities, key=lambda r: r.unit):
        w.add(f"{t('diff.section.responsibilities')} › {resp.unit}", "", resp.tasks)
    for rep in sorted(plan.reporting, key=lambda r: r.report):
        where = f"{t('diff.section.reporting')} › {lab.ref('report', rep.report)}"
        w.out.append(where)
        w.add(where, "deadline", rep.deadline)
        w.add(where, "recipient", rep.recipient)
    if plan.campaign is not None:
        camp, where = plan.campaign, t("diff.section.campaign")
        w.add(where, "theme", camp.theme)
        w.add(where, "message", camp.message)
        for s in sorted(camp.slogans, key=lambda s: s.group):
            w.add(t("diff.where.slogans", group=lab.ref("group", s.group)), "", s.texts)
        for m in camp.matrix:
            mw = t(
                "diff.where.matrix",
                objective=lab.ref("objective", m.objective),
                campaign=lab.ref("campaign", m.campaign),
            )
            for name in ("groups", "channels", "media"):
                w.add(mw, name, getattr(m, name))
    return "\n".join([t("diff.textconv.header"), *w.out]) + "\n"


def _scenario(w: _Lines, plan: Plan) -> None:
    section = t("diff.section.scenario")
    keys = []
    for entry in plan.scenario:
        key = f"{entry.group}/{entry.subgroup}" if entry.subgroup else entry.group
        keys.append(key)
        where = f"{section} › {w.labels.entry(entry.group, entry.subgroup)}"
        w.add(where, "subject", entry.subject)
        w.order(where, (r.id for r in entry.rows))
    w.order(section, keys)
    rows = [(e, r) for e in plan.scenario for r in e.rows]
    for entry, row in sorted(rows, key=lambda er: er[1].id):
        where = f"{cap(noun('row'))} {row.id}"
        w.out.append(
            f"{where} › {cap(label('entry'))}: {w.labels.entry(entry.group, entry.subgroup)}"
        )
        for name in ROW_FIELDS:
            w.add(where, name, getattr(row, name))


def _activities(w: _Lines, plan: Plan) -> None:
    for act in sorted(plan.activities, key=lambda a: a.id):
        where = f"{cap(noun('activity'))} {act.id}"
        w.add(where, "name", act.name)
        w.out.append(f"{where} › {cap(label('dates'))}: {dates_text(act)}")
        for name in ACTIVITY_FIELDS[1:]:
            w.add(where, name, getattr(act, name))
        w.add(where, "budget", act.budget)
        w.add(where, "funding", act.funding)
        for key, value in act.targets.items():
            w.add(where, f"targets.{key}", value)
    w.order(t("diff.section.activities"), (a.id for a in plan.activities))


def _funding(w: _Lines, plan: Plan, where: str) -> None:
    if plan.funding is not None:
        f = plan.funding
        w.add(where, "sources", f.sources)
        w.add(where, "total", f.total)
        w.add(where, "notes", f.notes)
        for line in sorted(f.lines, key=lambda x: x.id):
            lw = f"{cap(noun('budget_line'))} {line.id}"
            for name in ("name", "source", "amount"):
                w.add(lw, name, getattr(line, name))
        w.order(where, (x.id for x in f.lines))
    b = budget_of(plan)
    w.out.append(f"{where} › {t('diff.budget.lines')}: {w.labels.value('amount', b.lines)}")
    w.out.append(
        f"{where} › {t('diff.budget.activities')}: {w.labels.value('amount', b.activities)}"
    )


def textconv_bytes(raw: bytes, path: Path) -> bytes:
    """What git shows for ``raw``: the plan rendering, or ``raw`` itself for anything else."""
    try:
        doc = load_bytes(raw, str(path))
        if not isinstance(doc.data, dict) or is_framework_data(doc.data):
            return raw
        plan = Plan.model_validate(doc.data)
    except (LoadError, ValidationError):
        return raw
    try:
        fw: Framework | None = load_framework(plan.framework, path.parent, str(path)).framework
    except FrameworkError:
        fw = None
    # git prints this in a terminal: plan text shows control characters as escapes
    return terminal_text(render(plan, fw)).encode("utf-8")
