"""File helpers of ``fmt``: the positioned problem of a file that does not load, safe rewrites."""

from __future__ import annotations

import os
from pathlib import Path

from bhxh_plan.io.files import write_atomic
from bhxh_plan.io.loader import LoadError
from bhxh_plan.problems import Problem, Severity


def load_problem(name: str, exc: LoadError) -> Problem:
    """The problem ``validate`` reports for a file that cannot be loaded."""
    return Problem(name, exc.line, exc.column, "", exc.code, Severity.ERROR, exc.message, exc.hint)


def write_keeping_mode(path: str | Path, data: bytes) -> None:
    """Atomically write the file behind ``path`` (through symlinks).

    An existing file keeps its permissions; a new one gets the usual ``0666 & ~umask``
    rather than the private mode of the temporary file it is renamed from.
    """
    target = Path(os.path.realpath(path))
    if target.exists():
        mode = target.stat().st_mode & 0o7777
    else:
        mask = os.umask(0)
        os.umask(mask)
        mode = 0o666 & ~mask
    write_atomic(target, data)
    os.chmod(target, mode)
