"""The one shape every problem takes, whichever command or rule found it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class Severity(StrEnum):
    """How serious a problem is; errors fail a check, warnings fail it with ``--strict``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem in an input file, with everything a reporter needs to show it.

    ``line`` and ``column`` are 1-based; ``path`` is the place inside the plan
    (``scenario[2].rows[0].lead``), empty for whole-file problems.
    """

    file: str
    line: int | None
    column: int | None
    path: str
    rule: str
    severity: Severity
    message: str
    hint: str = ""
    citation: str = ""
    suggestions: tuple[str, ...] = field(default=())
    waived: bool = False
    waiver_reason: str = ""

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line or 0, self.column or 0, self.rule)


def internal_problem(file: str, exc: BaseException) -> Problem:
    """An unexpected error while processing ``file``: reported, never a traceback."""
    from bhxh_plan.codes import INTERNAL
    from bhxh_plan.i18n import t

    return Problem(
        file,
        None,
        None,
        "",
        INTERNAL,
        Severity.ERROR,
        t("internal", error=f"{type(exc).__name__}: {exc}"),
        t("internal.hint"),
    )


def format_path(loc: tuple[str | int, ...]) -> str:
    """Render a location tuple as ``scenario[2].rows[0].lead``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class Locator(Protocol):
    """Anything that knows its file name and where a value sits in it (a loaded document)."""

    path: str

    def position(self, loc: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]: ...


def problem_at(
    doc: Locator,
    loc: tuple[str | int, ...],
    rule: str,
    message: str,
    hint: str = "",
    *,
    suggestions: tuple[str, ...] | list[str] = (),
    severity: Severity = Severity.ERROR,
    key: bool = False,
) -> Problem:
    """A problem at the value (or, with ``key``, the key) found at ``loc`` in ``doc``."""
    line, col = doc.position(loc, key=key)
    return Problem(
        doc.path,
        line,
        col,
        format_path(loc),
        rule,
        severity,
        message,
        hint,
        suggestions=tuple(suggestions),
    )
