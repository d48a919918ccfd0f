"""The one shape every problem takes, whichever command or rule found it, and per file."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from bhxh_plan.textsafe import shown


class HintedError(Exception):
    """An error said to the user as ``message``, with ``hint`` saying what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


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


@dataclass(slots=True)
class FileResult:
    """The problems of one input file."""

    file: str
    kind: str = "plan"
    problems: list[Problem] = field(default_factory=list)
    # the framework files read for it (its extends chain): outputs must not overwrite them
    reads: tuple[str, ...] = ()


@dataclass(slots=True)
class Summary:
    files: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    waived: int = 0

    @classmethod
    def of(cls, results: list[FileResult]) -> Summary:
        s = cls(files=len(results))
        for r in results:
            for p in r.problems:
                if p.waived:
                    s.waived += 1
                elif p.severity is Severity.ERROR:
                    s.errors += 1
                elif p.severity is Severity.WARNING:
                    s.warnings += 1
                else:
                    s.infos += 1
        return s


def printable(result: FileResult) -> FileResult:
    """``result`` with its file names fit for every output (see :func:`shown`)."""
    if shown(result.file) == result.file and all(shown(p.file) == p.file for p in result.problems):
        return result
    problems = [dataclasses.replace(p, file=shown(p.file)) for p in result.problems]
    return dataclasses.replace(result, file=shown(result.file), problems=problems)
