"""Output formats for problems, as a registry of reporters.

A reporter takes the results of a run and writes them to a text stream;
``REPORTERS`` maps each ``--format`` name to one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

# the results of a run live with the problems (lint and rollup make them, below the reporters)
from bhxh_plan.problems import FileResult as FileResult
from bhxh_plan.problems import Summary as Summary
from bhxh_plan.problems import printable as printable

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
