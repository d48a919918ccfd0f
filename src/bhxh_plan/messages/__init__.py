"""Vietnamese and English texts of every message, keyed by a stable name.

Each area keeps its messages in its own module; ``CATALOG`` merges them and
a test checks that no key is defined twice. The merge happens on first use
(PEP 562), so that ``--help`` can load the command-line texts
(:mod:`bhxh_plan.messages.cli`) alone. A lint rule keeps its messages beside its
code; the rule registry adds them with :func:`register` when it loads the rules.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

_AREAS = ("core", "files", "lint", "fmt", "render", "diff", "scaffold", "rollup", "cli")
# messages registered by code outside this package (the lint rules), by their module
REGISTERED: dict[str, Mapping[str, tuple[str, str]]] = {}

if TYPE_CHECKING:
    MODULES: tuple[ModuleType, ...]
    CATALOG: dict[str, tuple[str, str]]


def register(source: str, messages: Mapping[str, tuple[str, str]]) -> None:
    """Add ``messages`` (defined in module ``source``) to the catalogue."""
    REGISTERED[source] = messages
    if "CATALOG" in globals():
        globals()["CATALOG"].update(messages)


def __getattr__(name: str) -> Any:
    if name not in ("MODULES", "CATALOG"):
        raise AttributeError(name)
    modules = tuple(importlib.import_module(f"{__name__}.{area}") for area in _AREAS)
    catalog = {key: value for module in modules for key, value in module.MESSAGES.items()}
    for messages in REGISTERED.values():
        catalog.update(messages)
    globals().update(MODULES=modules, CATALOG=catalog)
    return globals()[name]
