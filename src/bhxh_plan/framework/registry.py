"""Finding and loading frameworks by id or path.

Bundled frameworks ship in ``bhxh_plan/frameworks``; users add their own in a
``.bhxh-plan/frameworks`` folder (in the working directory or any parent) or
in folders named by ``BHXH_PLAN_FRAMEWORK_PATH``. A user framework with the
id of a bundled one takes precedence.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bhxh_plan import codes
from bhxh_plan.framework.merge import merge
from bhxh_plan.i18n import t
from bhxh_plan.io.loader import Document, LoadError, load_file
from bhxh_plan.io.reading import check_regular
from bhxh_plan.model.errors import problems_from_error
from bhxh_plan.model.framework import Framework
from bhxh_plan.problems import Problem, Severity
from bhxh_plan.suggest import suggest

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "frameworks"
_MAX_CHAIN = 8


@dataclass(slots=True)
class LoadedFramework:
    """A validated framework and the files it was built from (child first)."""

    framework: Framework
    path: Path
    chain: list[Path] = field(default_factory=list)


class FrameworkError(Exception):
    """The framework cannot be found or is not valid; ``problems`` say why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].message if problems else "framework error")
        self.problems = problems


def _error(
    file: str,
    message: str,
    hint: str = "",
    suggestions: tuple[str, ...] = (),
    line: int | None = None,
    col: int | None = None,
) -> FrameworkError:
    return FrameworkError(
        [
            Problem(
                file,
                line,
                col,
                "framework",
                codes.FRAMEWORK,
                Severity.ERROR,
                message,
                hint,
                suggestions=suggestions,
            )
        ]
    )


def search_dirs(cwd: Path | None = None) -> list[Path]:
    """User framework folders, most specific first."""
    dirs: list[Path] = []
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / ".bhxh-plan" / "frameworks"
        if candidate.is_dir():
            dirs.append(candidate)
    for entry in os.environ.get("BHXH_PLAN_FRAMEWORK_PATH", "").split(os.pathsep):
        if entry and Path(entry).is_dir():
            dirs.append(Path(entry))
    return dirs


def available(cwd: Path | None = None) -> dict[str, tuple[Path, bool]]:
    """Every framework id known here → (file, is_bundled)."""
    found: dict[str, tuple[Path, bool]] = {
        p.stem: (p, True) for p in sorted(BUNDLED_DIR.glob("*.yaml"))
    }
    for folder in reversed(search_dirs(cwd)):
        for p in sorted(folder.glob("*.y*ml")):
            found[p.stem] = (p, False)
    return found


def looks_like_path(ref: str) -> bool:
    return ref.endswith((".yaml", ".yml")) or "/" in ref or os.sep in ref


def resolve(ref: str, base_dir: Path | None = None, origin: str = "") -> Path:
    """The file a framework reference (id or path) points at."""
    if looks_like_path(ref):
        p = Path(ref).expanduser()
        if not p.is_absolute() and base_dir is not None:
            p = base_dir / p
        if not os.path.lexists(p):
            raise _error(origin or ref, t("fw.path_missing", ref=ref), t("fw.path_missing.hint"))
        try:
            check_regular(p)  # a FIFO, a device or a symlink loop: say so, never read it
        except LoadError as exc:
            raise FrameworkError([exc.problem(str(p))]) from None
        return p.resolve()
    known = available()
    if ref in known:
        found = known[ref][0]
        try:
            check_regular(found)
        except LoadError as exc:
            raise FrameworkError([exc.problem(str(found))]) from None
        return found
    sugg = tuple(suggest(ref, ((k, ()) for k in known)))
    hint = t("fw.unknown.hint", known=", ".join(sorted(known)))
    raise _error(origin or ref, t("fw.unknown", ref=ref), hint, sugg)


# path → (the framework, the modification times of every file of its extends chain)
_cache: dict[Path, tuple[LoadedFramework, tuple[float, ...]]] = {}


def _mtimes(paths: list[Path]) -> tuple[float, ...]:
    try:
        return tuple(p.stat().st_mtime for p in paths)
    except OSError:
        return ()


def load_framework(ref: str, base_dir: Path | None = None, origin: str = "") -> LoadedFramework:
    """Load, merge (``extends``) and validate a framework; cached until a file of it changes."""
    path = resolve(ref, base_dir, origin)
    hit = _cache.get(path)
    if hit is not None and hit[1] == _mtimes(hit[0].chain):
        return hit[0]
    docs: list[Document] = []
    data = _load_chain(path, docs, [])
    try:
        framework = Framework.model_validate(data)
    except ValidationError as exc:
        raise FrameworkError(problems_from_error(exc, docs[0], Framework)) from None
    loaded = LoadedFramework(framework, path, [Path(d.path) for d in docs])
    _cache[path] = (loaded, _mtimes(loaded.chain))
    return loaded


def _load_chain(path: Path, docs: list[Document], seen: list[Path]) -> dict[str, Any]:
    if path in seen or len(seen) >= _MAX_CHAIN:
        chain = " → ".join(p.name for p in (*seen, path))
        raise _error(str(path), t("fw.cycle", chain=chain), t("fw.cycle.hint"))
    try:
        doc = load_file(path)
    except LoadError as exc:
        raise FrameworkError([exc.problem(str(path))]) from None
    docs.append(doc)
    data = doc.data
    if not isinstance(data, dict):
        raise _error(str(path), t("fw.not_mapping"), "", line=1, col=1)
    parent_ref = data.get("extends")
    if not parent_ref:
        return data
    if not isinstance(parent_ref, str):
        line, col = doc.position(("extends",))
        raise _error(str(path), t("fw.unknown", ref=parent_ref), "", line=line, col=col)
    line, col = doc.position(("extends",))
    try:
        parent_path = resolve(parent_ref, path.parent, str(path))
    except FrameworkError as exc:
        p = exc.problems[0]
        raise _error(str(path), p.message, p.hint, p.suggestions, line, col) from None
    parent = _load_chain(parent_path, docs, [*seen, path])
    return merge(parent, data)
