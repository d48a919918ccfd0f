"""The roll-up as plain text for a CI log: ranking, failed plans, duplicates, gaps, totals."""

from __future__ import annotations

import io
from typing import TextIO

from bhxh_plan.i18n import t, tn
from bhxh_plan.problems import Severity
from bhxh_plan.rollup import labels
from bhxh_plan.rollup.build import Rollup, Unit, group_of, needs_work
from bhxh_plan.rollup.score import ERROR_POINTS
from bhxh_plan.textsafe import terminal_text


def _row(u: Unit) -> str:
    s, c = u.summary, u.counts
    rank = str(u.rank) if u.rank is not None else "—"
    pct = labels.percent(u.score.percent if u.score else None)
    due = labels.timeliness(s.timeliness if s else None)
    flag = f" [{t('rollup.duplicate')}]" if u.duplicate else ""
    return (
        f"{rank:>5}  {pct:>7}  {c.errors:>4}  {c.warnings:>5}  {c.waived:>5}  {due:<16}"
        f"{labels.level(s.level if s else ''):<11}{s.year if s else '':<6}"
        f"{(s.number if s else ''):<15}{u.label} ({u.file}){flag}"
    )


def report(rollup: Rollup, out: TextIO) -> None:
    """Write the roll-up for people reading a terminal or a CI log."""
    # unit names, numbers and messages are plan text: no control sequence reaches the terminal
    buf = io.StringIO()
    _report(rollup, buf)
    out.write(terminal_text(buf.getvalue()))


def _report(rollup: Rollup, out: TextIO) -> None:
    loaded, failed = rollup.loaded, rollup.failed
    late = sum(1 for u in loaded if u.summary and u.summary.timeliness == "late")
    n_files = len(rollup.units) + len(rollup.skipped)
    out.write(
        t(
            "rollup.text.head",
            files=tn(n_files, "rollup.n.files.one", "rollup.n.files"),
            plans=tn(len(loaded), "rollup.n.loaded.one", "rollup.n.loaded"),
            failed=len(failed),
            duplicates=tn(len(rollup.duplicates), "rollup.n.duplicates.one", "rollup.n.duplicates"),
            late=tn(late, "rollup.n.late.one", "rollup.n.late"),
        )
        + "\n"
    )
    _attention(rollup, out)
    if rollup.ranking:
        out.write("\n" + t("rollup.text.ranking", points=ERROR_POINTS) + "\n")
        group: tuple[str, int] | None = None
        for u in rollup.ranking:
            if group_of(u) != group:
                group = group_of(u)
                out.write("\n" + labels.group(*group) + ":\n" + t("rollup.text.columns") + "\n")
            out.write(_row(u) + "\n")
    unranked = [u for u in loaded if u.rank is None]
    if unranked:
        out.write("\n" + t("rollup.text.unranked") + "\n")
        for u in unranked:
            out.write(_row(u) + "\n")
    if failed:
        out.write("\n" + t("rollup.text.failed", count=len(failed)) + "\n")
        for u in failed:
            first = next((p for p in u.problems if p.severity is Severity.ERROR), None)
            where = f"{u.file}:{first.line}:{first.column or 1}" if first and first.line else u.file
            reason = f"[{first.rule}] {first.message}" if first else ""
            out.write(f"  {where}: {reason}\n")
    if rollup.duplicates:
        out.write("\n" + t("rollup.text.duplicates", count=len(rollup.duplicates)) + "\n")
        counted = {u.file for u in rollup.units if u.counted and u.duplicate and u.summary}
        for d in rollup.duplicates:
            kept = ", ".join(f for f in d.files if f in counted) or "—"
            files = ", ".join(d.files)
            out.write(f"  {d.unit}, {d.year}: {files} ({t('rollup.text.counted', file=kept)})\n")
    if rollup.skipped:
        out.write("\n" + t("rollup.text.skipped", files=", ".join(rollup.skipped)) + "\n")
    for view in rollup.frameworks:
        gaps = [
            (m, col, m.missing[col.key])
            for m in view.matrices
            for col in m.columns
            if m.missing.get(col.key)
        ]
        plans = tn(len(view.units), "rollup.n.plans.one", "rollup.n.plans")
        head = t("rollup.text.gaps", framework=view.id, plans=plans)
        out.write(f"\n{head}\n")
        if not gaps:
            out.write("  " + t("rollup.text.no_gaps") + "\n")
        for m, col, n in gaps:
            code = f"{col.code}. " if col.code else ""
            out.write(f"  {labels.matrix(m.id)}: {code}{col.name} — {n}\n")
    _totals(rollup, out)


def _attention(rollup: Rollup, out: TextIO) -> None:
    """Plans with open errors or placeholders, most first: before any score is read."""
    todo = needs_work(rollup)
    if not todo:
        return
    out.write("\n" + t("rollup.text.attention", count=len(todo)) + "\n")
    for u in todo:
        c = u.counts
        pct = labels.percent(u.score.percent if u.score else None)
        counts = t(
            "rollup.text.attention.counts", errors=c.errors, placeholders=c.placeholders, score=pct
        )
        out.write(f"  {u.label} ({u.file}): {counts}\n")


def _totals(rollup: Rollup, out: TextIO) -> None:
    out.write("\n" + t("rollup.text.budget", total=labels.money(rollup.budget_total)) + "\n")
    for src, amount in rollup.by_source.items():
        name = rollup.sources.get(src) or t("rollup.source.unspecified")
        out.write(f"  {name} ({src or '—'}): {labels.money(amount)}\n")
    if rollup.targets:
        out.write("\n" + t("rollup.text.targets") + "\n")
        for key, value in rollup.targets.items():
            out.write(f"  {key}: {labels.money(value)}\n")
