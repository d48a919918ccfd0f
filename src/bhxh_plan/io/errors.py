"""The error every loader function raises for input it cannot turn into data."""

from __future__ import annotations

from dataclasses import dataclass

from bhxh_plan.problems import Problem, Severity


@dataclass(slots=True)
class LoadError(Exception):
    """A file that cannot be turned into data, with where and why."""

    code: str
    message: str
    hint: str = ""
    line: int | None = None
    column: int | None = None

    def problem(self, file: str) -> Problem:
        """This error as the problem every command reports for ``file``."""
        return Problem(
            file, self.line, self.column, "", self.code, Severity.ERROR, self.message, self.hint
        )
