"""What a rule is: metadata, the findings it yields, and the context it reads."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol, TypeVar

from bhxh_plan.framework import LoadedFramework
from bhxh_plan.framework.calendar import EventDates, event_dates
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import Document
from bhxh_plan.model.common import Basis, BasisKind, Cite
from bhxh_plan.model.framework import Event, Framework
from bhxh_plan.model.plan import Plan, ScenarioRow
from bhxh_plan.problems import Severity
from bhxh_plan.refs import Index

Loc = tuple[str | int, ...]


class Requirable(Protocol):
    """A framework item that binds plans of some levels (a group, a form, a report …)."""

    @property
    def id(self) -> str: ...

    @property
    def required_levels(self) -> list[str]: ...


R = TypeVar("R", bound=Requirable)


def blank(value: object) -> bool:
    """Whether a field is left empty: nothing, white space only, an empty list, or false."""
    return not value or (isinstance(value, str) and not value.strip())


def lacking(fields: Iterable[tuple[str, object]]) -> str:
    """The names (message keys, shown in the user's language) of the blank fields, joined."""
    return ", ".join(t(key) for key, value in fields if blank(value))


@dataclass(frozen=True, slots=True)
class RuleMeta:
    """Everything users and the docs need to know about a rule.

    Its texts are messages like any other: ``lint.bpNNN.summary`` (what the rule asks)
    and ``lint.bpNNN.fix`` (how to satisfy it) in the rule module's ``MESSAGES``; the
    registry refuses a rule module without them.
    """

    id: str
    name: str
    severity: Severity
    clause: str
    fixable: bool = False
    example_fail: str = ""
    example_pass: str = ""

    @property
    def summary(self) -> str:
        """What the rule asks, in the current language."""
        return t(self.key("summary"))

    @property
    def fix(self) -> str:
        """How to satisfy the rule, in the current language."""
        return t(self.key("fix"))

    def key(self, part: str) -> str:
        """The message key of the rule's text ``part`` ("summary" or "fix")."""
        return f"lint.{self.id.lower()}.{part}"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule found, located by its path in the plan."""

    loc: Loc
    message: str
    hint: str = ""
    citation: str = ""
    suggestions: tuple[str, ...] = field(default=())
    key: bool = False  # point at the key (a missing item is reported at its section's key)
    # the severity the framework's basis gives this finding; the rule's own (or the user's
    # configured) severity applies when None
    severity: Severity | None = None


def basis_severity(basis: Basis | None, default: Severity) -> Severity:
    """The severity of a requirement resting on ``basis`` for a rule whose default is ``default``.

    Only a requirement the source states (``kind: source``) can be an error; the
    framework's own reading — and an item that names no basis — is at most a warning.
    A severity the basis declares applies within that cap.
    """
    wanted = basis.severity if basis is not None and basis.severity is not None else default
    if basis is not None and basis.kind is BasisKind.SOURCE:
        return wanted
    return wanted if wanted.rank <= Severity.WARNING.rank else Severity.WARNING


@dataclass
class Context:
    """A validated plan with its framework and document, as rules see it."""

    plan: Plan
    loaded: LoadedFramework
    doc: Document

    @property
    def fw(self) -> Framework:
        return self.loaded.framework

    @property
    def level(self) -> str:
        return self.plan.level

    @cached_property
    def index(self) -> Index:
        return Index.of(self.fw)

    def required(self, levels: list[str]) -> bool:
        """Whether an item required at ``levels`` binds this plan."""
        return self.plan.level in levels

    def rows(self) -> Iterator[tuple[Loc, ScenarioRow]]:
        """Every scenario row with its location in the plan."""
        for i, entry in enumerate(self.plan.scenario):
            for j, row in enumerate(entry.rows):
                yield ("scenario", i, "rows", j), row

    def missing(self, items: Iterable[R], present: Collection[str]) -> Iterator[R]:
        """The ``items`` that bind this plan and whose id is not ``present`` in it."""
        return (i for i in items if self.required(i.required_levels) and i.id not in present)

    def cite(self, cite: Cite | None, basis: Basis | None = None, *, tell: bool = False) -> str:
        """ "Căn cứ: Kế hoạch 4057/KH-BHXH, Mục II.1" for a framework citation.

        With ``tell``, the text also says what the requirement rests on: the
        source's words ("theo văn bản: “…”") or the framework's reading ("diễn giải
        của khung: …"), so a finding never passes a reading off as the source.
        """
        text = ""
        if cite is not None:
            source = next((s for s in self.fw.sources if s.id == cite.source), None)
            name = cite.source
            if source is not None:
                name = source.number or source.title
            text = t("lint.cite", source=name, section=cite.section)
        if not tell:
            return text
        said = basis_text(basis)
        return f"{text} — {said}" if text else said

    def event_dates(self, event: Event) -> EventDates:
        """The event's days and window in the plan's year."""
        return event_dates(self.fw, event, self.plan.year)


def basis_text(basis: Basis | None) -> str:
    """What a requirement rests on, in words: "theo văn bản: “…”" or "diễn giải của khung: …"."""
    if basis is None:
        return t("lint.basis.unstated")
    if basis.kind is BasisKind.SOURCE:
        return t("lint.basis.source", quote=basis.quote) if basis.quote else t("lint.basis.stated")
    return (
        t("lint.basis.reading", reason=basis.reason) if basis.reason else t("lint.basis.unstated")
    )
