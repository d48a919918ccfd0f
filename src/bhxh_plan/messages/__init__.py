"""Vietnamese and English texts of every message, keyed by a stable name.

Each area keeps its messages in its own module; ``CATALOG`` merges them and
a test checks that no key is defined twice. The merge happens on first use
(PEP 562), so that ``--help`` can load the command-line texts
(:mod:`bhxh_plan.messages.cli`) alone.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

_AREAS = ("core", "files", "lint", "fmt", "render", "diff", "scaffold", "rollup", "cli")

if TYPE_CHECKING:
    MODULES: tuple[ModuleType, ...]
    CATALOG: dict[str, tuple[str, str]]


def __getattr__(name: str) -> Any:
    if name not in ("MODULES", "CATALOG"):
        raise AttributeError(name)
    modules = tuple(importlib.import_module(f"{__name__}.{area}") for area in _AREAS)
    catalog = {key: value for module in modules for key, value in module.MESSAGES.items()}
    globals().update(MODULES=modules, CATALOG=catalog)
    return globals()[name]
