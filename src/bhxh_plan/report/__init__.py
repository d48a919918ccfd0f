"""Output formats for problems, as a registry of reporters.

A reporter takes the results of a run and writes them to a text stream;
``REPORTERS`` maps each ``--format`` name to one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from bhxh_plan.problems import Problem, Severity
from bhxh_plan.textsafe import shown


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


Reporter = Callable[[str, list[FileResult], TextIO, bool], None]


_MODULES = {
    "text": "bhxh_plan.report.text",
    "json": "bhxh_plan.report.json_report",
    "sarif": "bhxh_plan.report.sarif",
    "github": "bhxh_plan.report.github",
    "junit": "bhxh_plan.report.junit",
}


def get_reporter(name: str) -> Reporter:
    """The reporter for ``--format name`` (its module is imported only when used)."""
    import importlib

    module = importlib.import_module(_MODULES[name])
    reporter: Reporter = module.report
    return reporter
