"""Finding plan files and writing outputs safely."""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

_SKIP_DIRS = frozenset({".git", ".venv", "venv", "node_modules", "__pycache__", ".bhxh-plan"})
_SUFFIXES = (".yaml", ".yml")


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


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
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    target = Path(os.path.realpath(path))  # rewrite a symlinked plan, keep the link
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600; a rewritten file keeps its mode, a new one gets the umask's
        os.chmod(tmp, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
