"""Putting the plans together: matrices per framework, score, ranking, duplicates, totals.

The score of a plan is the share of the framework's requirements that bind it
(by its level) and that it meets: every required group, sub-group, regular
form, themed event (scheduled inside its window), content area and report, and
the submission deadline where the framework sets one for the level. Each
requirement weighs the same. From that coverage, every lint error still open
(and every unfilled ``<<ĐIỀN…>>`` placeholder, whatever its severity) takes
``ERROR_POINTS`` points, down to 0: an ``init`` skeleton covers every
requirement with placeholders and must not outrank a finished plan. Plans are
ranked only against like plans: the same kind (annual, campaign) and year.
docs/rollup.md and README give the definition to users.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from bhxh_plan.framework import load_framework
from bhxh_plan.model.common import Level
from bhxh_plan.problems import FileResult, Problem
from bhxh_plan.rollup.coverage import MATRICES, Column, State, columns
from bhxh_plan.rollup.score import Counts, Score, score_of
from bhxh_plan.rollup.summary import UNSPECIFIED, Identity, Number, PlanSummary, UnitResult

_LEVEL_ORDER = {level.value: i for i, level in enumerate(Level)}
_KIND_ORDER = {"annual": 0, "campaign": 1}
_DIGITS = re.compile(r"(\d+)")


@dataclass(slots=True)
class Unit:
    """One input plan in the roll-up, loaded or not."""

    file: str
    summary: PlanSummary | None
    identity: Identity
    problems: list[Problem]
    counts: Counts
    score: Score | None = None
    rank: int | None = None
    duplicate: bool = False
    counted: bool = True  # False for a duplicate that another plan of the unit supersedes

    @property
    def status(self) -> str:
        return "ok" if self.summary is not None else "failed"

    @property
    def label(self) -> str:
        if self.summary is not None:
            return self.summary.unit
        return self.identity.unit or self.file


@dataclass(slots=True)
class Matrix:
    """Units of one framework × the columns of one matrix."""

    id: str
    columns: list[Column]
    units: list[Unit]
    missing: dict[str, int]  # column key → units for which it is required and not met


@dataclass(slots=True)
class FrameworkView:
    """The units checked against one framework, and its matrices."""

    id: str
    name: str
    year: int
    path: str
    units: list[Unit]
    matrices: list[Matrix]
    sources: dict[str, str] = field(default_factory=dict)  # funding source id → name


@dataclass(slots=True)
class Duplicate:
    """Several plans of the same unit, year and kind."""

    unit: str
    year: int
    kind: str
    files: list[str]


@dataclass(slots=True)
class Rollup:
    """Everything the reporters show."""

    units: list[Unit]
    skipped: list[str]
    frameworks: list[FrameworkView]
    duplicates: list[Duplicate]
    ranking: list[Unit]
    sources: dict[str, str]  # funding source id → name
    by_source: dict[str, int] = field(default_factory=dict)
    budget_total: int = 0
    activities_total: int = 0
    targets: dict[str, Number] = field(default_factory=dict)

    @property
    def loaded(self) -> list[Unit]:
        return [u for u in self.units if u.summary is not None]

    @property
    def failed(self) -> list[Unit]:
        return [u for u in self.units if u.summary is None]


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _natural(text: str) -> tuple[tuple[int, int, str], ...]:
    # "TỈNH AN GIANG 2" before "TỈNH AN GIANG 10"
    # a run of digits sorts by its value without int(): a 5,000-digit name must not crash
    return tuple(_number_key(p) if p.isdigit() else (1, 0, p) for p in _DIGITS.split(text) if p)


def _number_key(digits: str) -> tuple[int, int, str]:
    value = digits.lstrip("0") or "0"
    return 0, len(value), value


def _order(u: Unit) -> tuple[int, tuple[tuple[int, int, str], ...], str]:
    level = u.summary.level if u.summary else u.identity.level
    return _LEVEL_ORDER.get(level, len(_LEVEL_ORDER)), _natural(_norm(u.label)), u.file


def _duplicates(units: list[Unit]) -> list[Duplicate]:
    groups: dict[tuple[str, int, str], list[Unit]] = {}
    for u in units:
        s = u.summary
        if s is not None:
            key = (_norm(s.unit), s.year, s.kind)
        elif u.identity.unit and u.identity.year is not None:
            key = (_norm(u.identity.unit), u.identity.year, u.identity.kind)
        else:
            continue
        groups.setdefault(key, []).append(u)
    out = []
    for (_unit, year, kind), members in groups.items():
        if len(members) < 2:
            continue
        for u in members:
            u.duplicate = True
        # the latest loaded plan stands for the unit in the totals; the others are not counted
        loaded = [u for u in members if u.summary is not None]
        if loaded:
            keep = max(loaded, key=lambda u: (u.summary.date if u.summary else None, u.file))
            for u in loaded:
                u.counted = u is keep
        out.append(Duplicate(members[0].label, year, kind, [u.file for u in members]))
    return out


def _percent(u: Unit) -> float:
    return u.score.percent if u.score is not None and u.score.percent is not None else -1.0


def group_of(u: Unit) -> tuple[str, int]:
    """The plans a unit is ranked against: the same kind and year."""
    s = u.summary
    return (s.kind, s.year) if s is not None else (u.identity.kind, u.identity.year or 0)


def _group_order(u: Unit) -> tuple[int, int]:
    kind, year = group_of(u)
    return -year, _KIND_ORDER.get(kind, len(_KIND_ORDER))


def _rank(units: list[Unit]) -> list[Unit]:
    """Units with a score, by group (newest year first, annual before campaign), best first
    within each; the rank restarts in each group; equal score and error count share a rank."""
    scored = [u for u in units if _percent(u) >= 0]
    scored.sort(key=lambda u: (*_group_order(u), -_percent(u), u.counts.errors, *_order(u)))
    start = 0
    for i, u in enumerate(scored):
        if i and group_of(scored[i - 1]) != group_of(u):
            start = i
        prev = scored[i - 1] if i > start else None
        same = prev is not None and (_percent(prev), prev.counts.errors) == (
            _percent(u),
            u.counts.errors,
        )
        u.rank = prev.rank if same and prev is not None else i - start + 1
    return scored


def needs_work(rollup: Rollup) -> list[Unit]:
    """Loaded plans with open errors or unfilled placeholders, the most first."""
    todo = [u for u in rollup.loaded if u.counts.needs_work]
    return sorted(todo, key=lambda u: (-u.counts.defects, -u.counts.placeholders, *_order(u)))


def _frameworks(units: list[Unit]) -> list[FrameworkView]:
    views: dict[str, FrameworkView] = {}
    for u in sorted((u for u in units if u.summary is not None), key=_order):
        s = u.summary
        assert s is not None
        view = views.get(s.framework_path)
        if view is None:
            fw = load_framework(s.framework_path).framework
            view = FrameworkView(fw.id, fw.name, fw.year, s.framework_path, [], [])
            view.matrices = [Matrix(m, columns(fw, m), view.units, {}) for m in MATRICES]
            view.sources = {src.id: src.name for src in fw.funding_sources}
            views[s.framework_path] = view
        view.units.append(u)
    for view in views.values():
        for matrix in view.matrices:
            for col in matrix.columns:
                matrix.missing[col.key] = sum(
                    1
                    for u in view.units
                    if u.summary is not None
                    and (c := u.summary.cells.get(matrix.id, {}).get(col.key)) is not None
                    and c[2]
                    and c[0] != State.OK
                )
    # the framework most plans use first
    return sorted(views.values(), key=lambda v: (-len(v.units), v.id, v.path))


def build(results: Sequence[FileResult]) -> Rollup:
    """The roll-up of every plan in ``results`` (framework files are set aside)."""
    units: list[Unit] = []
    skipped: list[str] = []
    for r in results:
        if r.kind == "framework":
            skipped.append(r.file)
            continue
        summary = r.summary if isinstance(r, UnitResult) else None
        identity = r.identity if isinstance(r, UnitResult) else Identity()
        unit = Unit(r.file, summary, identity, list(r.problems), Counts.of(r.problems))
        if summary is not None:
            unit.score = score_of(summary, unit.counts.defects)
        units.append(unit)
    duplicates = _duplicates(units)
    frameworks = _frameworks(units)
    sources: dict[str, str] = {}
    for view in frameworks:
        for key, name in view.sources.items():
            sources.setdefault(key, name)
    rollup = Rollup(units, skipped, frameworks, duplicates, _rank(units), sources)
    for u in rollup.loaded:
        s = u.summary
        if s is None or not u.counted:
            continue
        rollup.budget_total += s.budget.total
        rollup.activities_total += s.budget.activities
        for src, amount in s.budget.by_source.items():
            rollup.by_source[src] = rollup.by_source.get(src, 0) + amount
            if src == UNSPECIFIED:
                sources.setdefault(UNSPECIFIED, "")
        for key, value in s.targets.items():
            rollup.targets[key] = rollup.targets.get(key, 0) + value
    rollup.targets = dict(sorted(rollup.targets.items()))
    order = {k: i for i, k in enumerate(sources)}
    rollup.by_source = dict(
        sorted(
            rollup.by_source.items(),
            key=lambda kv: (kv[0] == UNSPECIFIED, order.get(kv[0], len(order)), kv[0]),
        )
    )
    return rollup
