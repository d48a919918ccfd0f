"""Finding plan files (writing lives in ``bhxh_plan.io.output``)."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

_SKIP_DIRS = frozenset({".git", ".venv", "venv", "node_modules", "__pycache__", ".bhxh-plan"})
_SUFFIXES = (".yaml", ".yml")


class PathNotFound(Exception):
    """A command-line path that matches nothing."""


def expand(paths: Iterable[str]) -> list[Path]:
    """Files named, YAML files under folders (recursively) and glob matches, in order, once."""
    out: dict[Path, None] = {}
    for raw in paths:
        if any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise PathNotFound(raw)
            for m in matches:
                _add(Path(m), out)
            continue
        p = Path(raw)
        if not p.exists():
            raise PathNotFound(raw)
        _add(p, out)
    return list(out)


def _add(p: Path, out: dict[Path, None]) -> None:
    if p.is_dir():
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
            for name in sorted(files):
                if name.endswith(_SUFFIXES):
                    out.setdefault(Path(root) / name, None)
    else:
        out.setdefault(p, None)


def write_atomic(path: str | Path, data: bytes | str) -> None:
    """Kept for callers of the old name: see :func:`bhxh_plan.io.output.write_file`."""
    from bhxh_plan.io.output import write_file

    write_file(path, data)
