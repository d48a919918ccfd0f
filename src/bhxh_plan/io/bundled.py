"""Where the templates that ship with the tool are.

The top-level ``templates/`` folder is installed as the package ``bhxh_plan.templates``
(``package-dir`` in ``pyproject.toml``): a wheel carries it inside the package, and an
editable install (``make install``) imports it from the source folder itself, so there is
one copy and editing it takes effect at once. Python's import system finds it, as it finds
any package; nothing here guesses where a source checkout might be.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from pathlib import Path

PACKAGE = "bhxh_plan.templates"
# the files of the folder that are templates (not its __init__.py or caches)
SUFFIXES = (".j2", ".css")


@cache
def templates_dir() -> Path:
    """The folder of the bundled templates (``templates/`` of the source tree when editable)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:  # pragma: no cover - a broken installation
        raise ModuleNotFoundError(f"{PACKAGE} is not installed; reinstall bhxh-plan")
    return Path(spec.origin).resolve().parent


def template_names(prefix: str = "") -> list[str]:
    """The bundled template files whose names start with ``prefix``, sorted."""
    return sorted(
        p.name
        for p in templates_dir().iterdir()
        if p.is_file() and p.name.startswith(prefix) and p.name.endswith(SUFFIXES)
    )


def export_templates(folder: Path, prefix: str = "plan.") -> list[Path]:
    """Copy the bundled templates named ``prefix*`` into ``folder``; the files written.

    An office edits the copies and renders with ``--template-dir folder``. A file that
    already exists there is never overwritten (it may hold the office's own changes):
    :class:`~bhxh_plan.io.output.OutputError` names it and nothing is written.
    ``OSError`` from writing is left to the caller (``describe`` words it).
    """
    from bhxh_plan.i18n import t
    from bhxh_plan.io.output import OutputError, write_file

    if folder.exists() and not folder.is_dir():
        raise OutputError(
            t("render.export_not_dir", path=str(folder)), t("render.export_not_dir.hint")
        )
    names = template_names(prefix)
    targets = [folder / name for name in names]
    for target in targets:
        if os.path.lexists(target):
            raise OutputError(t("render.export_exists", path=str(target)), t("render.export.hint"))
    for name, target in zip(names, targets, strict=True):
        write_file(target, (templates_dir() / name).read_bytes())
    return targets
