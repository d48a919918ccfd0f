"""What every writing command shares: the output guard, writing, and in-tree rewrites."""

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from bhxh_plan.cli._app import expand_or_fail, fail
from bhxh_plan.i18n import t
from bhxh_plan.io.output import Inputs, OutputError, check_outputs, describe, escapes, write_file

if TYPE_CHECKING:
    from bhxh_plan.io.files import Expansion


def guard(outputs: Sequence[Path | None], inputs: Inputs) -> None:
    """Exit 2 when an output is an input, a folder, a device/FIFO, or named twice."""
    try:
        check_outputs([o for o in outputs if o is not None], inputs)
    except OutputError as exc:
        fail(exc.message, exc.hint)


def write_or_fail(path: Path | str, data: bytes | str) -> None:
    """Write one output; exit 2 with a message naming it when that fails."""
    try:
        write_file(path, data)
    except OSError as exc:
        err = describe(path, exc)
        fail(err.message, err.hint)


def report_write_error(path: Path | str, exc: OSError) -> None:
    """Print why ``path`` could not be written, for commands that go on with other files."""
    err = describe(path, exc)
    typer.echo(f"bhxh-plan: {t('cli.error')}: {err.message}", err=True)
    typer.echo(f"    {t('text.hint')}: {err.hint}", err=True)


def framework_chains(refs: Iterable[str | None]) -> list[Path]:
    """The files of each framework's ``extends`` chain (unknown frameworks are skipped)."""
    from bhxh_plan.framework import FrameworkError, load_framework

    chain: list[Path] = []
    for ref in refs:
        if ref:
            try:
                chain.extend(load_framework(ref, Path.cwd()).chain)
            except FrameworkError:
                continue  # the command reports it where it loads the framework
    return chain


def _tree_of(raw: str) -> Path | None:
    """The folder a path argument stands for: itself, a glob's fixed prefix, or none."""
    if any(ch in raw for ch in "*?["):
        fixed: list[str] = []
        for part in Path(raw).parts:
            if any(ch in part for ch in "*?["):
                break
            fixed.append(part)
        return Path(*fixed) if fixed else Path(".")
    return Path(raw) if Path(raw).is_dir() else None


def expand_in_trees(paths: list[str]) -> "tuple[Expansion, dict[Path, Path]]":
    """Files as ``expand_or_fail`` finds them, and those found in a folder or by a glob
    that are symlinks leading out of it (file → that folder); named files are never outside."""
    from bhxh_plan.io.files import Expansion

    found = Expansion()
    seen: set[Path] = set()
    outside: dict[Path, Path] = {}
    named: set[Path] = set()
    for raw in paths:
        tree = _tree_of(raw)
        part = expand_or_fail([raw])
        found.problems.extend(p for p in part.problems if p not in found.problems)
        for f in part.files:
            if f not in seen:
                seen.add(f)
                found.files.append(f)
            if tree is None:
                named.add(f)
            elif escapes(f, tree):
                outside.setdefault(f, tree)
    return found, {f: tree for f, tree in outside.items() if f not in named}


def warn_outside(path: Path, tree: Path) -> None:
    """Say that ``path`` was not rewritten because it leads out of ``tree``."""
    import os

    target = os.path.realpath(path)
    typer.echo(
        f"bhxh-plan: {t('sev.warning')}: "
        f"{t('out.link_outside', path=str(path), tree=str(tree), target=target)}",
        err=True,
    )
    typer.echo(f"    {t('text.hint')}: {t('out.link_outside.hint')}", err=True)
