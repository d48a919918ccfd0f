"""Rewriting commands (``fmt``, ``lint --fix``) and the files they reach through a folder
or a glob: a symlink that leads out of that tree is read but never rewritten."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from bhxh_plan.commands.base import Streams, expand
from bhxh_plan.i18n import t

if TYPE_CHECKING:
    from bhxh_plan.io.files import Expansion


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


def expand_in_trees(paths: Iterable[str]) -> tuple[Expansion, dict[Path, Path]]:
    """Files as :func:`expand` finds them, and those found in a folder or by a glob
    that are symlinks leading out of it (file → that folder); named files are never outside."""
    from bhxh_plan.io.files import Expansion
    from bhxh_plan.io.output import escapes

    found = Expansion()
    seen: set[Path] = set()
    outside: dict[Path, Path] = {}
    named: set[Path] = set()
    for raw in paths:
        tree = _tree_of(raw)
        part = expand([raw])
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


def warn_outside(io: Streams, path: Path, tree: Path) -> None:
    """Say that ``path`` was not rewritten because it leads out of ``tree``."""
    target = os.path.realpath(path)
    io.say(
        f"bhxh-plan: {t('sev.warning')}: "
        f"{t('out.link_outside', path=str(path), tree=str(tree), target=target)}",
        err=True,
    )
    io.say(f"    {t('text.hint')}: {t('out.link_outside.hint')}", err=True)
