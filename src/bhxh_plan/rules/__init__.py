"""The lint rules, one module per rule, listed in a registry.

Every rule module defines ``META`` (:class:`~bhxh_plan.rules.base.RuleMeta`)
and ``check(ctx)`` yielding :class:`~bhxh_plan.rules.base.Finding`. Rules read
what is required from the framework data, never from constants here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Final

from bhxh_plan.rules.base import Context, Finding, RuleMeta

# one line per rule module; each defines META and check(ctx)
_NAMES: Final = (
    "bp101_required_groups",
    "bp102_required_subgroups",
    "bp103_content_areas",
    "bp104_regular_forms",
    "bp105_themed_events",
    "bp106_channel_mix",
    "bp107_row_complete",
    "bp108_coordination",
    "bp109_minority_communities",
    "bp110_dates",
    "bp111_reporting",
    "bp112_funding",
    "bp113_duplicates",
    "bp114_text_hygiene",
    "bp115_official_form",
    "bp116_campaign",
    "bp117_placeholders",
)
_MODULES: Final[tuple[ModuleType, ...]] = tuple(
    importlib.import_module(f"bhxh_plan.rules.{name}") for name in _NAMES
)

CheckFn = Callable[[Context], Iterator[Finding]]
RULES: Final[dict[str, tuple[RuleMeta, CheckFn]]] = {m.META.id: (m.META, m.check) for m in _MODULES}


def all_meta() -> list[RuleMeta]:
    """Metadata of every rule, in id order."""
    return [meta for meta, _ in sorted(RULES.values(), key=lambda r: r[0].id)]
