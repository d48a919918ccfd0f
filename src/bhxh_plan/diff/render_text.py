"""The comparison as plain text (terminal) or Markdown (pull-request comments)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TextIO

from bhxh_plan.diff.describe import PLAIN, Style, line
from bhxh_plan.diff.labels import money
from bhxh_plan.diff.model import SECTIONS, Budget, Change, PlanDiff
from bhxh_plan.i18n import t
from bhxh_plan.messages import keys

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md_escape(text: str) -> str:
    """Plan text that Markdown shows as written."""
    return _MD_SPECIAL.sub(r"\\\1", text)


MD = Style(
    old=lambda s: f"~~{md_escape(s)}~~" if s else s,
    new=lambda s: f"**{md_escape(s)}**" if s else s,
    item=lambda s: f"“{s}”",
    text=md_escape,
)


def by_section(diff: PlanDiff) -> Iterator[tuple[str, list[Change]]]:
    """Sections in plan order, each with its changes."""
    for section in SECTIONS:
        changes = [c for c in diff.changes if c.section == section]
        if changes:
            yield section, changes


def _sections(diff: PlanDiff, style: Style = PLAIN) -> Iterator[tuple[str, list[str]]]:
    """Each section's heading, with the lines of its changes."""
    for section, changes in by_section(diff):
        yield t(keys.DIFF_SECTION[section]), [line(c, style) for c in changes]


def budget_rows(diff: PlanDiff) -> list[tuple[str, str, str]]:
    """(label, before, after) of the three budget totals."""

    def show(b: Budget) -> tuple[str, str, str]:
        total = money(b.total) if b.total is not None else t("diff.budget.none")
        return total, money(b.lines), money(b.activities)

    old, new = show(diff.old_budget), show(diff.new_budget)
    names = (t("diff.budget.total"), t("diff.budget.lines"), t("diff.budget.activities"))
    return list(zip(names, old, new, strict=True))


def summary(diff: PlanDiff) -> str:
    return t("diff.summary", **diff.counts())


def render_text(diff: PlanDiff, out: TextIO) -> None:
    """One line per change, grouped under section headings."""
    out.write(t("diff.heading", old=diff.old_name, new=diff.new_name) + "\n")
    out.write(f"  {t('diff.old')}: {diff.old_title}\n  {t('diff.new')}: {diff.new_title}\n")
    if diff.same:
        out.write("\n" + t("diff.same") + "\n")
        return
    for heading, lines in _sections(diff):
        out.write(f"\n{heading}\n")
        out.writelines(f"  - {text}\n" for text in lines)
    if diff.budget_changed:
        out.write(f"\n{t('diff.budget.heading')}\n")
        for name, before, after in budget_rows(diff):
            out.write(f"  - {name}: {before} → {after}\n")
    out.write("\n" + summary(diff) + "\n")


def render_md(diff: PlanDiff, out: TextIO) -> None:
    """Markdown for a pull-request comment: headings, bullets, a budget table."""
    heading = t("diff.heading", old=f"`{diff.old_name}`", new=f"`{diff.new_name}`")
    out.write(f"### {heading}\n\n")
    out.write(f"- **{t('diff.old')}:** {md_escape(diff.old_title)}\n")
    out.write(f"- **{t('diff.new')}:** {md_escape(diff.new_title)}\n\n")
    if diff.same:
        out.write(t("diff.same") + "\n")
        return
    out.write(f"**{summary(diff)}**\n")
    for heading, lines in _sections(diff, MD):
        out.write(f"\n#### {heading}\n\n")
        out.writelines(f"- {text}\n" for text in lines)
    if diff.budget_changed:
        out.write(f"\n#### {t('diff.budget.heading')}\n\n")
        out.write(f"| | {t('diff.old')} | {t('diff.new')} |\n|---|---:|---:|\n")
        for name, before, after in budget_rows(diff):
            out.write(f"| {name} | {before} | {after} |\n")
