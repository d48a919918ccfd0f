"""The output guard and writer for commands that print through typer (render, schema).

The logic lives in :mod:`bhxh_plan.commands.base`; these turn its
``CommandError`` into the CLI's exit 2.
"""

from collections.abc import Sequence
from pathlib import Path

from bhxh_plan.cli._app import fail
from bhxh_plan.commands import base
from bhxh_plan.io.output import Inputs


def guard(outputs: Sequence[Path | None], inputs: Inputs) -> None:
    """Exit 2 when an output is an input, a folder, a device/FIFO, or named twice."""
    try:
        base.guard(outputs, inputs)
    except base.CommandError as exc:
        fail(exc.message, exc.hint)


def write_or_fail(path: Path | str, data: bytes | str) -> None:
    """Write one output; exit 2 with a message naming it when that fails."""
    try:
        base.write_or_fail(path, data)
    except base.CommandError as exc:
        fail(exc.message, exc.hint)
