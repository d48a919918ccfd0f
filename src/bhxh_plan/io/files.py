"""Finding plan files (writing lives in ``bhxh_plan.io.output``)."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bhxh_plan import codes
from bhxh_plan.i18n import t
from bhxh_plan.io.errors import LoadError
from bhxh_plan.io.reading import check_regular
from bhxh_plan.problems import Problem, Severity

_SKIP_DIRS = frozenset({".git", ".venv", "venv", "node_modules", "__pycache__", ".bhxh-plan"})
_SUFFIXES = (".yaml", ".yml")


class PathNotFound(Exception):
    """A command-line path that matches nothing."""


@dataclass(slots=True)
class Expansion:
    """The regular files to read, and a problem for every path that cannot be read."""

    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set, repr=False)

    def add_file(self, p: Path) -> None:
        """Keep ``p`` when it is a regular file (after symlinks), else report it."""
        key = str(p)
        if key in self._seen:
            return
        self._seen.add(key)
        try:
            check_regular(p)  # a FIFO would block the reader, a device never ends
        except LoadError as exc:
            self.problems.append(exc.problem(key))
            return
        self.files.append(p)

    def folder_error(self, exc: OSError) -> None:
        """Report a folder ``os.walk`` could not list (its files go unchecked)."""
        name = str(exc.filename) if exc.filename is not None else "?"
        if name in self._seen:
            return
        self._seen.add(name)
        error = exc.strerror or str(exc)
        self.problems.append(
            Problem(
                name,
                None,
                None,
                "",
                codes.UNREADABLE,
                Severity.ERROR,
                t("read.folder_unreadable", error=error),
                t("read.folder_unreadable.hint"),
            )
        )


def expand(paths: Iterable[str]) -> Expansion:
    """Files named, YAML files under folders (recursively) and glob matches, in order, once.

    Only regular files are kept; FIFOs, devices, sockets, symlink loops, dangling
    links and folders that cannot be listed become problems of their path, so
    that a batch goes on and still fails. Hidden files (``.bhxh-plan.yaml``, the
    tool's own configuration, editor lock files) are not collected from folders.
    """
    out = Expansion()
    for raw in paths:
        if any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise PathNotFound(raw)
            for m in matches:
                _add(Path(m), out)
            continue
        p = Path(raw)
        if not os.path.lexists(p):
            raise PathNotFound(raw)
        _add(p, out)
    return out


def _add(p: Path, out: Expansion) -> None:
    if not p.is_dir():
        out.add_file(p)
        return
    for root, dirs, files in os.walk(p, onerror=out.folder_error):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(_SUFFIXES) and not name.startswith("."):
                out.add_file(Path(root) / name)
